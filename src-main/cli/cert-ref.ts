// "certdesk show example.com": commands that take a certificate ID also take a name on it (issue
// 19). A name on several certificates is refused with the list, never guessed.
import { domainToASCII } from 'node:url';
import { CertdeskError } from '../shared/errors.ts';
import type { Engine } from '../engine/engine.ts';

const ascii = (n: string) => {
  const wild = n.startsWith('*.');
  const a = domainToASCII(wild ? n.slice(2) : n) || n;
  return (wild ? `*.${a}` : a).toLowerCase().replace(/\.$/, '');
};

/** The ID of the certificate `ref` means: its ID, or a name on exactly one certificate. */
export function resolveCertId(engine: Pick<Engine, 'listCertificates'>, ref: string): string {
  const certs = engine.listCertificates();
  if (certs.some((c) => c.id === ref)) return ref;
  const want = ascii(ref);
  const hits = certs.filter((c) => c.names.some((n) => ascii(n) === want));
  if (hits.length === 1) return hits[0].id;
  if (hits.length === 0)
    throw new CertdeskError(
      'not-found',
      `There is no certificate with the ID or name "${ref}". See the list with: certdesk list.`,
    );
  throw new CertdeskError(
    'invalid-input',
    `"${ref}" is on ${hits.length} certificates: ${hits
      .map((c) => `${c.id} (${c.names.join(', ')}; until ${c.notAfter ?? 'not issued'})`)
      .join('; ')}. Give the ID of the one you mean instead of the name.`,
  );
}
