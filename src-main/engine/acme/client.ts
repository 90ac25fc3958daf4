// A thin wrapper around acme-client 5.4 that (1) trusts an extra CA only for this client,
// (2) keeps the ACME problem document that acme-client drops, (3) reuses the Replay-Nonce of every
// response instead of a HEAD newNonce before each POST (RFC 8555 section 7.2), (4) bounds time and
// size of every CA answer and refuses redirects (a misbehaving CA must not hang or flood us).
import https from 'node:https';
import tls from 'node:tls';
import acme from 'acme-client';
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import { problemToError, parseRetryAfter, type AcmeProblem } from './problems.ts';
import { blameProxy, proxyErrorIn, proxySentence, requestRoute } from '../net/proxy.ts';

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

type AxiosLikeResponse = {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
};
type HttpInternals = {
  maxBadNonceRetries: number;
  request(url: string, method: string, opts?: Record<string, unknown>): Promise<AxiosLikeResponse>;
  getNonce(): Promise<string>;
  getDirectory(): Promise<AcmeDirectory>;
};

export const MAX_CA_RESPONSE_BYTES = 4 * 1024 * 1024;
// acme-client's own interceptor retries network errors five times with growing sleeps and sleeps
// out a 429's Retry-After inside the request (hours, for a rate limit). We surface rate limits at
// once with their Retry-After and retry transient failures ourselves, briefly.
// Worse, once it stops retrying it crashes on `response.config` of an undefined response, masking
// every network error. So requests bypass its axios instance: Node's https, with a deadline for the
// whole answer (slow drips included), a size cap, and no redirects.
const RETRY_DELAYS_MS = [300, 1500];
export const MAX_BAD_NONCE_RETRIES = 20;
const USER_AGENT = 'Certdesk/0.1 (acme-client 5.4)';

