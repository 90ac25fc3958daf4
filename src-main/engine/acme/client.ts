// A thin wrapper around acme-client 5.4 that (1) trusts an extra CA only for this client,
// (2) keeps the ACME problem document that acme-client drops, (3) reuses the Replay-Nonce of every
// response instead of a HEAD newNonce before each POST (RFC 8555 section 7.2), (4) bounds time and
// size of every CA answer and refuses redirects (a misbehaving CA must not hang or flood us).
// The transport (Node's https, trust, deadline, size cap) is ca-http.ts.
import acme from 'acme-client';
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import { textFromEnglish } from '../history-text.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import { problemToError, parseRetryAfter, type AcmeProblem } from './problems.ts';
import {
  DEFAULT_TIMEOUT_MS,
  assertSameOrigin,
  networkError,
  sendRequest,
  type AxiosLikeResponse,
} from './ca-http.ts';

export { MAX_CA_RESPONSE_BYTES } from './ca-http.ts';

export type CaConnection = {
  directoryUrl: string;
  /** Extra root(s) to trust for the CA's own HTTPS, e.g. a local test CA. Not added globally. */
  caCertPem?: string;
  timeoutMs?: number;
};

export type AcmeDirectory = {
  newNonce: string;
  newAccount: string;
  newOrder: string;
  revokeCert?: string;
  keyChange?: string;
  renewalInfo?: string;
  meta?: {
    termsOfService?: string;
    website?: string;
    caaIdentities?: string[];
    externalAccountRequired?: boolean;
    profiles?: Record<string, string>;
  };
};

type HttpInternals = {
  maxBadNonceRetries: number;
  request(url: string, method: string, opts?: Record<string, unknown>): Promise<AxiosLikeResponse>;
  getNonce(): Promise<string>;
  getDirectory(): Promise<AcmeDirectory>;
};

// Transient failures are retried here, briefly; rate limits surface at once (see ca-http.ts).
const RETRY_DELAYS_MS = [300, 1500];
export const MAX_BAD_NONCE_RETRIES = 20;

export type WrappedClient = {
  client: acme.Client;
  /** The last problem document the CA sent, with its Retry-After. */
  lastProblem(): { problem: AcmeProblem; retryAfter?: string } | null;
  directory(): Promise<AcmeDirectory>;
  /** How many HTTP requests this client sent (benchmarks compare it with certbot and lego). */
  requestCount(): number;
  /** Turn whatever acme-client threw into a CertdeskError with a stable code. */
  toError(e: unknown, fallback: string): CertdeskError;
};

