// ACME Renewal Information (RFC 9773): the certID of a certificate, the unauthenticated GET of its
// suggested renewal window, and the random choice of a time inside it. acme-client 5.4 has no ARI.
import { X509Certificate } from 'node:crypto';
import { CertdeskError } from '../../shared/errors.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/durations.ts';
import { caGet, type CaConnection } from '../acme/client.ts';
import { parseRetryAfter } from '../acme/problems.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { Random } from '../ports.ts';

/** RFC 9773 section 4.3: without Retry-After, ask again in a few hours. */
export const ARI_DEFAULT_RECHECK_MS = 6 * HOUR_MS;
/** Bounds on a CA's Retry-After for ARI: not more often than this, not less often than daily. */
export const ARI_MIN_RECHECK_MS = 1 * MINUTE_MS;
export const ARI_MAX_RECHECK_MS = DAY_MS;

type Tlv = { tag: number; start: number; end: number; contentStart: number };

/** One DER TLV at `pos` (definite lengths only, as DER requires). */
function readTlv(buf: Buffer, pos: number): Tlv {
  if (pos + 2 > buf.length) throw new Error('truncated DER');
  const tag = buf[pos];
  let len = buf[pos + 1];
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > buf.length) throw new Error('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i];
    p += n;
  }
  if (p + len > buf.length) throw new Error('truncated DER');
  return { tag, start: pos, contentStart: p, end: p + len };
}

function children(buf: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let p = parent.contentStart; p < parent.end;) {
    const t = readTlv(buf, p);
    out.push(t);
    p = t.end;
  }
  return out;
}

const OID_AKI = Buffer.from([0x55, 0x1d, 0x23]); // 2.5.29.35 authorityKeyIdentifier

/** The AKI keyIdentifier and the serial's DER content bytes (leading zero included) of a certificate. */
export function certIdParts(der: Buffer): { keyIdentifier: Buffer | null; serial: Buffer } {
  const cert = readTlv(der, 0);
  const tbs = readTlv(der, cert.contentStart);
  const fields = children(der, tbs);
  let i = 0;
  if (fields[0]?.tag === 0xa0) i = 1; // [0] EXPLICIT version
  const serialTlv = fields[i];
  if (!serialTlv || serialTlv.tag !== 0x02) throw new Error('no serial number');
  const serial = der.subarray(serialTlv.contentStart, serialTlv.end);
  let keyIdentifier: Buffer | null = null;
  const extsWrapper = fields.find((f) => f.tag === 0xa3); // [3] EXPLICIT Extensions
  if (extsWrapper) {
    const exts = readTlv(der, extsWrapper.contentStart);
    for (const ext of children(der, exts)) {
      const parts = children(der, ext);
      const oid = parts[0];
      if (!oid || oid.tag !== 0x06 || !der.subarray(oid.contentStart, oid.end).equals(OID_AKI))
        continue;
      const value = parts[parts.length - 1]; // OCTET STRING holding AuthorityKeyIdentifier
      const aki = readTlv(der, value.contentStart);
      const kid = children(der, aki).find((c) => c.tag === 0x80); // [0] IMPLICIT KeyIdentifier
      if (kid) keyIdentifier = Buffer.from(der.subarray(kid.contentStart, kid.end));
    }
  }
  return { keyIdentifier, serial: Buffer.from(serial) };
}

/** RFC 9773 section 4.1: base64url(AKI keyIdentifier) "." base64url(serial number DER content). */
export function certIdFromParts(keyIdentifier: Buffer, serial: Buffer): string {
  return `${keyIdentifier.toString('base64url')}.${serial.toString('base64url')}`;
}

/** The certID of a PEM certificate (the leaf of a chain), or null when it has no AKI key identifier. */
export function ariCertId(certPem: string): string | null {
  const der = new X509Certificate(certPem).raw;
  const { keyIdentifier, serial } = certIdParts(der);
  return keyIdentifier ? certIdFromParts(keyIdentifier, serial) : null;
}

export type RenewalInfo = {
  windowStart: string;
  windowEnd: string;
  explanationUrl?: string;
  /** When to ask again (ISO), from Retry-After within bounds, or the default. */
  nextCheckAt: string;
};

