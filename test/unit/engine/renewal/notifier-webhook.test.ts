// Webhook notifications against a local HTTP server: the Notice arrives as JSON in a POST; an
// answer outside 2xx is an error naming the status; only http(s) addresses are accepted, and the
// token in a webhook's path never appears in a message.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkWebhookUrl,
  webhookChannel,
} from '../../../../src-main/engine/renewal/notify-webhook.ts';
import {
  createNotifier,
  makeNotice,
  memoryGate,
} from '../../../../src-main/engine/renewal/notifier.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';

type Hit = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

async function hookServer(
  answer: (hit: Hit, res: http.ServerResponse) => void = (_h, res) => {
    res.writeHead(204).end();
  },
) {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hit = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      hits.push(hit);
      answer(hit, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  stops.push(stop);
  return { hits, port, base: `http://127.0.0.1:${port}` };
}
const stops: (() => Promise<void>)[] = [];
after(async () => {
  await Promise.all(stops.map((s) => s()));
});

const NOW = Date.parse('2026-03-15T08:30:00Z');
const cert = { id: 'cert-123', names: ['example.com'], notAfter: '2026-03-20T00:00:00Z' };
const TOKEN = 'T0KEN-s3cret-abcdef';

const isCd =
  (code: string, re: RegExp) =>
  (e: unknown): boolean => {
    assert.ok(e instanceof CertdeskError, `expected a CertdeskError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, re);
    assert.ok(!e.message.includes(TOKEN), 'the token in the path must not appear');
    return true;
  };

test('POSTs the notice as JSON', async () => {
  const srv = await hookServer();
  const ch = webhookChannel({ url: `${srv.base}/hooks/${TOKEN}` });
  assert.equal(ch.name, 'webhook');
  assert.equal(ch.target, srv.base);
  const n = makeNotice('renewal-failed', cert, NOW, {
    error: { code: 'dns', message: 'No DNS record. Check the name.' },
  });
  await ch.send(n);
  assert.equal(srv.hits.length, 1);
  const [hit] = srv.hits;
  assert.equal(hit.method, 'POST');
  assert.equal(hit.url, `/hooks/${TOKEN}`);
  assert.match(hit.headers['content-type'] ?? '', /^application\/json/);
  assert.deepEqual(JSON.parse(hit.body), n);
  assert.equal(JSON.parse(hit.body).kind, 'renewal-failed');
  assert.equal(JSON.parse(hit.body).errorCode, 'dns');
});

test('any 2xx is delivered', async () => {
  const srv = await hookServer((_h, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await webhookChannel({ url: srv.base }).send(makeNotice('expired', cert, NOW));
  assert.equal(srv.hits.length, 1);
});

const statuses: [number, string, RegExp][] = [
  [500, 'notify-failed', /did not take the message \(HTTP 500\)\. The service may be down/],
  [503, 'notify-failed', /HTTP 503/],
  [400, 'notify-failed', /\(HTTP 400\)\. Check the webhook address in Settings > Notifications/],
  [404, 'notify-failed', /does not exist \(HTTP 404\)\. Copy the webhook address again/],
  [401, 'credentials-refused', /refused the message \(HTTP 401\)/],
  [403, 'credentials-refused', /HTTP 403/],
  [301, 'notify-failed', /answered HTTP 301 \(moved elsewhere\)/],
];
for (const [status, code, re] of statuses) {
  test(`HTTP ${status} is an error that names the status`, async () => {
    const srv = await hookServer((_h, res) => {
      res.writeHead(status, status === 301 ? { location: '/elsewhere' } : {}).end('nope');
    });
    await assert.rejects(
      webhookChannel({ url: `${srv.base}/hooks/${TOKEN}` }).send(makeNotice('expired', cert, NOW)),
      (e: unknown) => {
        isCd(code, re)(e);
        assert.match((e as CertdeskError).detail ?? '', new RegExp(`^HTTP ${status}`));
        return true;
      },
    );
    assert.equal(srv.hits.length, 1, 'a redirect is not followed');
  });
}

test('nothing listening: could not reach the webhook', async () => {
  const srv = await hookServer();
  const url = `${srv.base}/hooks/${TOKEN}`;
  await stops.pop()!();
  await assert.rejects(
    webhookChannel({ url }).send(makeNotice('expired', cert, NOW)),
    isCd(
      'connection',
      /could not reach the webhook at http:\/\/127\.0\.0\.1:\d+\. Check the address/,
    ),
  );
});

test('a webhook that never answers is given up (time limit from the options)', async () => {
  const srv = await hookServer(() => {
    /* never answers */
  });
  await assert.rejects(
    webhookChannel({ url: `${srv.base}/hooks/${TOKEN}`, timeoutMs: 200 }).send(
      makeNotice('expired', cert, NOW),
    ),
    isCd('timeout', /did not answer within/),
  );
});

test('only http and https addresses', () => {
  assert.equal(
    checkWebhookUrl(' https://hooks.example.com/x ').href,
    'https://hooks.example.com/x',
  );
  assert.equal(checkWebhookUrl('http://127.0.0.1:8080/x').protocol, 'http:');
  for (const bad of [
    'ftp://example.com/x',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'hooks.example.com/x',
    '',
    'data:text/plain,hi',
  ]) {
    assert.throws(
      () => webhookChannel({ url: bad }),
      (e: unknown) =>
        e instanceof CertdeskError &&
        e.code === 'invalid-input' &&
        /Settings > Notifications/.test(e.message),
      bad,
    );
  }
});

test('through the notifier: the webhook failing does not stop another channel', async () => {
  const down = await hookServer((_h, res) => {
    res.writeHead(502).end();
  });
  const up = await hookServer();
  const got: string[] = [];
  const desktop = {
    name: 'desktop' as const,
    send: async (n: { kind: string }) => {
      got.push(n.kind);
    },
  };
  const notifier = createNotifier({
    channels: [
      webhookChannel({ url: `${down.base}/x` }),
      desktop,
      webhookChannel({ url: `${up.base}/y` }),
    ],
    gate: memoryGate(),
    notifyOnSuccess: false,
    clock: { now: () => NOW },
  });
  const r = await notifier.notify(makeNotice('expiring', cert, NOW));
  assert.deepEqual(r.sent, ['desktop', 'webhook']);
  assert.deepEqual(
    r.failed.map((f) => [f.channel, f.code]),
    [['webhook', 'notify-failed']],
  );
  assert.deepEqual(got, ['expiring']);
  assert.equal(up.hits.length, 1);
});
