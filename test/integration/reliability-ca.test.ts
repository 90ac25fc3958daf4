// Issue 8: the CA goes away in the middle of an order (Pebble SIGKILLed, or the network to it
// cut), or rejects half the nonces. Each time the issuance either completes or fails with a
// clear, retryable error, and nothing is left behind: no challenge file in the webroot, no TXT
// record, no listener, no lock, no half certificate in the store.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { freePort } from '../helpers/ports.ts';
import { portIsClosed, listTree, recordCounts } from '../helpers/fault.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { ChallengeConfig, IssueStep } from '../../src-main/shared/types.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-rel-${p}-`));
const started: Pebble[] = [];
const closers: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of closers) await c().catch(() => {});
  await Promise.all(started.map((p) => p.stop()));
});
const counts = { faultsInjected: 0, issuancesUnderNonceRejection: 0, retriedAfterNetworkBack: 0 };
after(() => recordCounts('reliability-ca', counts));

async function pebbleFor(opts: Parameters<typeof startPebble>[0] = {}): Promise<Pebble> {
  const p = await startPebble(opts);
  started.push(p);
  return p;
}

async function engineFor(p: Pebble, directoryUrl = p.directoryUrl): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('data'),
    caCertPem: p.caCertPem,
    httpPort: p.httpPort,
    dnsResolver: `127.0.0.1:${p.dnsPort}`,
    caTimeoutMs: 5000,
    poll: { firstMs: 20, maxMs: 200 },
  });
  await e.createAccount({ directoryUrl, email: 'reliability@example.org', agreeTos: true });
  return e;
}

/** The user's own web server for webroot mode, on the port Pebble's VA fetches. */
async function staticServer(root: string, port: number): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(root + path.sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  closers.push(close);
  return close;
}

/** A plain TCP relay in front of Pebble: cutting it is "the network is gone" (connection refused). */
async function relay(
  target: number,
): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void> }> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((c) => {
        const up = net.connect({ port: target, host: '127.0.0.1' });
        for (const s of [c, up]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {});
        }
        c.pipe(up).pipe(c);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await open();
  const cut = async () => {
    const s = server;
    server = null;
    for (const x of sockets) x.destroy();
    if (s) await new Promise<void>((r) => (s as net.Server).close(() => r()));
  };
  closers.push(cut);
  return { port, cut, restore: open };
}

async function txt(p: Pebble, name: string): Promise<string[]> {
  const r = new Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${p.dnsPort}`]);
  try {
    return (await r.resolveTxt(name)).map((x) => x.join(''));
  } catch {
    return [];
  }
}

/** dns-01 through a provider script (lego's exec convention) that publishes at challtestsrv. */
function dnsScript(p: Pebble): string {
  const dir = tmp('script');
  const file = path.join(dir, 'dns.sh');
  writeFileSync(
    file,
    `#!/bin/sh
case "$1" in
  present) curl -sf -X POST -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" '${p.challtestsrvUrl}/set-txt' ;;
  cleanup) curl -sf -X POST -d "{\\"host\\":\\"$2\\"}" '${p.challtestsrvUrl}/clear-txt' ;;
esac
`,
    { mode: 0o755 },
  );
  return file;
}

type Mode = 'builtin' | 'webroot' | 'dns';
async function challengeFor(
  mode: Mode,
  p: Pebble,
): Promise<{ challenge: ChallengeConfig; webroot?: string }> {
  if (mode === 'builtin') return { challenge: { type: 'http-01', httpMode: 'builtin' } };
  if (mode === 'dns')
    return { challenge: { type: 'dns-01', dnsMode: 'exec', command: dnsScript(p) } };
  const webroot = tmp('www');
  mkdirSync(path.join(webroot, 'site'));
  writeFileSync(path.join(webroot, 'index.html'), 'my site');
  await staticServer(webroot, p.httpPort);
  return { challenge: { type: 'http-01', httpMode: 'webroot', webroot }, webroot };
}

/** Nothing of the failed attempt remains: challenge files, TXT records, listener, locks, certificate. */
async function assertNothingLeft(
  e: Engine,
  p: Pebble,
  mode: Mode,
  name: string,
  webroot: string | undefined,
  certsBefore: number,
): Promise<void> {
  if (mode === 'webroot')
    assert.deepEqual(
      listTree(webroot!),
      ['index.html', 'site/'],
      'the webroot is exactly as it was',
    );
  if (mode === 'dns')
    assert.deepEqual(await txt(p, `_acme-challenge.${name}`), [], 'no TXT record left');
  if (mode === 'builtin')
    assert.ok(await portIsClosed(p.httpPort), 'the built-in listener is closed');
  assert.deepEqual(
    listTree(e.store.dataDir).filter((f) => f.endsWith('.lock')),
    [],
    'no lock file left',
  );
  assert.equal(e.listCertificates().length, certsBefore, 'no half certificate stored');
}

function assertRetryableCaError(err: unknown): true {
  const x = err as { code?: string; message?: string; retryable?: boolean };
  assert.ok(x.code === 'ca-unreachable' || x.code === 'timeout', `code ${x.code}: ${x.message}`);
  assert.equal(x.retryable, true, 'a CA that went away is worth retrying');
  // A sentence a person can act on (DESIGN.md convention 3), not a stack or an errno.
  assert.match(x.message ?? '', /^[A-Z].{30,}\.$/s);
  assert.match(x.message ?? '', /try again/i);
  assert.doesNotMatch(x.message ?? '', /ECONN|EPIPE|at .*\.ts:/);
  return true;
}

