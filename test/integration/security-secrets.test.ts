// Issue 8: secrets of known values go through a full issuance (a Cloudflare API token), a renewal,
// an export (a PFX password, remembered so it is stored and used again after the renewal) and the
// SMTP settings, all through the same handlers the window calls. Then every file under the data
// folder (store, logs, certificate folders), every answer a handler gave and every event it
// emitted is scanned for the secrets (as text and base64) and for the base64 body of every private
// key involved (certificate keys old and new, the account key): 0 bytes may be found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startFakeCloudflare, type FakeCloudflare } from '../helpers/fake-cloudflare.ts';
import { listTree, recordCounts } from '../helpers/fault.ts';
import { openssl } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createFileLogger } from '../../src-main/storage/file-logger.ts';
import { createHandlerSet, dispatch, type HandlerSet } from '../../src-main/api/index.ts';
import type { AppEvent } from '../../src-main/shared/contract.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const CF_TOKEN = 'cf-token-KNOWN-SECRET-6b1f0c9e2a7d4e58';
const SMTP_PASSWORD = 'smtp-pass-KNOWN-SECRET-91c2d7a0';
const PFX_PASSWORD = 'pfx-pass-KNOWN-SECRET-3e8a55f1';

let pebble: Pebble;
let cf: FakeCloudflare;
let engine: Engine;
let set: HandlerSet;
let dataDir = '';
const answers: unknown[] = [];
const events: AppEvent[] = [];
const keyPems = new Set<string>();
const counts = {
  secretsOfKnownValue: 3,
  privateKeysTracked: 0,
  filesScanned: 0,
  bytesScanned: 0,
  answersScanned: 0,
  eventsScanned: 0,
  bytesOfSecretsFound: 0,
  bytesOfKeysFound: 0,
};

before(async () => {
  pebble = await startPebble();
  cf = await startFakeCloudflare({ token: CF_TOKEN, zones: ['example.test'], chall: pebble.chall });
  dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-secrets-')), 'data');
  // The most talkative logger there is: every debug line goes to the file too.
  engine = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
    logger: createFileLogger(dataDir, { level: 'debug' }),
    poll: { firstMs: 20, maxMs: 200 },
    // The Cloudflare stand-in speaks plain http on loopback; only a test can allow that.
    plainHttpDnsApiForTests: true,
  });
  set = createHandlerSet({
    engine,
    emit: (e) => events.push(e),
    face: 'app',
    copyToClipboard: () => {},
  });
});
after(async () => {
  set?.close();
  await cf?.stop();
  await pebble?.stop();
  recordCounts('security-secrets', counts);
});

async function call(channel: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await dispatch(set.handlers, channel, input);
  answers.push(r);
  assert.equal(r.ok, true, `${channel}: ${JSON.stringify(r)}`);
  return (r as { value: Record<string, unknown> }).value;
}

/** The base64 body of a PEM block (what would betray the key in any file or message). */
const pemBody = (pem: string): string => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');

function needles(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const [label, s] of [
    ['cloudflare token', CF_TOKEN],
    ['SMTP password', SMTP_PASSWORD],
    ['PFX password', PFX_PASSWORD],
  ] as const) {
    out.push(
      { label, text: s },
      { label: `${label} (base64)`, text: Buffer.from(s).toString('base64').replace(/=+$/, '') },
    );
  }
  for (const pem of keyPems) {
    const body = pemBody(pem);
    out.push({ label: 'a private key (whole body)', text: body });
    // Any one 40-character stretch of it is enough to count.
    for (let i = 0; i + 40 <= body.length; i += 40)
      out.push({ label: 'a private key (40 characters of it)', text: body.slice(i, i + 40) });
  }
  return out;
}

function scan(where: string, haystack: string, tally = true): { label: string; where: string }[] {
  const found: { label: string; where: string }[] = [];
  for (const n of needles()) {
    let at = haystack.indexOf(n.text);
    while (at >= 0) {
      found.push({ label: n.label, where });
      if (!tally) {
        at = haystack.indexOf(n.text, at + 1);
        continue;
      }
      if (n.label.startsWith('a private key')) counts.bytesOfKeysFound += n.text.length;
      else counts.bytesOfSecretsFound += n.text.length;
      at = haystack.indexOf(n.text, at + 1);
    }
  }
  return found;
}

async function trackKeys(certId: string): Promise<void> {
  keyPems.add((await engine.keyMaterial(certId)).keyPem);
  const account = Object.values(engine.store.read().accounts)[0];
  keyPems.add(engine.store.secrets.open(account.keySealed, `account-key:${account.id}`));
  counts.privateKeysTracked = keyPems.size;
}

