// Issue 18: a trial run rehearses the certificate the person will really get, so it asks the
// practice (staging) CA for the same ACME profile, and refuses clearly when the practice CA does
// not offer it. Three trial runs: the window's (cert:trial), `certdesk check --trial-run
// --profile`, and `certdesk renew --dry-run` with a stored certificate's profile.
// Pebble 2.4 has no profiles: two ca-proxy instances in front of one real Pebble play the CA
// ("production": classic, tlsserver, shortlived) and its practice twin (classic, shortlived only),
// and record every newOrder; the validations are Pebble's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { runCli } from '../helpers/cli.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch, type Handlers } from '../../src-main/api/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let production: CaProxy;
let practice: CaProxy;
let dataDir: string;
let engine: Engine;
let handlers: Handlers;
let accountId: string;
// Pebble rejects a few nonces on purpose (PEBBLE_WFE_NONCEREJECT) and the client sends the
// request again: orders are counted by those Pebble accepted.
const accepted = (p: CaProxy) => p.newOrders.filter((o) => o.status === 201);

before(async () => {
  pebble = await startPebble();
  production = await startCaProxy(pebble, {
    profiles: {
      classic: 'The usual certificate',
      tlsserver: 'TLS servers only, 45 days',
      shortlived: '160 hours',
    },
  });
  practice = await startCaProxy(pebble, {
    profiles: { classic: 'The usual certificate', shortlived: '160 hours' },
  });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-trial-profile-'));
  engine = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  const a = await engine.createAccount({
    directoryUrl: production.directoryUrl,
    stagingDirectoryUrl: practice.directoryUrl,
    email: 'trial@example.org',
    agreeTos: true,
  });
  accountId = a.id;
  handlers = createHandlers({ engine, emit: () => {}, face: 'browser' });
});
after(async () => {
  await practice?.stop();
  await production?.stop();
  await pebble?.stop();
});

const cli = (args: string[]) =>
  runCli([
    ...args,
    '--data-dir',
    dataDir,
    '--ca-cert',
    pebble.caCertPath,
    '--http-port',
    String(pebble.httpPort),
    '--dns-resolver',
    `127.0.0.1:${pebble.dnsPort}`,
  ]);
const trial = (profile: string, runId: string) =>
  dispatch(handlers, 'cert:trial', {
    runId,
    names: ['trial-profile.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    accountId,
    profile,
  });

test('the window trial run: a profile the practice CA lacks is refused before any practice account or order; one it offers is sent', async () => {
  const refused = await trial('tlsserver', 'trialprofile1');
  assert.equal(refused.ok, false);
  if (!refused.ok) {
    assert.equal(refused.error.code, 'unsupported');
    assert.deepEqual(refused.error.text, {
      key: 'profile.trialMissing',
      params: { profile: 'tlsserver', list: 'classic, shortlived' },
    });
    assert.match(refused.error.message, /practice \(staging\) service does not offer/);
  }
  assert.equal(practice.newOrders.length, 0, 'nothing ordered at the practice CA');
  assert.equal(
    practice.requests.filter((r) => r.kind === 'newAccount').length,
    0,
    'no practice account made',
  );

  const ok = await trial('shortlived', 'trialprofile2');
  assert.ok(ok.ok, JSON.stringify(ok));
  assert.equal(accepted(practice).length, 1);
  assert.equal(accepted(practice)[0].profile, 'shortlived', 'the rehearsal asked for the profile');
  assert.equal(production.newOrders.length, 0, 'nothing ordered at the real CA');
  assert.equal(engine.certificates.list().length, 0, 'nothing of a trial is kept');
});

test('certdesk check --trial-run --profile: the practice order carries the profile; a missing one fails the trial-run check with the list', async () => {
  type Result = { check: string; verdict: string; message: string };
  const run = async (profile: string): Promise<Result> => {
    const r = await cli([
      'check',
      '-d',
      'check-profile.example.test',
      '--account',
      accountId,
      '--profile',
      profile,
      '--trial-run',
      '--json',
    ]);
    const trialRun = (JSON.parse(r.stdout) as Result[]).find((x) => x.check === 'trial-run');
    assert.ok(trialRun, r.stdout + r.stderr);
    return trialRun;
  };
  const before = practice.newOrders.length;
  const missing = await run('tlsserver');
  assert.equal(missing.verdict, 'fail');
  assert.match(
    missing.message,
    /does not offer the profile "tlsserver" \(it offers: classic, shortlived\)/,
  );
  assert.equal(practice.newOrders.length, before, 'nothing ordered');

  const offered = await run('shortlived');
  assert.equal(offered.verdict, 'pass', offered.message);
  assert.equal(practice.newOrders.at(-1)?.profile, 'shortlived');
  assert.deepEqual(practice.newOrders.at(-1)?.identifiers, [
    { type: 'dns', value: 'check-profile.example.test' },
  ]);
});

test('certdesk renew --dry-run rehearses with the certificate own profile at its practice directory', async () => {
  const issued = await engine.issue({
    names: ['dry-profile.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    profile: 'shortlived',
    accountId,
  });
  assert.equal(production.newOrders.at(-1)?.profile, 'shortlived');
  const before = accepted(practice).length;
  const r = await cli(['renew', '--dry-run', '--force', '--id', issued.certificate.id, '--json']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(accepted(practice).length, before + 1, 'rehearsed at the practice directory');
  assert.equal(practice.newOrders.at(-1)?.profile, 'shortlived');

  // The certificate moves to a profile the practice CA lacks: the dry run says so and fails.
  await engine.setProfile(issued.certificate.id, 'tlsserver');
  const missing = await cli(['renew', '--dry-run', '--force', '--id', issued.certificate.id]);
  assert.equal(missing.code, 1, missing.stdout + missing.stderr);
  assert.match(missing.stdout, /does not offer the profile "tlsserver"/);
  assert.equal(accepted(practice).length, before + 1, 'nothing more ordered');
});
