// The tls-alpn-01 responder (RFC 8737) seen from a client: acme-tls/1 + SNI gets the
// acmeIdentifier certificate of that name; anything else gets nothing; wildcards are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import tls from 'node:tls';
import net from 'node:net';
import { X509Certificate } from 'node:crypto';
import acme from 'acme-client';
import { TlsAlpnSolver, ACME_TLS_ALPN } from '../../../../src-main/engine/challenges/tls-alpn.ts';
import type { ChallengeContext } from '../../../../src-main/engine/challenges/types.ts';
import { silentLogger } from '../../../../src-main/engine/ports.ts';
import { freePort } from '../../../helpers/ports.ts';

const ctx = (identifier: string, keyAuthorization: string, wildcard = false): ChallengeContext => ({
  identifier,
  wildcard,
  token: 'x'.repeat(43),
  keyAuthorization,
  dnsTxtValue: '',
  signal: new AbortController().signal,
  progress: () => {},
  log: silentLogger,
});

function handshake(
  port: number,
  servername: string | undefined,
  alpn: string[] | undefined,
): Promise<{ cert: X509Certificate | null; protocol: string | false | null; error?: string }> {
  return new Promise((resolve) => {
    const s = tls.connect({
      host: '127.0.0.1',
      port,
      ...(servername ? { servername } : {}),
      ...(alpn ? { ALPNProtocols: alpn } : {}),
      rejectUnauthorized: false,
    });
    s.once('secureConnect', () => {
      const raw = s.getPeerX509Certificate?.() ?? null;
      resolve({ cert: raw ?? null, protocol: s.alpnProtocol });
      s.destroy();
    });
    s.once('error', (e) => resolve({ cert: null, protocol: null, error: e.message }));
  });
}

test("acme-tls/1 with SNI gets that name's certificate with the key authorization digest; other clients get nothing", async () => {
  const port = await freePort();
  const solver = new TlsAlpnSolver({ port, host: '127.0.0.1' });
  await solver.start();
  try {
    const a = ctx('a.example.test', 'tokenA.thumb');
    const b = ctx('b.example.test', 'tokenB.thumb');
    await solver.present(a);
    await solver.present(b);
    const ra = await handshake(port, 'a.example.test', [ACME_TLS_ALPN]);
    assert.equal(ra.protocol, ACME_TLS_ALPN);
    assert.equal(ra.cert?.subjectAltName, 'DNS:a.example.test');
    assert.ok(acme.crypto.isAlpnCertificateAuthorizationValid(ra.cert!.toString(), 'tokenA.thumb'));
    const rb = await handshake(port, 'B.Example.Test', [ACME_TLS_ALPN]);
    assert.ok(
      acme.crypto.isAlpnCertificateAuthorizationValid(rb.cert!.toString(), 'tokenB.thumb'),
      'SNI picks the certificate, case-insensitively',
    );
    assert.ok(
      (await handshake(port, 'a.example.test', ['http/1.1'])).error,
      'no acme-tls/1: no handshake',
    );
    assert.ok(
      (await handshake(port, 'c.example.test', [ACME_TLS_ALPN])).error,
      'unknown name: no handshake',
    );
    assert.ok((await handshake(port, undefined, [ACME_TLS_ALPN])).error, 'no SNI: no handshake');
    const plain = await handshake(port, 'a.example.test', undefined);
    assert.ok(plain.error || plain.protocol === false, 'a client without ALPN gets nothing useful');
    await solver.cleanup(a);
    assert.ok(
      (await handshake(port, 'a.example.test', [ACME_TLS_ALPN])).error,
      'gone after cleanup',
    );
  } finally {
    await solver.stop();
  }
  const refused = await new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
  assert.ok(refused, 'the listener is closed after stop()');
});

test('a wildcard is refused with the reason and the alternative', async () => {
  const port = await freePort();
  const solver = new TlsAlpnSolver({ port, host: '127.0.0.1' });
  await solver.start();
  try {
    await assert.rejects(
      solver.present(ctx('example.test', 'k.t', true)),
      (e: Error & { code?: string }) =>
        e.code === 'unsupported' &&
        /\*\.example\.test is a wildcard/.test(e.message) &&
        /dns-01/.test(e.message),
    );
  } finally {
    await solver.stop();
  }
});

test('port taken: port-in-use with what to do', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const solver = new TlsAlpnSolver({ port, host: '127.0.0.1' });
    await assert.rejects(
      solver.start(),
      (e: Error & { code?: string }) =>
        e.code === 'port-in-use' &&
        new RegExp(`Port ${port} is already used`).test(e.message) &&
        /http-01 or dns-01/.test(e.message),
    );
    await solver.stop();
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});
