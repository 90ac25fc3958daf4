// Issue 8: a hostile CA sends a challenge token that is a path ("../../x") instead of base64url.
// A TLS proxy in front of a real Pebble rewrites every token in the authorizations it relays; the
// engine must refuse the order with a clear error before any solver builds a path from the token:
// the webroot holds nothing new, nothing was written outside it, no listener stays open, nothing is
// stored as a certificate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { makeTestCa, issueServerCert } from '../helpers/tls.ts';
import { listTree, portIsClosed, recordCounts } from '../helpers/fault.ts';
import { Engine } from '../../src-main/engine/engine.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let proxy: https.Server;
let proxyCaPem = '';
let proxyUrl = '';
let evilToken = '../../x';
const counts = { hostileTokensSent: 0, ordersRefused: 0, filesCreatedAnywhere: 0 };

before(async () => {
  pebble = await startPebble();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-evilproxy-'));
  const ca = await makeTestCa(dir, { cn: 'hostile proxy CA' });
  const cert = await issueServerCert(ca, dir);
  proxyCaPem = ca.caCertPem;
  const target = new URL(pebble.directoryUrl);
  proxy = https.createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Pebble builds its URLs from the Host header, so passing ours through keeps every URL on the proxy.
      const up = https.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          ca: pebble.caCertPem,
        },
        (ur) => {
          const body: Buffer[] = [];
          ur.on('data', (c: Buffer) => body.push(c));
          ur.on('end', () => {
            let text = Buffer.concat(body).toString('utf8');
            if (/"challenges"\s*:/.test(text)) {
              text = text.replace(/"token"\s*:\s*"[^"]*"/g, () => {
                counts.hostileTokensSent += 1;
                return `"token":${JSON.stringify(evilToken)}`;
              });
            }
            const headers = { ...ur.headers };
            delete headers['content-length'];
            delete headers['transfer-encoding'];
            res.writeHead(ur.statusCode ?? 502, {
              ...headers,
              'content-length': Buffer.byteLength(text),
            });
            res.end(text);
          });
        },
      );
      up.on('error', () => {
        res.writeHead(502).end();
      });
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}${target.pathname}`;
});
after(async () => {
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await pebble?.stop();
  recordCounts('security-hostile-token', counts);
});

for (const [mode, token] of [
  ['webroot', '../../x'],
  ['webroot', '../../../../../../tmp/certdesk-evil-token'],
  ['builtin', '..%2f..%2fx'],
  ['webroot', 'a/b/c/d/e/f/g/h/i/j/k'],
] as const) {
  test(`a CA token "${token}" (${mode}) is refused before it touches a path; nothing is written or left open`, async () => {
    evilToken = token;
    const base = mkdtempSync(path.join(os.tmpdir(), 'certdesk-evil-www-'));
    const webroot = path.join(base, 'a', 'b', 'www');
    mkdirSync(webroot, { recursive: true });
    writeFileSync(path.join(webroot, 'index.html'), 'site');
    const treeBefore = listTree(base);
    const engine = await Engine.open({
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-evil-data-')),
      caCertPem: proxyCaPem,
      httpPort: pebble.httpPort,
      caTimeoutMs: 5000,
      poll: { firstMs: 20, maxMs: 200 },
    });
    await engine.createAccount({
      directoryUrl: proxyUrl,
      email: 'evil@example.org',
      agreeTos: true,
    });
    const sent = counts.hostileTokensSent;
    await assert.rejects(
      engine.issue({
        names: ['evil.example.test'],
        directoryUrl: proxyUrl,
        challenge:
          mode === 'webroot'
            ? { type: 'http-01', httpMode: 'webroot', webroot }
            : { type: 'http-01', httpMode: 'builtin' },
      }),
      (e: { code?: string; message: string; detail?: string }) => {
        assert.equal(e.code, 'ca-misbehaved');
        assert.match(
          e.message,
          /The CA sent a challenge token that is not base64url; Certdesk refused to use it\./,
        );
        return true;
      },
    );
    assert.ok(counts.hostileTokensSent > sent, 'the proxy really rewrote a token');
    counts.ordersRefused += 1;
    // Not even the .well-known folder: the token is checked before the solver starts.
    counts.filesCreatedAnywhere += listTree(base).filter((f) => !treeBefore.includes(f)).length;
    assert.deepEqual(listTree(base), treeBefore);
    assert.equal(existsSync('/tmp/certdesk-evil-token'), false);
    assert.equal(existsSync(path.join(base, 'a', 'x')), false);
    assert.ok(await portIsClosed(pebble.httpPort), 'no listener left');
    assert.deepEqual(engine.listCertificates(), []);
  });
}
