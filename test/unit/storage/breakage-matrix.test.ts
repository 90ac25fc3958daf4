// Issue 22: each kind of file of the data folder broken in turn (truncated, random bytes, emptied,
// deleted, a future format version). For each: what survives, what the person is told, that the
// store saves a renewal of every other certificate (new version files + the record, as
// issuance.ts does), and that nothing that could still be recovered is overwritten (the damaged
// copy is kept, a last good generation is never replaced by a damaged file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../../src-main/storage/store.ts';
import { selfSignedEc } from '../../helpers/openssl.ts';
import { BREAKS, breakFile, damagedBeside } from '../../helpers/breakage.ts';
import { dataNotices, renewalsStopped } from '../../../src-main/engine/data-notices.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-break-${p}-`));

const IDS = ['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc'];
const V1 = '20260101000000-aaaaaa';

/** A folder with one account, three certificates (each renewed once: a `.prev` exists), settings. */
async function source(): Promise<{
  dir: string;
  pems: Record<string, { cert: string; key: string }>;
}> {
  const dir = path.join(tmp('src'), 'data');
  const s = await Store.open(dir);
  const pems: Record<string, { cert: string; key: string }> = {};
  const accountKey = selfSignedEc('acct.example.test').key;
  for (const id of IDS) {
    pems[id] = selfSignedEc(`${id}.example.test`);
    await s.writeVersion(id, V1, pems[id].cert, pems[id].key);
  }
  await s.update((d) => {
    d.settings = { language: 'da', proxy: { url: 'http://proxy.example.test:3128' } };
    d.secrets['global:cloudflareToken'] = s.secrets.seal('tok', 'secret:global:cloudflareToken');
    d.accounts.acc1 = {
      id: 'acc1',
      caId: 'letsencrypt',
      directoryUrl: 'https://acme.example/dir',
      email: 'me@example.org',
      keyType: 'ec256',
      accountUrl: 'https://acme.example/acct/1',
      createdAt: '2026-01-01T00:00:00.000Z',
      tosAgreed: '2026-01-01T00:00:00.000Z',
      keySealed: s.secrets.seal(accountKey, 'account-key:acc1'),
    };
    for (const id of IDS)
      d.certificates[id] = {
        id,
        names: [`${id}.example.test`],
        accountId: 'acc1',
        keyType: 'ec256',
        challenge: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
        createdAt: '2026-01-01T00:00:00.000Z',
        current: null,
        previous: null,
        attempts: [],
        exports: [],
      };
  });
  // A second generation of every record file: the first becomes its `.prev`.
  await s.update((d) => {
    d.settings.notifyOnSuccess = true;
    d.accounts.acc1.tosAgreed = '2026-01-02T00:00:00.000Z';
    for (const id of IDS)
      d.certificates[id].current = {
        version: V1,
        notBefore: '2026-01-01T00:00:00.000Z',
        notAfter: '2026-02-01T00:00:00.000Z',
        serial: '01',
        issuer: 'x',
        chainIssuers: [],
        issuedAt: '2026-01-01T00:00:00.000Z',
      };
  });
  return { dir, pems };
}

/** What a renewal saves in the store, for every certificate but `skip`. */
async function renewOthers(
  s: Store,
  pems: Record<string, { cert: string; key: string }>,
  skip: string[],
) {
  for (const id of IDS.filter((i) => !skip.includes(i))) {
    await s.writeVersion(id, 'v2', pems[id].cert, pems[id].key);
    await s.update((d) => {
      const c = d.certificates[id];
      c.previous = c.current;
      c.current = { ...c.current!, version: 'v2', serial: '02' };
    });
    const again = await Store.open(s.dataDir);
    assert.equal(again.read().certificates[id].current?.serial, '02', `${id} renewed and saved`);
    assert.equal((await again.readVersion(id, 'v2')).keyPem, pems[id].key);
  }
}

const record = (dir: string, id: string) => path.join(dir, 'certs', id, 'certificate.json');

