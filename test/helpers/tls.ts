// A throwaway CA and server certificates made with the openssl CLI, for local TLS peers in tests
// (Pebble ships no certificate in Debian: see /work/shared/PEBBLE.md). P-256 keys keep it fast.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type TestCa = { caCertPath: string; caKeyPath: string; caCertPem: string };
export type ServerCert = { certPath: string; keyPath: string; certPem: string; keyPem: string };
export type ServerCertOptions = {
  cn?: string;
  /** openssl subjectAltName entries. Node checks the IP SAN when connecting to https://127.0.0.1. */
  sans?: string[];
  /** File name prefix inside dir (default "server"), so one dir can hold several certificates. */
  name?: string;
  days?: number;
};

function openssl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err)
        reject(new Error(`openssl ${args[0]} failed: ${String(stderr).trim() || err.message}`));
      else resolve(String(stdout));
    });
  });
}

/** Positive 127-bit serial: Go's crypto/x509 (Pebble) rejects negative serial numbers. */
const serial = (): string =>
  '0x' +
  (randomBytes(16)[0] & 0x7f).toString(16).padStart(2, '0') +
  randomBytes(15).toString('hex');

/** Self-signed CA (ca.pem, ca.key in dir), valid a few days: tests trust it explicitly via `ca`. */
export async function makeTestCa(
  dir: string,
  opts: { cn?: string; days?: number } = {},
): Promise<TestCa> {
  const caCertPath = path.join(dir, 'ca.pem');
  const caKeyPath = path.join(dir, 'ca.key');
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    caKeyPath,
    '-out',
    caCertPath,
    '-days',
    String(opts.days ?? 7),
    '-set_serial',
    serial(),
    '-subj',
    `/CN=${opts.cn ?? 'Certdesk test CA'} ${randomBytes(4).toString('hex')}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-addext',
    'subjectKeyIdentifier=hash',
  ]);
  return { caCertPath, caKeyPath, caCertPem: await readFile(caCertPath, 'utf8') };
}

/** A server certificate signed by `ca` (NAME.pem, NAME.key in dir). */
export async function issueServerCert(
  ca: TestCa,
  dir: string,
  opts: ServerCertOptions = {},
): Promise<ServerCert> {
  const name = opts.name ?? 'server';
  const keyPath = path.join(dir, `${name}.key`);
  const csrPath = path.join(dir, `${name}.csr`);
  const extPath = path.join(dir, `${name}.ext`);
  const certPath = path.join(dir, `${name}.pem`);
  const sans = opts.sans ?? ['IP:127.0.0.1', 'DNS:localhost'];
  await openssl([
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    csrPath,
    '-subj',
    `/CN=${opts.cn ?? 'localhost'}`,
  ]);
  await writeFile(
    extPath,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'authorityKeyIdentifier=keyid',
      ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : []),
      '',
    ].join('\n'),
  );
  await openssl([
    'x509',
    '-req',
    '-in',
    csrPath,
    '-CA',
    ca.caCertPath,
    '-CAkey',
    ca.caKeyPath,
    '-set_serial',
    serial(),
    '-days',
    String(opts.days ?? 7),
    '-extfile',
    extPath,
    '-out',
    certPath,
  ]);
  return {
    certPath,
    keyPath,
    certPem: await readFile(certPath, 'utf8'),
    keyPem: await readFile(keyPath, 'utf8'),
  };
}
