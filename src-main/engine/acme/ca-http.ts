// The CA's HTTP transport: one request with its own trust, deadline, size cap and no redirects.
import https from 'node:https';
import tls from 'node:tls';
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import { blameProxy, proxyErrorIn, proxySentence, requestRoute } from '../net/proxy.ts';

export type AxiosLikeResponse = {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
};

export const MAX_CA_RESPONSE_BYTES = 4 * 1024 * 1024;
// acme-client's own interceptor retries network errors five times with growing sleeps and sleeps
// out a 429's Retry-After inside the request (hours, for a rate limit). We surface rate limits at
// once with their Retry-After and retry transient failures ourselves, briefly (client.ts).
// Worse, once it stops retrying it crashes on `response.config` of an undefined response, masking
// every network error. So requests bypass its axios instance: Node's https, with a deadline for the
// whole answer (slow drips included), a size cap, and no redirects.
const USER_AGENT = 'Certdesk/0.1 (acme-client 5.4)';
export const DEFAULT_TIMEOUT_MS = 30 * SECOND_MS;

export function sendRequest(
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

export function assertSameOrigin(directoryUrl: string, url: string): void {
  // R24 says read everything from the directory, but a directory that points us at other hosts is
  // accepted only over HTTPS (or the same origin, for a local test CA on plain HTTP).
  const dir = new URL(directoryUrl);
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.origin !== dir.origin) {
    throw textError('ca-misbehaved', text('failure.caInsecure'), { detail: url });
  }
}

export function networkError(e: unknown, directoryUrl: string): CertdeskError {
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
    return textError('timeout', text('failure.caTimeout', { host }), { retryable: true, detail });
  }
  if (err.code === 'ERR_TOO_LARGE') {
    return textError('ca-misbehaved', text('failure.caTooLarge', { host }), {
      retryable: true,
      detail,
    });
  }
  if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_/i.test(detail)) {
    return textError('ca-unreachable', text('error.caCertUntrusted', { host }), {
      retryable: false,
      detail,
    });
  }
  return textError('ca-unreachable', text('failure.caUnreachable', { host }), {
    retryable: true,
    detail,
  });
}