test('a certificate record broken five ways: restored from its last good generation; the others renew', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS) {
    const dir = path.join(tmp(how.replace(' ', '-')), 'data');
    cpSync(src, dir, { recursive: true });
    const file = record(dir, IDS[0]);
    const original = readFileSync(file, 'utf8');
    breakFile(file, how);
    const broken = existsSync(file) ? readFileSync(file) : null;
    const s = await Store.open(dir);
    if (how === 'future version') {
      // Never overwritten, never renewed; said, and `list` exits non-zero.
      assert.equal(s.read().certificates[IDS[0]], undefined);
      assert.ok(readFileSync(file).equals(broken!), 'the newer record is left as it is');
      assert.match(renewalsStopped(s.notices)[0].message, /newer version/);
    } else {
      // The generation before the last: here, before its first version was recorded.
      assert.equal(s.read().certificates[IDS[0]].current, null, `${how}: restored`);
      assert.deepEqual(s.read().certificates[IDS[0]].names, ['aaaaaaaaaaaa.example.test']);
      assert.equal(s.read().certificates[IDS[0]].challenge.type, 'http-01');
      const n = dataNotices(s.notices).find((x) => x.kind === 'restored-previous');
      assert.ok(n, `${how}: the person is told`);
      assert.match(n.message, /aaaaaaaaaaaa\.example\.test/);
      assert.equal(readFileSync(file, 'utf8'), readFileSync(`${file}.prev`, 'utf8'));
      if (broken) {
        const kept = damagedBeside(file);
        assert.equal(kept.length, 1, `${how}: the damaged copy is kept`);
        assert.ok(readFileSync(path.join(path.dirname(file), kept[0])).equals(broken));
      }
      assert.notEqual(
        readFileSync(file, 'utf8'),
        original,
        'the previous generation, not the last',
      );
    }
    await renewOthers(s, pems, [IDS[0]]);
  }
});

test('a certificate record and its last good generation both broken: rebuilt from chain.pem + key.sealed', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS.filter((b) => b !== 'future version')) {
    const dir = path.join(tmp('both'), 'data');
    cpSync(src, dir, { recursive: true });
    breakFile(record(dir, IDS[1]), how, true);
    const s = await Store.open(dir);
    const c = s.read().certificates[IDS[1]];
    assert.deepEqual(c.names, [`${IDS[1]}.example.test`], `${how}: names from the certificate`);
    assert.equal(c.current?.version, V1);
    assert.equal(c.accountId, 'acc1', 'the one account');
    assert.deepEqual(c.healed?.missing, [
      'route',
      'route secrets',
      'history',
      'export destinations',
    ]);
    assert.equal((await s.readVersion(IDS[1], V1)).keyPem, pems[IDS[1]].key, 'the key opens');
    const n = dataNotices(s.notices).find((x) => x.kind === 'restored-files');
    assert.match(n!.message, /Still missing: route, route secrets, history, export destinations/);
    assert.equal(renewalsStopped(s.notices).length, 0);
    await renewOthers(s, pems, [IDS[1]]);
  }
});

test('a version folder chain.pem broken with its record gone too: an unmatched folder, said, list fails', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS.filter((b) => b !== 'future version')) {
    const dir = path.join(tmp('chain'), 'data');
    cpSync(src, dir, { recursive: true });
    breakFile(path.join(dir, 'certs', IDS[2], V1, 'chain.pem'), how);
    // With the record whole, a broken chain.pem only breaks that version: the record still says it.
    const whole = await Store.open(dir);
    assert.equal(whole.read().certificates[IDS[2]].current?.version, V1, `${how}: record whole`);
    breakFile(record(dir, IDS[2]), 'random bytes', true);
    const s = await Store.open(dir);
    assert.equal(s.read().certificates[IDS[2]], undefined);
    const stopped = renewalsStopped(s.notices);
    assert.equal(stopped.length, 1);
    assert.match(stopped[0].message, /cccccccccccc.*cannot match|cannot match.*cccccccccccc/s);
    assert.ok(existsSync(path.join(dir, 'certs', IDS[2], V1, 'key.sealed')), 'the key is kept');
    await renewOthers(s, pems, [IDS[2]]);
  }
});

