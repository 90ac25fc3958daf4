// Issue 22, through the real engine and a real CA: a data folder made against Pebble (two accounts,
// three certificates, one renewed once, settings), then each kind of file broken in turn
// (truncated, random bytes, emptied, deleted, a future format; a record together with its last
// good generation), and every other certificate renewed with Pebble. Each case asserts what the
// person is told, what survives, that the renewals succeed and that nothing that could still be
// recovered is overwritten (test/helpers/breakage-run.ts). One Pebble for the whole matrix,
// renewals one at a time. Pebble's certificates are valid for five years (no knob in 2.4), so the
// renewals are the engine's "renew now", as the window's button and `certdesk renew --force` ask.
// The store-level twin is test/unit/storage/breakage-matrix.test.ts; the CLI's words,
// test/unit/cli/damaged-data.test.ts; the notification and tray, test/unit/app/desktop-data-notices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { BREAKS, breakFile, type Break } from '../helpers/breakage.ts';
import { breakageRunner, type Counts } from '../helpers/breakage-run.ts';
import { recordCounts, listTree } from '../helpers/fault.ts';
import { verifyChain } from '../helpers/openssl.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble | null = null;
let runner: ReturnType<typeof breakageRunner>;
let src = '';
let root = '';
/** a and b use account one, c uses account two; a was renewed once (two versions, two records). */
const id = { a: '', b: '', c: '' };
const acc = { one: '', two: '' };
const counts: Counts = { cases: 0, renewals: 0, refusals: 0, keptBytes: 0 };
const BROKEN: Break[] = BREAKS.filter((b) => b !== 'future version');

before(async () => {
  pebble = await startPebble({ nonceRejectPercent: 0 });
  root = await pebble.rootPem(0);
  runner = breakageRunner(pebble, root, counts);
  src = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-breakrenew-')), 'data');
  const e = await runner.open(src);
  await e.settings.update({ language: 'da' });
  const one = await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'one@example.org',
    agreeTos: true,
  });
  const two = await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'two@example.org',
    agreeTos: true,
  });
  Object.assign(acc, { one: one.id, two: two.id });
  for (const [k, accountId] of [
    ['a', one.id],
    ['b', one.id],
    ['c', two.id],
  ] as const) {
    const r = await e.issue({
      names: [`${k}.break.example.test`],
      accountId,
      challenge: { type: 'http-01', httpMode: 'builtin' },
    });
    id[k] = r.certificate.id;
  }
  await e.renew(id.a);
});
after(async () => {
  await pebble?.stop();
  recordCounts('breakage-renewal', counts);
});

const record = (dir: string, k: keyof typeof id) =>
  path.join(dir, 'certs', id[k], 'certificate.json');
const accountFile = (dir: string) => path.join(dir, 'accounts', `${acc.one}.json`);
const ALL = () => [id.a, id.b, id.c];

test('a certificate record: restored, or rebuilt, or (newer) left alone; every other certificate renews with the CA', async () => {
  for (const how of BROKEN)
    await runner.run(
      `record ${how}`,
      src,
      (d) => (breakFile(record(d, 'a'), how), record(d, 'a')),
      {
        told: ['restored-previous'],
        stopped: false,
        // The restored record still knows its route: it renews too.
        renews: ALL(),
        survives: (e) => {
          assert.equal(e.getStored(id.a).challenge.type, 'http-01');
          assert.deepEqual(e.getStored(id.a).names, ['a.break.example.test']);
        },
      },
    );
  await runner.run(
    'record future',
    src,
    (d) => (breakFile(record(d, 'a'), 'future version'), record(d, 'a')),
    {
      told: ['unmatched-folder'],
      stopped: true,
      renews: [id.b, id.c],
      toldAfter: ['unmatched-folder'],
      survives: (e) => assert.equal(e.storedCertificates().length, 2),
    },
  );
  for (const how of BROKEN)
    await runner.run(
      `record+prev ${how}`,
      src,
      (d) => (breakFile(record(d, 'a'), how, true), record(d, 'a')),
      {
        told: ['restored-files'],
        stopped: false,
        renews: [id.b, id.c],
        survives: (e) => {
          const a = e.getStored(id.a);
          assert.deepEqual(a.names, ['a.break.example.test'], 'names from the certificate');
          assert.equal(a.accountId, '', 'two accounts: the person says which');
          assert.deepEqual(a.healed?.missing, [
            'account',
            'route',
            'route secrets',
            'history',
            'export destinations',
          ]);
        },
      },
    );
});

test('an account: restored; newer or lost for good, its certificates are refused with the reason, the other account renews', async () => {
  for (const how of BROKEN)
    await runner.run(
      `account ${how}`,
      src,
      (d) => (breakFile(accountFile(d), how), accountFile(d)),
      {
        told: ['restored-previous'],
        stopped: false,
        renews: ALL(),
        survives: (e) => assert.equal(e.listAccounts().length, 2),
      },
    );
  const newer = { code: 'store-too-new', message: /one@example\.org was saved by a newer version/ };
  await runner.run(
    'account future',
    src,
    (d) => (breakFile(accountFile(d), 'future version'), accountFile(d)),
    {
      told: ['newer-account'],
      stopped: true,
      renews: [id.c],
      refused: { [id.a]: newer, [id.b]: newer },
      toldAfter: ['newer-account'],
    },
  );
  // Nothing of the account is left to name it by but its id (the certificates still say it).
  const lost = {
    code: 'store-corrupt',
    message: new RegExp(`account ${acc.one} could not be read.*Restore`),
  };
  for (const how of BROKEN)
    await runner.run(
      `account+prev ${how}`,
      src,
      (d) => (breakFile(accountFile(d), how, true), accountFile(d)),
      {
        told: ['lost-account'],
        stopped: true,
        renews: [id.c],
        refused: { [id.a]: lost, [id.b]: lost },
        toldAfter: ['lost-account'],
        survives: (e) => assert.equal(e.storedCertificates().length, 3, 'every certificate listed'),
      },
    );
});

