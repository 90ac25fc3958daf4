// Layering rules of DESIGN.md, enforced: imports point down only (shared <- storage <- engine <- api
// <- app | cli | web); only app/ imports electron; raw ipcMain and ipcRenderer only in
// src-main/app/ipc.ts (main side) and src-main/app/preload.ts (the sandboxed preload, which cannot
// share a module with main); the api handlers are electron-free because browser mode serves the very
// same ones; the renderer imports only src-main/shared and its own files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectron = {
  paths: [
    {
      name: 'electron',
      message:
        'The engine, storage, CLI and browser mode run in plain Node: use a port (DESIGN.md).',
    },
  ],
  patterns: [{ group: ['electron/*'], message: 'No electron outside src-main/app.' }],
};

// The layers of src-main, bottom up, and what each may not import (everything above it).
const FACES = ['app', 'cli', 'web'];
const ABOVE = {
  api: FACES,
  engine: ['api', ...FACES],
  storage: ['engine', 'api', ...FACES],
};
/** Import patterns that reach a folder of src-main from any depth (no other folder has these names). */
const folders = (names) => names.map((n) => `**/${n}/**`);
function layer(files, forbidden, message) {
  const electronFree = !files.startsWith('src-main/app');
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronFree ? noElectron.paths : [],
          patterns: [
            ...(electronFree ? noElectron.patterns : []),
            {
              group: forbidden.flatMap((f) => (f.includes(':') ? [f] : folders([f]))),
              message,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'docs/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // Imports point down only: shared <- storage <- engine <- api <- app | cli | web (DESIGN.md).
  // One block per layer (a later no-restricted-imports replaces an earlier one for the same files).
  layer(
    'src-main/shared/**',
    [...ABOVE.storage, 'storage', 'node:*'],
    'shared/ imports zod and nothing else of ours.',
  ),
  layer('src-main/storage/**', ABOVE.storage, 'storage/ may import only shared/.'),
  layer('src-main/engine/**', ABOVE.engine, 'engine/ may import only shared/ and storage/.'),
  layer('src-main/api/**', ABOVE.api, 'api/ may import only shared/, storage/ and engine/.'),
  layer(
    'src-main/cli/**',
    FACES.filter((f) => f !== 'cli'),
    'cli/ is a face: it imports api/ and below, never app/ or web/.',
  ),
  layer(
    'src-main/web/**',
    FACES.filter((f) => f !== 'web'),
    'web/ is a face: it imports api/ and below, never app/ or cli/.',
  ),
  layer('bench/**', ['app'], 'The benchmarks run in plain Node: no Electron glue.'),
  {
    files: ['src-main/app/**'],
    ignores: ['src-main/app/ipc.ts', 'src-main/app/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Raw IPC only in src-main/app/ipc.ts (main) and preload.ts: register handlers through the typed contract.',
            },
          ],
          patterns: [
            {
              group: folders(['cli', 'web']),
              message: 'app/ is a face: it imports api/ and below, never cli/ or web/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The app's entry is the one place two faces meet: the packaged executable is also the CLI
    // (issue 19), so main.ts may hand argv to cli/main.ts. Still no web/, and raw IPC stays in ipc.ts.
    files: ['src-main/app/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Raw IPC only in src-main/app/ipc.ts (main) and preload.ts: register handlers through the typed contract.',
            },
          ],
          patterns: [
            {
              group: folders(['web']),
              message: 'app/ is a face: it imports api/ and below, never web/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/app/ipc.ts', 'src-main/app/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folders(['cli', 'web']),
              message: 'app/ is a face: it imports api/ and below, never cli/ or web/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to window.certdesk.' }],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto'],
              message: 'The renderer runs sandboxed: no Node modules.',
            },
            {
              group: [
                '**/src-main/engine/**',
                '**/src-main/storage/**',
                '**/src-main/api/**',
                '**/src-main/app/**',
                '**/src-main/cli/**',
                '**/src-main/web/**',
              ],
              message: 'The renderer may import only src-main/shared.',
            },
          ],
        },
      ],
    },
  },
);
