// The layering rules of DESIGN.md are enforced by ESLint; this proves they fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function messages(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return r.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('the engine, storage, CLI, browser mode and IPC handlers may not import electron', async () => {
  for (const file of [
    'src-main/engine/x.ts',
    'src-main/storage/x.ts',
    'src-main/cli/x.ts',
    'src-main/web/x.ts',
    'src-main/app/handlers/x.ts',
    'src-main/shared/x.ts',
  ]) {
    const m = await messages(file, "import { app } from 'electron';\nexport const a = app;\n");
    assert.ok(
      m.some((x) => x.startsWith('no-restricted-imports')),
      `${file}: ${m.join('; ')}`,
    );
  }
});

test('raw ipcMain/ipcRenderer only in src-main/app/ipc.ts and preload.ts', async () => {
  const code = "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n";
  assert.ok((await messages('src-main/app/tray.ts', code)).some((x) => /Raw IPC only/.test(x)));
  assert.deepEqual(
    (await messages('src-main/app/ipc.ts', code)).filter((x) =>
      x.startsWith('no-restricted-imports'),
    ),
    [],
  );
  assert.deepEqual(
    (
      await messages(
        'src-main/app/window.ts',
        "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;\n",
      )
    ).filter((x) => x.startsWith('no-restricted-imports')),
    [],
  );
});

test('the renderer imports no Node modules and nothing of main but shared/', async () => {
  assert.ok(
    (
      await messages('src-renderer/x.tsx', "import fs from 'node:fs';\nexport const a = fs;\n")
    ).some((x) => /sandboxed/.test(x)),
  );
  assert.ok(
    (
      await messages(
        'src-renderer/x.tsx',
        "import { Engine } from '../src-main/engine/engine.ts';\nexport const a = Engine;\n",
      )
    ).some((x) => /only src-main\/shared/.test(x)),
  );
  assert.deepEqual(
    (
      await messages(
        'src-renderer/x.tsx',
        "import type { CertStatus } from '../src-main/shared/types.ts';\nexport const a: CertStatus = 'valid';\n",
      )
    ).filter((x) => x.startsWith('no-restricted-imports')),
    [],
  );
});
