// The live-site check against a real Debian nginx on loopback (issue 17): a certificate Pebble
// issued is served, then the certificate is renewed while nginx keeps the old one (outdated), the
// new one is put in place and nginx reloaded (current), a certificate of someone else (other), and
// an AAAA address where nothing listens (unreachable): every address of the name is checked.
// Through `certdesk site-check` as a person runs it, with the global --dns-resolver.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { issueServerCert, makeTestCa } from '../helpers/tls.ts';
import { Engine } from '../../src-main/engine/engine.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const NAME = 'site.check.example.test';
let pebble: Pebble;
let nginx: Nginx;
let dataDir: string;
let id: string;

const common = () => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
type Row = {
  name: string;
  address: string;
  port: number;
  state: string;
  servedSerial: string | null;
  servedNotAfter: string | null;
  detail: string;
};
async function siteCheck(...extra: string[]): Promise<{ code: number; rows: Row[] }> {
  const r = await runCli([
    'site-check',
    id,
    '--port',
    String(nginx.httpsPort),
    '--json',
    ...extra,
    ...common(),
  ]);
  assert.ok(r.code === 0 || r.code === 1, r.stdout + r.stderr);
  return { code: r.code, rows: JSON.parse(r.stdout) as Row[] };
}
async function material(): Promise<{ chainPem: string; keyPem: string; serial: string }> {
  const engine = await Engine.open({ dataDir, app: 'site-check test' });
  const m = await engine.keyMaterial(id);
  return {
    chainPem: [m.certPem, ...m.chainPem].join(''),
    keyPem: m.keyPem,
    serial: engine.getStored(id).current!.serial,
  };
}

before(async () => {
  pebble = await startPebble();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-site-check-'));
  const a = await runCli([
    'account',
    'create',
    '--directory',
    pebble.directoryUrl,
    '--email',
    'site@example.org',
    '--agree-tos',
    ...common(),
  ]);
  assert.equal(a.code, 0, a.stderr);
  const r = await runCli(['issue', '-d', NAME, '--key', 'ec256', '--json', ...common()]);
  assert.equal(r.code, 0, r.stderr);
  id = JSON.parse(r.stdout).id;
  const m = await material();
  nginx = await startNginx({ chainPem: m.chainPem, keyPem: m.keyPem });
});
after(async () => {
  await nginx?.stop();
  await pebble?.stop();
});

test('site-check: nginx serves the certificate Pebble issued: current, exit 0, every JSON field', async () => {
  const { serial } = await material();
  const { code, rows } = await siteCheck();
  assert.equal(code, 0);
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.deepEqual(Object.keys(row).sort(), [
    'address',
    'detail',
    'name',
    'port',
    'servedNotAfter',
    'servedSerial',
    'state',
  ]);
  assert.equal(row.name, NAME);
  assert.equal(row.address, '127.0.0.1');
  assert.equal(row.port, nginx.httpsPort);
  assert.equal(row.state, 'current');
  assert.equal(row.servedSerial, serial);
  assert.match(row.servedNotAfter!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

test('site-check after a renewal nginx has not picked up: outdated with the old expiry, exit 1; after the reload: current', async () => {
  const old = await material();
  const oldNotAfter = (await Engine.open({ dataDir, app: 't' })).getStored(id).current!.notAfter;
  const r = await runCli(['renew', '--id', id, '--force', ...common()]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const renewed = await material();
  assert.notEqual(renewed.serial, old.serial);

  const before = await siteCheck();
  assert.equal(before.code, 1);
  assert.equal(before.rows[0].state, 'outdated');
  assert.equal(before.rows[0].servedSerial, old.serial);
  assert.ok(before.rows[0].detail.includes(oldNotAfter.slice(0, 10)), before.rows[0].detail);
  // The readable table says the same with the state first.
  const human = await runCli(['site-check', NAME, '--port', String(nginx.httpsPort), ...common()]);
  assert.equal(human.code, 1);
  assert.match(
    human.stdout,
    /^outdated\s+site\.check\.example\.test\s+127\.0\.0\.1\s+Still serves an older/m,
  );

  await nginx.serve(renewed.chainPem, renewed.keyPem);
  const after = await siteCheck();
  assert.equal(after.code, 0);
  assert.equal(after.rows[0].state, 'current');
  assert.equal(after.rows[0].servedSerial, renewed.serial);
  // The window reads the recorded result (the dashboard's "Served" column).
  const rec = (await Engine.open({ dataDir, app: 't' })).siteCheck.last(id);
  assert.equal(rec?.state, 'current');
});

test('site-check: a certificate Certdesk did not issue is "other"; an AAAA address with nothing listening is "unreachable"', async () => {
  const mine = await material();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-site-other-'));
  const ca = await makeTestCa(dir);
  const foreign = await issueServerCert(ca, dir, { cn: NAME, sans: [`DNS:${NAME}`] });
  await nginx.serve(foreign.certPem, foreign.keyPem);
  try {
    const other = await siteCheck();
    assert.equal(other.code, 1);
    assert.equal(other.rows[0].state, 'other');
    assert.match(other.rows[0].detail, /did not issue/);
  } finally {
    await nginx.serve(mine.chainPem, mine.keyPem);
  }
  await pebble.chall!.addAaaa(NAME, ['::1']);
  try {
    const both = await siteCheck();
    assert.equal(both.code, 1);
    const by = Object.fromEntries(both.rows.map((x) => [x.address, x]));
    assert.deepEqual(Object.keys(by).sort(), ['127.0.0.1', '::1']);
    assert.equal(by['127.0.0.1'].state, 'current');
    assert.equal(by['::1'].state, 'unreachable');
    assert.equal(by['::1'].servedSerial, null);
    assert.match(by['::1'].detail, /Nothing answers on port \d+/);
  } finally {
    await pebble.chall!.clearAaaa(NAME);
  }
});

test('site-check with a bad --port or an unknown certificate: one sentence, exit 2', async () => {
  const r = await runCli(['site-check', id, '--port', 'x', ...common()]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--port needs a port number/);
  const u = await runCli(['site-check', 'nope.example.test', ...common()]);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /no certificate with the ID or name/);
});
