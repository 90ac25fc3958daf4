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

test('the engine, storage, CLI, browser mode and the api handlers may not import electron', async () => {
  for (const file of [
    'src-main/engine/x.ts',
    'src-main/storage/x.ts',
    'src-main/cli/x.ts',
    'src-main/web/x.ts',
    'src-main/api/x.ts',
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

test('imports point down only: an upward import fails lint in every layer', async () => {
  // [file, an import of a layer above it (or beside it, for the faces)]
  const upward: [string, string][] = [
    ['src-main/shared/x.ts', '../storage/store.ts'],
    ['src-main/shared/x.ts', '../engine/engine.ts'],
    ['src-main/storage/x.ts', '../engine/engine.ts'],
    ['src-main/storage/x.ts', '../api/runtime.ts'],
    ['src-main/engine/x.ts', '../api/runtime.ts'],
    ['src-main/engine/services/x.ts', '../../api/index.ts'],
    ['src-main/engine/x.ts', '../app/desktop.ts'],
    ['src-main/api/x.ts', '../app/desktop.ts'],
    ['src-main/api/handlers/x.ts', '../../web/server.ts'],
    ['src-main/api/x.ts', '../cli/context.ts'],
    ['src-main/cli/x.ts', '../app/desktop.ts'],
    ['src-main/cli/commands/x.ts', '../../web/guard.ts'],
    ['src-main/web/x.ts', '../app/ipc-core.ts'],
    ['src-main/web/x.ts', '../cli/context.ts'],
    ['src-main/app/x.ts', '../web/server.ts'],
    ['src-main/app/x.ts', '../cli/main.ts'],
    ['src-renderer/x.tsx', '../src-main/api/runtime.ts'],
  ];
  for (const [file, target] of upward) {
    const m = await messages(file, `import * as up from '${target}';\nexport const a = up;\n`);
    assert.ok(
      m.some((x) => x.startsWith('no-restricted-imports')),
      `${file} importing ${target} should fail lint: ${m.join('; ')}`,
    );
  }
});

test('downward imports pass lint', async () => {
  const downward: [string, string][] = [
    ['src-main/storage/x.ts', '../shared/errors.ts'],
    ['src-main/engine/x.ts', '../storage/store.ts'],
    ['src-main/engine/x.ts', '../shared/errors.ts'],
    ['src-main/api/x.ts', '../engine/engine.ts'],
    ['src-main/api/handlers/x.ts', '../../storage/port.ts'],
    ['src-main/app/x.ts', '../api/runtime.ts'],
    ['src-main/cli/commands/x.ts', '../../api/runtime.ts'],
    ['src-main/web/x.ts', '../api/index.ts'],
  ];
  for (const [file, target] of downward) {
    const m = await messages(file, `import * as down from '${target}';\nexport const a = down;\n`);
    assert.deepEqual(
      m.filter((x) => x.startsWith('no-restricted-imports')),
      [],
      `${file} importing ${target}`,
    );
  }
});
