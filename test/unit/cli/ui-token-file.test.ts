// Issue 20, part 5: `certdesk ui --token-file F` keeps the browser-mode token off the terminal.
// The real CLI in a child process: F is created 0600 and holds the address with the token, stdout
// does not; the token in F works; a file that already exists is refused (someone could have
// prepared it); F goes when Certdesk stops; `ui --help` says the printed line is a secret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, runCli } from '../../helpers/cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'certdesk-ui-token-'));

function rendererDir(): string {
  const dir = tmp();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Certdesk</title>');
  return dir;
}

test('ui --token-file: the token goes into a new 0600 file, not onto stdout; the file goes at exit', async () => {
  const d = tmp();
  const file = path.join(d, 'ui-address');
  const child = spawn(
    process.execPath,
    [
      CLI,
      'ui',
      '--data-dir',
      path.join(d, 'data'),
      '--renderer-dir',
      rendererDir(),
      '--token-file',
      file,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CERTDESK_KEYCHAIN: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((r) => child.on('close', r));
  const hardStop = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    for (let i = 0; i < 300 && !stdout.includes('\n'); i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.match(
      stdout,
      /^Certdesk is running at http:\/\/127\.0\.0\.1:\d+; the address with its token is in /,
    );
    assert.ok(!/token=/.test(stdout + stderr), 'no token on the terminal');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const url = readFileSync(file, 'utf8').trim();
    const m = /^(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/.exec(url);
    assert.ok(m, url);
    const res = await fetch(`${m[1]}/api/app:state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-certdesk-token': m[2] },
      body: '{}',
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { ok: boolean }).ok, true);
  } finally {
    child.kill('SIGTERM');
    await exited;
    clearTimeout(hardStop);
  }
  assert.equal(existsSync(file), false, 'removed when Certdesk stops');
});

test('ui --token-file refuses a file that already exists; ui --help says the line is a secret', async () => {
  const d = tmp();
  const file = path.join(d, 'planted');
  writeFileSync(file, 'prepared by someone else', { mode: 0o644 });
  const r = await runCli(
    [
      'ui',
      '--data-dir',
      path.join(d, 'data'),
      '--renderer-dir',
      rendererDir(),
      '--token-file',
      file,
    ],
    { timeoutMs: 60_000 },
  );
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /already exists\. Give --token-file a new file name/);
  assert.equal(readFileSync(file, 'utf8'), 'prepared by someone else');
  assert.ok(!/token=/.test(r.stdout + r.stderr));
  const help = await runCli(['ui', '--help']);
  assert.match(help.stdout + help.stderr, /secret token: whoever has it can use Certdesk as you/);
  assert.match(help.stdout + help.stderr, /--token-file F/);
});
