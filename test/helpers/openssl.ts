// Checks with the openssl command line, the way a user's server would see our files.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function openssl(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'openssl',
      args,
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({
          code: err ? ((err as { code?: number }).code ?? 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

export function splitChain(pem: string): string[] {
  return (
    pem
      .match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
      ?.map((s) => s + '\n') ?? []
  );
}

/** `openssl verify` of a leaf with the rest of the chain as untrusted intermediates, against a root. */
export async function verifyChain(
  chainPem: string,
  rootPem: string,
): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-verify-'));
  const [leaf, ...rest] = splitChain(chainPem);
  writeFileSync(path.join(dir, 'root.pem'), rootPem);
  writeFileSync(path.join(dir, 'leaf.pem'), leaf);
  writeFileSync(path.join(dir, 'chain.pem'), rest.join(''));
  const args = [
    'verify',
    '-CAfile',
    path.join(dir, 'root.pem'),
    ...(rest.length ? ['-untrusted', path.join(dir, 'chain.pem')] : []),
    path.join(dir, 'leaf.pem'),
  ];
  const r = await openssl(args);
  return { ok: r.code === 0 && /: OK/.test(r.stdout), output: r.stdout + r.stderr };
}

/** A self-signed P-256 certificate for `name` (30 days), made by openssl: a stored version's files. */
export function selfSignedEc(name: string): { cert: string; key: string } {
  const w = mkdtempSync(path.join(os.tmpdir(), 'certdesk-pki-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      path.join(w, 'k.pem'),
      '-out',
      path.join(w, 'c.pem'),
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
    ],
    { stdio: 'pipe' },
  );
  return {
    cert: readFileSync(path.join(w, 'c.pem'), 'utf8'),
    key: readFileSync(path.join(w, 'k.pem'), 'utf8'),
  };
}

/**
 * What a server checks of a deployed certificate and key, with openssl: the certificate has this
 * serial (hex, any case, colons allowed), chains to the root, and the private key belongs to it.
 */
export async function assertDeployedPair(
  certPem: string,
  keyPem: string,
  want: { serial: string; rootPem: string },
): Promise<void> {
  const serial = (await openssl(['x509', '-noout', '-serial'], certPem)).stdout;
  assert.equal(
    serial
      .trim()
      .replace(/^serial=/, '')
      .toLowerCase(),
    want.serial.replace(/:/g, '').toLowerCase(),
  );
  const v = await verifyChain(certPem, want.rootPem);
  assert.ok(v.ok, v.output);
  const certKey = (await openssl(['x509', '-noout', '-pubkey'], certPem)).stdout;
  assert.match(certKey, /PUBLIC KEY/);
  assert.equal(
    (await openssl(['pkey', '-pubout'], keyPem)).stdout,
    certKey,
    'the private key belongs to the certificate',
  );
}
