// Issue 21: `certdesk --version`, help and argument errors must not parse the engine. The CLI
// bundle is split into chunks; this follows the entry's static imports (what Node loads before the
// first line runs) and checks that the ACME client, axios, zod and node-forge are not among them.
// A structural check, not a timing: speed is measured by `npm run bench`, never by a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const cliDir = path.join(root, 'dist', 'cli');

function chunkFiles(): string[] {
  const dir = path.join(cliDir, 'chunks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => path.join(dir, f));
}

function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    // Static imports only: esbuild writes them as `from "./x.mjs"` (or `import "./x.mjs"`).
    for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g))
      queue.push(path.resolve(path.dirname(file), m[1]));
  }
  return seen;
}

test('the CLI entry loads no engine, ACME client, axios or zod before a command needs them', () => {
  if (!existsSync(path.join(cliDir, 'certdesk.mjs')))
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'pipe' });
  const closure = staticClosure(path.join(cliDir, 'certdesk.mjs'));
  const text = [...closure.values()].join('\n');
  for (const pkg of ['acme-client', 'axios', 'zod', 'node-forge', '@peculiar/x509', 'i18next'])
    assert.ok(
      !text.includes(`node_modules/${pkg}/`),
      `${pkg} is in the CLI's start-up chunks (${[...closure.keys()].map((f) => path.basename(f)).join(', ')})`,
    );
  assert.ok(!text.includes('src-main/engine/engine.ts'), 'the engine is in the start-up chunks');
  // ...and the commands still reach them on demand.
  assert.ok(text.includes('import("./chunks/') || text.includes('import("./'));
});

test('code the CLI never runs is not in its bundle at all (node-forge, mime-db, zod locales)', () => {
  if (!existsSync(path.join(cliDir, 'certdesk.mjs')))
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'pipe' });
  const all = [path.join(cliDir, 'certdesk.mjs'), ...chunkFiles()]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  for (const dead of ['node_modules/node-forge/', 'node_modules/mime-db/', 'zod/v4/locales/de.js'])
    assert.ok(!all.includes(dead), `${dead} is in the CLI bundle`);
  assert.ok(all.includes('node_modules/acme-client/'), 'acme-client stays (named by the design)');
});

test('certdesk --version still works from the split bundle', () => {
  const bin = path.join(root, 'bin', 'certdesk.js');
  const v = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.match(v, /^certdesk \d+\.\d+\.\d+/);
});
