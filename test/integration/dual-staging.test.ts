// Issue 18 against the real Pebble: dual ECDSA + RSA certificates (R17) issued, exported as two
// sets and renewed together through `certdesk`, each file checked with openssl; and trial runs at
// a custom CA's own practice (staging) directory, from the CLI's check and the window's handler.
// The "practice directory" is the same Pebble under another address (localhost instead of
// 127.0.0.1): a different directory URL, so which one was used shows in what was created there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { openssl } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../src-main/api/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const opts = (d: string) => [
  '--data-dir',
  d,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
const practiceUrl = () => pebble.directoryUrl.replace('127.0.0.1', 'localhost');

async function keyAlg(certFile: string): Promise<string> {
  const r = await openssl(['x509', '-in', certFile, '-noout', '-text']);
  assert.equal(r.code, 0, r.stderr);
  return /Public Key Algorithm: (\S+)/.exec(r.stdout)?.[1] ?? '';
}
async function pubOf(args: string[]): Promise<string> {
  const r = await openssl(args);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

test('dual ECDSA + RSA: --key ec256,rsa2048 issues both, exports two sets (PEM and PFX), renews both', async () => {
  const d = tmp('dual');
  // The account is set up through the engine (one CLI spawn less); the CLI runs are the behaviours.
  const setup = await Engine.open({
    dataDir: d,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  await setup.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'dual@example.org',
    agreeTos: true,
  });
  const same = await runCli([
    'issue',
    '-d',
    'x.example.test',
    '--key',
    'rsa2048,rsa4096',
    ...opts(d),
  ]);
  assert.equal(same.code, 2, 'two RSA keys are bad input');
  assert.match(same.stderr, /one ECDSA and one RSA/);

  const r = await runCli([
    'issue',
    '-d',
    'dual.example.test',
    '--key',
    'rsa2048,ec256',
    '--json',
    ...opts(d),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.equal(c.keyType, 'ec256', 'the ECDSA certificate is the first');
  assert.equal(c.twin.keyType, 'rsa2048');
  assert.ok(c.twin.serial && c.twin.serial !== c.serial, 'two certificates');
  assert.match(r.stderr, /rsa2048 certificate for the same names/);

  const out = tmp('dual-out');
  const e = await runCli(['export', c.id, '--out', out, '--preset', 'nginx', ...opts(d)]);
  assert.equal(e.code, 0, e.stderr);
  assert.match(e.stdout, /two ssl_certificate lines/);
  const ec = path.join(out, 'dual.example.test-ecdsa');
  const rsa = path.join(out, 'dual.example.test-rsa');
  assert.equal(await keyAlg(path.join(ec, 'fullchain.pem')), 'id-ecPublicKey');
  assert.equal(await keyAlg(path.join(rsa, 'fullchain.pem')), 'rsaEncryption');
  for (const dir of [ec, rsa])
    assert.equal(
      await pubOf(['x509', '-in', path.join(dir, 'fullchain.pem'), '-noout', '-pubkey']),
      await pubOf(['pkey', '-in', path.join(dir, 'privkey.pem'), '-pubout']),
      `${dir}: the key belongs to the certificate`,
    );

  const pw = path.join(out, 'pw.txt');
  writeFileSync(pw, 'Dual-test 2026!\n', { mode: 0o600 });
  const pfxOut = tmp('dual-pfx');
  const p = await runCli([
    'export',
    c.id,
    '--out',
    pfxOut,
    '--format',
    'pfx',
    '--password-file',
    pw,
    ...opts(d),
  ]);
  assert.equal(p.code, 0, p.stderr);
  for (const [set, alg] of [
    ['ecdsa', 'id-ecPublicKey'],
    ['rsa', 'rsaEncryption'],
  ]) {
    const file = path.join(pfxOut, `dual.example.test-${set}`, 'dual.example.test.pfx');
    const info = await openssl([
      'pkcs12',
      '-in',
      file,
      '-passin',
      'pass:Dual-test 2026!',
      '-nokeys',
      '-clcerts',
    ]);
    assert.equal(info.code, 0, info.stderr);
    const leaf = path.join(pfxOut, `${set}.pem`);
    writeFileSync(leaf, info.stdout);
    assert.equal(await keyAlg(leaf), alg, `${set} PFX holds the ${alg} certificate`);
  }
  const again = await runCli(['export', c.id, '--out', out, '--preset', 'nginx', ...opts(d)]);
  assert.notEqual(again.code, 0, 'set folders with files are not overwritten without --overwrite');

  const rn = await runCli(['renew', '--id', c.id, '--force', '--json', ...opts(d)]);
  assert.equal(rn.code, 0, rn.stderr);
  const shown = JSON.parse((await runCli(['show', c.id, '--json', ...opts(d)])).stdout);
  assert.notEqual(shown.serial, c.serial, 'the ECDSA certificate was renewed');
  assert.notEqual(shown.twin.serial, c.twin.serial, 'and its RSA twin with it');
  assert.equal(shown.twin.keyType, 'rsa2048');
  const re = await runCli([
    'export',
    c.id,
    '--out',
    out,
    '--preset',
    'nginx',
    '--overwrite',
    ...opts(d),
  ]);
  assert.equal(re.code, 0, re.stderr);
  const serialOf = async (f: string) =>
    (await pubOf(['x509', '-in', f, '-noout', '-serial'])).trim().split('=')[1].toLowerCase();
  assert.equal(
    await serialOf(path.join(rsa, 'fullchain.pem')),
    String(shown.twin.serial).replace(/:/g, '').toLowerCase(),
    'the RSA set holds the renewed twin',
  );
});

test('a custom CA with a practice directory: check --trial-run and the trial handler go there', async () => {
  const d = tmp('staging');
  const bad = await runCli([
    'account',
    'create',
    '--email',
    'st@example.org',
    '--directory',
    pebble.directoryUrl,
    '--staging-directory',
    'http://insecure.example/dir',
    '--agree-tos',
    ...opts(d),
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /must start with https/);
  assert.equal(existsSync(path.join(d, 'certdesk.json')), false, 'nothing stored');
  const ok = await runCli([
    'account',
    'create',
    '--email',
    'st@example.org',
    '--directory',
    pebble.directoryUrl,
    '--staging-directory',
    practiceUrl(),
    '--agree-tos',
    '--json',
    ...opts(d),
  ]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).stagingDirectoryUrl, practiceUrl());
  const chk = await runCli([
    'check',
    '-d',
    'trial.example.test',
    '--trial-run',
    '--json',
    ...opts(d),
  ]);
  const results = JSON.parse(chk.stdout) as {
    check: string;
    verdict: string;
    details?: string[];
  }[];
  const trial = results.filter((x) => x.check === 'trial-run');
  assert.equal(trial[0]?.verdict, 'pass', JSON.stringify(trial));
  assert.deepEqual(trial[0].details, [`practice directory: ${practiceUrl()}`]);

  // The window's trial run (cert:trial) makes its practice account at that directory.
  const engine = await Engine.open({
    dataDir: d,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  const handlers = createHandlers({ engine, emit: () => {}, face: 'browser' });
  const main = engine.accounts.list()[0];
  const t = await dispatch(handlers, 'cert:trial', {
    runId: 'trial-run-1',
    names: ['trial2.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    accountId: main.id,
  });
  assert.ok(t.ok, JSON.stringify(t));
  assert.ok(
    engine.accounts.list().some((a) => a.directoryUrl === practiceUrl()),
    'the practice account is at the practice directory',
  );
  assert.equal(engine.certificates.list().length, 0, 'nothing of a trial is kept');
  // Each account has its own file since issue 22.
  const account = JSON.parse(readFileSync(path.join(d, 'accounts', `${main.id}.json`), 'utf8'));
  assert.equal(account.account.stagingDirectoryUrl, practiceUrl());
});
