// Issue 22, run as a person runs the CLI (a child process): the report's own repro (a data file cut
// short, then `certdesk list`), a damaged record healed, and `list` exiting non-zero, with the
// sentence, when renewals would otherwise stop silently (a folder nothing matches, the master key
// gone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../../src-main/storage/store.ts';
import { runCli } from '../../helpers/cli.ts';
import { selfSignedEc } from '../../helpers/openssl.ts';
import { singleFileContent, writeSingleFile } from '../../helpers/single-file-store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const ID = 'abcdef012345';
const V = '20260101000000-aaaaaa';

async function folder(): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-damaged-')), 'data');
  const pki = selfSignedEc('shop.example.test');
  const s = await Store.open(dir);
  const key = pki.key;
  await s.writeVersion(ID, V, pki.cert, key);
  await s.update((d) => {
    d.accounts.acct00000001 = {
      id: 'acct00000001',
      caId: 'letsencrypt',
      directoryUrl: 'https://acme.example/dir',
      email: 'me@example.org',
      keyType: 'ec256',
      accountUrl: 'https://acme.example/acct/1',
      createdAt: '2026-01-01T00:00:00.000Z',
      tosAgreed: '2026-01-01T00:00:00.000Z',
      keySealed: s.secrets.seal(key, 'account-key:acct00000001'),
    };
    d.certificates[ID] = {
      id: ID,
      names: ['shop.example.test'],
      accountId: 'acct00000001',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
      createdAt: '2026-01-01T00:00:00.000Z',
      current: null,
      previous: null,
      attempts: [],
      exports: [],
    };
  });
  await s.update((d) => {
    d.certificates[ID].current = {
      version: V,
      notBefore: new Date().toISOString(),
      notAfter: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      serial: '01',
      issuer: 'shop.example.test',
      chainIssuers: [],
      issuedAt: new Date().toISOString(),
    };
  });
  return dir;
}

test("the report's repro: the single data file of an older version cut short; list still shows the certificate", async () => {
  const dir = await folder();
  const old = await singleFileContent(dir);
  old.schemaVersion = 2;
  writeSingleFile(dir, old);
  const file = path.join(dir, 'certdesk.json');
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/, 'the certificate is still listed');
  assert.match(r.stderr, /moved aside/);
  assert.match(
    r.stderr,
    /rebuilt them from their certificate files\. Still missing: account, route/,
  );
});

test('a damaged certificate record: restored from its last good generation, said on stderr', async () => {
  const dir = await folder();
  writeFileSync(path.join(dir, 'certs', ID, 'certificate.json'), '{"certdesk":"certif');
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/);
  assert.match(r.stderr, /could not read the saved file of shop\.example\.test.*last good copy/);
});

test('a certificate folder nothing matches: list says so and exits 1', async () => {
  const dir = await folder();
  for (const f of ['certificate.json', 'certificate.json.prev'])
    writeFileSync(path.join(dir, 'certs', ID, f), 'garbage');
  writeFileSync(path.join(dir, 'certs', ID, V, 'chain.pem'), '');
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /cannot match to a usable record, so nothing renews them/);
});

test('the master key deleted: list still lists, says exactly that with the way back, exits 1', async () => {
  const dir = await folder();
  rmSync(path.join(dir, 'master.key'));
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/);
  assert.match(
    r.stderr,
    /master key .* is missing .*Restore .*backup.*issue the certificates again/s,
  );
  assert.throws(() => readFileSync(path.join(dir, 'master.key')), 'no new key was made');
});
