// Issue 2 "done when": certificates from a real Pebble with each http-01 mode, for 1 and 100 names,
// RSA and ECDSA; openssl verify against pebble's root; preferred chain; EAB; reuse; revocation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readdirSync,
  existsSync,
  readFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain, splitChain, openssl } from '../helpers/openssl.ts';

let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));

before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

function opts(dataDir: string): string[] {
  return [
    '--data-dir',
    dataDir,
    '--ca-cert',
    pebble.caCertPath,
    '--http-port',
    String(pebble.httpPort),
    '--dns-resolver',
    `127.0.0.1:${pebble.dnsPort}`,
  ];
}
async function newAccount(dataDir: string): Promise<void> {
  const r = await runCli([
    'account',
    'create',
    '--email',
    'owner@example.org',
    '--directory',
    pebble.directoryUrl,
    '--agree-tos',
    ...opts(dataDir),
  ]);
  assert.equal(r.code, 0, r.stderr);
}
async function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}
/** Stands in for the user's own web server, serving a folder on the port pebble validates. */
async function staticServer(root: string, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return server;
}

test("built-in http-01, one name, ECDSA P-256: the chain verifies against pebble's root and the listener is gone", async () => {
  const d = tmp('b1');
  await newAccount(d);
  const r = await runCli([
    'issue',
    '--domain',
    'one.example.test',
    '--key',
    'ec256',
    '--json',
    ...opts(d),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.names, ['one.example.test']);
  assert.equal(out.keyType, 'ec256');
  assert.match(out.notBefore, /^\d{4}-\d\d-\d\dT/);
  assert.ok(Date.parse(out.notAfter) > Date.now());
  assert.ok(!r.stdout.includes('PRIVATE KEY'), 'never the private key');
  const v = await verifyChain(out.chainPem, await pebble.rootPem(0));
  assert.ok(v.ok, v.output);
  const text = await openssl(['x509', '-noout', '-text'], splitChain(out.chainPem)[0]);
  assert.match(text.stdout, /id-ecPublicKey|EC Public Key/);
  assert.doesNotMatch(text.stdout, /TLS Feature|status_request/, 'no Must-Staple (R19)');
  assert.ok(await portIsClosed(pebble.httpPort), 'the built-in server stopped');
  // show --json gives the same certificate
  const s = await runCli(['show', out.id, '--json', ...opts(d)]);
  assert.equal(JSON.parse(s.stdout).chainPem, out.chainPem);
});

test('built-in http-01, 100 names, RSA 2048', async () => {
  const d = tmp('b100');
  await newAccount(d);
  const names = Array.from({ length: 100 }, (_, i) => `n${i}.hundred.example.test`);
  const r = await runCli([
    'issue',
    '--domain',
    names.join(','),
    '--key',
    'rsa2048',
    '--json',
    ...opts(d),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.names.length, 100);
  const text = await openssl(['x509', '-noout', '-text'], splitChain(out.chainPem)[0]);
  assert.match(text.stdout, /Public-Key: \(2048 bit\)/);
  for (const n of names) assert.ok(text.stdout.includes(`DNS:${n}`), n);
  assert.ok((await verifyChain(out.chainPem, await pebble.rootPem(0))).ok);
});

test('webroot http-01 writes the challenge where the web server serves it and removes it afterwards (RSA 3072)', async () => {
  const d = tmp('wr');
  const root = tmp('www');
  mkdirSync(path.join(root, '.well-known'));
  writeFileSync(path.join(root, 'index.html'), 'my site');
  await newAccount(d);
  const server = await staticServer(root, pebble.httpPort);
  try {
    const r = await runCli([
      'issue',
      '-d',
      'web.example.test',
      '-d',
      'www.web.example.test',
      '--http-mode',
      'webroot',
      '--webroot',
      root,
      '--key',
      'rsa3072',
      '--json',
      ...opts(d),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((await verifyChain(JSON.parse(r.stdout).chainPem, await pebble.rootPem(0))).ok);
  } finally {
    await new Promise((r) => server.close(r));
  }
  assert.deepEqual(
    readdirSync(root).sort(),
    ['.well-known', 'index.html'],
    'the site is as it was',
  );
  assert.deepEqual(
    readdirSync(path.join(root, '.well-known')),
    [],
    'our folder and files are gone; theirs stays',
  );
});

test('webroot that does not exist: clear error, nothing issued', async () => {
  const d = tmp('wrx');
  await newAccount(d);
  const r = await runCli([
    'issue',
    '-d',
    'nowhere.example.test',
    '--http-mode',
    'webroot',
    '--webroot',
    '/nonexistent/www',
    ...opts(d),
  ]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not exist.*Pick the folder your web server serves/);
  const l = await runCli(['list', '--json', ...opts(d)]);
  assert.deepEqual(JSON.parse(l.stdout), []);
});

test('manual http-01: shows the file, waits for Enter, checks the URL, then asks the CA (ECDSA P-384)', async () => {
  const d = tmp('man');
  const root = tmp('manroot');
  await newAccount(d);
  const server = await staticServer(root, pebble.httpPort);
  try {
    let answered = false;
    let buffer = '';
    const r = await runCli(
      [
        'issue',
        '-d',
        'manual.example.test',
        '--http-mode',
        'manual',
        '--key',
        'ec384',
        '--json',
        ...opts(d),
      ],
      {
        onStderr: (chunk, child) => {
          buffer += chunk;
          const m = /file name:\s+\.well-known\/acme-challenge\/(\S+)[\s\S]*?content:\s+(\S+)/.exec(
            buffer,
          );
          if (m && !answered && /Press Enter/.test(buffer)) {
            answered = true;
            mkdirSync(path.join(root, '.well-known', 'acme-challenge'), { recursive: true });
            writeFileSync(path.join(root, '.well-known', 'acme-challenge', m[1]), m[2]);
            child.stdin?.write('\n');
          }
        },
      },
    );
    assert.ok(answered, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /answers correctly/);
    const out = JSON.parse(r.stdout);
    const text = await openssl(['x509', '-noout', '-text'], splitChain(out.chainPem)[0]);
    assert.match(text.stdout, /NIST CURVE: P-384|secp384r1/);
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('manual http-01 with the file missing: the CA is not asked, the error says what to check', async () => {
  const d = tmp('man2');
  await newAccount(d);
  const r = await runCli(
    ['issue', '-d', 'missing.example.test', '--http-mode', 'manual', ...opts(d)],
    { input: '\n' },
  );
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /not reachable yet.*CA was not asked/);
});

test('asking again returns the existing certificate unless --force (R7); RSA 4096 and reuse-key', async () => {
  const d = tmp('again');
  await newAccount(d);
  const first = JSON.parse(
    (
      await runCli([
        'issue',
        '-d',
        'again.example.test',
        '--key',
        'rsa4096',
        '--reuse-key',
        '--json',
        ...opts(d),
      ])
    ).stdout,
  );
  const second = JSON.parse(
    (await runCli(['issue', '-d', 'again.example.test', '--json', ...opts(d)])).stdout,
  );
  assert.equal(second.reused, true);
  assert.equal(second.id, first.id);
  assert.equal(second.chainPem, first.chainPem);
  const forced = await runCli([
    'issue',
    '-d',
    'again.example.test',
    '--force',
    '--json',
    ...opts(d),
  ]);
  assert.equal(forced.code, 0, forced.stderr);
  const third = JSON.parse(forced.stdout);
  assert.equal(third.id, first.id);
  assert.notEqual(third.serial, first.serial);
  const pub = async (pem: string) =>
    (await openssl(['x509', '-noout', '-pubkey'], splitChain(pem)[0])).stdout;
  assert.equal(
    await pub(third.chainPem),
    await pub(first.chainPem),
    'the key was reused on request',
  );
});

test('revocation with a reason code', async () => {
  const d = tmp('rev');
  await newAccount(d);
  const c = JSON.parse(
    (await runCli(['issue', '-d', 'revoke.example.test', '--json', ...opts(d)])).stdout,
  );
  const r = await runCli(['revoke', c.id, '--reason', 'keyCompromise', ...opts(d)]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /revoked \(keyCompromise\)/);
  const again = await runCli(['revoke', c.id, ...opts(d)]);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /already revoked/);
  const s = JSON.parse((await runCli(['show', c.id, '--json', ...opts(d)])).stdout);
  assert.equal(s.status, 'needs-attention');
});

test('the store holds no private key in clear', async () => {
  const d = tmp('clear');
  await newAccount(d);
  assert.equal((await runCli(['issue', '-d', 'sealed.example.test', ...opts(d)])).code, 0);
  const files: string[] = [];
  const walk = (p: string) => {
    for (const f of readdirSync(p, { withFileTypes: true }))
      (f.isDirectory() ? walk : (x: string) => files.push(x))(path.join(p, f.name));
  };
  walk(d);
  for (const f of files) assert.doesNotMatch(readFileSync(f, 'utf8'), /PRIVATE KEY/, f);
});
