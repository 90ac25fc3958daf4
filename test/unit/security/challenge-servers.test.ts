// Issue 8: the listeners Certdesk opens on ports 80 and 443 for http-01 and tls-alpn-01 answer
// only the current tokens (404 otherwise), bound what they read, and close when issuance ends; the
// webroot solver refuses a CA token that is not base64url before it builds any path, so a hostile
// CA cannot make Certdesk write outside <webroot>/.well-known/acme-challenge.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuiltinHttpSolver } from '../../../src-main/engine/challenges/http-builtin.ts';
import { WebrootHttpSolver } from '../../../src-main/engine/challenges/http-webroot.ts';
import { TlsAlpnSolver, ACME_TLS_ALPN } from '../../../src-main/engine/challenges/tls-alpn.ts';
import { isSafeToken, type ChallengeContext } from '../../../src-main/engine/challenges/types.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { freePort } from '../../helpers/ports.ts';
import { listTree, portIsClosed, recordCounts } from '../../helpers/fault.ts';

const counts = {
  requestsToBuiltinServer: 0,
  answered200: 0,
  answered404: 0,
  refusedOversizeHeaders: 0,
  hostileTokensRefused: 0,
  filesWrittenOutsideChallengeDir: 0,
  tlsHandshakesRefused: 0,
};
after(() => recordCounts('security-challenge-servers', counts));

const TOKEN_A = 'tokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const TOKEN_B = 'tokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';
const ctx = (token: string, identifier = 'a.example.test'): ChallengeContext => ({
  identifier,
  wildcard: false,
  token,
  keyAuthorization: `${token}.thumbprint`,
  dnsTxtValue: '',
  signal: new AbortController().signal,
  progress: () => {},
  log: silentLogger,
});

function get(
  port: number,
  urlPath: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  counts.requestsToBuiltinServer += 1;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          if (res.statusCode === 200) counts.answered200 += 1;
          if (res.statusCode === 404) counts.answered404 += 1;
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Sends raw bytes and returns the status line (or '' when the server just closed). */
function raw(port: number, data: string): Promise<string> {
  counts.requestsToBuiltinServer += 1;
  return new Promise((resolve) => {
    let text = '';
    const s = net.connect({ port, host: '127.0.0.1' });
    s.setTimeout(5000, () => s.destroy());
    s.on('data', (c: Buffer) => {
      text += c.toString();
    });
    s.on('close', () => resolve(text.split('\r\n')[0]));
    s.on('error', () => resolve(text.split('\r\n')[0]));
    s.end(data);
  });
}

test('built-in http-01 server: only the current tokens, only GET/HEAD under the challenge path; 404 for the rest', async () => {
  const port = await freePort();
  const solver = new BuiltinHttpSolver({ port, host: '127.0.0.1' });
  await solver.start();
  try {
    await solver.present(ctx(TOKEN_A));
    const ok = await get(port, `/.well-known/acme-challenge/${TOKEN_A}`);
    assert.deepEqual(ok, { status: 200, body: `${TOKEN_A}.thumbprint` });
    const head = await get(port, `/.well-known/acme-challenge/${TOKEN_A}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    const misses = [
      `/.well-known/acme-challenge/${TOKEN_B}`,
      '/.well-known/acme-challenge/',
      '/.well-known/acme-challenge',
      '/',
      '/index.html',
      `/.well-known/acme-challenge/${TOKEN_A}/`,
      `/.well-known/acme-challenge/${TOKEN_A.slice(0, -1)}`,
      `/.well-known/acme-challenge/../acme-challenge/${TOKEN_A}`,
      `/.well-known/acme-challenge/%2e%2e/${TOKEN_A}`,
      `//.well-known/acme-challenge/${TOKEN_A}`,
      `/.well-known/ACME-CHALLENGE/${TOKEN_A}`,
      '/.well-known/acme-challenge/__proto__',
      '/.well-known/acme-challenge/constructor',
      '/.well-known/acme-challenge/toString',
      `/.well-known/acme-challenge/${TOKEN_A}%00`,
      '/etc/passwd',
      `http://evil.example/.well-known/acme-challenge/${TOKEN_B}`,
    ];
    for (const p of misses) assert.equal((await get(port, p)).status, 404, p);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
      const r = await get(port, `/.well-known/acme-challenge/${TOKEN_A}`, {
        method,
        body: method === 'POST' || method === 'PUT' ? 'x'.repeat(10_000) : undefined,
      });
      assert.equal(r.status, 404, method);
      assert.ok(!r.body.includes('thumbprint'), `${method} gets no key authorization`);
    }
    // A query string does not change which token is asked for (the CA may add none; a scanner may).
    assert.equal((await get(port, `/.well-known/acme-challenge/${TOKEN_A}?x=1`)).status, 200);
    // Header limit (8 KiB): a request with 16 KiB of headers is refused by the parser, and the
    // server still answers the next one.
    const big = await raw(
      port,
      `GET /.well-known/acme-challenge/${TOKEN_A} HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(16 * 1024)}\r\n\r\n`,
    );
    assert.match(big, /^HTTP\/1\.1 431 /);
    counts.refusedOversizeHeaders += 1;
    // Garbage and a body on a GET: no crash, still serving.
    assert.match(await raw(port, 'NOT HTTP AT ALL\r\n\r\n'), /^HTTP\/1\.1 400 |^$/);
    assert.match(
      await raw(
        port,
        `GET /.well-known/acme-challenge/${TOKEN_A} HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n${'b'.repeat(1000)}`,
      ),
      /^HTTP\/1\.1 200 /,
    );
    assert.equal((await get(port, `/.well-known/acme-challenge/${TOKEN_A}`)).status, 200);
    // The token is gone once cleaned up, even while the server still runs for other names.
    await solver.cleanup(ctx(TOKEN_A));
    assert.equal((await get(port, `/.well-known/acme-challenge/${TOKEN_A}`)).status, 404);
  } finally {
    await solver.stop();
  }
  assert.ok(await portIsClosed(port), 'the listener is closed when issuance ends');
});

