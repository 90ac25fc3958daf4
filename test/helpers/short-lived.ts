// A stored certificate with a lifetime no test CA here issues: Pebble 2.4 makes 5-year
// certificates and has no profiles (/work/shared/PEBBLE.md), and openssl 3.0's x509 counts in
// days. For screens that depend on the lifetime (issue 18: "renews sooner" for a 160-hour
// shortlived certificate), a self-signed certificate with exactly that validity is made with
// node-forge and stored through the engine's own Storage, as a renewal would store it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { Engine } from '../../src-main/engine/engine.ts';
import type { StoredCertificate } from '../../src-main/storage/schema.ts';

const HOUR_MS = 3_600_000;

/** A self-signed RSA 2048 certificate for `name`, valid `hours` from `notBefore`. */
export function selfSignedFor(
  name: string,
  notBefore: Date,
  hours: number,
): { certPem: string; keyPem: string; serial: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  // A positive serial (the first bit clear), as CAs write them.
  const serial =
    (randomBytes(8)[0] & 0x7f).toString(16).padStart(2, '0') + randomBytes(7).toString('hex');
  cert.serialNumber = serial;
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(notBefore.getTime() + hours * HOUR_MS);
  const subject = [{ name: 'commonName', value: name }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 2, value: name }] }]);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem, serial };
}

/**
 * Stores a certificate for `name` that lives `hours`, issued an hour ago, with `profile`, under
 * the given account: its version files and its record. Returns the certificate's id.
 */
export async function storeShortLived(
  engine: Engine,
  o: { id: string; name: string; hours: number; accountId: string; profile?: string },
): Promise<string> {
  const notBefore = new Date(Date.now() - HOUR_MS);
  const { certPem, keyPem, serial } = selfSignedFor(o.name, notBefore, o.hours);
  const version = `${notBefore
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-fixture`;
  await engine.store.writeVersion(o.id, version, certPem, keyPem);
  const notAfter = new Date(notBefore.getTime() + o.hours * HOUR_MS).toISOString();
  const record: StoredCertificate = {
    id: o.id,
    names: [o.name],
    accountId: o.accountId,
    keyType: 'rsa2048',
    challenge: { type: 'http-01', httpMode: 'builtin' },
    ...(o.profile ? { profile: o.profile } : {}),
    createdAt: notBefore.toISOString(),
    current: {
      version,
      notBefore: notBefore.toISOString(),
      notAfter,
      serial,
      issuer: o.name,
      chainIssuers: [o.name],
      issuedAt: notBefore.toISOString(),
    },
    previous: null,
    attempts: [{ at: notBefore.toISOString(), trigger: 'wizard', outcome: 'success' }],
    exports: [],
  };
  await engine.store.update((d) => {
    d.certificates[o.id] = record;
  });
  return o.id;
}
