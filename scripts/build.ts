// Builds what runs outside a checkout: the CLI bundle (for a global install, where Node will not
// strip types under node_modules), the Electron main process and preload (CommonJS: a sandboxed
// preload cannot be an ES module), and the renderer. Entries that do not exist yet are skipped.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appBundleOptions } from './app-bundle.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const prod = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

type Job = { entry: string; opts: BuildOptions };

// Code that the CLI's bundle carries but never runs, swapped for small stand-ins (issue 21: every
// issuance parsed and ran it at start-up). Only the CLI bundle: the app loads node_modules as is.
// - acme-client's legacy `acme.forge` API pulls node-forge (600 KB); Certdesk uses acme.crypto.
// - axios requires form-data (and with it mime-db's 200 KB table) for multipart bodies; ACME
//   sends JSON only, and Node's own FormData serves if anything ever asks.
// - zod's namespace carries every locale (360 KB); Certdesk's messages are its own (Text), and
//   zod's default English stays.
const CLI_TRIM: Plugin = {
  name: 'cli-trim',
  setup(b) {
    b.onResolve({ filter: /^\.\/crypto\/forge$/ }, (a) =>
      a.importer.includes(`acme-client${path.sep}src`)
        ? { path: 'forge', namespace: 'trim' }
        : null,
    );
    b.onResolve({ filter: /^form-data$/ }, () => ({ path: 'form-data', namespace: 'trim' }));
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      a.importer.includes(`zod${path.sep}`)
        ? { path: path.join(a.resolveDir, '..', 'locales', 'en.js'), namespace: 'trim-zod' }
        : null,
    );
    b.onLoad({ filter: /^forge$/, namespace: 'trim' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get(_, k) { throw new Error('acme.forge.' + String(k) + ' is not in the certdesk CLI bundle (scripts/build.ts)'); } });",
      loader: 'js',
    }));
    b.onLoad({ filter: /^form-data$/, namespace: 'trim' }, () => ({
      contents: 'module.exports = globalThis.FormData;',
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'trim-zod' }, (a) => ({
      contents: `export { default as en } from ${JSON.stringify(a.path)};`,
      loader: 'js',
      resolveDir: path.dirname(a.path),
    }));
  },
};
const CLI_EXTERNAL = [
  '@napi-rs/keyring',
  'ssh2',
  'cpu-features',
  'ssh2-sftp-client',
  'basic-ftp',
  'nodemailer',
  'electron',
  'playwright-core',
];
const jobs: Job[] = [
  // The CLI bundles its dependencies: resolving and loading ~700 packages' files took half of its
  // start-up time. Native modules and rarely used network clients stay external. Split into
  // chunks (issue 21): the entry holds parsing and help; each command's code, the engine,
  // acme-client and axios are chunks that a dynamic import() loads only when a command needs them.
  {
    entry: 'src-main/cli/main.ts',
    opts: {
      outdir: 'dist/cli',
      entryNames: 'certdesk',
      chunkNames: 'chunks/[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      metafile: process.argv.includes('--metafile'),
      platform: 'node',
      format: 'esm',
      target: 'node22',
      external: CLI_EXTERNAL,
      plugins: [CLI_TRIM],
      banner: {
        js: "import { createRequire as __certdeskRequire } from 'node:module'; const require = __certdeskRequire(import.meta.url);",
      },
    },
  },
  // Options shared with the tests that load the bundle (scripts/app-bundle.ts).
  { entry: 'src-main/app/main.ts', opts: { outfile: 'dist/main/app.cjs', ...appBundleOptions() } },
  {
    entry: 'src-main/app/preload.ts',
    opts: {
      outfile: 'dist/main/preload.cjs',
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      target: 'node22',
    },
  },
  {
    entry: 'src-renderer/main.tsx',
    opts: {
      outfile: 'dist/renderer/app.js',
      platform: 'browser',
      format: 'esm',
      target: 'chrome130',
      jsx: 'automatic',
      minify: true,
      splitting: false,
      define: { 'process.env.NODE_ENV': '"production"' },
    },
  },
];

for (const job of jobs) {
  const entry = path.join(root, job.entry);
  if (!existsSync(entry)) continue;
  // Old chunks would pile up with each build (their names carry a hash).
  if (job.opts.splitting && job.opts.outdir)
    rmSync(path.join(root, job.opts.outdir), { recursive: true, force: true });
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    sourcemap: prod ? false : 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    ...job.opts,
  });
  if (result.metafile)
    writeFileSync(
      path.join(dist, `${path.basename(job.entry)}.meta.json`),
      JSON.stringify(result.metafile),
    );
}

// Static files of the renderer (index.html, styles, icons).
const staticDir = path.join(root, 'src-renderer', 'static');
if (existsSync(staticDir)) {
  mkdirSync(path.join(dist, 'renderer'), { recursive: true });
  for (const f of readdirSync(staticDir))
    copyFileSync(path.join(staticDir, f), path.join(dist, 'renderer', f));
}
console.log('built into dist/');
