// After a renewal: files re-exported, then the user's command (e.g. "systemctl reload nginx") with
// the paths in CERTDESK_* variables; its outcome is recorded, never the key.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runPostCommand, reExport, scrubOutput } from '../../../../src-main/engine/export/index.ts';
import type { Clock } from '../../../../src-main/engine/ports.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import { makeTestChain, pemCerts, type TestChain } from '../../../helpers/test-certs.ts';

/** A clock whose timers fire only when the test says so: no waiting on real time. */
function manualClock(): Clock & { fire: (i: number) => void; count: () => number } {
  const timers: (() => void)[] = [];
  return {
    now: () => 0,
    setTimeout: (fn) => {
      timers.push(fn);
      return timers.length - 1;
    },
    clearTimeout: () => {},
    fire: (i) => timers[i](),
    count: () => timers.length,
  };
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await sleep(10);
  }
  throw new Error(`gave up waiting for ${what}`);
}
const exists = (f: string) => async (): Promise<boolean> =>
  stat(f).then(
    () => true,
    () => false,
  );
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers kill(0), but it no longer runs.
  try {
    return !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe('post-renewal command', () => {
  let chain: TestChain;
  let renewed: TestChain;
  let work: string;
  before(async () => {
    [chain, renewed] = await Promise.all([
      makeTestChain('p256', { id: 'cert-1' }),
      makeTestChain('p256', { id: 'cert-1' }),
    ]);
    work = await mkdtemp(path.join(tmpdir(), 'certdesk-post-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
    await chain.cleanup();
    await renewed.cleanup();
  });

  test('re-export writes the files again, then runs the command with the paths in CERTDESK_* variables', async () => {
    const dir = await mkdtemp(path.join(work, 'nginx-'));
    const cmd =
      'echo "cert=$CERTDESK_CERT_ID names=$CERTDESK_NAMES dir=$CERTDESK_EXPORT_DIR"; echo "full=$CERTDESK_FULLCHAIN_PATH key=$CERTDESK_KEY_PATH"; test -s "$CERTDESK_FULLCHAIN_PATH"';
    const first = await reExport({ dir, preset: 'nginx', postCommand: cmd }, chain.material);
    assert.equal(first.postCommand?.ok, true, first.postCommand?.summary);
    assert.deepEqual(first.postCommand?.outputTail, [
      `cert=cert-1 names=example.test www.example.test dir=${dir}`,
      `full=${path.join(dir, 'fullchain.pem')} key=${path.join(dir, 'privkey.pem')}`,
    ]);
    // The next renewal replaces the files without asking (they are ours from the last export).
    const second = await reExport({ dir, preset: 'nginx', postCommand: cmd }, renewed.material);
    assert.equal(second.postCommand?.exitCode, 0);
    const full = await readFile(path.join(dir, 'fullchain.pem'), 'utf8');
    assert.equal(
      pemCerts(full)[0].replace(/\s/g, ''),
      pemCerts(renewed.material.certPem)[0].replace(/\s/g, ''),
    );
  });

  test('PFX destinations get CERTDESK_PFX_PATH, and an echoed password is blanked out', async () => {
    const dir = await mkdtemp(path.join(work, 'pfx-'));
    const out = await reExport(
      {
        dir,
        preset: 'iis',
        password: 'pfx-secret-77',
        postCommand: 'echo "$CERTDESK_PFX_PATH"; echo "imported with pfx-secret-77"',
      },
      chain.material,
    );
    assert.deepEqual(out.postCommand?.outputTail, [
      path.join(dir, 'example.test.pfx'),
      'imported with [redacted]',
    ]);
  });

  test('a failing command is reported with its exit code and last lines, not thrown', async () => {
    const r = await runPostCommand(
      'for i in $(seq 1 40); do echo "line $i"; done; echo "nginx: configuration test failed" >&2; exit 3',
      {},
    );
    assert.equal(r.ok, false);
    assert.equal(r.exitCode, 3);
    assert.equal(r.outputTail.length, 20);
    assert.equal(r.outputTail.at(-1), 'nginx: configuration test failed');
    assert.match(r.summary, /exit code 3/);
  });

  test('a command that does not exist fails cleanly (shell exit 127)', async () => {
    const r = await runPostCommand('certdesk-no-such-command-xyz', {});
    assert.equal(r.ok, false);
    assert.equal(r.exitCode, 127);
  });

  test('the key never reaches the recorded output, even when the command prints it', async () => {
    const dir = await mkdtemp(path.join(work, 'leak-'));
    const out = await reExport(
      { dir, format: 'pem', postCommand: 'echo start; cat "$CERTDESK_KEY_PATH"; echo end' },
      chain.material,
    );
    const tail = out.postCommand?.outputTail.join('\n') ?? '';
    assert.doesNotMatch(tail, /PRIVATE KEY-----|MIG/);
    assert.deepEqual(out.postCommand?.outputTail, ['start', '[private key removed]', 'end']);
    // A tail that starts in the middle of a key (its BEGIN line cut off) is scrubbed too.
    const key = chain.material.keyPem;
    assert.equal(scrubOutput(`${key.slice(40).trimEnd()}\nafter`), '[private key removed]\nafter');
    assert.equal(scrubOutput(`before\n${key.slice(0, 60)}`), 'before\n[private key removed]');
  });

  test('timeout: the command and what it started are stopped, and the outcome says so', async () => {
    const clock = manualClock();
    const dir = await mkdtemp(path.join(work, 'timeout-'));
    const pidFile = path.join(dir, 'pid');
    const running = runPostCommand(
      `sleep 300 & echo $! > "${pidFile}"; wait`,
      {},
      { clock, timeoutMs: 1000 },
    );
    await waitFor(
      async () => (await exists(pidFile)()) && (await readFile(pidFile, 'utf8')).trim() !== '',
      'the command to start',
    );
    const grandchild = Number((await readFile(pidFile, 'utf8')).trim());
    clock.fire(0); // the timeout
    const r = await running;
    assert.equal(r.timedOut, true);
    assert.equal(r.ok, false);
    assert.equal(r.exitCode, null);
    assert.match(r.summary, /did not finish within 1 second and was stopped/);
    await waitFor(async () => !alive(grandchild), 'the background sleep to be gone');
  });

  test('a command that ignores SIGTERM is killed after the grace period', async () => {
    const clock = manualClock();
    const dir = await mkdtemp(path.join(work, 'stubborn-'));
    const ready = path.join(dir, 'ready');
    const running = runPostCommand(
      `trap '' TERM; touch "${ready}"; while :; do sleep 0.05; done`,
      {},
      { clock },
    );
    await waitFor(exists(ready), 'the command to start');
    clock.fire(0); // timeout: SIGTERM, ignored
    await waitFor(async () => clock.count() === 2, 'the kill timer');
    clock.fire(1); // grace over: SIGKILL
    const r = await running;
    assert.equal(r.timedOut, true);
    assert.equal(r.signal, 'SIGKILL');
  });

  test('cancelling (AbortSignal) stops the command', async () => {
    const ac = new AbortController();
    const dir = await mkdtemp(path.join(work, 'cancel-'));
    const ready = path.join(dir, 'ready');
    const running = runPostCommand(
      `touch "${ready}"; sleep 300`,
      {},
      { signal: ac.signal, clock: manualClock() },
    );
    await waitFor(exists(ready), 'the command to start');
    ac.abort();
    const r = await running;
    assert.equal(r.cancelled, true);
    assert.equal(r.ok, false);
  });

  test('when the export fails, the command does not run', async () => {
    const marker = path.join(work, 'ran');
    await assert.rejects(
      reExport(
        { dir: path.join(work, 'gone'), preset: 'nginx', postCommand: `touch "${marker}"` },
        chain.material,
      ),
      (e: unknown) => e instanceof CertdeskError && e.code === 'export',
    );
    assert.equal(await exists(marker)(), false);
  });
});
