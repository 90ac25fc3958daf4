// Rebuilding a certificate's record from what its folder still holds (issue 22): when
// certificate.json and its last good generation are both unreadable, the newest version folder's
// chain.pem says the names, dates, serial and issuers, and key.sealed is the key. What only the
// record knew (how the CA reaches the server, its secrets, the history, the export targets) is
// named as missing, so the person is told exactly what to set again.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { KeyType } from '../shared/types.ts';
import type { StoredAccount, StoredCertificate } from './schema.ts';

export type Rebuilt = { certificate: StoredCertificate; version: string; missing: string[] };

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function keyTypeOf(x: X509Certificate): KeyType {
  const d = x.publicKey.asymmetricKeyDetails ?? {};
  if (x.publicKey.asymmetricKeyType === 'ec')
    return d.namedCurve === 'secp384r1' ? 'ec384' : 'ec256';
  const bits = d.modulusLength ?? 2048;
  return bits >= 4096 ? 'rsa4096' : bits >= 3072 ? 'rsa3072' : 'rsa2048';
}

function namesOf(x: X509Certificate): string[] {
  const names = (x.subjectAltName ?? '')
    .split(', ')
    .map((s) => /^(?:DNS|IP Address):(.+)$/.exec(s)?.[1])
    .filter((s): s is string => !!s);
  const cn = /CN=([^\n]+)/.exec(x.subject)?.[1];
  return names.length > 0 ? names : cn ? [cn] : [];
}

const cnOf = (dn: string): string => /CN=([^\n]+)/.exec(dn)?.[1] ?? dn.split('\n')[0] ?? dn;

/** The version folders of one certificate whose chain.pem parses, newest first. */
export function readableVersions(
  certDir: string,
): { version: string; chain: X509Certificate[]; hasKey: boolean }[] {
  let entries: string[];
  try {
    entries = readdirSync(certDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
  const out: { version: string; chain: X509Certificate[]; hasKey: boolean }[] = [];
  for (const version of entries) {
    const dir = path.join(certDir, version);
    try {
      const pems = readFileSync(path.join(dir, 'chain.pem'), 'utf8').match(PEM_CERT) ?? [];
      if (pems.length === 0) continue;
      const chain = pems.map((p) => new X509Certificate(p));
      out.push({ version, chain, hasKey: existsSync(path.join(dir, 'key.sealed')) });
    } catch {
      /* a damaged or missing chain.pem: this version says nothing */
    }
  }
  return out.sort((a, b) => Date.parse(b.chain[0].validTo) - Date.parse(a.chain[0].validTo));
}

/**
 * A record for certificate `id` from its newest readable version, or null when no version folder
 * holds a readable certificate. `keyOpens` says whether that version's sealed key opens.
 */
export function rebuildRecord(
  dataDir: string,
  id: string,
  accounts: Record<string, StoredAccount>,
  keyOpens: (id: string, version: string) => boolean,
  now: Date,
): Rebuilt | null {
  const versions = readableVersions(path.join(dataDir, 'certs', id));
  const newest = versions[0];
  if (!newest) return null;
  const leaf = newest.chain[0];
  const missing = ['route', 'route secrets', 'history', 'export destinations'];
  // One account: it is the one that got the certificate. Several: the person says which.
  const ids = Object.keys(accounts);
  if (ids.length !== 1) missing.unshift('account');
  if (!newest.hasKey || !keyOpens(id, newest.version)) missing.push('private key');
  const notBefore = new Date(leaf.validFrom).toISOString();
  const certificate: StoredCertificate = {
    id,
    names: namesOf(leaf),
    accountId: ids.length === 1 ? ids[0] : '',
    keyType: keyTypeOf(leaf),
    // Unknown: manual asks the person, so nothing is sent anywhere until they choose the route.
    challenge: { type: 'http-01', httpMode: 'manual' },
    createdAt: notBefore,
    current: {
      version: newest.version,
      notBefore,
      notAfter: new Date(leaf.validTo).toISOString(),
      serial: leaf.serialNumber.toLowerCase(),
      issuer: cnOf(leaf.issuer),
      chainIssuers: newest.chain.map((c) => cnOf(c.issuer)),
      issuedAt: notBefore,
    },
    previous: null,
    attempts: [],
    exports: [],
    healed: { at: now.toISOString(), from: 'certificate-files', missing },
  };
  return { certificate, version: newest.version, missing };
}
