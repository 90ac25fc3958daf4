// Issue 20, parts 4 and 5: every listener has limits. Built on loopback with a bounded number of
// slow or idle connections, each with its own hard stop (SOCKET_CAP_MS), so the test ends by
// itself whatever the server does:
// - slow headers and slow bodies are cut at the configured time (plus at most the 1 s check
//   interval), not after Node's default 30 s check;
// - connections above maxConnections are closed at once;
// - after a 403 or 413 the connection is closed without reading the body;
// - browser mode: a bad %-encoding is 400 (not 500), source maps are not served, and a client
//   that offers no ALPN gets no tls-alpn-01 certificate.
import { openRuntime } from '../../../src-main/api/runtime.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import tls from 'node:tls';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuiltinHttpSolver } from '../../../src-main/engine/challenges/http-builtin.ts';
import { TlsAlpnSolver, ACME_TLS_ALPN } from '../../../src-main/engine/challenges/tls-alpn.ts';
import { startWebServer, type WebServer } from '../../../src-main/web/server.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { freePort } from '../../helpers/ports.ts';
import { recordCounts } from '../../helpers/fault.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const LIMIT_MS = 1000;
/** The limit, plus one check interval, plus slack for a busy machine. */
const CUT_BY_MS = LIMIT_MS + 1000 + 1500;
/** A socket gives up by itself after this long: far below Node's default 30 s check. */
const SOCKET_CAP_MS = 8000;
const TOKEN = 'test-token-listener-limits-0123456789abcd';
const counts = { slowConnections: 0, overCapConnections: 0, refusedThenClosed: 0 };
after(() => recordCounts('security-listener-limits', counts));

type Probe = { closedAfterMs: number; data: string };

/** Opens a connection, sends `first`, then `trickle` one byte a time every 300 ms; resolves at close. */
function probe(port: number, first: string, trickle = ''): Promise<Probe> {
  return new Promise((resolve) => {
    const start = Date.now();
    let data = '';
    let i = 0;
    const s = net.connect({ port, host: '127.0.0.1' });
    const drip = setInterval(() => {
      if (i < trickle.length && s.writable) s.write(trickle[i++]);
    }, 300);
    const cap = setTimeout(() => s.destroy(), SOCKET_CAP_MS);
    s.on('data', (c: Buffer) => {
      data += c.toString();
    });
    s.on('error', () => {});
    s.on('close', () => {
      clearInterval(drip);
      clearTimeout(cap);
      resolve({ closedAfterMs: Date.now() - start, data });
    });
    s.write(first);
  });
}

const ctx = {
  identifier: 'limits.example.test',
  wildcard: false,
  token: 'tokenLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL',
  keyAuthorization: 'tokenLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL.thumbprint',
  dnsTxtValue: '',
  signal: new AbortController().signal,
  progress: () => {},
  log: silentLogger,
};

test('http-01 server: slow headers are cut at the limit, not at Node’s 30 s check', async () => {
  const port = await freePort();
  const solver = new BuiltinHttpSolver({
    port,
    host: '127.0.0.1',
    limits: { headersTimeoutMs: LIMIT_MS, maxConnections: 8 },
  });
  await solver.start();
  try {
    const slow = await Promise.all(
      [0, 1, 2].map(() =>
        probe(port, 'GET /.well-known/acme-challenge/x HTTP/1.1\r\nHost: a\r\n', 'X-Slow: 1'),
      ),
    );
    counts.slowConnections += slow.length;
    for (const p of slow)
      assert.ok(p.closedAfterMs < CUT_BY_MS, `closed after ${p.closedAfterMs} ms`);
  } finally {
    await solver.stop();
  }
});

test('http-01 server: connections above maxConnections are closed at once; the CA still gets in', async () => {
  const port = await freePort();
  const solver = new BuiltinHttpSolver({
    port,
    host: '127.0.0.1',
    limits: { headersTimeoutMs: 5000, maxConnections: 3 },
  });
  await solver.start();
  await solver.present(ctx);
  const idle = [0, 1, 2].map(() => net.connect({ port, host: '127.0.0.1' }).on('error', () => {}));
  try {
    await Promise.all(idle.map((s) => new Promise((r) => s.once('connect', r))));
    await new Promise((r) => setTimeout(r, 100));
    const over = await probe(
      port,
      `GET /.well-known/acme-challenge/${ctx.token} HTTP/1.1\r\nHost: a\r\n\r\n`,
    );
    counts.overCapConnections += 1;
    assert.equal(over.data, '', 'no answer over the cap');
    assert.ok(over.closedAfterMs < 1500, `closed after ${over.closedAfterMs} ms`);
    for (const s of idle) s.destroy();
    await new Promise((r) => setTimeout(r, 200));
    const ok = await probe(
      port,
      `GET /.well-known/acme-challenge/${ctx.token} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`,
    );
    assert.match(ok.data, /^HTTP\/1\.1 200/);
  } finally {
    for (const s of idle) s.destroy();
    await solver.stop();
  }
});

