// ARI (RFC 9773) against a small local endpoint: Pebble 2.4 has no renewalInfo, so this test
// serves a directory with one and answers the GET <renewalInfo>/<certID> itself (over HTTPS with a
// test root passed as caCertPem, as for a local CA, and over plain HTTP on the directory's origin).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTestCa, issueServerCert, type TestCa } from '../../../helpers/tls.ts';
import {
  ariCertId,
  certIdFromParts,
  fetchRenewalInfo,
} from '../../../../src-main/engine/renewal/ari.ts';
import { planRenewal } from '../../../../src-main/engine/renewal/policy.ts';
import { Engine } from '../../../../src-main/engine/engine.ts';
import { DAY_MS, HOUR_MS } from '../../../../src-main/shared/durations.ts';
import type { Clock } from '../../../../src-main/engine/ports.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-ari-'));
let ca: TestCa;
let leafPem: string;
let leafKeyPem: string;

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
let answer: Answer = { status: 404 };
const seen: string[] = [];
let withRenewalInfo = true;
const handler: http.RequestListener = (req, res) => {
  seen.push(`${req.method} ${req.url}`);
  const base = `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://127.0.0.1:${(req.socket.address() as AddressInfo).port}`;
  if (req.url === '/dir') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        newNonce: `${base}/nonce`,
        newAccount: `${base}/acct`,
        newOrder: `${base}/order`,
        ...(withRenewalInfo ? { renewalInfo: `${base}/ari` } : {}),
      }),
    );
    return;
  }
  if (req.url?.startsWith('/ari/')) {
    res
      .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      .end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    return;
  }
  res.writeHead(404).end();
};
let plain: http.Server;
let secure: https.Server;
const port = (s: http.Server | https.Server): number => (s.address() as AddressInfo).port;

before(async () => {
  ca = await makeTestCa(work);
  const server = await issueServerCert(ca, work);
  const leaf = await issueServerCert(ca, work, {
    name: 'leaf',
    cn: 'ari.example.org',
    sans: ['DNS:ari.example.org'],
  });
  leafPem = leaf.certPem;
  leafKeyPem = leaf.keyPem;
  plain = http.createServer(handler);
  secure = https.createServer({ cert: server.certPem, key: server.keyPem }, handler);
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
});
after(() => {
  plain?.close();
  secure?.close();
  plain?.closeAllConnections();
  secure?.closeAllConnections();
});

test('certID: the RFC 9773 section 4.1 example', () => {
  const aki = Buffer.from('69885B6B87464041E1B37B847BA0AE2CDE01C8D4', 'hex');
  assert.equal(
    certIdFromParts(aki, Buffer.from('0087654321', 'hex')),
    'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE',
  );
});

test('certID of a real certificate matches what openssl reads (AKI key id, serial with its leading zero)', () => {
  const dir = mkdtempSync(path.join(work, 'fixed-'));
  writeFileSync(
    path.join(dir, 'ext'),
    'authorityKeyIdentifier=keyid\nsubjectAltName=DNS:fixed.example.org\n',
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-new',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      path.join(dir, 'k'),
      '-out',
      path.join(dir, 'csr'),
      '-subj',
      '/CN=fixed.example.org',
    ],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      path.join(dir, 'csr'),
      '-CA',
      ca.caCertPath,
      '-CAkey',
      ca.caKeyPath,
      '-set_serial',
      '0x87654321',
      '-days',
      '2',
      '-extfile',
      path.join(dir, 'ext'),
      '-out',
      path.join(dir, 'c.pem'),
    ],
    { stdio: 'ignore' },
  );
  const pem = readFileSync(path.join(dir, 'c.pem'), 'utf8');
  const ski = execFileSync(
    'openssl',
    ['x509', '-noout', '-ext', 'subjectKeyIdentifier', '-in', ca.caCertPath],
    { encoding: 'utf8' },
  )
    .split('\n')[1]
    .trim()
    .replace(/:/g, '');
  assert.equal(ariCertId(pem), `${Buffer.from(ski, 'hex').toString('base64url')}.AIdlQyE`);
});

test('fetchRenewalInfo over HTTPS with the CA root: window, explanation URL, Retry-After', async () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  answer = {
    status: 200,
    headers: { 'retry-after': '3600' },
    body: {
      suggestedWindow: { start: '2026-04-01T00:00:00Z', end: '2026-04-03T00:00:00Z' },
      explanationURL: 'https://ca.example/why',
    },
  };
  const url = `https://127.0.0.1:${port(secure)}/ari`;
  const info = await fetchRenewalInfo(url, 'a.b', { caCertPem: ca.caCertPem, now });
  assert.deepEqual(info, {
    windowStart: '2026-04-01T00:00:00.000Z',
    windowEnd: '2026-04-03T00:00:00.000Z',
    explanationUrl: 'https://ca.example/why',
    nextCheckAt: new Date(now + HOUR_MS).toISOString(),
  });
  assert.equal(seen.at(-1), 'GET /ari/a.b');
  answer = {
    status: 200,
    body: { suggestedWindow: { start: '2026-04-01T00:00:00Z', end: '2026-04-03T00:00:00Z' } },
  };
  assert.equal(
    (await fetchRenewalInfo(url, 'a.b', { caCertPem: ca.caCertPem, now })).nextCheckAt,
    new Date(now + 6 * HOUR_MS).toISOString(),
    'default: six hours',
  );
  await assert.rejects(
    fetchRenewalInfo(url, 'a.b', { now }),
    /verify the CA's HTTPS certificate/,
    'without the root: refused',
  );
  answer = {
    status: 200,
    body: { suggestedWindow: { start: '2026-04-03T00:00:00Z', end: '2026-04-01T00:00:00Z' } },
  };
  await assert.rejects(
    fetchRenewalInfo(url, 'a.b', { caCertPem: ca.caCertPem, now }),
    /no usable window/,
  );
  answer = { status: 500 };
  await assert.rejects(fetchRenewalInfo(url, 'a.b', { caCertPem: ca.caCertPem, now }), /HTTP 500/);
});