test('settings: restored, or defaults with the loss said, or (newer) left alone and said; every certificate renews', async () => {
  const file = (d: string) => path.join(d, 'settings.json');
  for (const how of BROKEN)
    await runner.run(`settings ${how}`, src, (d) => (breakFile(file(d), how), file(d)), {
      told: ['restored-previous'],
      stopped: false,
      renews: ALL(),
      survives: (e) => assert.equal(e.settings.get().language, 'da'),
    });
  await runner.run('settings future', src, (d) => (breakFile(file(d), 'future version'), file(d)), {
    told: ['newer-settings'],
    stopped: false,
    renews: ALL(),
    toldAfter: ['newer-settings'],
    survives: (e) => assert.equal(e.settings.get().language, undefined, 'defaults, in memory'),
  });
  for (const how of BROKEN)
    await runner.run(`settings+prev ${how}`, src, (d) => (breakFile(file(d), how, true), file(d)), {
      told: ['lost-settings'],
      stopped: false,
      renews: ALL(),
      survives: (e) => assert.equal(e.settings.get().language, undefined),
    });
});

test('the marker (there is no index): rebuilt from the folders; newer, the folder is refused untouched', async () => {
  const file = (d: string) => path.join(d, 'certdesk.json');
  for (const how of BROKEN)
    await runner.run(`marker ${how}`, src, (d) => (breakFile(file(d), how), file(d)), {
      told: [],
      stopped: false,
      renews: ALL(),
      derived: 'format, key place and check, change stamp: all found again from the folder',
      survives: (e) => assert.equal(e.storedCertificates().length, 3),
    });
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-breakrenew-')), 'data');
  cpSync(src, dir, { recursive: true });
  breakFile(file(dir), 'future version');
  const tree = listTree(dir).map((f) => [
    f,
    f.endsWith('/') ? '' : readFileSync(path.join(dir, f), 'latin1'),
  ]);
  await assert.rejects(runner.open(dir), { code: 'store-too-new', message: /Update Certdesk/ });
  assert.deepEqual(
    listTree(dir).map((f) => [f, f.endsWith('/') ? '' : readFileSync(path.join(dir, f), 'latin1')]),
    tree,
    'not a byte changed',
  );
});

test('the master key: said exactly, nothing renews and nothing is written; restored from a backup, renewals work again', async () => {
  const file = (d: string) => path.join(d, 'master.key');
  const ways: [string, (f: string) => void][] = [
    ...(['truncated', 'random bytes', 'emptied', 'deleted'] as const).map(
      (how): [string, (f: string) => void] => [how, (f) => breakFile(f, how)],
    ),
    ['another valid key', (f) => writeFileSync(f, randomBytes(32).toString('base64'))],
  ];
  const refused = {
    code: 'store-corrupt',
    message: /master key.*Restore .*backup.*issue the certificates again/s,
  };
  for (const [how, breakIt] of ways) {
    const versions = (d: string) => ALL().flatMap((i) => readdirSync(path.join(d, 'certs', i)));
    const dir = await runner.run(`master key ${how}`, src, (d) => (breakIt(file(d)), file(d)), {
      told: [how === 'another valid key' ? 'master-key-mismatch' : 'master-key-missing'],
      stopped: true,
      renews: [],
      refused: Object.fromEntries(ALL().map((i) => [i, refused])),
      toldAfter: [how === 'another valid key' ? 'master-key-mismatch' : 'master-key-missing'],
    });
    assert.deepEqual(versions(dir), versions(src), `${how}: no version written`);
    // The way back the sentence gives: the key file from a backup.
    writeFileSync(file(dir), readFileSync(file(src)));
    const back = await runner.open(dir);
    assert.ok((await back.renew(id.b)).certificate.serial, `${how}: renews after the restore`);
  }
});

test("a version folder's certificate: the others renew; that one says its files are damaged, and renewing it heals it", async () => {
  for (const how of BROKEN) {
    let chain = '';
    await runner.run(
      `chain.pem ${how}`,
      src,
      (d) => {
        const v = JSON.parse(readFileSync(record(d, 'a'), 'utf8')).certificate.current.version;
        chain = path.join(d, 'certs', id.a, v, 'chain.pem');
        breakFile(chain, how);
        return chain;
      },
      {
        told: [],
        stopped: false,
        renews: [id.b, id.c],
        survives: async (e) => {
          // Said where that certificate's files are needed, never exported or deployed half.
          assert.throws(() => e.getCertificate(id.a), {
            code: 'store-corrupt',
            message: /files of certificate .* missing or damaged\. Renew it/,
          });
          await assert.rejects(e.keyMaterial(id.a), { code: 'store-corrupt' });
          // The way back the sentence gives: a renewal writes a whole new version.
          const r = await e.renew(id.a);
          assert.equal(e.getCertificate(id.a).serial, r.certificate.serial);
          assert.ok((await verifyChain(e.getCertificate(id.a).chainPem!, root)).ok);
        },
      },
    );
  }
});
