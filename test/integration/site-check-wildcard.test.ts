// The live-site check and wildcard names (issue 17): *.example.com is not a host anyone connects
// to, so site-check cannot say what it serves. Instead of leaving the name out silently, its row
// says so in plain words: with the names it covers that are on the certificate (checked on their
// own), or, when there are none, to add the host name the person serves. Pebble issues the
// wildcard certificates through dns-01 (a provider script that sets the TXT record at
// pebble-challtestsrv); a real nginx serves one of them; `certdesk site-check --json` as a person
// runs it. The wildcard row is listed, "unreachable", and does not make a served certificate fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { pebbleCliArgs, runCli } from '../helpers/cli.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import '../../src-main/engine/challenges/dns/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let nginx: Nginx | undefined;
let dataDir: string;
let engine: Engine;

type Row = {
  name: string;
  address: string;
  state: string;
  servedSerial: string | null;
  detail: string;
};

async function siteCheck(id: string, ...extra: string[]) {
  const r = await runCli([
    'site-check',
    id,
    '--port',
    String(nginx?.httpsPort ?? 9),
    ...extra,
    ...pebbleCliArgs(dataDir, pebble),
  ]);
  assert.ok(r.code === 0 || r.code === 1, r.stdout + r.stderr);
  return r;
}

/** A wildcard certificate from Pebble: dns-01 through a script that talks to pebble-challtestsrv. */
async function issueWildcard(names: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-wild-script-'));
  const script = path.join(dir, 'dns.sh');
  writeFileSync(
    script,
    `#!/bin/sh
case "$1" in
  present) curl -sf -X POST -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" '${pebble.challtestsrvUrl}/set-txt' ;;
  cleanup) curl -sf -X POST -d "{\\"host\\":\\"$2\\"}" '${pebble.challtestsrvUrl}/clear-txt' ;;
esac
`,
    { mode: 0o755 },
  );
  const r = await engine.issue({
    names,
    challenge: { type: 'dns-01', dnsMode: 'exec', command: script },
  });
  return r.certificate.id;
}

before(async () => {
  pebble = await startPebble();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-site-wild-'));
  engine = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'wild@example.org',
    agreeTos: true,
  });
});
after(async () => {
  await nginx?.stop();
  await pebble?.stop();
});

test('a wildcard with a name it covers: its row points to that name, which is checked and current; exit 0', async () => {
  const id = await issueWildcard(['*.wc.example.test', 'www.wc.example.test', 'wc.example.test']);
  const m = await engine.keyMaterial(id);
  nginx = await startNginx({ chainPem: [m.certPem, ...m.chainPem].join(''), keyPem: m.keyPem });
  const serial = engine.getStored(id).current!.serial;

  const r = await siteCheck(id, '--json');
  assert.equal(r.code, 0, 'every host name serves the newest certificate');
  const rows = JSON.parse(r.stdout) as Row[];
  const wild = rows.find((x) => x.name === '*.wc.example.test');
  assert.ok(wild, `the wildcard is in the --json output: ${r.stdout}`);
  assert.equal(wild.state, 'unreachable');
  assert.equal(wild.address, '');
  assert.equal(wild.servedSerial, null);
  assert.match(
    wild.detail,
    /^\*\.wc\.example\.test is a wildcard, not a host name Certdesk can connect to/,
  );
  // It names what it covers (one label: www, not the bare name), which is checked on its own.
  assert.match(wild.detail, /: www\.wc\.example\.test\.$/);
  const www = rows.find((x) => x.name === 'www.wc.example.test')!;
  assert.equal(www.state, 'current');
  assert.equal(www.servedSerial, serial);
  assert.equal(rows.find((x) => x.name === 'wc.example.test')?.state, 'current');

  const human = await siteCheck(id);
  assert.match(
    human.stdout,
    /^unreachable\s+\*\.wc\.example\.test\s+-\s+\*\.wc\.example\.test is a wildcard/m,
  );
  assert.match(human.stdout, /Every address serves the newest certificate\./);
  // Recorded for the window: the certificate is served, the wildcard row is there to read.
  const rec = (await Engine.open({ dataDir, app: 't' })).siteCheck.last(id)!;
  assert.equal(rec.state, 'current');
  assert.equal(
    rec.results.find((x) => x.name === '*.wc.example.test')?.text?.key,
    'siteCheck.wildcardCovered',
  );
});

test('a certificate with only a wildcard: the row says to add the host name served; exit 1', async () => {
  const id = await issueWildcard(['*.only.example.test']);
  const r = await siteCheck(id, '--json');
  assert.equal(r.code, 1, 'nothing could be checked');
  const rows = JSON.parse(r.stdout) as Row[];
  assert.equal(rows.length, 1);
  assert.equal(rows[0].name, '*.only.example.test');
  assert.equal(rows[0].state, 'unreachable');
  assert.match(
    rows[0].detail,
    /Add the host name you serve \(e\.g\. www\.only\.example\.test\) to this certificate to have it checked\./,
  );
});