test('built-in http-01 server shared by two issuances: each sees only its tokens go, the port closes after the last', async () => {
  const port = await freePort();
  const one = new BuiltinHttpSolver({ port, host: '127.0.0.1' });
  const two = new BuiltinHttpSolver({ port, host: '127.0.0.1' });
  await one.start();
  await two.start();
  await one.present(ctx(TOKEN_A));
  await two.present(ctx(TOKEN_B, 'b.example.test'));
  await one.stop();
  assert.equal(
    (await get(port, `/.well-known/acme-challenge/${TOKEN_A}`)).status,
    404,
    "the first issuance's token went with it",
  );
  assert.equal(
    (await get(port, `/.well-known/acme-challenge/${TOKEN_B}`)).status,
    200,
    'the second one still answers',
  );
  // A keep-alive connection left open by a client does not keep the port open.
  const s = net.connect({ port, host: '127.0.0.1' });
  await new Promise((r) => s.once('connect', r));
  await two.stop();
  assert.ok(await portIsClosed(port));
  s.destroy();
});

test('tls-alpn-01 responder: unknown names and non-ACME clients get no certificate; stop closes the port and open connections', async () => {
  const port = await freePort();
  const solver = new TlsAlpnSolver({ port, host: '127.0.0.1' });
  await solver.start();
  await solver.present(ctx(TOKEN_A, 'alpn.example.test'));
  const hs = (servername: string, alpn: string[]) =>
    new Promise<{ ok: boolean; protocol: string | false | null }>((resolve) => {
      const s = tls.connect({
        host: '127.0.0.1',
        port,
        servername,
        ALPNProtocols: alpn,
        rejectUnauthorized: false,
      });
      s.once('secureConnect', () => {
        resolve({ ok: true, protocol: s.alpnProtocol });
        s.destroy();
      });
      s.once('error', () => resolve({ ok: false, protocol: null }));
      s.setTimeout(5000, () => {
        s.destroy();
        resolve({ ok: false, protocol: null });
      });
    });
  assert.deepEqual(await hs('alpn.example.test', [ACME_TLS_ALPN]), {
    ok: true,
    protocol: ACME_TLS_ALPN,
  });
  for (const [name, alpn] of [
    ['other.example.test', [ACME_TLS_ALPN]],
    ['alpn.example.test', ['http/1.1']],
    ['alpn.example.test', ['h2']],
    ['../x', [ACME_TLS_ALPN]],
  ] as [string, string[]][]) {
    const r = await hs(name, alpn);
    assert.ok(!r.ok || r.protocol !== ACME_TLS_ALPN, `${name} ${alpn.join()}`);
    counts.tlsHandshakesRefused += 1;
  }
  await solver.cleanup(ctx(TOKEN_A, 'alpn.example.test'));
  assert.equal((await hs('alpn.example.test', [ACME_TLS_ALPN])).ok, false, 'gone after cleanup');
  counts.tlsHandshakesRefused += 1;
  const idle = net.connect({ port, host: '127.0.0.1' });
  idle.on('error', () => {});
  await new Promise((r) => idle.once('connect', r));
  await solver.stop();
  assert.ok(
    await portIsClosed(port),
    'closed when issuance ends, even with an idle connection open',
  );
  idle.destroy();
});