test('tls-alpn-01: a client that offers no ALPN at all gets no challenge certificate', async () => {
  const port = await freePort();
  const solver = new TlsAlpnSolver({ port, host: '127.0.0.1' });
  await solver.start();
  await solver.present(ctx);
  const hs = (alpn?: string[]) =>
    new Promise<{ ok: boolean; cert: boolean }>((resolve) => {
      const s = tls.connect({
        host: '127.0.0.1',
        port,
        servername: ctx.identifier,
        ...(alpn ? { ALPNProtocols: alpn } : {}),
        rejectUnauthorized: false,
      });
      s.once('secureConnect', () => {
        resolve({ ok: true, cert: !!s.getPeerCertificate()?.raw });
        s.destroy();
      });
      s.once('error', () => resolve({ ok: false, cert: false }));
      s.setTimeout(5000, () => {
        s.destroy();
        resolve({ ok: false, cert: false });
      });
    });
  try {
    assert.deepEqual(await hs(), { ok: false, cert: false }, 'no ALPN: refused');
    assert.deepEqual(await hs(['http/1.1']), { ok: false, cert: false }, 'other ALPN: refused');
    assert.deepEqual(await hs([ACME_TLS_ALPN]), { ok: true, cert: true }, 'the CA still validates');
  } finally {
    await solver.stop();
  }
});

let web: WebServer;
before(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-limits-r-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Certdesk</title>');
  writeFileSync(path.join(rendererDir, 'app.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
  const runtime = await openRuntime({
    face: 'browser',
    timer: timerStandIn(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-limits-d-')),
  });
  web = await startWebServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
    rendererDir,
    limits: { requestTimeoutMs: LIMIT_MS, maxConnections: 6 },
  });
});
after(async () => {
  await web?.close();
});

const host = () => `Host: 127.0.0.1:${web.port}\r\n`;

test('browser mode: slow headers and slow bodies, with and without the token, are cut at the limit', async () => {
  const runs = await Promise.all([
    probe(web.port, `GET / HTTP/1.1\r\n${host()}`, 'X-Slow: 1'),
    probe(web.port, `POST /api/app:state HTTP/1.1\r\n${host()}`, 'X-Slow: 1'),
    probe(
      web.port,
      `POST /api/app:state HTTP/1.1\r\n${host()}x-certdesk-token: ${TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n`,
      '{"a":1',
    ),
  ]);
  counts.slowConnections += runs.length;
  for (const p of runs)
    assert.ok(p.closedAfterMs < CUT_BY_MS, `closed after ${p.closedAfterMs} ms`);
});

test('browser mode: after a 403 or 413 the connection closes without the body being read', async () => {
  const noToken = await probe(
    web.port,
    `POST /api/app:state HTTP/1.1\r\n${host()}content-type: application/json\r\ncontent-length: 1000000\r\n\r\n{`,
    'xxxxxxxx',
  );
  assert.match(noToken.data, /^HTTP\/1\.1 403/);
  assert.ok(noToken.closedAfterMs < 1000, `403 then closed after ${noToken.closedAfterMs} ms`);
  const tooBig = await probe(
    web.port,
    `POST /api/app:state HTTP/1.1\r\n${host()}x-certdesk-token: ${TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 2000000\r\n\r\n{`,
    'xxxxxxxx',
  );
  assert.match(tooBig.data, /^HTTP\/1\.1 413/);
  assert.ok(tooBig.closedAfterMs < 1000, `413 then closed after ${tooBig.closedAfterMs} ms`);
  counts.refusedThenClosed += 2;
});

test('browser mode: connections above maxConnections are closed at once', async () => {
  const idle = [0, 1, 2, 3, 4, 5].map(() =>
    net.connect({ port: web.port, host: '127.0.0.1' }).on('error', () => {}),
  );
  try {
    await Promise.all(idle.map((s) => new Promise((r) => s.once('connect', r))));
    await new Promise((r) => setTimeout(r, 100));
    const over = await probe(web.port, `GET / HTTP/1.1\r\n${host()}\r\n`);
    counts.overCapConnections += 1;
    assert.equal(over.data, '');
    assert.ok(over.closedAfterMs < 1500, `closed after ${over.closedAfterMs} ms`);
  } finally {
    for (const s of idle) s.destroy();
    await new Promise((r) => setTimeout(r, 200));
  }
});

test('browser mode: a bad %-encoding in a channel name is 400; source maps are not served', async () => {
  const bad = await fetch(`${web.origin}/api/cert%E0%A4%A`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-certdesk-token': TOKEN },
    body: '{}',
  });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid-input');
  const map = await fetch(`${web.origin}/app.js.map`);
  assert.equal(map.status, 404);
  assert.equal((await fetch(`${web.origin}/app.js`)).status, 200);
});
