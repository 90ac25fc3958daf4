// The exec DNS method: command lines split without a shell, and every way a script can fail ends
// in a sentence that says what happened and what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitCommand, runDnsCommand } from '../../../../../src-main/engine/challenges/dns/exec.ts';
import { cliHint } from '../../../../../src-main/cli/error-hints.ts';
import type { CertdeskError } from '../../../../../src-main/shared/errors.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-exec-unit-'));
function script(name: string, body: string, mode = 0o755): string {
  const f = path.join(dir, name);
  writeFileSync(f, `#!/bin/sh\n${body}\n`, { mode });
  return f;
}

test('command lines: quotes group, backslash escapes (not on Windows), nothing is a shell', () => {
  assert.deepEqual(splitCommand('/opt/lego-exec.sh'), ['/opt/lego-exec.sh']);
  assert.deepEqual(splitCommand(`  sh  '/path with spaces/dns.sh'  --zone "my zone" `), [
    'sh',
    '/path with spaces/dns.sh',
    '--zone',
    'my zone',
  ]);
  assert.deepEqual(splitCommand('a\\ b "c\\"d" \'e\\f\''), ['a b', 'c"d', 'e\\f']);
  assert.deepEqual(
    splitCommand('echo $HOME; rm -rf / | cat'),
    ['echo', '$HOME;', 'rm', '-rf', '/', '|', 'cat'],
    'shell syntax is just text',
  );
  assert.deepEqual(splitCommand('"" x'), ['', 'x']);
  assert.deepEqual(splitCommand('C:\\scripts\\dns.exe --quiet', true), [
    'C:\\scripts\\dns.exe',
    '--quiet',
  ]);
  assert.throws(
    () => splitCommand('sh "unclosed'),
    (e: Error & { code?: string }) =>
      e.code === 'invalid-input' && /unclosed " quote/.test(e.message),
  );
  // The engine names no flag; the CLI's error printer adds --dns-exec.
  assert.throws(
    () => splitCommand('   '),
    (e: CertdeskError) =>
      e.code === 'invalid-input' &&
      /command is empty/.test(e.message) &&
      !/--[a-z]/.test(e.message) &&
      /--dns-exec/.test(cliHint(e)),
  );
});

test('the script gets ACTION FQDN VALUE as separate arguments, whatever they contain', async () => {
  const out = path.join(dir, 'args.txt');
  const f = script('args.sh', `for a in "$@"; do printf '%s\\n' "$a" >> '${out}'; done`);
  await runDnsCommand([f, 'extra arg'], 'present', '_acme-challenge.example.com.', 'v$(id)`x`', {
    timeoutMs: 5000,
  });
  assert.deepEqual(readFileSync(out, 'utf8').trim().split('\n'), [
    'extra arg',
    'present',
    '_acme-challenge.example.com.',
    'v$(id)`x`',
  ]);
});

test('a non-zero exit quotes only the last stderr lines', async () => {
  const f = script('fail.sh', 'for i in 1 2 3 4 5 6 7; do echo "line $i" >&2; done; exit 4');
  await assert.rejects(
    runDnsCommand([f], 'present', 'a.example.com.', 'v', { timeoutMs: 5000 }),
    (e: Error & { code?: string; retryable?: boolean }) => {
      assert.equal(e.code, 'solver');
      assert.equal(e.retryable, true);
      assert.match(
        e.message,
        /failed \(exit code 4\), so the TXT record for a\.example\.com\. was not added/,
      );
      assert.match(e.message, /line 3\nline 4\nline 5\nline 6\nline 7$/);
      assert.doesNotMatch(e.message, /line 2/);
      return true;
    },
  );
  await assert.rejects(
    runDnsCommand([f], 'cleanup', 'a.example.com.', 'v', { timeoutMs: 5000 }),
    /was perhaps not removed/,
  );
});

test('a script that hangs is stopped at the time limit', async () => {
  const f = script('hang.sh', 'exec sleep 30');
  await assert.rejects(
    runDnsCommand([f], 'present', 'a.example.com.', 'v', { timeoutMs: 200 }),
    // The engine names no flag (the window shows this too); the CLI's error printer adds it.
    (e: CertdeskError) =>
      e.code === 'solver' &&
      /did not finish within 200 ms and was stopped/.test(e.message) &&
      !/--[a-z]/.test(e.message) &&
      /--dns-exec-timeout/.test(cliHint(e)),
  );
});

test('missing or not executable: says how to fix it', async () => {
  await assert.rejects(
    runDnsCommand([path.join(dir, 'nope.sh')], 'present', 'a.', 'v', { timeoutMs: 1000 }),
    /was not found: give its full path/,
  );
  const f = script('noexec.sh', 'exit 0', 0o644);
  // Even root cannot exec a file without any x bit: the kernel says EACCES.
  await assert.rejects(
    runDnsCommand([f], 'present', 'a.', 'v', { timeoutMs: 1000 }),
    /not executable\. Make it executable \(chmod \+x/,
  );
});
