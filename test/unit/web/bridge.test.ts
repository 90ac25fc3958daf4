// Browser mode's HTTP bridge: only this computer's Certdesk page with the printed token reaches the
// handlers. Another site's page (foreign Origin), a DNS-rebinding page (foreign Host), or anyone
// without the token gets 403 and never a CORS header; bodies are bounded; bad input gets a sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime } from '../../../src-main/api/runtime.ts';
import { startWebServer, MAX_BODY_BYTES, type WebServer } from '../../../src-main/web/server.ts';
import { CHANNELS, type Channel } from '../../../src-main/shared/contract.ts';
import type { Handler } from '../../../src-main/api/index.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let server: WebServer;
const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';

before(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-web-r-'));
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Certdesk</title><script type="module" src="app.js"></script>',
  );
  writeFileSync(path.join(rendererDir, 'app.js'), 'console.log(1)');
  const runtime = await openRuntime({
    face: 'browser',
    timer: timerStandIn(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-web-d-')),
  });
  server = await startWebServer({ runtime, port: 0, host: '127.0.0.1', token: TOKEN, rendererDir });
});
after(async () => {
  await server?.close();
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
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
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE'
        ? resolve({ status: 413, headers: {}, body: '' })
        : reject(e),
    );
    req.end(opts.body);
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${channel}`,
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      'x-certdesk-token': TOKEN,
      origin: `http://127.0.0.1:${server.port}`,
      ...headers,
    },
  });

function noCors(r: Reply): void {
  for (const h of Object.keys(r.headers))
    assert.ok(!h.startsWith('access-control-'), `no CORS header (${h})`);
}

test('the printed URL carries the token in the fragment and names 127.0.0.1', () => {
  assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=${TOKEN}$`));
});

test("a good request from our page with the token gets 200 and the handler's answer", async () => {
  const r = await api('app:state', {});
  assert.equal(r.status, 200);
  noCors(r);
  const body = JSON.parse(r.body);
  assert.equal(body.ok, true);
  assert.equal(body.value.mode, 'browser');
  assert.deepEqual(body.value.accounts, []);
  assert.equal(r.headers['cache-control'], 'no-store');
  // localhost is the same machine: accepted as the Host and Origin too.
  const l = await api(
    'app:state',
    {},
    { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
  );
  assert.equal(l.status, 200);
});

test('missing token: 403', async () => {
  const r = await request({
    path: '/api/app:state',
    body: '{}',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(r.status, 403);
  noCors(r);
  assert.equal(JSON.parse(r.body).error.code, 'permission-denied');
});

// Moved from test/unit/web/dispatch.test.ts when dispatch lost its own sender flag (issue 16):
// the web transport's guard is the sender check, so it is what must keep every handler unreached.
test('an untrusted sender reaches no handler, whatever it asks', async () => {
  const calls: string[] = [];
  const hs = server.handlerSet.handlers as Record<Channel, Handler>;
  const real = { ...hs };
  for (const c of CHANNELS)
    hs[c] = (input, sender) => {
      calls.push(c);
      return real[c](input, sender);
    };
  try {
    for (const c of ['app:state', 'cert:delete', 'nope:nope']) {
      const r = await request({
        path: `/api/${c}`,
        body: JSON.stringify({ id: 'x' }),
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(r.status, 403, c);
      assert.equal(JSON.parse(r.body).error.code, 'permission-denied');
    }
    assert.deepEqual(calls, []);
  } finally {
    Object.assign(hs, real);
  }
});

test('wrong token (same length, other length, empty): 403', async () => {
  for (const t of [TOKEN.slice(0, -1) + 'X', 'short', '', TOKEN + 'x']) {
    const r = await api('app:state', {}, { 'x-certdesk-token': t });
    assert.equal(r.status, 403, t);
    noCors(r);
  }
});

test('a foreign Host header (DNS rebinding) is refused even with the token, for pages and API', async () => {
  for (const host of [
    `evil.example:${server.port}`,
    'evil.example',
    `127.0.0.1:${server.port + 1}`,
    `127.0.0.1.evil.example:${server.port}`,
  ]) {
    const r = await api('app:state', {}, { host });
    assert.equal(r.status, 403, host);
    noCors(r);
    const page = await request({ method: 'GET', path: '/', headers: { host } });
    assert.equal(page.status, 403, host);
  }
});

test('a foreign Origin or a cross-site fetch is refused even with the token', async () => {
  for (const origin of [
    'https://evil.example',
    `http://127.0.0.1:${server.port + 1}`,
    'null',
    `https://127.0.0.1:${server.port}`,
  ]) {
    const r = await api('app:state', {}, { origin });
    assert.equal(r.status, 403, origin);
    noCors(r);
  }
  const site = await api('app:state', {}, { 'sec-fetch-site': 'cross-site' });
  assert.equal(site.status, 403);
  const events = await request({
    method: 'GET',
    path: '/api/events',
    headers: { origin: 'https://evil.example', 'x-certdesk-token': TOKEN },
  });
  assert.equal(events.status, 403);
});

