// Issue 8: store migrations are numbered and tested from every earlier version. A real data folder
// (an account, a certificate with its sealed key and chain, a sealed secret, settings, history) is
// made at the current version, then taken down to each earlier version with DOWNGRADES (the test's
// inverse of each migration: a new migration without its inverse here fails the first test). Each
// old folder must open, migrate once (with a notice), keep every account, certificate, key, secret
// and setting, and work: list, read the chain, open the key, export.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, statSync, cpSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src-main/engine/engine.ts';
import { Store, STORE_FILE } from '../../src-main/storage/store.ts';
import { CURRENT_SCHEMA, MIGRATIONS, type StoreData } from '../../src-main/storage/schema.ts';
import { recordCounts } from '../helpers/fault.ts';
import { selfSignedEc } from '../helpers/openssl.ts';
import { singleFileContent, writeSingleFile } from '../helpers/single-file-store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-mig-${p}-`));
const counts = {
  currentSchema: CURRENT_SCHEMA,
  versionsMigratedFrom: 0,
  storesMigrated: 0,
  recordsCheckedAfterMigration: 0,
};
after(() => recordCounts('reliability-migrations', counts));

/** DOWNGRADES[i] turns a version-(i+1) store into what version i wrote: the inverse of MIGRATIONS[i]. */
const DOWNGRADES: ReadonlyArray<(d: Record<string, unknown>) => void> = [
  // 1 -> 0: before the first schema there was no version number, no secrets map, no settings and
  // no record of where the master key lives.
  (d) => {
    delete d.schemaVersion;
    delete d.secretBackend;
    if (d.secrets && Object.keys(d.secrets as object).length === 0) delete d.secrets;
    if (d.settings && Object.keys(d.settings as object).length === 0) delete d.settings;
  },
  // 2 -> 1: the typed route goes back to { type, httpMode | dnsMode, webroot?, options } with the
  // CLI's option keys (test/unit/storage/migrate-routes.test.ts covers every route and both writers).
  (d) => {
    d.schemaVersion = 1;
    for (const c of Object.values(
      d.certificates as Record<string, { challenge: Record<string, unknown> }>,
    )) {
      const { type, httpMode, dnsMode, webroot, ...rest } = c.challenge;
      c.challenge = {
        type,
        ...(httpMode ? { httpMode } : {}),
        ...(dnsMode ? { dnsMode } : {}),
        ...(webroot ? { webroot } : {}),
        ...(Object.keys(rest).length ? { options: rest } : {}),
      };
    }
  },
  // 3 -> 2: the same data, as one certdesk.json instead of a file per certificate, account and
  // settings (issue 22; writeSingleFile lays it out).
  (d) => {
    d.schemaVersion = 2;
  },
];

/** A data folder at the current version holding one of everything. */
async function currentFolder(): Promise<{
  dir: string;
  certId: string;
  keyPem: string;
  certPem: string;
}> {
  const dir = path.join(tmp('src'), 'data');
  const engine = await Engine.open({ dataDir: dir });
  const store = engine.store;
  const { cert: certPem, key: keyPem } = selfSignedEc('mig.example.test');
  const certId = 'abc123def456';
  const version = '20260101000000-aaaaaa';
  await store.writeVersion(certId, version, certPem, keyPem);
  const accountKey = selfSignedEc('acct.mig.example.test').key;
  await store.update((d) => {
    d.accounts.acc1 = {
      id: 'acc1',
      caId: 'letsencrypt',
      directoryUrl: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'mig@example.org',
      keyType: 'ec256',
      accountUrl: 'https://acme.example/acct/1',
      createdAt: '2026-01-01T00:00:00.000Z',
      tosAgreed: '2026-01-01T00:00:00.000Z',
      keySealed: store.secrets.seal(accountKey, 'account-key:acc1'),
    };
    d.certificates[certId] = {
      id: certId,
      names: ['mig.example.test'],
      accountId: 'acc1',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
      createdAt: '2026-01-01T00:00:00.000Z',
      previous: null,
      exports: [{ id: 'dest1', dir: '/etc/ssl/mig', format: 'pem' }],
      current: {
        version,
        notBefore: '2026-01-01T00:00:00.000Z',
        notAfter: '2026-02-01T00:00:00.000Z',
        serial: '01',
        issuer: 'CN=mig.example.test',
        chainIssuers: [],
        issuedAt: '2026-01-01T00:00:00.000Z',
      },
      attempts: [{ at: '2026-01-01T00:00:00.000Z', trigger: 'cli', outcome: 'success' }],
    };
    d.secrets[`${certId}:tsigSecret`] = store.secrets.seal(
      'tsig-secret-value',
      `secret:${certId}:tsigSecret`,
    );
    d.settings.language = 'da';
    d.settings.renewalsPaused = true;
  });
  return { dir, certId, keyPem, certPem };
}

