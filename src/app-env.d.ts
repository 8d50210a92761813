/** Set by Vite's `define` from package.json's version. */
declare const __APP_VERSION__: string;
