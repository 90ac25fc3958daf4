// Issue 8: the browser bridge (certdesk ui) under a fuzz of hostile requests to every channel: no
// token, wrong tokens, a foreign Host (DNS rebinding), a foreign Origin or cross-site fetch, bodies
// over the limit (declared and streamed), broken JSON, wrong content types, garbage on the raw
// socket. Each is refused with a Result and a sentence, before any handler is reached (spies count
// every call); the server keeps answering afterwards. test/unit/web/bridge.test.ts has the
// one-of-each cases; this file does it for every channel, many times, and counts.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHANNELS, type Channel } from '../../../src-main/shared/contract.ts';
import { openRuntime } from '../../../src-main/api/runtime.ts';
import { startWebServer, MAX_BODY_BYTES, type WebServer } from '../../../src-main/web/server.ts';
import type { Handler } from '../../../src-main/api/index.ts';
import { recordCounts } from '../../helpers/fault.ts';
import { FUZZ_SEED, rng, mutate, randomString, NASTY_STRINGS, VALID_SAMPLES } from './fuzz-gen.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const TOKEN = 'bridge-fuzz-token-0123456789abcdefghijklmnopqr';
let server: WebServer;
const reached: string[] = [];
const cwd = process.cwd();
const counts = {
  seed: FUZZ_SEED,
  requestsSent: 0,
  refusedNoToken: 0,
  refusedWrongToken: 0,
  refusedForeignHost: 0,
  refusedForeignOrigin: 0,
  refusedTooLarge: 0,
  refusedBadJson: 0,
  refusedContentType: 0,
  rawGarbageConnections: 0,
  acceptedAndAnswered: 0,
  handlerCallsWhenRefused: 0,
};

before(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-bfuzz-'));
  const inner = path.join(work, 'a', 'b');
  mkdirSync(inner, { recursive: true });
  process.chdir(inner);
  const rendererDir = path.join(work, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Certdesk</title>');
  const runtime = await openRuntime({
    face: 'browser',
    timer: timerStandIn(),
    dataDir: path.join(work, 'data'),
    caTimeoutMs: 2000,
    httpPort: 1,
    tlsPort: 1,
    dnsResolver: '127.0.0.1:9',
  });
  server = await startWebServer({ runtime, port: 0, host: '127.0.0.1', token: TOKEN, rendererDir });
  // Spies around the real handlers: every call that gets past the guard is recorded.
  const hs = server.handlerSet.handlers as Record<Channel, Handler>;
  for (const c of CHANNELS) {
    const real = hs[c];
    hs[c] = (input, sender) => {
      reached.push(c);
      return real(input, sender);
    };
  }
});
after(async () => {
  await server?.close();
  process.chdir(cwd);
  recordCounts('security-bridge-fuzz', counts);
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  chunks?: Buffer[];
}): Promise<Reply> {
  counts.requestsSent += 1;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in 15 s: ${opts.path}`)), 15_000);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: { host: `127.0.0.1:${server.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // The server may answer 413 and close while we are still sending.
      if (e.code === 'ECONNRESET' || e.code === 'EPIPE')
        resolve({ status: -1, headers: {}, body: '' });
      else reject(e);
    });
    if (opts.chunks) {
      let i = 0;
      const pump = () => {
        while (i < opts.chunks!.length) {
          if (!req.write(opts.chunks![i++])) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    } else req.end(opts.body);
  });
}

const origin = () => `http://127.0.0.1:${server.port}`;
const goodHeaders = (): Record<string, string> => ({
  'content-type': 'application/json',
  'x-certdesk-token': TOKEN,
  origin: origin(),
});

/** A refusal: the status, a Result with code and sentence, no CORS header, no stack. */
function refused(r: Reply, status: number, code: string, what: string): void {
  assert.equal(r.status, status, `${what}: status`);
  for (const h of Object.keys(r.headers))
    assert.ok(!h.startsWith('access-control-'), `${what}: no CORS header`);
  const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: string } };
  assert.equal(body.ok, false, what);
  assert.equal(body.error.code, code, what);
  assert.match(body.error.message, /^[A-Z].{10,}\.$/s, `${what}: a sentence`);
  assert.doesNotMatch(r.body, /\\n\s+at |\.ts:\d+/, `${what}: no stack`);
}

function assertNothingReached(what: string): void {
  counts.handlerCallsWhenRefused += reached.length;
  assert.deepEqual(reached, [], `${what}: no handler was reached`);
}

// Each test starts with no recorded calls, so one failure does not cascade.
beforeEach(() => {
  reached.length = 0;
});