test('Engine.refreshRenewalInfo: chooses a time in the window, keeps it, marks a window moved earlier, survives an endpoint that is down', async () => {
  let now = Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  const dataDir = mkdtempSync(path.join(work, 'data-'));
  const engine = await Engine.open({ dataDir, clock, random: () => 0.5 });
  const directoryUrl = `http://127.0.0.1:${port(plain)}/dir`;
  const info = new (await import('node:crypto')).X509Certificate(leafPem);
  await engine.store.writeVersion('c1', 'v1', leafPem + ca.caCertPem, leafKeyPem);
  await engine.store.update((d) => {
    d.accounts.a1 = {
      id: 'a1',
      caId: 'custom',
      directoryUrl,
      email: 'a@example.org',
      keyType: 'ec256',
      accountUrl: `${directoryUrl}/acct/1`,
      createdAt: new Date(now).toISOString(),
      tosAgreed: null,
      keySealed: 'unused',
    };
    d.certificates.c1 = {
      id: 'c1',
      names: ['ari.example.org'],
      accountId: 'a1',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'builtin' },
      createdAt: new Date(now).toISOString(),
      previous: null,
      attempts: [],
      exports: [],
      current: {
        version: 'v1',
        notBefore: new Date(info.validFrom).toISOString(),
        notAfter: new Date(info.validTo).toISOString(),
        serial: info.serialNumber,
        issuer: 'test',
        chainIssuers: [],
        issuedAt: new Date(now).toISOString(),
      },
    };
  });
  const certId = ariCertId(leafPem)!;
  const day = (n: number): string => new Date(now + n * DAY_MS).toISOString();
  answer = {
    status: 200,
    body: { suggestedWindow: { start: day(1), end: day(2) } },
    headers: { 'retry-after': '7200' },
  };
  const a1 = await engine.refreshRenewalInfo('c1');
  assert.ok(a1);
  assert.equal(a1.certId, certId);
  assert.equal(
    seen.at(-1),
    `GET /ari/${certId}`,
    'GET <renewalInfo>/<certID>, computed from the stored chain',
  );
  assert.equal(a1.chosenAt, new Date(now + 1.5 * DAY_MS).toISOString());
  assert.equal(engine.getStored('c1').current?.ariCertId, certId, 'certID kept with the version');
  // Before Retry-After: no request.
  const before = seen.length;
  assert.deepEqual(await engine.refreshRenewalInfo('c1'), a1);
  assert.equal(seen.length, before, 'Retry-After honoured');
  // Same window later: same choice, even with other randomness.
  now += 3 * HOUR_MS;
  const a2 = await engine.refreshRenewalInfo('c1');
  assert.equal(a2?.chosenAt, a1.chosenAt);
  assert.equal(a2?.movedEarlierAt, undefined);
  const summary = engine.listCertificates()[0];
  assert.equal(summary.nextRenewalAt, a1.chosenAt);
  assert.match(summary.renewalReason ?? '', /\(ARI\)/);
  // The CA moves the window earlier (e.g. a mass revocation): a new choice, marked for the notifier.
  answer = {
    status: 200,
    body: {
      suggestedWindow: {
        start: new Date(now - HOUR_MS).toISOString(),
        end: new Date(now + HOUR_MS).toISOString(),
      },
      explanationURL: 'https://ca.example/incident',
    },
  };
  const a3 = await engine.refreshRenewalInfo('c1', { force: true });
  assert.equal(a3?.movedEarlierAt, new Date(now).toISOString());
  assert.equal(a3?.explanationUrl, 'https://ca.example/incident');
  assert.match(engine.listCertificates()[0].renewalReason ?? '', /moved it earlier/);
  // Endpoint down: nothing fails, no attempt is recorded, the stored plan stays.
  answer = { status: 503 };
  const a4 = await engine.refreshRenewalInfo('c1', { force: true });
  assert.deepEqual(a4, a3);
  assert.equal(engine.getStored('c1').attempts.length, 0);
  // A certificate whose stored ARI is gone and whose CA has no ARI: the ratio plan.
  await engine.store.update((d) => {
    delete d.certificates.c1.ari;
  });
  withRenewalInfo = false;
  const e2 = await Engine.open({ dataDir, clock });
  assert.equal(await e2.refreshRenewalInfo('c1', { force: true }), null);
  const plan = planRenewal(e2.getStored('c1'), now);
  assert.match(plan.reason ?? '', /^half of the/);
  withRenewalInfo = true;
});
