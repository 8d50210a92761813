/** Set by Vite's `define` from package.json's version. */
declare const __APP_VERSION__: string;

/** The start scenario's projection, computed by the engine at build time (tools/start-projection-plugin.ts). */
declare module 'virtual:start-projection' {
  const startProjection: import('./state/start-projection').StartProjection;
  export default startProjection;
}