function sendRequest(
  url: string,
  method: string,
  reqOpts: Record<string, unknown>,
  caCertPem: string | undefined,
  timeoutMs: number,
): Promise<AxiosLikeResponse> {
  const u = new URL(url);
  // Directly, or through the proxy of Settings / HTTPS_PROXY (issue 19), with the same trust.
  const route = requestRoute(u, {
    agent: agentFor(caCertPem) ?? defaultAgent,
    agentKey: caCertPem ?? '',
    agentOptions: caCertPem ? { secureContext: secureContextFor(caCertPem) } : {},
  });
  const data = reqOpts.data;
  const body =
    data === undefined || data === null
      ? undefined
      : typeof data === 'string'
        ? data
        : JSON.stringify(data);
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/json, application/pem-certificate-chain, */*',
    ...(reqOpts.headers as Record<string, string> | undefined),
  };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = route.request(
      route.url,
      {
        ...route.options,
        method: method.toUpperCase(),
        headers: { ...headers, ...(route.options.headers as Record<string, string> | undefined) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_CA_RESPONSE_BYTES)
            req.destroy(
              Object.assign(
                new Error(`maxContentLength of ${MAX_CA_RESPONSE_BYTES} bytes exceeded`),
                { code: 'ERR_TOO_LARGE' },
              ),
            );
          else chunks.push(c);
        });
        res.on('end', () => {
          clearTimeout(deadline);
          const text = Buffer.concat(chunks).toString('utf8');
          const type = String(res.headers['content-type'] ?? '');
          let parsed: unknown = text;
          if (/json/.test(type) && text) {
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
          }
          const flat: Record<string, string | undefined> = {};
          for (const [k, v] of Object.entries(res.headers))
            flat[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({
            status: res.statusCode ?? 0,
            headers: flat,
            data: text === '' ? undefined : parsed,
          });
        });
        res.on('error', reject);
      },
    );
    const deadline = setTimeout(
      () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
    req.on('error', (e) => {
      clearTimeout(deadline);
      reject(blameProxy(route, u, e));
    });
    req.end(body);
  });
}
const DEFAULT_TIMEOUT_MS = 30 * SECOND_MS;

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

const agents = new Map<string, https.Agent>();
const contexts = new Map<string, tls.SecureContext>();
function secureContextFor(caCertPem: string): tls.SecureContext {
  // The system roots plus the extra one: only for requests of clients made with this option.
  // One secure context, made once: passing `ca` instead made Node build a context from ~150
  // roots for every connection and hash their text into the pool key of every request, which
  // blocked the event loop for up to 0.6 s during 50 concurrent issuances.
  let c = contexts.get(caCertPem);
  if (!c) {
    c = tls.createSecureContext({ ca: [...tls.rootCertificates, caCertPem] });
    contexts.set(caCertPem, c);
  }
  return c;
}
function agentFor(caCertPem: string | undefined): https.Agent | undefined {
  if (!caCertPem) return undefined;
  let agent = agents.get(caCertPem);
  if (!agent) {
    const secureContext = secureContextFor(caCertPem);
    agent = new https.Agent({ keepAlive: true, secureContext, maxSockets: 8 });
    agents.set(caCertPem, agent);
  }
  return agent;
}
// At most 8 connections to one CA: polite to it, and fewer TLS handshakes at once on our event loop.
const defaultAgent = new https.Agent({ keepAlive: true, maxSockets: 8 });

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
    if (!resp)
      throw new CertdeskError('ca-unreachable', 'No answer from the CA.', { retryable: true });
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
      throw new CertdeskError(
        'ca-misbehaved',
        'The CA answered with a redirect, which ACME does not use. Check the directory URL.',
        {
          retryable: false,
          detail: `${resp.status} ${method.toUpperCase()} ${url} -> ${resp.headers.location ?? '?'}`,
        },
      );
    }
    if (
      resp.status < 300 &&
      typeof resp.data === 'string' &&
      method !== 'head' &&
      !/\/cert|certificate/i.test(url) &&
      looksLikeJsonExpected(resp)
    ) {
      throw new CertdeskError(
        'ca-misbehaved',
        'The CA sent an answer Certdesk cannot read (not JSON). Check the directory URL, or try again later.',
        {
          retryable: true,
          detail: `${method.toUpperCase()} ${url}: content-type ${resp.headers['content-type'] ?? 'none'}`,
        },
      );
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
        throw new CertdeskError(
          'ca-misbehaved',
          "The address does not point to an ACME directory. Check the CA's directory URL.",
          { detail: conn.directoryUrl },
        );
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
        return new CertdeskError(
          'ca-misbehaved',
          "The address does not point to an ACME directory. Check the CA's directory URL.",
          { detail: msg },
        );
      }
      return new CertdeskError('internal', fallback, { retryable: true, detail: msg });
    },
  };
}

function looksLikeJsonExpected(resp: AxiosLikeResponse): boolean {
  const ct = resp.headers['content-type'] ?? '';
  return !/pem-certificate-chain|text\/plain/.test(ct);
}

function assertSameOrigin(directoryUrl: string, url: string): void {
  // R24 says read everything from the directory, but a directory that points us at other hosts is
  // accepted only over HTTPS (or the same origin, for a local test CA on plain HTTP).
  const dir = new URL(directoryUrl);
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.origin !== dir.origin) {
    throw new CertdeskError(
      'ca-misbehaved',
      'The CA pointed Certdesk at an insecure address. Check the directory URL.',
      { detail: url },
    );
  }
}

function networkError(e: unknown, directoryUrl: string): CertdeskError {
  if (e instanceof CertdeskError) return e;
  const err = e as { code?: string; message?: string };
  const host = new URL(directoryUrl).host;
  const detail = `${err.code ?? ''} ${err.message ?? String(e)}`.trim();
  const viaProxy = proxyErrorIn(e);
  if (viaProxy) {
    // A proxy that refused or cannot be reached: say so, naming it (issue 19), not "check the internet".
    return new CertdeskError('ca-unreachable', proxySentence(viaProxy, `the CA (${host})`), {
      retryable: true,
      detail,
    });
  }
  if (err.code === 'ETIMEDOUT' || err.code === 'ECONNABORTED') {
    return new CertdeskError(
      'timeout',
      `The CA (${host}) did not answer in time. Check your internet connection or the CA's status page, then try again.`,
      { retryable: true, detail },
    );
  }
  if (err.code === 'ERR_TOO_LARGE') {
    return new CertdeskError(
      'ca-misbehaved',
      `The CA (${host}) sent an answer that is far too large. Try again later or check the directory URL.`,
      { retryable: true, detail },
    );
  }
  if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_/i.test(detail)) {
    return textError('ca-unreachable', text('error.caCertUntrusted', { host }), {
      retryable: false,
      detail,
    });
  }
  return new CertdeskError(
    'ca-unreachable',
    `Certdesk cannot reach the CA (${host}). Check your internet connection and that outgoing HTTPS (port 443) is allowed, then try again.`,
    { retryable: true, detail },
  );
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