// The kill points: after the order exists (challenges being set up), after the CA accepted the
// challenge (validation running), and after the CSR went out (finalize).
const killPoints: { step: IssueStep['step']; marker: RegExp; mode: Mode }[] = [
  { step: 'authorization', marker: /^Proving control/, mode: 'webroot' },
  { step: 'validation', marker: /^The CA is checking/, mode: 'dns' },
  { step: 'finalize', marker: /^Sending the certificate request/, mode: 'builtin' },
  { step: 'authorization', marker: /^Proving control/, mode: 'builtin' },
];

for (const [i, kp] of killPoints.entries()) {
  test(`Pebble SIGKILLed at "${kp.marker.source.slice(1)}" (${kp.mode}): a clear retryable error and nothing left behind`, async () => {
    const p = await pebbleFor();
    const e = await engineFor(p);
    const { challenge, webroot } = await challengeFor(kp.mode, p);
    const name = `killed${i}.example.test`;
    let killed = false;
    await assert.rejects(
      e.issue({
        names: [name],
        challenge,
        directoryUrl: p.directoryUrl,
        onProgress: (s) => {
          if (!killed && s.step === kp.step && kp.marker.test(s.message)) {
            killed = true;
            process.kill(p.pid, 'SIGKILL');
            counts.faultsInjected += 1;
          }
        },
      }),
      assertRetryableCaError,
    );
    assert.ok(killed, 'the kill point was reached');
    await assertNothingLeft(e, p, kp.mode, name, webroot, 0);
  });
}

test('a renewal whose CA is killed mid-order keeps the old certificate and records the failure', async () => {
  const p = await pebbleFor();
  const e = await engineFor(p);
  const first = await e.issue({
    names: ['renew-killed.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    directoryUrl: p.directoryUrl,
  });
  const before = await e.keyMaterial(first.certificate.id);
  let killed = false;
  await assert.rejects(
    e.renew(first.certificate.id, {
      // Finalize, not validation: Pebble may reuse the valid authorization, skipping validation.
      onProgress: (s) => {
        if (!killed && s.step === 'finalize') {
          killed = true;
          process.kill(p.pid, 'SIGKILL');
          counts.faultsInjected += 1;
        }
      },
    }),
    assertRetryableCaError,
  );
  const after = e.getCertificate(first.certificate.id);
  assert.equal(
    after.serial,
    first.certificate.serial,
    'the old certificate is still the current one',
  );
  assert.deepEqual(
    await e.keyMaterial(first.certificate.id),
    before,
    'its chain and key are unchanged',
  );
  assert.equal(after.lastAttempt?.outcome, 'failure');
  assert.match(after.lastAttempt?.errorCode ?? '', /ca-unreachable|timeout/);
  await assertNothingLeft(e, p, 'builtin', 'renew-killed.example.test', undefined, 1);
});

for (const [i, mode] of (['builtin', 'webroot'] as const).entries()) {
  test(`the network to the CA goes away mid-issuance (${mode}): retryable error, nothing left; once it is back the retry succeeds`, async () => {
    const p = await pebbleFor();
    const r = await relay(Number(new URL(p.directoryUrl).port));
    const dirUrl = p.directoryUrl.replace(/:\d+\//, `:${r.port}/`);
    const e = await engineFor(p, dirUrl);
    const { challenge, webroot } = await challengeFor(mode, p);
    const name = `netgone${i}.example.test`;
    let cut: Promise<void> | null = null;
    await assert.rejects(
      e.issue({
        names: [name],
        challenge,
        directoryUrl: dirUrl,
        onProgress: (s) => {
          // Mode 0 cuts after the order exists; mode 1 once the CA is validating.
          if (!cut && s.step === (i === 0 ? 'authorization' : 'validation')) {
            cut = r.cut();
            counts.faultsInjected += 1;
          }
        },
      }),
      assertRetryableCaError,
    );
    await cut;
    await assertNothingLeft(e, p, mode, name, webroot, 0);
    // "Retryable" is a promise: keep it. The network is back, the same request now succeeds.
    await r.restore();
    const ok = await e.issue({ names: [name], challenge, directoryUrl: dirUrl });
    assert.equal(ok.reused, false);
    assert.ok(ok.certificate.serial);
    counts.retriedAfterNetworkBack += 1;
    if (mode === 'webroot') assert.deepEqual(listTree(webroot!), ['index.html', 'site/']);
    else assert.ok(await portIsClosed(p.httpPort));
  });
}

test('50% of nonces rejected (PEBBLE_WFE_NONCEREJECT=50): every issuance still completes', async () => {
  const p = await pebbleFor({ nonceRejectPercent: 50 });
  const e = await engineFor(p);
  const runs: string[][] = [
    ['nonce1.example.test'],
    Array.from({ length: 6 }, (_, k) => `n${k}.nonce2.example.test`),
    ['nonce3.example.test', 'www.nonce3.example.test'],
  ];
  for (const names of runs) {
    const r = await e.issue({
      names,
      challenge: { type: 'http-01', httpMode: 'builtin' },
      directoryUrl: p.directoryUrl,
    });
    assert.equal(r.reused, false);
    assert.deepEqual([...r.certificate.names].sort(), [...names].sort());
    assert.ok(await portIsClosed(p.httpPort));
    counts.issuancesUnderNonceRejection += 1;
  }
  // The renewal path too (the account and order already exist: other requests, same rule).
  const first = e.listCertificates()[0];
  const renewed = await e.renew(first.id);
  assert.notEqual(renewed.certificate.serial, first.serial);
  counts.issuancesUnderNonceRejection += 1;
});