export function createClient(
  conn: CaConnection,
  accountKeyPem: string,
  opts: { accountUrl?: string; eab?: { kid: string; hmacKey: string } } = {},
): WrappedClient {
  const client = new acme.Client({
    directoryUrl: conn.directoryUrl,
    accountKey: accountKeyPem,
    ...(opts.accountUrl ? { accountUrl: opts.accountUrl } : {}),
    ...(opts.eab
      ? { externalAccountBinding: { kid: opts.eab.kid, hmacKey: opts.eab.hmacKey } }
      : {}),
    // We poll ourselves (issue.ts); these only bound acme-client's own waits if any are used.
    backoffAttempts: 12,
    backoffMin: 200,
    backoffMax: 5 * SECOND_MS,
  });
  const httpClient = (client as unknown as { http: HttpInternals }).http;
  // RFC 8555 section 6.5: a badNonce answer carries a fresh nonce to retry with. acme-client gives
  // up after 5 retries, so a CA rejecting half the nonces (Pebble's PEBBLE_WFE_NONCEREJECT=50)
  // failed 1 request in 64, about one issuance in four (issue 8). 20 makes that 1 in 2 million
  // and still ends a loop against a CA that rejects every nonce.
  httpClient.maxBadNonceRetries = MAX_BAD_NONCE_RETRIES;
  const timeout = conn.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Every response carries a fresh Replay-Nonce (RFC 8555 section 7.2): keep a small pool so
  // parallel POSTs rarely need a HEAD newNonce of their own.
  const nonces: string[] = [];
  let last: { problem: AcmeProblem; retryAfter?: string } | null = null;
  let count = 0;

  httpClient.request = async (url, method, reqOpts = {}) => {
    assertSameOrigin(conn.directoryUrl, url);
    let resp: AxiosLikeResponse | undefined;
    for (let attempt = 0; ; attempt++) {
      count += 1;
      try {
        resp = await sendRequest(
          url,
          method,
          {
            ...reqOpts,
            headers: {
              ...(reqOpts.headers as object | undefined),
              ...(method !== 'get' && method !== 'head'
                ? { 'content-type': 'application/jose+json' }
                : {}),
            },
          },
          conn.caCertPem,
          timeout,
        );
      } catch (e) {
        const err = networkError(e, conn.directoryUrl);
        if (!err.retryable || err.code === 'timeout' || attempt >= RETRY_DELAYS_MS.length)
          throw err;
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      // 5xx is worth one more try (a POST is re-signed with a fresh nonce by acme-client's caller).
      if (resp.status >= 500 && method === 'get' && attempt < RETRY_DELAYS_MS.length) {
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      break;
    }
    if (!resp) throw textError('ca-unreachable', text('failure.caNoAnswer'), { retryable: true });
    const n = resp.headers['replay-nonce'];
    // acme-client retries a badNonce answer with that answer's own nonce: pooling it too would
    // spend it twice and set off a cascade of badNonce errors.
    const badNonce =
      resp.status === 400 &&
      (resp.data as AcmeProblem | undefined)?.type === 'urn:ietf:params:acme:error:badNonce';
    if (n && !badNonce) {
      nonces.push(n);
      if (nonces.length > 32) nonces.shift();
    }
    if (resp.status >= 400) {
      const data = resp.data as AcmeProblem | undefined;
      const problem: AcmeProblem =
        data && typeof data === 'object' && typeof data.type === 'string'
          ? data
          : { status: resp.status, detail: `HTTP ${resp.status} from ${url}` };
      last = {
        problem: { ...problem, status: resp.status },
        retryAfter: parseRetryAfter(resp.headers['retry-after'], Date.now()),
      };
    }
    if (resp.status >= 300 && resp.status < 400) {
      throw textError('ca-misbehaved', text('failure.caRedirect'), {
        retryable: false,
        detail: `${resp.status} ${method.toUpperCase()} ${url} -> ${resp.headers.location ?? '?'}`,
      });
    }
    if (
      resp.status < 300 &&
      typeof resp.data === 'string' &&
      method !== 'head' &&
      !/\/cert|certificate/i.test(url) &&
      looksLikeJsonExpected(resp)
    ) {
      throw textError('ca-misbehaved', text('failure.caNotJson'), {
        retryable: true,
        detail: `${method.toUpperCase()} ${url}: content-type ${resp.headers['content-type'] ?? 'none'}`,
      });
    }
    return resp;
  };
  const originalGetNonce = httpClient.getNonce.bind(httpClient);
  httpClient.getNonce = async () => {
    // The newest first: an old nonce is likelier to have expired at the CA.
    return nonces.pop() ?? originalGetNonce();
  };

  return {
    client,
    lastProblem: () => last,
    requestCount: () => count,
    directory: async () => {
      const dir = await httpClient.getDirectory();
      if (
        !dir ||
        typeof dir !== 'object' ||
        typeof dir.newOrder !== 'string' ||
        typeof dir.newAccount !== 'string'
      ) {
        throw textError('ca-misbehaved', text('failure.notDirectory'), {
          detail: conn.directoryUrl,
        });
      }
      return dir;
    },
    toError(e, fallback) {
      if (e instanceof CertdeskError) return e;
      const msg = e instanceof Error ? e.message : String(e);
      if (
        last &&
        (!last.problem.detail ||
          msg.includes(last.problem.detail.replace(/\n/g, '')) ||
          msg === '' ||
          /HTTP \d+/.test(last.problem.detail ?? ''))
      ) {
        return problemToError(last.problem, last.retryAfter);
      }
      if (/directory returned error|Unable to locate API resource URL/.test(msg)) {
        return textError('ca-misbehaved', text('failure.notDirectory'), { detail: msg });
      }
      // The callers' fallbacks are English ("Certdesk could not create the order."): a sentence
      // Certdesk knows (failure.couldNot and its phrases) goes with its Text (issue 18).
      const said = textFromEnglish(fallback);
      return said
        ? textError('internal', said, { retryable: true, detail: msg, english: fallback })
        : new CertdeskError('internal', fallback, { retryable: true, detail: msg });
    },
  };
}

function looksLikeJsonExpected(resp: AxiosLikeResponse): boolean {
  const ct = resp.headers['content-type'] ?? '';
  return !/pem-certificate-chain|text\/plain/.test(ct);
}

/**
 * One unauthenticated GET at the CA with the same trust, deadline, size cap and no-redirect rule as
 * the ACME client (for ARI, RFC 9773, which acme-client 5.4 does not know).
 */
export async function caGet(
  conn: CaConnection,
  url: string,
): Promise<{ status: number; headers: Record<string, string | undefined>; data: unknown }> {
  assertSameOrigin(conn.directoryUrl, url);
  try {
    return await sendRequest(url, 'get', {}, conn.caCertPem, conn.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (e) {
    throw networkError(e, url);
  }
}
