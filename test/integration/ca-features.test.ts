// Preferred chains (R1) and External Account Binding (R17 accounts) against a real Pebble.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { startPebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'certdesk-ca-'));
const cn = (pem: string) => /CN=([^\n]+)/.exec(new X509Certificate(pem).subject)?.[1] ?? '';

test('a preferred chain picks the alternate whose issuers include the named root', async () => {
  const pebble = await startPebble({ alternateRoots: 1 });
  try {
    const o = (d: string) => [
      '--data-dir',
      d,
      '--ca-cert',
      pebble.caCertPath,
      '--http-port',
      String(pebble.httpPort),
    ];
    const d = tmp();
    assert.equal(
      (
        await runCli([
          'account',
          'create',
          '--email',
          'a@example.org',
          '--directory',
          pebble.directoryUrl,
          '--agree-tos',
          ...o(d),
        ])
      ).code,
      0,
    );
    const altRoot = await pebble.rootPem(1);
    const r = await runCli([
      'issue',
      '-d',
      'alt.example.test',
      '--preferred-chain',
      cn(altRoot),
      '--json',
      ...o(d),
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.chainIssuers.at(-1), cn(altRoot), 'the chain ends at the preferred root');
    assert.ok((await verifyChain(out.chainPem, altRoot)).ok, 'verifies against the alternate root');
    assert.ok(
      !(await verifyChain(out.chainPem, await pebble.rootPem(0))).ok,
      'and not against the default root',
    );
    const d2 = tmp();
    await runCli([
      'account',
      'create',
      '--email',
      'a@example.org',
      '--directory',
      pebble.directoryUrl,
      '--agree-tos',
      ...o(d2),
    ]);
    const def = JSON.parse(
      (await runCli(['issue', '-d', 'def.example.test', '--json', ...o(d2)])).stdout,
    );
    assert.ok(
      (await verifyChain(def.chainPem, await pebble.rootPem(0))).ok,
      'without a preference: the default chain',
    );
  } finally {
    await pebble.stop();
  }
});

test('a CA that requires External Account Binding: clear errors without or with wrong keys, success with the right ones', async () => {
  const hmac = Buffer.from('certdesk-test-hmac-key-0123456789abcdef').toString('base64url');
  const pebble = await startPebble({ eabKeys: { 'kid-1': hmac } });
  try {
    const o = (d: string) => [
      '--data-dir',
      d,
      '--ca-cert',
      pebble.caCertPath,
      '--http-port',
      String(pebble.httpPort),
    ];
    const d = tmp();
    const base = [
      'account',
      'create',
      '--email',
      'eab@example.org',
      '--directory',
      pebble.directoryUrl,
      '--agree-tos',
    ];
    const none = await runCli([...base, ...o(d)]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /External Account Binding.*--eab-kid/);
    assert.equal(existsSync(path.join(d, 'certdesk.json')), false, 'nothing stored');
    const wrong = await runCli([
      ...base,
      '--eab-kid',
      'kid-1',
      '--eab-hmac',
      Buffer.from('a-wrong-key-that-is-long-enough').toString('base64url'),
      ...o(d),
    ]);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /External Account Binding|HMAC|refused/i);
    const ok = await runCli([...base, '--eab-kid', 'kid-1', '--eab-hmac', hmac, '--json', ...o(d)]);
    assert.equal(ok.code, 0, ok.stderr);
    const issued = await runCli(['issue', '-d', 'eab.example.test', ...o(d)]);
    assert.equal(issued.code, 0, issued.stderr);
  } finally {
    await pebble.stop();
  }
});
