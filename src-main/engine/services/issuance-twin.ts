// R17 dual certificates (issue 18): the RSA twin of an ECDSA certificate is ordered right after
// it, for the same names and by the same route (the authorizations just validated usually carry
// over), with its own key; the caller keeps nothing unless both arrive.
import { said } from '../../shared/engine-text.ts';
import type { StoredCertificate, StoredVersion } from '../../storage/schema.ts';
import type { Storage } from '../../storage/port.ts';
import { splitPem } from '../cert-info.ts';
import { issueOrder, type IssueInput, type IssueOutput } from '../issue.ts';
import { sameKey } from '../keys.ts';
import type { Logger } from '../ports.ts';
import { ariCertId } from '../renewal/ari.ts';

/** What both orders of one run share: the CA, the account, the names, the route. */
export type OrderBase = Omit<IssueInput, 'keyType' | 'keyPem' | 'replaces'>;

export async function orderTwin(
  base: OrderBase,
  cert: StoredCertificate,
  storage: Storage,
  accountKey: string,
  sendReplaces: boolean,
): Promise<IssueOutput | null> {
  const tw = cert.twin;
  if (!tw) return null;
  base.progress({ step: 'order', ...said('dual.second', { keyType: tw.keyType }) });
  let keyPem: string | undefined;
  if (cert.reuseKey && tw.current)
    keyPem = (await storage.readVersion(cert.id, tw.current.version)).keyPem;
  // R17: never the account key as a certificate key.
  if (keyPem && sameKey(keyPem, accountKey)) keyPem = undefined;
  // RFC 9773 section 5: the twin's renewal names the twin it replaces, as the first order does.
  const replaces = sendReplaces ? tw.current?.ariCertId : undefined;
  return issueOrder({
    ...base,
    keyType: tw.keyType,
    ...(keyPem ? { keyPem } : {}),
    ...(replaces ? { replaces } : {}),
  });
}

/** The stored facts of one issued certificate, with its RFC 9773 certID when it can be read. */
export function storedVersion(
  version: string,
  out: IssueOutput,
  at: string,
  log: Logger,
): StoredVersion {
  let certId: string | null = null;
  try {
    certId = ariCertId(splitPem(out.chainPem)[0]);
  } catch (e) {
    log.warn('no ARI certID for the new certificate', { version, error: (e as Error).message });
  }
  return {
    version,
    notBefore: out.info.notBefore,
    notAfter: out.info.notAfter,
    serial: out.info.serial,
    issuer: out.info.issuer,
    chainIssuers: out.info.chainIssuers,
    issuedAt: at,
    ...(certId ? { ariCertId: certId } : {}),
  };
}
