// IP-address certificates (RFC 8738, issue 18) from the real Pebble, which accepts `ip`
// identifiers without profiles: the pre-flight checks reachability of the port and looks up no
// DNS or CAA, the order carries an ip identifier, and openssl sees the address in the SAN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { openssl, splitChain } from '../helpers/openssl.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

test('a certificate for 127.0.0.1 from the real Pebble has the address as an IP SAN', async () => {
  const pebble = await startPebble();
  try {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-ip-'));
    const cli = (args: string[]) =>
      runCli([
        ...args,
        '--data-dir',
        dataDir,
        '--ca-cert',
        pebble.caCertPath,
        '--http-port',
        String(pebble.httpPort),
        '--tls-port',
        String(pebble.tlsPort),
        '--dns-resolver',
        `127.0.0.1:${pebble.dnsPort}`,
      ]);
    const acct = await cli([
      'account',
      'create',
      '--email',
      'ip@example.org',
      '--directory',
      pebble.directoryUrl,
      '--agree-tos',
    ]);
    assert.equal(acct.code, 0, acct.stderr);

    const check = await cli(['check', '-d', '127.0.0.1', '--json']);
    const results = JSON.parse(check.stdout) as {
      check: string;
      verdict: string;
      message: string;
    }[];
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const reach = results.find((r) => r.check === 'port80' && /127\.0\.0\.1/.test(r.message));
    assert.equal(reach?.verdict, 'pass', JSON.stringify(results));
    assert.ok(!results.some((r) => r.check === 'caa'), 'no CAA lookup for an address');
    assert.equal(results.find((r) => r.check === 'dns')?.verdict, 'skip');

    const r = await cli(['issue', '-d', '127.0.0.1', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { names: string[]; chainPem: string };
    assert.deepEqual(out.names, ['127.0.0.1']);
    const leaf = splitChain(out.chainPem)[0];
    const san = await openssl(['x509', '-noout', '-ext', 'subjectAltName'], leaf);
    assert.equal(san.code, 0, san.stderr);
    assert.match(san.stdout, /IP Address:127\.0\.0\.1/);
    assert.doesNotMatch(san.stdout, /DNS:/);

    // tls-alpn-01 too: the CA's SNI is the reverse-DNS name 2.0.0.127.in-addr.arpa (RFC 8738 §6).
    const alpn = await cli(['issue', '-d', '127.0.0.2', '--challenge', 'tls-alpn-01', '--json']);
    assert.equal(alpn.code, 0, alpn.stderr);
    const alpnLeaf = splitChain((JSON.parse(alpn.stdout) as { chainPem: string }).chainPem)[0];
    assert.match(
      (await openssl(['x509', '-noout', '-ext', 'subjectAltName'], alpnLeaf)).stdout,
      /IP Address:127\.0\.0\.2/,
    );

    // dns-01 is never a way to prove an address (RFC 8738 section 7).
    const dns = await cli(['issue', '-d', '127.0.0.3', '--challenge', 'dns-01']);
    assert.notEqual(dns.code, 0);
    assert.match(dns.stderr, /never through DNS/);
  } finally {
    await pebble.stop();
  }
});