test('issuance, export, settings and renewal with known secrets: not one byte of them or of a key reaches a file, a log or the window', async () => {
  const account = await call('account:create', {
    directoryUrl: pebble.directoryUrl,
    email: 'secrets@example.org',
    agreeTos: true,
  });
  assert.ok(account.id);
  const issued = await call('cert:issue', {
    runId: 'secrets-run-1',
    names: ['secrets.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
    secrets: { cloudflareToken: CF_TOKEN },
  });
  const id = (issued.certificate as { id: string }).id;
  await trackKeys(id);
  assert.ok(cf.requests.length > 0, 'the token was really used');

  await call('settings:set', {
    email: {
      host: 'smtp.example.test',
      port: 587,
      secure: false,
      user: 'me',
      password: SMTP_PASSWORD,
      from: 'certdesk@example.test',
      to: 'admin@example.test',
    },
  });
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-secrets-out-'));
  const exported = await call('export:run', {
    id,
    dir: outDir,
    format: 'pfx',
    password: PFX_PASSWORD,
    remember: true,
  });
  const pfx = (exported.files as { path: string; kind: string }[]).find((f) =>
    /\.(pfx|p12)$/.test(f.path),
  );
  assert.ok(pfx, JSON.stringify(exported));
  // The export is real: openssl opens it with the password.
  const opened = await openssl([
    'pkcs12',
    '-in',
    pfx.path,
    '-nokeys',
    '-passin',
    `pass:${PFX_PASSWORD}`,
  ]);
  assert.equal(opened.code, 0, opened.stderr);
  const mtimeBefore = statSync(pfx.path).mtimeMs;

  // The renewal (engine.renew behind cert:renew) uses the stored token again, then re-exports with
  // the stored PFX password.
  const renewed = await call('cert:renew', { id, runId: 'secrets-run-2' });
  assert.notEqual(
    (renewed.certificate as { serial: string }).serial,
    (issued.certificate as { serial: string }).serial,
  );
  await trackKeys(id);
  assert.ok(
    statSync(pfx.path).mtimeMs > mtimeBefore,
    'the remembered export was written again with the stored password',
  );
  assert.equal(
    (await openssl(['pkcs12', '-in', pfx.path, '-nokeys', '-passin', `pass:${PFX_PASSWORD}`])).code,
    0,
  );

  // Everything else the window may ask for.
  for (const [channel, input] of [
    ['app:state', {}],
    ['cert:list', {}],
    ['cert:get', { id }],
    ['export:paste', { id }],
    ['settings:get', {}],
    ['account:list', {}],
    ['export:copyKey', { id }],
    ['export:saveKey', { id, dir: outDir, overwrite: true }],
  ] as const) {
    await call(channel, input);
  }
  assert.ok(keyPems.size >= 3, 'old key, new key, account key');

  // The scanner itself finds what it looks for (a control, so that 0 means something).
  assert.ok(
    scan('control', `x${CF_TOKEN}y${Buffer.from(PFX_PASSWORD).toString('base64')}`, false).length >=
      2,
  );
  assert.ok(
    scan('control', [...keyPems][0].split('\n').slice(2, 3).join(''), false).length >= 1,
    'one PEM line of a key is found',
  );
  const found: { label: string; where: string }[] = [];
  for (const rel of listTree(dataDir).filter((f) => !f.endsWith('/'))) {
    const buf = readFileSync(path.join(dataDir, rel));
    counts.filesScanned += 1;
    counts.bytesScanned += buf.length;
    found.push(
      ...scan(rel, buf.toString('latin1')),
      ...scan(`${rel} (utf8)`, buf.toString('utf8')),
    );
  }
  assert.ok(
    listTree(dataDir).some((f) => f.startsWith('logs/')),
    'there is a log to scan',
  );
  for (const [i, a] of answers.entries()) {
    found.push(...scan(`answer ${i}`, JSON.stringify(a)));
    counts.answersScanned += 1;
  }
  for (const [i, e] of events.entries()) {
    found.push(...scan(`event ${i} (${e.type})`, JSON.stringify(e)));
    counts.eventsScanned += 1;
  }
  assert.ok(counts.eventsScanned > 5, 'progress events were emitted and scanned');
  assert.deepEqual(found, []);
  assert.equal(counts.bytesOfSecretsFound, 0);
  assert.equal(counts.bytesOfKeysFound, 0);
});
