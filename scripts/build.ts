// Builds what runs outside a checkout: the CLI bundle (for a global install, where Node will not
// strip types under node_modules), the Electron main process and preload (CommonJS: a sandboxed
// preload cannot be an ES module), and the renderer. Entries that do not exist yet are skipped.
import { build, type BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const prod = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

type Job = { entry: string; opts: BuildOptions };
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
const APP_CLI_DEFINE = {
  'import.meta.main': 'false',
  'import.meta.dirname': '__dirname',
};
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
      banner: {
        js: "import { createRequire as __certdeskRequire } from 'node:module'; const require = __certdeskRequire(import.meta.url);",
      },
    },
  },
  {
    entry: 'src-main/app/main.ts',
    opts: {
      outfile: 'dist/main/app.cjs',
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      external: ['electron'],
      target: 'node22',
      // The CLI is bundled in too (the executable is also the CLI, issue 19): in CommonJS its
      // "am I the entry" check is false and its folder is this bundle's.
      define: APP_CLI_DEFINE,
    },
  },
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
