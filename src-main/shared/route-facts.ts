// Pure facts about the typed route contract (./route.ts) that every side needs at run time: keys,
// which secrets a route uses, labels. No zod here, so the renderer can import it (its bundle
// carries no schema library; the schemas are checked in main).
import type { DnsMode, HttpMode, Route } from './route.ts';

export const HTTP_MODES = [
  'builtin',
  'webroot',
  'manual',
  'sftp',
  'ftp',
] as const satisfies readonly HttpMode[];
export const DNS_MODES = [
  'manual',
  'rfc2136',
  'acme-dns',
  'exec',
  'cloudflare',
] as const satisfies readonly DnsMode[];

export type RouteKey = `http-01:${HttpMode}` | `dns-01:${DnsMode}` | 'tls-alpn-01';

export const routeKey = (r: Route): RouteKey =>
  r.type === 'http-01'
    ? `http-01:${r.httpMode}`
    : r.type === 'dns-01'
      ? `dns-01:${r.dnsMode}`
      : 'tls-alpn-01';

/** Every credential a route may use, by the name it is sealed under (per certificate). */
export const SECRET_NAMES = [
  'sftpPassword',
  'sftpPrivateKey',
  'sftpPassphrase',
  'ftpPassword',
  'tsigSecret',
  'acmeDnsAccounts',
  'cloudflareToken',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
/** Credentials given with a request: typed by name, so a misspelt one does not compile. */
export type RouteSecrets = Partial<Record<SecretName, string>>;
/** Which secrets each route uses; the engine offers a solver exactly these. */
export const ROUTE_SECRETS: { readonly [K in RouteKey]: readonly SecretName[] } = {
  'http-01:builtin': [],
  'http-01:webroot': [],
  'http-01:manual': [],
  'http-01:sftp': ['sftpPassword', 'sftpPrivateKey', 'sftpPassphrase'],
  'http-01:ftp': ['ftpPassword'],
  'dns-01:manual': [],
  'dns-01:rfc2136': ['tsigSecret'],
  'dns-01:acme-dns': ['acmeDnsAccounts'],
  'dns-01:exec': [],
  'dns-01:cloudflare': ['cloudflareToken'],
  'tls-alpn-01': [],
};

export const ROUTE_KEYS = Object.keys(ROUTE_SECRETS) as RouteKey[];

/** Only the secrets this route uses; anything else given with a request is dropped, not stored. */
export function secretsFor(r: Route, given: RouteSecrets | undefined): RouteSecrets {
  const out: RouteSecrets = {};
  for (const name of ROUTE_SECRETS[routeKey(r)]) {
    const v = given?.[name];
    if (v !== undefined && v !== '') out[name] = v;
  }
  return out;
}

/** Manual routes need a person at every renewal (R22: they cannot renew unattended). */
export const isInteractiveRoute = (r: Route): boolean =>
  (r.type === 'http-01' && r.httpMode === 'manual') ||
  (r.type === 'dns-01' && r.dnsMode === 'manual');

/** "http-01 (sftp)", "dns-01 (rfc2136)", "tls-alpn-01": for the CLI and logs. */
export const routeLabel = (r: Route): string =>
  r.type === 'http-01'
    ? `http-01 (${r.httpMode})`
    : r.type === 'dns-01'
      ? `dns-01 (${r.dnsMode})`
      : r.type;

/** An OpenSSH or PEM private key (not the .pub half, not a PuTTY .ppk). */
export const isPrivateKeyText = (text: string): boolean =>
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text);

/**
 * Where a route's credentials are used (issue 15, "change the route later"): the server and the
 * account or key name a password, TSIG secret or token belongs to. A stored credential follows
 * only its own destination: when this changes, the old one is not carried over to the new one.
 * Null for routes that use no credential.
 */
export function routeDestination(r: Route): string | null {
  const host = (h: string) => h.trim().toLowerCase();
  if (r.type === 'http-01' && (r.httpMode === 'sftp' || r.httpMode === 'ftp'))
    return `${r.httpMode}|${host(r.host)}|${r.user.trim()}`;
  if (r.type !== 'dns-01') return null;
  switch (r.dnsMode) {
    case 'rfc2136':
      return `rfc2136|${host(r.server)}|${r.tsigName.trim().toLowerCase()}`;
    case 'acme-dns':
      return `acme-dns|${host(r.server).replace(/\/+$/, '')}`;
    case 'cloudflare':
      return `cloudflare|${host(r.api ?? '').replace(/\/+$/, '')}`;
    default:
      return null;
  }
}

/** The same kind of route to the same destination: its stored credentials still apply. */
export const sameDestination = (a: Route, b: Route): boolean =>
  routeKey(a) === routeKey(b) &&
  routeDestination(a) !== null &&
  routeDestination(a) === routeDestination(b);

/**
 * A new login method replaces the old one's credentials on the same server: a typed SFTP
 * password drops a stored key (and its passphrase), a new key drops the password and the old
 * key's passphrase (a passphrase typed with it is kept, being typed).
 */
export const REPLACED_BY: Partial<Record<SecretName, readonly SecretName[]>> = {
  sftpPassword: ['sftpPrivateKey', 'sftpPassphrase'],
  sftpPrivateKey: ['sftpPassword', 'sftpPassphrase'],
};