export type FetchRenewalInfoOptions = {
  /** Extra root for the CA's HTTPS (a local test CA), as for the ACME client. */
  caCertPem?: string;
  timeoutMs?: number;
  now?: number;
  /** The directory URL, for the same-origin rule of plain-HTTP test CAs. Default: the ARI URL. */
  directoryUrl?: string;
};

/** GET <renewalInfo>/<certID> without authentication (RFC 9773 section 4.2). */
export async function fetchRenewalInfo(
  renewalInfoUrl: string,
  certId: string,
  opts: FetchRenewalInfoOptions = {},
): Promise<RenewalInfo> {
  const now = opts.now ?? Date.now();
  const url = `${renewalInfoUrl.replace(/\/+$/, '')}/${certId}`;
  const conn: CaConnection = {
    directoryUrl: opts.directoryUrl ?? renewalInfoUrl,
    ...(opts.caCertPem ? { caCertPem: opts.caCertPem } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  };
  const resp = await caGet(conn, url);
  if (resp.status !== 200) {
    throw new CertdeskError(
      'ca-misbehaved',
      `The CA's renewal information service answered HTTP ${resp.status}. Certdesk keeps its own renewal schedule.`,
      { retryable: true, detail: `GET ${url}` },
    );
  }
  let body: unknown = resp.data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      /* checked below */
    }
  }
  const w = (body as { suggestedWindow?: { start?: unknown; end?: unknown } } | undefined)
    ?.suggestedWindow;
  const start = typeof w?.start === 'string' ? Date.parse(w.start) : NaN;
  const end = typeof w?.end === 'string' ? Date.parse(w.end) : NaN;
  // Section 4.2: a window whose end is not after its start is invalid; treat as no answer.
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    throw new CertdeskError(
      'ca-misbehaved',
      "The CA's renewal information had no usable window. Certdesk keeps its own renewal schedule.",
      { retryable: true, detail: `GET ${url}: ${JSON.stringify(body).slice(0, 200)}` },
    );
  }
  const explanation = (body as { explanationURL?: unknown }).explanationURL;
  const ra = parseRetryAfter(resp.headers['retry-after'], now);
  const wait = ra
    ? Math.min(Math.max(Date.parse(ra) - now, ARI_MIN_RECHECK_MS), ARI_MAX_RECHECK_MS)
    : ARI_DEFAULT_RECHECK_MS;
  return {
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(end).toISOString(),
    ...(typeof explanation === 'string' && /^https?:\/\//.test(explanation)
      ? { explanationUrl: explanation }
      : {}),
    nextCheckAt: new Date(now + wait).toISOString(),
  };
}

/**
 * The new `cert.ari` after an answer: the chosen time is kept while the window is unchanged
 * (section 4.2: pick once at random, uniformly inside the window); a window that moved earlier
 * is marked so the notifier can tell the person (issue 5, R23).
 */
export function applyRenewalInfo(
  prev: StoredCertificate['ari'] | undefined,
  info: RenewalInfo,
  certId: string,
  now: number,
  random: Random,
): NonNullable<StoredCertificate['ari']> {
  const same =
    prev &&
    prev.certId === certId &&
    prev.windowStart === info.windowStart &&
    prev.windowEnd === info.windowEnd;
  const start = Date.parse(info.windowStart);
  const end = Date.parse(info.windowEnd);
  const chosenAt = same
    ? prev.chosenAt
    : new Date(Math.floor(start + random() * (end - start))).toISOString();
  const movedEarlier =
    !!prev && prev.certId === certId && !same && start < Date.parse(prev.windowStart);
  const movedEarlierAt = movedEarlier
    ? new Date(now).toISOString()
    : prev && prev.certId === certId
      ? prev.movedEarlierAt
      : undefined;
  return {
    windowStart: info.windowStart,
    windowEnd: info.windowEnd,
    chosenAt,
    certId,
    checkedAt: new Date(now).toISOString(),
    retryAfter: info.nextCheckAt,
    ...(info.explanationUrl ? { explanationUrl: info.explanationUrl } : {}),
    ...(movedEarlierAt ? { movedEarlierAt } : {}),
  };
}