test('every migration has its inverse here, so every earlier version gets a test', () => {
  assert.equal(
    DOWNGRADES.length,
    MIGRATIONS.length,
    'add the inverse of the new migration to DOWNGRADES',
  );
  assert.equal(CURRENT_SCHEMA, MIGRATIONS.length);
});

test(`a data folder from every earlier version (0..${CURRENT_SCHEMA - 1}) opens, migrates once and keeps everything`, async () => {
  const src = await currentFolder();
  const currentData = await singleFileContent(src.dir);
  for (let from = 0; from < CURRENT_SCHEMA; from++) {
    // Take the folder down to `from`, then open it with this version.
    const dir = path.join(tmp(`v${from}`), 'data');
    cpSync(src.dir, dir, { recursive: true });
    const old = structuredClone(currentData);
    for (let v = CURRENT_SCHEMA; v > from; v--) DOWNGRADES[v - 1](old);
    writeSingleFile(dir, old);
    if (from === 0) assert.equal(old.schemaVersion, undefined);
    else assert.equal(old.schemaVersion, from);

    const store = await Store.open(dir);
    assert.deepEqual(
      store.notices.filter((n) => n.kind === 'migrated'),
      [{ kind: 'migrated', from, to: CURRENT_SCHEMA }],
    );
    const onDisk = JSON.parse(readFileSync(path.join(dir, STORE_FILE), 'utf8')) as StoreData;
    assert.equal(onDisk.schemaVersion, CURRENT_SCHEMA, 'written back at the current version');
    assert.equal(onDisk.secretBackend, 'file');
    // Everything the old folder held is still there and works.
    const engine = await Engine.open({ dataDir: dir });
    assert.deepEqual(
      engine.listAccounts().map((a) => a.email),
      ['mig@example.org'],
    );
    const c = engine.getCertificate(src.certId);
    assert.equal(c.chainPem, src.certPem);
    assert.deepEqual(
      c.exports.map((e) => e.id),
      ['dest1'],
    );
    assert.equal(engine.getStored(src.certId).attempts.length, 1);
    assert.equal((await engine.keyMaterial(src.certId)).keyPem, src.keyPem, 'the sealed key opens');
    const stored = engine.store.read();
    assert.equal(
      engine.store.secrets.open(
        stored.secrets[`${src.certId}:tsigSecret`],
        `secret:${src.certId}:tsigSecret`,
      ),
      'tsig-secret-value',
    );
    assert.equal(stored.settings.language, 'da');
    assert.equal(stored.settings.renewalsPaused, true);
    const account = stored.accounts.acc1;
    assert.match(
      engine.store.secrets.open(account.keySealed, 'account-key:acc1'),
      /BEGIN PRIVATE KEY/,
    );
    const out = tmp('export');
    const r = await engine.exportCertificate(src.certId, { dir: out, format: 'pem' });
    assert.ok(r.files.length >= 2 && readdirSync(out).length >= 2, 'an export works');
    counts.recordsCheckedAfterMigration += 9;
    // Opening again migrates nothing and does not rewrite the file.
    const mtime = statSync(path.join(dir, STORE_FILE)).mtimeMs;
    const again = await Store.open(dir);
    assert.deepEqual(
      again.notices.filter((n) => n.kind === 'migrated'),
      [],
    );
    assert.equal(statSync(path.join(dir, STORE_FILE)).mtimeMs, mtime);
    counts.versionsMigratedFrom += 1;
    counts.storesMigrated += 1;
  }
  assert.equal(counts.versionsMigratedFrom, CURRENT_SCHEMA);
});

test('a store from a newer version is refused, not migrated and not overwritten (also by a write attempt)', async () => {
  const src = await currentFolder();
  const file = path.join(src.dir, STORE_FILE);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const newer = JSON.stringify({
    ...data,
    schemaVersion: CURRENT_SCHEMA + 1,
    futureField: { x: 1 },
  });
  writeFileSync(file, newer);
  await assert.rejects(Store.open(src.dir), { code: 'store-too-new' });
  await assert.rejects(Engine.open({ dataDir: src.dir }), { code: 'store-too-new' });
  assert.equal(readFileSync(file, 'utf8'), newer);
});
