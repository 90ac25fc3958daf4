// Parses and checks the key material once, so every format is built from the same canonical
// certificates and key (and a mismatched key never reaches a file a target would reject).
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { CertdeskError } from '../../shared/errors.ts';
import type { KeyMaterial, RsaKeyFormat } from './types.ts';

export type ParsedMaterial = {
  leaf: X509Certificate;
  /** Issuers in the order the CA sent them, leaf's issuer first. */
  chain: X509Certificate[];
  key: KeyObject;
  names: string[];
  id: string;
};

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

function certsIn(pem: string, what: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERT) ?? [];
  try {
    return blocks.map((b) => new X509Certificate(b));
  } catch (e) {
    throw new CertdeskError(
      'invalid-input',
      `The ${what} stored for this certificate cannot be read, so nothing was exported. Renew the certificate to get a fresh copy.`,
      { detail: e instanceof Error ? e.message : String(e), cause: e },
    );
  }
}

export function parseMaterial(m: KeyMaterial): ParsedMaterial {
  const leafs = certsIn(m.certPem, 'certificate');
  if (leafs.length === 0)
    throw new CertdeskError(
      'invalid-input',
      'There is no certificate to export yet. Get the certificate first, then export it.',
    );
  const chain = m.chainPem.flatMap((p) => certsIn(p, 'intermediate certificate'));
  let key: KeyObject;
  try {
    key = createPrivateKey(m.keyPem);
  } catch (e) {
    // Never put the key or the parser's view of it in the message (R8).
    throw new CertdeskError(
      'invalid-input',
      'The private key stored for this certificate cannot be read, so nothing was exported. Renew the certificate to get a new key.',
      { cause: e },
    );
  }
  const leaf = leafs[0];
  if (!leaf.checkPrivateKey(key)) {
    throw new CertdeskError(
      'invalid-input',
      'The stored private key does not belong to this certificate, so the exported files would not work. Renew the certificate to get a matching pair.',
    );
  }
  const names = m.names.filter((n) => n.trim() !== '');
  return {
    leaf,
    chain,
    key,
    names: names.length ? names : [commonName(leaf) ?? 'certificate'],
    id: m.id,
  };
}

function commonName(c: X509Certificate): string | undefined {
  return /(?:^|\n)CN=([^\n]+)/.exec(c.subject)?.[1];
}

/** Canonical PEM with '\n' line endings, whatever the CA or the store gave us. */
export const certPem = (c: X509Certificate): string =>
  c.toString().replace(/\r\n/g, '\n').trimEnd() + '\n';

export const chainPemText = (p: ParsedMaterial): string => p.chain.map(certPem).join('');

export const fullchainPemText = (p: ParsedMaterial): string => certPem(p.leaf) + chainPemText(p);

export function keyPemText(p: ParsedMaterial, format: RsaKeyFormat = 'pkcs8'): string {
  // PKCS#1 exists only for RSA; EC keys stay PKCS#8, which every target that takes EC keys reads.
  const type = format === 'pkcs1' && p.key.asymmetricKeyType === 'rsa' ? 'pkcs1' : 'pkcs8';
  return String(p.key.export({ type, format: 'pem' }));
}

export const keyPkcs8Der = (p: ParsedMaterial): Buffer =>
  p.key.export({ type: 'pkcs8', format: 'der' });

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file-system-safe base name from the first domain: '*' becomes '_wildcard' (issue 6), anything
 * outside [A-Za-z0-9._-] becomes '_', and names Windows reserves get a prefix.
 */
export function fileBaseName(name: string): string {
  let s = name
    .trim()
    .toLowerCase()
    .replace(/\*/g, '_wildcard')
    .replace(/[^a-z0-9._-]/g, '_');
  s = s
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 200);
  if (s === '') s = 'certificate';
  if (WINDOWS_RESERVED.test(s.split('.')[0])) s = `_${s}`;
  return s;
}
