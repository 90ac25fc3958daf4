// R13: tls-alpn-01 (RFC 8737) with Certdesk's own TLS responder on the port Pebble's VA dials.
// Certificates for one name (CLI) and two names (one certificate per name chosen by SNI); the
// listener is gone afterwards; a taken port ends in the port error that says what to do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import '../../src-main/engine/challenges/tls-alpn.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const TLS_IMPORT: Record<string, string> = {}; // the CLI registers every solver itself

let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;

before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}
async function engine(): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('alpn'),
    caCertPem: pebble.caCertPem,
    dnsResolver: resolver(),
    tlsPort: pebble.tlsPort,
    httpHost: '127.0.0.1',
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'alpn@example.org',
    agreeTos: true,
  });
  return e;
}

test('tls-alpn-01 through the CLI: certificate issued, the TLS listener is gone afterwards', async () => {
  const d = tmp('cli');
  const common = [
    '--data-dir',
    d,
    '--ca-cert',
    pebble.caCertPath,
    '--dns-resolver',
    resolver(),
    '--tls-port',
    String(pebble.tlsPort),
  ];
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--email',
        'g@example.org',
        '--directory',
        pebble.directoryUrl,
        '--agree-tos',
        ...common,
      ])
    ).code,
    0,
  );
  const r = await runCli(
    ['issue', '--domain', 'alpn.example.test', '--challenge', 'tls-alpn-01', '--json', ...common],
    { env: TLS_IMPORT },
  );
  assert.equal(r.code, 0, `${r.stderr}\n${pebble.logTail()}`);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.names, ['alpn.example.test']);
  assert.ok((await verifyChain(out.chainPem, await pebble.rootPem(0))).ok);
  assert.ok(await portIsClosed(pebble.tlsPort));
});

test('tls-alpn-01 for two names: each gets its own challenge certificate by SNI', async () => {
  const e = await engine();
  const r = await e.issue({
    names: ['a.alpn.example.test', 'b.alpn.example.test'],
    challenge: { type: 'tls-alpn-01' },
  });
  assert.deepEqual([...r.certificate.names].sort(), ['a.alpn.example.test', 'b.alpn.example.test']);
  assert.ok(await portIsClosed(pebble.tlsPort));
});

test('port taken: the error names the port and the ways out', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(pebble.tlsPort, '127.0.0.1', resolve));
  try {
    const e = await engine();
    await assert.rejects(
      e.issue({ names: ['busy.alpn.example.test'], challenge: { type: 'tls-alpn-01' } }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'port-in-use');
        assert.match(
          err.message,
          new RegExp(`Port ${pebble.tlsPort} is already used by another program`),
        );
        assert.match(err.message, /use http-01 or dns-01 instead/);
        return true;
      },
    );
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
  assert.ok(await portIsClosed(pebble.tlsPort));
});
