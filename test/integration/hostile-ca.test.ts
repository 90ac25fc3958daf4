// Issue 8: a CA that misbehaves is refused with a clear error and nothing invalid is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Engine } from '../../src-main/engine/engine.ts';
import { verifyIssued } from '../../src-main/engine/cert-info.ts';
import { generateKeyPem } from '../../src-main/engine/keys.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let server: https.Server;
let base = '';
let caPem = '';
const sockets = new Set<{ destroy(): void }>();

before(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-hostile-'));
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=hostile test ca',
  ]);
  run([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'srv.key',
    '-out',
    'srv.csr',
    '-subj',
    '/CN=localhost',
  ]);
  (await import('node:fs')).writeFileSync(
    path.join(dir, 'ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\n',
  );
  run([
    'x509',
    '-req',
    '-in',
    'srv.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'srv.pem',
    '-days',
    '2',
    '-extfile',
    'ext',
  ]);
  caPem = readFileSync(path.join(dir, 'ca.pem'), 'utf8');
  server = https.createServer(
    { key: readFileSync(path.join(dir, 'srv.key')), cert: readFileSync(path.join(dir, 'srv.pem')) },
    (req, res) => {
      const mode = (req.url ?? '').split('/')[1];
      switch (mode) {
        case 'huge':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              newNonce: 'x',
              newAccount: 'x',
              newOrder: 'x',
              pad: 'x'.repeat(8 * 1024 * 1024),
            }),
          );
          break;
        case 'endless': {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, 'a');
          const pump = () => {
            while (res.write(chunk)) {
              /* fill */
            }
          };
          res.on('drain', pump);
          pump();
          req.socket.on('close', () => res.removeAllListeners('drain'));
          break;
        }
        case 'badjson':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"newNonce": "https://x/nonce", ');
          break;
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body>Welcome to nginx!</body></html>');
          break;
        case 'redirect':
          res.writeHead(302, { location: 'https://evil.example/dir' });
          res.end();
          break;
        case 'slow':
          /* never answer */ break;
        case 'notacme':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"hello": "world"}');
          break;
        default:
          res.writeHead(404).end();
      }
    },
  );
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

const cases: [string, RegExp, string][] = [
  ['huge', /far too large|cannot read/i, 'ca-misbehaved'],
  ['endless', /far too large|cannot read/i, 'ca-misbehaved'],
  ['badjson', /cannot read|not point to an ACME directory/i, 'ca-misbehaved'],
  ['html', /cannot read|not point to an ACME directory/i, 'ca-misbehaved'],
  ['redirect', /redirect/i, 'ca-misbehaved'],
  ['slow', /did not answer in time/i, 'timeout'],
  ['notacme', /not point to an ACME directory/i, 'ca-misbehaved'],
];

for (const [mode, message, code] of cases) {
  test(`a CA answering "${mode}" is refused with a clear error and nothing is stored`, async () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-hostile-data-')), 'd');
    const engine = await Engine.open({ dataDir, caCertPem: caPem, caTimeoutMs: 1500 });
    const before = process.memoryUsage().rss;
    await assert.rejects(
      engine.createAccount({
        email: 'a@example.org',
        directoryUrl: `${base}/${mode}/dir`,
        agreeTos: true,
      }),
      (e: { code?: string; message: string }) => {
        assert.equal(e.code, code, e.message);
        assert.match(e.message, message);
        return true;
      },
    );
    assert.ok(
      process.memoryUsage().rss - before < 200 * 1024 * 1024,
      'an endless answer is not buffered without bound',
    );
    assert.deepEqual(engine.listAccounts(), []);
    assert.equal(existsSync(path.join(dataDir, 'certdesk.json')), false);
  });
}

test('a certificate that does not match our key or our names is never accepted', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-mismatch-'));
  const key = await generateKeyPem('ec256');
  const other = await generateKeyPem('ec256');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path.join(dir, 'k.pem'), key);
  writeFileSync(path.join(dir, 'o.pem'), other);
  const self = (k: string, san: string) =>
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-key',
        path.join(dir, k),
        '-days',
        '1',
        '-subj',
        '/CN=x',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { encoding: 'utf8' },
    );
  assert.ok(verifyIssued(self('k.pem', 'DNS:a.example.test'), key, ['a.example.test']));
  assert.throws(() => verifyIssued(self('o.pem', 'DNS:a.example.test'), key, ['a.example.test']), {
    code: 'ca-misbehaved',
    message: /does not match/,
  });
  assert.throws(() => verifyIssued(self('k.pem', 'DNS:b.example.test'), key, ['a.example.test']), {
    code: 'ca-misbehaved',
    message: /without a\.example\.test/,
  });
  assert.throws(() => verifyIssued('garbage', key, ['a.example.test']), { code: 'ca-misbehaved' });
});
