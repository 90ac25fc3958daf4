// Facts read from a certificate (R1, R20: lifetimes come from the certificate itself).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { CertdeskError } from '../shared/errors.ts';

export type CertInfo = {
  notBefore: string;
  notAfter: string;
  serial: string;
  issuer: string;
  names: string[];
  chainIssuers: string[];
};

export function splitPem(chainPem: string): string[] {
  return (
    chainPem
      .match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
      ?.map((s) => s + '\n') ?? []
  );
}

const cn = (dn: string): string => {
  const m = /(?:^|\n)CN=([^\n]+)/.exec(dn);
  return m ? m[1] : dn.split('\n').join(', ');
};

/** An IP SAN as names.ts spells it: IPv6 compressed, lower case (RFC 5952). */
const ipSan = (ip: string): string =>
  ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;

export function certInfo(chainPem: string): CertInfo {
  const pems = splitPem(chainPem);
  if (pems.length === 0)
    throw new CertdeskError('ca-misbehaved', 'The CA sent no certificate. Try again later.');
  const certs = pems.map((p) => new X509Certificate(p));
  const leaf = certs[0];
  const names = (leaf.subjectAltName ?? '')
    .split(/,\s*/)
    .flatMap((s) =>
      s.startsWith('DNS:')
        ? [s.slice(4).toLowerCase()]
        : s.startsWith('IP Address:')
          ? [ipSan(s.slice(11))]
          : [],
    );
  return {
    notBefore: new Date(leaf.validFrom).toISOString(),
    notAfter: new Date(leaf.validTo).toISOString(),
    serial: leaf.serialNumber.toLowerCase(),
    issuer: cn(leaf.issuer),
    names,
    // Every issuer up the chain, the root's name included (the last certificate's issuer).
    chainIssuers: certs.map((c) => cn(c.issuer)),
  };
}

/** A certificate that does not match our key or our names is never stored as valid (issue 8). */
export function verifyIssued(chainPem: string, keyPem: string, names: readonly string[]): CertInfo {
  const pems = splitPem(chainPem);
  const info = certInfo(chainPem);
  const leaf = new X509Certificate(pems[0]);
  if (!leaf.checkPrivateKey(createPrivateKey(keyPem))) {
    throw new CertdeskError(
      'ca-misbehaved',
      "The CA sent a certificate that does not match this request's private key. It was not saved; try again.",
      { retryable: true },
    );
  }
  const missing = names.filter((n) => !info.names.includes(n));
  if (missing.length) {
    throw new CertdeskError(
      'ca-misbehaved',
      `The CA sent a certificate without ${missing.join(', ')}. It was not saved; try again.`,
      { retryable: true, detail: `certificate names: ${info.names.join(', ')}` },
    );
  }
  for (let i = 0; i + 1 < pems.length; i++) {
    if (!new X509Certificate(pems[i]).checkIssued(new X509Certificate(pems[i + 1]))) {
      throw new CertdeskError(
        'ca-misbehaved',
        'The CA sent a certificate chain whose parts do not belong together. It was not saved; try again.',
        { retryable: true },
      );
    }
  }
  return info;
}