test('an account file broken: restored from its last good generation; with both gone, said', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS) {
    const dir = path.join(tmp('acct'), 'data');
    cpSync(src, dir, { recursive: true });
    const file = path.join(dir, 'accounts', 'acc1.json');
    breakFile(file, how);
    const s = await Store.open(dir);
    if (how === 'future version') {
      assert.equal(s.read().accounts.acc1, undefined);
      // Its certificates cannot renew until Certdesk is updated: said, and `list` exits non-zero.
      assert.match(
        renewalsStopped(s.notices)[0].message,
        /account me@example\.org was saved by a newer version.*cannot renew/,
      );
    } else {
      assert.equal(s.read().accounts.acc1.email, 'me@example.org', `${how}: restored`);
      assert.match(
        dataNotices(s.notices)
          .map((n) => n.message)
          .join('\n'),
        /account me@example\.org/,
      );
    }
    await renewOthers(s, pems, []);
  }
  const dir = path.join(tmp('acct-both'), 'data');
  cpSync(src, dir, { recursive: true });
  breakFile(path.join(dir, 'accounts', 'acc1.json'), 'emptied', true);
  const s = await Store.open(dir);
  assert.match(renewalsStopped(s.notices)[0].message, /account acc1.*cannot be renewed/);
  assert.equal(Object.keys(s.read().certificates).length, 3, 'every certificate is still listed');
});

test('settings broken: restored, or defaults with the loss said; certificates untouched', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS) {
    const dir = path.join(tmp('settings'), 'data');
    cpSync(src, dir, { recursive: true });
    breakFile(path.join(dir, 'settings.json'), how);
    if (how === 'future version') {
      // Nothing of a newer version's settings is overwritten by this one.
      const file = path.join(dir, 'settings.json');
      const newer = readFileSync(file);
      const s = await Store.open(dir);
      assert.deepEqual(s.read().settings, {});
      // Said (window, CLI, notification all show dataNotices); renewals are not stopped by it.
      const n = dataNotices(s.notices).find((x) => x.kind === 'newer-settings');
      assert.match(n!.message, /newer version of Certdesk \(format \d+\).*default settings/);
      assert.equal(renewalsStopped(s.notices).length, 0);
      await s.update((d) => {
        d.settings.language = 'fi';
      });
      await renewOthers(s, pems, []);
      assert.ok(readFileSync(file).equals(newer), 'the newer settings file is left as it is');
      continue;
    }
    const s = await Store.open(dir);
    assert.equal(s.read().settings.language, 'da', `${how}: restored`);
    assert.equal(s.read().settings.notifyOnSuccess, undefined, 'the generation before the last');
    assert.equal(Object.keys(s.read().certificates).length, 3);
    await renewOthers(s, pems, []);
  }
  const dir = path.join(tmp('settings-both'), 'data');
  cpSync(src, dir, { recursive: true });
  breakFile(path.join(dir, 'settings.json'), 'random bytes', true);
  const s = await Store.open(dir);
  assert.ok(dataNotices(s.notices).some((n) => n.kind === 'lost-settings'));
  assert.equal(Object.keys(s.read().certificates).length, 3);
  await renewOthers(s, pems, []);
});

test('the marker (certdesk.json, the only index-like file) broken: rebuilt from the folders', async () => {
  const { dir: src, pems } = await source();
  for (const how of BREAKS) {
    const dir = path.join(tmp('marker'), 'data');
    cpSync(src, dir, { recursive: true });
    breakFile(path.join(dir, 'certdesk.json'), how);
    if (how === 'future version') {
      await assert.rejects(Store.open(dir), { code: 'store-too-new' });
      continue;
    }
    const s = await Store.open(dir);
    assert.equal(Object.keys(s.read().certificates).length, 3, `${how}: every certificate`);
    assert.equal(s.read().accounts.acc1.email, 'me@example.org');
    await renewOthers(s, pems, []);
  }
});

test('the master key broken or deleted: said exactly, with the way back; never replaced', async () => {
  const { dir: src } = await source();
  for (const how of BREAKS.filter((b) => b !== 'future version')) {
    const dir = path.join(tmp('key'), 'data');
    cpSync(src, dir, { recursive: true });
    const file = path.join(dir, 'master.key');
    if (how === 'truncated' || how === 'emptied' || how === 'deleted') breakFile(file, how);
    else writeFileSync(file, randomBytes(32).toString('base64')); // a different, valid key
    const before = existsSync(file) ? readFileSync(file) : null;
    const s = await Store.open(dir);
    assert.equal(Object.keys(s.read().certificates).length, 3, `${how}: the list still opens`);
    const stopped = renewalsStopped(s.notices);
    assert.equal(stopped.length, 1, how);
    assert.match(
      stopped[0].message,
      /master key.*(missing|not the one).*Restore .*backup.*issue the certificates again/s,
    );
    assert.throws(() => s.secrets, { code: 'store-corrupt' });
    assert.equal(
      existsSync(file) ? readFileSync(file).equals(before!) : before === null,
      true,
      'not replaced',
    );
  }
});