test('every channel, no token or a wrong one (in header or query, any length): 403 before any handler', async () => {
  const r = rng(FUZZ_SEED + 10);
  const wrong = [
    TOKEN.slice(0, -1),
    TOKEN + 'x',
    TOKEN.toUpperCase(),
    'x'.repeat(600),
    '\u0000',
    'null',
    'undefined',
    TOKEN.slice(1) + TOKEN[0],
  ];
  for (const c of CHANNELS) {
    const body = JSON.stringify(VALID_SAMPLES[c]);
    const none = await request({
      path: `/api/${c}`,
      body,
      headers: { 'content-type': 'application/json', origin: origin() },
    });
    refused(none, 403, 'permission-denied', `${c} without token`);
    counts.refusedNoToken += 1;
    // The token in the query is for the event stream only: a POST with ?token= is refused.
    const q = await request({
      path: `/api/${c}?token=${TOKEN}`,
      body,
      headers: { 'content-type': 'application/json' },
    });
    refused(q, 403, 'permission-denied', `${c} token in query`);
    counts.refusedNoToken += 1;
    for (const t of [
      ...wrong,
      randomString(r).replace(/[^\x21-\x7e]/g, '') || 'y',
      // Node itself answers 431 to headers over its 16 KiB limit before the guard runs; a token
      // that reaches the guard is at most 8 KiB (the 70,000-character nasty string included).
      r
        .pick(NASTY_STRINGS)
        .replace(/[^\x21-\x7e]/g, '')
        .slice(0, 8192) || 'z',
    ]) {
      const res = await request({
        path: `/api/${c}`,
        body,
        headers: { ...goodHeaders(), 'x-certdesk-token': t.replace(/[^\x20-\x7e]/g, '?') },
      });
      refused(res, 403, 'permission-denied', `${c} wrong token`);
      counts.refusedWrongToken += 1;
    }
  }
  assertNothingReached('wrong tokens');
});

test('every channel, the right token but a foreign Host (DNS rebinding) or Origin or cross-site fetch: 403 before any handler', async () => {
  const port = server.port;
  const hosts = [
    `evil.example:${port}`,
    'evil.example',
    `127.0.0.1:${port + 1}`,
    `127.0.0.1.evil.example:${port}`,
    `localhost.evil.example:${port}`,
    `127.0.0.2:${port}`,
    `[::1]:${port}`,
    `0.0.0.0:${port}`,
    `127.0.0.1:${port}@evil.example`,
    `127.0.0.1:${port}.`,
  ];
  const origins = [
    'https://evil.example',
    `http://127.0.0.1:${port + 1}`,
    'null',
    `https://127.0.0.1:${port}`,
    `http://127.0.0.1.evil.example:${port}`,
    'file://',
    `http://localhost:${port}.evil.example`,
    `HTTP://127.0.0.1:${port}/x`,
  ];
  for (const c of CHANNELS) {
    const body = JSON.stringify(VALID_SAMPLES[c]);
    for (const host of hosts) {
      const res = await request({ path: `/api/${c}`, body, headers: { ...goodHeaders(), host } });
      refused(res, 403, 'permission-denied', `${c} host ${host}`);
      counts.refusedForeignHost += 1;
    }
    for (const o of origins) {
      const res = await request({
        path: `/api/${c}`,
        body,
        headers: { ...goodHeaders(), origin: o },
      });
      refused(res, 403, 'permission-denied', `${c} origin ${o}`);
      counts.refusedForeignOrigin += 1;
    }
    for (const site of ['cross-site', 'same-site']) {
      const res = await request({
        path: `/api/${c}`,
        body,
        headers: { ...goodHeaders(), 'sec-fetch-site': site },
      });
      refused(res, 403, 'permission-denied', `${c} sec-fetch-site ${site}`);
      counts.refusedForeignOrigin += 1;
    }
  }
  assertNothingReached('foreign host/origin');
});

test('every channel, bodies over 1 MiB (declared, or streamed without a length): 413 without a hang, nothing dispatched', async () => {
  for (const c of CHANNELS) {
    const declared = await request({
      path: `/api/${c}`,
      headers: { ...goodHeaders(), 'content-length': String(MAX_BODY_BYTES + 1) },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    assert.ok(declared.status === 413 || declared.status === -1, `${c}: ${declared.status}`);
    if (declared.status === 413) refused(declared, 413, 'invalid-input', `${c} declared too large`);
    counts.refusedTooLarge += 1;
    // Chunked: no Content-Length, so the limit must hold while reading.
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 0x20));
    const streamed = await request({
      path: `/api/${c}`,
      headers: { ...goodHeaders(), 'transfer-encoding': 'chunked' },
      chunks,
    });
    assert.ok(
      streamed.status === 413 || streamed.status === -1,
      `${c} streamed: ${streamed.status}`,
    );
    counts.refusedTooLarge += 1;
  }
  assertNothingReached('too large');
  // Still alive and answering.
  const ok = await request({ path: '/api/app:state', body: '{}', headers: goodHeaders() });
  assert.equal(ok.status, 200);
  reached.length = 0;
});

