/** The app's version (package.json), written into saved scenarios and exported files. */
export const APP_VERSION: string = __APP_VERSION__;