test('CORS preflight and other methods get no CORS headers', async () => {
  const r = await request({
    method: 'OPTIONS',
    path: '/api/app:state',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  assert.notEqual(r.status, 200);
  noCors(r);
  const g = await request({
    method: 'GET',
    path: '/api/app:state',
    headers: { 'x-certdesk-token': TOKEN },
  });
  assert.equal(g.status, 405);
  noCors(g);
});

test('a body over 1 MiB is refused with 413 and nothing is dispatched', async () => {
  const big = JSON.stringify({ names: ['x'.repeat(MAX_BODY_BYTES)] });
  const r = await request({
    path: '/api/names:check',
    body: big,
    headers: { 'content-type': 'application/json', 'x-certdesk-token': TOKEN },
  });
  assert.equal(r.status, 413);
  noCors(r);
});

test('JSON only: another content type gets 415, broken JSON 400, each with a sentence', async () => {
  const t = await request({
    path: '/api/app:state',
    body: 'a=b',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-certdesk-token': TOKEN },
  });
  assert.equal(t.status, 415);
  assert.match(JSON.parse(t.body).error.message, /JSON/);
  const b = await request({
    path: '/api/app:state',
    body: '{nope',
    headers: { 'content-type': 'application/json', 'x-certdesk-token': TOKEN },
  });
  assert.equal(b.status, 400);
  assert.match(JSON.parse(b.body).error.message, /not valid JSON/);
});

test('input that breaks the schema gets a clear invalid-input error, never a stack trace', async () => {
  const cases: [string, unknown, RegExp][] = [
    ['cert:get', { id: '../../etc/passwd' }, /id/],
    ['cert:get', {}, /id/],
    ['account:create', { email: 'a@b.example', agreeTos: 'yes' }, /agreeTos/],
    ['names:check', { names: 'example.com' }, /names/],
    ['app:state', { extra: 1 }, /extra|Unrecognized/],
  ];
  for (const [channel, input, where] of cases) {
    const r = await api(channel, input);
    assert.equal(r.status, 200);
    const body = JSON.parse(r.body);
    assert.equal(body.ok, false, channel);
    assert.equal(body.error.code, 'invalid-input');
    assert.match(
      body.error.message,
      /^Certdesk could not accept this request: .+\. Check the form and try again\.$/,
    );
    assert.match(`${body.error.message}\n${body.error.detail}`, where);
    assert.doesNotMatch(r.body, /\n\s+at |\.ts:\d+/, 'no stack');
  }
  const unknown = JSON.parse((await api('fs:read', {})).body);
  assert.equal(unknown.error.code, 'invalid-input');
  assert.match(unknown.error.message, /no request named "fs:read"/);
});

test('handler errors arrive as sentences with a code (no stack): a certificate that does not exist', async () => {
  const body = JSON.parse((await api('cert:get', { id: 'nothere' })).body);
  assert.equal(body.ok, false);
  assert.equal(body.error.code, 'not-found');
  assert.match(body.error.message, /There is no certificate nothere/);
  assert.equal(body.error.stack, undefined);
});

test('names:check explains wildcards and internationalised names', async () => {
  const body = JSON.parse(
    (
      await api('names:check', {
        names: ['Bücher.example', '*.example.org', 'bad name'],
        challenge: 'dns-01',
      })
    ).body,
  );
  assert.equal(body.ok, true);
  assert.deepEqual(body.value.names, ['xn--bcher-kva.example', '*.example.org']);
  assert.equal(body.value.wildcard, true);
  assert.deepEqual(body.value.idn, [{ input: 'bücher.example', ascii: 'xn--bcher-kva.example' }]);
  assert.equal(body.value.problems.length, 1);
  assert.match(body.value.problems[0].reason, /space/);
  // Issue 18: the same reason as a Text, so the wizard says it in the person's language.
  assert.deepEqual(body.value.problems[0].text, {
    key: 'names.space',
    params: { input: 'bad name' },
  });
});

test('the page and its script load without the token, with the CSP; nothing outside the renderer folder is served', async () => {
  const page = await request({ method: 'GET', path: '/' });
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'] ?? '', /text\/html/);
  assert.match(
    String(page.headers['content-security-policy']),
    /default-src 'self'; script-src 'self'/,
  );
  assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  noCors(page);
  assert.equal((await request({ method: 'GET', path: '/app.js' })).status, 200);
  for (const p of [
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/package.json',
    '/.env',
  ]) {
    const r = await request({ method: 'GET', path: p });
    assert.equal(r.status, 404, p);
  }
  assert.equal((await request({ method: 'POST', path: '/index.html', body: '' })).status, 405);
});

test('events: 403 without the token; with it, a stream that carries what handlers emit', async () => {
  const denied = await request({ method: 'GET', path: '/api/events' });
  assert.equal(denied.status, 403);
  const got = await new Promise<string>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'GET',
        path: '/api/events',
        headers: { host: `127.0.0.1:${server.port}`, 'x-certdesk-token': TOKEN },
      },
      (res) => {
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /text\/event-stream/);
        for (const h of Object.keys(res.headers)) assert.ok(!h.startsWith('access-control-'));
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
          if (text.includes('settings-changed')) {
            req.destroy();
            resolve(text);
          }
        });
        // Once connected, change a setting: the handler announces it to every page.
        void api('settings:set', { notifyOnSuccess: true });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ECONNRESET') reject(e);
    });
    req.end();
  });
  assert.match(got, /data: \{"type":"settings-changed"\}/);
  const q = await new Promise<number>((resolve) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/events?token=${TOKEN}`,
        headers: { host: `127.0.0.1:${server.port}` },
      },
      (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', () => {});
  });
  // Issue 20: the header only, so the token stays out of URLs (history, logs, Referer).
  assert.equal(q, 403, 'a token in the query is refused, even the right one');
});
