// Layering rules of DESIGN.md, enforced: the engine never imports electron; raw ipcMain and
// ipcRenderer only in src-main/app/ipc.ts (main side) and src-main/app/preload.ts (the sandboxed
// preload, which cannot share a module with main); the IPC handlers (src-main/app/handlers) are
// electron-free because browser mode serves the very same ones; the renderer only talks to window.certdesk.
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
  {
    files: [
      'src-main/shared/**',
      'src-main/engine/**',
      'src-main/storage/**',
      'src-main/cli/**',
      'src-main/web/**',
      'src-main/app/handlers/**',
      'bench/**',
    ],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['src-main/app/**'],
    ignores: ['src-main/app/ipc.ts', 'src-main/app/preload.ts', 'src-main/app/handlers/**'],
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
        },
      ],
    },
  },
  {
    files: ['src-main/shared/**'],
    rules: {
      // A later rule replaces an earlier one for the same files, so electron is listed again here.
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron.paths,
          patterns: [
            ...noElectron.patterns,
            {
              group: ['../engine/*', '../storage/*', '../app/*', '../cli/*', '../web/*', 'node:*'],
              message: 'shared/ imports zod and nothing else of ours.',
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
