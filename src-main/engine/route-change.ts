// Issue 15 "change the route later": which sealed credentials of a certificate a new route keeps,
// which it gets anew and which go. Pure, so the rules are tested without a store:
// - only the secrets the new route uses are stored (secretsFor); everything else of this
//   certificate is dropped, so a route that no longer needs a password does not keep it;
// - a secret not typed again is kept only when the destination (server, account, key name) is
//   the same (sameDestination): a password follows only its own server;
// - a new SFTP login method replaces the old one's credentials (REPLACED_BY).
import {
  REPLACED_BY,
  ROUTE_SECRETS,
  routeKey,
  sameDestination,
  secretsFor,
  type RouteKey,
  type RouteSecrets,
  type SecretName,
} from '../shared/route-facts.ts';
import type { Route } from '../shared/route.ts';

export type RouteChangePlan = {
  /** Typed with this change: sealed anew. */
  seal: RouteSecrets;
  /** Stored and still valid for the new route: kept as they are. */
  keep: SecretName[];
  /** Stored for this certificate but not for the new route: removed from the store. */
  drop: SecretName[];
  /** Stored, used by the new route, but for another destination: the person must type them again. */
  notCarried: SecretName[];
};

export function planRouteChange(
  from: Route,
  to: Route,
  given: RouteSecrets | undefined,
  stored: readonly SecretName[],
): RouteChangePlan {
  const uses = ROUTE_SECRETS[routeKey(to)];
  const seal = secretsFor(to, given);
  const typed = Object.keys(seal) as SecretName[];
  const replaced = new Set(typed.flatMap((n) => REPLACED_BY[n] ?? []));
  const same = sameDestination(from, to);
  const candidates = stored.filter(
    (n) => uses.includes(n) && !typed.includes(n) && !replaced.has(n),
  );
  const keep = same ? candidates : [];
  const notCarried = same ? [] : candidates;
  const drop = stored.filter((n) => !keep.includes(n) && !typed.includes(n));
  return { seal, keep, drop, notCarried };
}

/** Which credentials a route cannot work without: one of each group. */
export const ROUTE_NEEDS: { readonly [K in RouteKey]?: readonly (readonly SecretName[])[] } = {
  'http-01:sftp': [['sftpPassword', 'sftpPrivateKey']],
  'http-01:ftp': [['ftpPassword']],
  'dns-01:rfc2136': [['tsigSecret']],
  'dns-01:cloudflare': [['cloudflareToken']],
};

/** The first group of needed credentials of which none is available, or null when all are there. */
export function missingCredential(
  to: Route,
  available: ReadonlySet<SecretName>,
): readonly SecretName[] | null {
  for (const group of ROUTE_NEEDS[routeKey(to)] ?? [])
    if (!group.some((n) => available.has(n))) return group;
  return null;
}

/** The credential as people call it, for sentences (English; the window translates the code). */
export const SECRET_LABELS: Record<SecretName, string> = {
  sftpPassword: 'SFTP password',
  sftpPrivateKey: 'SFTP private key',
  sftpPassphrase: 'passphrase of the SFTP key',
  ftpPassword: 'FTP password',
  tsigSecret: 'TSIG key secret',
  acmeDnsAccounts: 'acme-dns credentials',
  cloudflareToken: 'Cloudflare API token',
};

export const credentialWords = (names: readonly SecretName[]): string =>
  names.map((n) => SECRET_LABELS[n]).join(' or ');
