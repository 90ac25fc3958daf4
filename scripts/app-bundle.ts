// How the Electron main process is bundled (dist/main/app.cjs): shared by scripts/build.ts and the
// tests that load the bundle (test/unit/app/main-bundle.test.ts), so they test what ships.
import type { BuildOptions, Plugin } from 'esbuild';

/**
 * Packages bundled into app.cjs with everything they import (electron aside), because they are
 * ES modules only: electron-store 11 (and conf) would reach a CommonJS bundle through Node's
 * require(esm), whose namespace esbuild's interop takes for the default export, so
 * `new Store()` would throw "not a constructor" at run time (issue 16, found by main-bundle.test).
 */
export const BUNDLED_ESM = ['electron-store'];

/**
 * Packages our code imports stay external (node_modules ships beside app.cjs, native modules
 * cannot be bundled), except BUNDLED_ESM, whose own imports are bundled with them.
 */
const externalsExceptEsm: Plugin = {
  name: 'externals-except-esm',
  setup(b) {
    b.onResolve({ filter: /^[^./]|^\.[^./]|^\.\.[^/]/ }, (args) => {
      if (args.path === 'electron') return { external: true };
      if (args.path.startsWith('node:')) return { external: true };
      const fromPackage = args.importer.includes(`${'/'}node_modules${'/'}`);
      if (fromPackage) return undefined; // inside a bundled package: bundle its imports too
      const name = args.path.startsWith('@')
        ? args.path.split('/').slice(0, 2).join('/')
        : args.path.split('/')[0];
      return BUNDLED_ESM.includes(name) ? undefined : { external: true };
    });
  },
};

/**
 * `import.meta` is empty in a CommonJS bundle: storage/secret-box.ts would call
 * createRequire(undefined), fail, and never load the keychain module in the packaged app. The
 * banner gives the bundle its own file URL.
 */
const IMPORT_META_BANNER =
  "var __certdeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

export function appBundleOptions(): BuildOptions {
  return {
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    bundle: true,
    plugins: [externalsExceptEsm],
    banner: { js: IMPORT_META_BANNER },
    // The CLI is bundled in too (the executable is also the CLI, issue 19): in CommonJS its
    // "am I the entry" check is false and its folder is this bundle's.
    define: {
      'import.meta.main': 'false',
      'import.meta.dirname': '__dirname',
      'import.meta.url': '__certdeskImportMetaUrl',
    },
  };
}
