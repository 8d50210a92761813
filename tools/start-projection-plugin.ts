/**
 * `virtual:start-projection`: the start scenario's projection, computed with the engine when the app
 * is built (and when the dev server or Vitest first asks for it), so the first numbers on screen need
 * no worker. Never a hand-written copy: the model changes, the build follows.
 */
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:start-projection';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const COMPUTE_MODULE = fileURLToPath(new URL('./start-projection.ts', import.meta.url));

/** The Vite plugin that provides `virtual:start-projection` (its type: src/app-env.d.ts). */
export function startProjectionPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'qianjiang:start-projection',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Run the engine's current source in Node (not a copy bundled with this config).
      const { module, dependencies } = await runnerImport<typeof import('./start-projection')>(
        COMPUTE_MODULE,
        { configFile: false, root, logLevel: 'warn' },
      );
      for (const file of dependencies) this.addWatchFile(file);
      const projection = module.computeStartProjection();
      const json = JSON.stringify(projection);
      // JSON drops undefined and turns NaN into null: refuse anything that would not come back equal.
      if (!isDeepStrictEqual(JSON.parse(json), projection)) {
        throw new Error('The start projection does not survive JSON unchanged; embed it another way.');
      }
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