const HOSTILE_TOKENS = [
  '../x',
  '../../../../../../tmp/certdesk-pwned',
  '..',
  '.',
  '',
  'a/b',
  'a\\b',
  '/etc/passwd',
  'C:\\x',
  '%2e%2e%2fx',
  'x'.repeat(15),
  'x'.repeat(257),
  'tok en-with-space-aaaaaaaaaa',
  'token\u0000AAAAAAAAAAAAAAAAAAA',
  'tokenAAAAAAAAAAAAAAAAAAAA\n',
  'token=AAAAAAAAAAAAAAAAAA',
  '~/AAAAAAAAAAAAAAAAAAAAAAA',
  '....//....//AAAAAAAAAAAAAAAA',
  '.well-known/../../AAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAA/..',
  'ÀAAAAAAAAAAAAAAAAAAAAAA',
];

test('webroot: a CA token that is not base64url is refused before any path is built; nothing is written anywhere', async () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'certdesk-webroot-sec-'));
  const root = path.join(base, 'www', 'site');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), 'my site');
  const before = listTree(base);
  const solver = new WebrootHttpSolver(root);
  await solver.start();
  for (const token of HOSTILE_TOKENS) {
    assert.equal(isSafeToken(token), false, JSON.stringify(token));
    await assert.rejects(
      solver.present(ctx(token)),
      (e: { code?: string; message: string }) => {
        assert.equal(e.code, 'ca-misbehaved');
        assert.match(e.message, /not safe to use as a file name; Certdesk refused it\./);
        return true;
      },
      JSON.stringify(token),
    );
    // cleanup of a hostile token must not delete anything either
    await solver.cleanup(ctx(token)).catch(() => {});
    counts.hostileTokensRefused += 1;
  }
  assert.equal(existsSync('/tmp/certdesk-pwned'), false);
  // Only the folders start() made, and nothing in them.
  const during = listTree(base).filter((f) => !before.includes(f));
  assert.deepEqual(during, ['www/site/.well-known/', 'www/site/.well-known/acme-challenge/']);
  counts.filesWrittenOutsideChallengeDir += listTree(base).filter(
    (f) => !before.includes(f) && !f.startsWith('www/site/.well-known/'),
  ).length;
  // A good token next to them still works, and stop() leaves the web folder as it was.
  await solver.present(ctx(TOKEN_A));
  assert.ok(existsSync(path.join(root, '.well-known', 'acme-challenge', TOKEN_A)));
  await solver.cleanup(ctx(TOKEN_A));
  await solver.stop();
  assert.deepEqual(listTree(base), before);
  assert.equal(counts.filesWrittenOutsideChallengeDir, 0);
});

test('base64url tokens of the sizes CAs use pass the check', () => {
  for (const t of [
    'a'.repeat(16),
    'A-_0'.repeat(11),
    'x'.repeat(256),
    'LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0',
  ])
    assert.equal(isSafeToken(t), true, t);
});
