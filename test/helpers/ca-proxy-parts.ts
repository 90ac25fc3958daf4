// Types and pure helpers of test/helpers/ca-proxy.ts (its header documents the API).
import { execFile } from 'node:child_process';

export type RequestKind =
  | 'directory'
  | 'newNonce'
  | 'newAccount'
  | 'newOrder'
  | 'account'
  | 'order'
  | 'authz'
  | 'challenge'
  | 'finalize'
  | 'certificate'
  | 'revokeCert'
  | 'keyChange'
  | 'renewalInfo'
  | 'other';

export type AcmeProblemDoc = {
  type: string;
  detail?: string;
  status?: number;
  identifier?: { type: string; value: string };
  subproblems?: AcmeProblemDoc[];
  [k: string]: unknown;
};

export type ProxiedRequest = {
  kind: RequestKind;
  method: string;
  /** Path and query, e.g. /order-plz. */
  path: string;
  /** Decoded JWS payload of a POST (undefined for GET and for POST-as-GET's empty payload). */
  payload?: Record<string, unknown>;
  /** Decoded JWS protected header (alg, kid or jwk, nonce, url). */
  protectedHeader?: Record<string, unknown>;
  /** Status sent back to the client (filled in once answered). */
  status?: number;
  /** True when a respond() rule or the proxy itself answered instead of Pebble. */
  answeredByProxy?: boolean;
  at: number;
};

export type NewOrderRecord = {
  identifiers: { type: string; value: string }[];
  profile?: string;
  replaces?: string;
  payload: Record<string, unknown>;
  /** The account URL (kid) that signed it. */
  kid?: string;
  status?: number;
};

export type RenewalInfoAnswer = {
  start: string | Date;
  end: string | Date;
  explanationURL?: string;
  /** Seconds, sent as Retry-After (RFC 9773 section 4.3). */
  retryAfter?: number;
};

export type KnownCertificate = {
  certId: string;
  pem: string;
  notBefore: Date;
  notAfter: Date;
  sans: string;
};

export type ProxyAnswer = {
  status: number;
  problem?: AcmeProblemDoc;
  body?: unknown;
  headers?: Record<string, string>;
};

export type ProxyMatch = {
  kind?: RequestKind;
  when?: (r: ProxiedRequest) => boolean;
  /** Answer this many matching requests, then forward again. Default: every one. */
  times?: number;
};

export type CaProxyOptions = {
  profiles?: Record<string, string>;
  ipProfiles?: string[];
  renewalInfo?: boolean;
  meta?: Record<string, unknown>;
};

export type CaProxy = {
  directoryUrl: string;
  origin: string;
  port: number;
  /** Trust this for the proxy's HTTPS (the same test CA as Pebble's). */
  caCertPem: string;
  caCertPath: string;
  requests: ProxiedRequest[];
  newOrders: NewOrderRecord[];
  certificates: Map<string, KnownCertificate>;
  configure(opts: CaProxyOptions): void;
  setRenewalInfo(certId: string, answer: RenewalInfoAnswer | null): void;
  respond(match: ProxyMatch, answer: ProxyAnswer): () => void;
  /** Forget recorded requests and orders (rules and settings stay). */
  clearRecords(): void;
  stop(): Promise<void>;
};

// Pebble 2.4's fixed paths (wfe.go) for the objects that are not in the directory.
export const PATH_KINDS: [RegExp, RequestKind][] = [
  [/^\/my-account\//, 'account'],
  [/^\/my-order\//, 'order'],
  [/^\/authZ\//, 'authz'],
  [/^\/chalZ\//, 'challenge'],
  [/^\/finalize-order\//, 'finalize'],
  [/^\/certZ\//, 'certificate'],
];
export const RENEWAL_INFO_PATH = '/renewal-info/';

export const b64json = (s: unknown): Record<string, unknown> | undefined => {
  if (typeof s !== 'string' || s === '') return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const opensslOut = (args: string[], input: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const c = execFile('openssl', args, (err, stdout, stderr) =>
      err ? reject(new Error(`openssl: ${String(stderr) || err.message}`)) : resolve(stdout),
    );
    c.stdin?.end(input);
  });

/**
 * RFC 9773 section 4.1 certID, computed with openssl (not with Certdesk's own DER reader, so a test
 * comparing the two checks the engine against an independent implementation).
 */
export async function certIdWithOpenssl(leafPem: string): Promise<string> {
  const out = await opensslOut(
    ['x509', '-noout', '-serial', '-ext', 'authorityKeyIdentifier'],
    leafPem,
  );
  const serialHex = /serial=([0-9A-Fa-f]+)/.exec(out)?.[1] ?? '';
  const aki = /keyid:([0-9A-Fa-f:]+)|\n\s+([0-9A-F]{2}(?::[0-9A-F]{2})+)/.exec(out);
  const akiHex = (aki?.[1] ?? aki?.[2] ?? '').replace(/:/g, '');
  if (!serialHex || !akiHex) throw new Error(`no serial or AKI in:\n${out}`);
  let serial = Buffer.from(serialHex.length % 2 ? `0${serialHex}` : serialHex, 'hex');
  // The DER INTEGER content: a leading zero byte keeps a high-bit serial positive.
  if (serial[0] & 0x80) serial = Buffer.concat([Buffer.from([0]), serial]);
  return `${Buffer.from(akiHex, 'hex').toString('base64url')}.${serial.toString('base64url')}`;
}

/** What Let's Encrypt answers for an unknown profile, or an IP outside the IP profiles. */
export function checkOrder(o: NewOrderRecord, opts: CaProxyOptions): AcmeProblemDoc | null {
  if (o.profile !== undefined && opts.profiles && !(o.profile in opts.profiles))
    return {
      type: 'urn:ietf:params:acme:error:invalidProfile',
      detail: `profile "${o.profile}" is not one of: ${Object.keys(opts.profiles).join(', ')}`,
    };
  const ip = o.identifiers.find((i) => i.type === 'ip');
  if (ip && opts.ipProfiles && !(o.profile && opts.ipProfiles.includes(o.profile)))
    return {
      type: 'urn:ietf:params:acme:error:rejectedIdentifier',
      detail: `IP address identifiers are only allowed with the ${opts.ipProfiles.join(', ')} profile`,
      identifier: ip,
    };
  return null;
}