test('every channel, broken JSON and wrong content types: 400/415 with a sentence, nothing dispatched', async () => {
  const r = rng(FUZZ_SEED + 11);
  const broken = [
    '{',
    '{"id":',
    '[1,2',
    '{"a":1}}',
    'nul',
    '\u00ff\u00fe{}',
    "{'id':'x'}",
    '{"id":"x",}',
    '{"a":' + '['.repeat(100) + ']'.repeat(99) + '}',
    'undefined',
    '{"a":"\\ud800\\"}',
    '\u0000',
  ];
  for (const c of CHANNELS) {
    for (const b of [...broken, randomString(r) + '{']) {
      const res = await request({ path: `/api/${c}`, body: b, headers: goodHeaders() });
      refused(res, 400, 'invalid-input', `${c} body ${JSON.stringify(b).slice(0, 30)}`);
      counts.refusedBadJson += 1;
    }
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
      'application/jsonx',
      'application/json-patch+json',
    ]) {
      const res = await request({
        path: `/api/${c}`,
        body: '{}',
        headers: { ...goodHeaders(), 'content-type': type },
      });
      refused(res, 415, 'invalid-input', `${c} content-type ${type}`);
      counts.refusedContentType += 1;
    }
  }
  assertNothingReached('bad JSON');
});

test('with the right token: mutated payloads to every channel over HTTP all come back as a Result', async () => {
  const r = rng(FUZZ_SEED + 12);
  for (const c of CHANNELS) {
    const inputs = Array.from({ length: 30 }, () => mutate(r, c));
    await Promise.all(
      inputs.map(async ({ input, how }) => {
        let body: string;
        try {
          body =
            JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ??
            'null';
        } catch {
          body = 'null';
        }
        const res = await request({
          path: `/api/${encodeURIComponent(c)}`,
          body,
          headers: goodHeaders(),
        });
        assert.equal(res.status, 200, `${c} (${how})`);
        const result = JSON.parse(res.body) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) assert.match(result.error!.message, /^["'*A-Z].{9,}/s, `${c} (${how})`);
        assert.doesNotMatch(res.body, /\\n\s+at |\.ts:\d+:\d+/, 'no stack');
        counts.acceptedAndAnswered += 1;
      }),
    );
  }
  reached.length = 0;
});

test('garbage on the raw socket (bad request lines, huge headers, half requests) does not bring the server down', async () => {
  const r = rng(FUZZ_SEED + 13);
  const payloads = [
    'GET / HTTP/1.1\r\n\r\n',
    'POST /api/app:state HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'BREW /coffee HTCPCP/1.0\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX: ${'a'.repeat(100_000)}\r\n\r\n`,
    '\u0000\u0001\u0002\r\n\r\n',
    `POST /api/app:state HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`,
    'x'.repeat(70_000),
  ];
  for (let i = 0; i < 40; i++) payloads.push(randomString(r) + '\r\n\r\n');
  for (const p of payloads) {
    await new Promise<void>((resolve) => {
      const s = net.connect({ port: server.port, host: '127.0.0.1' });
      s.on('error', () => resolve());
      s.setTimeout(500, () => {
        s.destroy();
        resolve();
      });
      s.on('close', () => resolve());
      s.on('data', () => {
        s.destroy();
      });
      s.end(p);
    });
    counts.rawGarbageConnections += 1;
  }
  // No Host header at all (HTTP/1.0) and an empty one, with the right token: refused.
  for (const head of [
    'POST /api/app:state HTTP/1.0\r\n',
    'POST /api/app:state HTTP/1.1\r\nHost:\r\n',
  ]) {
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const s = net.connect({ port: server.port, host: '127.0.0.1' });
      s.on('data', (c: Buffer) => {
        text += c.toString();
      });
      s.on('close', () => resolve(text));
      s.on('error', () => resolve(text));
      s.end(
        `${head}X-Certdesk-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
    });
    assert.match(answer, /^HTTP\/1\.[01] (400|403) /, JSON.stringify(head));
    counts.refusedForeignHost += 1;
  }
  assertNothingReached('raw garbage');
  const ok = await request({ path: '/api/app:state', body: '{}', headers: goodHeaders() });
  assert.equal(ok.status, 200, 'still answering');
});
