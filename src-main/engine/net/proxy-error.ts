// The error a proxy causes, and the one sentence that tells the person what to check.
import type { ProxyChoice } from './proxy-choice.ts';

/** A proxy that could not be reached or would not connect us: the message names the proxy. */
export class ProxyError extends Error {
  readonly proxy: ProxyChoice;
  readonly target: string;
  /** The proxy's HTTP status when it answered with a refusal. */
  readonly status?: number;
  readonly code?: string;
  constructor(
    proxy: ProxyChoice,
    target: string,
    why: { status?: number; code?: string },
    msg: string,
  ) {
    super(msg);
    this.name = 'ProxyError';
    this.proxy = proxy;
    this.target = target;
    if (why.status !== undefined) this.status = why.status;
    if (why.code !== undefined) this.code = why.code;
  }
}

/** The ProxyError behind a failed request (thrown as is, or as the cause of fetch's TypeError). */
export function proxyErrorIn(e: unknown): ProxyError | null {
  for (let x: unknown = e, i = 0; x && i < 4; i++) {
    if (x instanceof ProxyError) return x;
    x = (x as { cause?: unknown }).cause;
  }
  return null;
}

/** Where the person changes the proxy: the Settings screen, or the environment variable. */
export const proxyWhere = (p: ProxyChoice): string =>
  p.source === 'settings'
    ? 'the proxy in Settings > Network'
    : `the ${p.source} environment variable (and NO_PROXY)`;

/** One sentence that names the proxy, what it did, and what to check ("what" = "the CA (host)"). */
export function proxySentence(e: ProxyError, what: string): string {
  const reason =
    e.status === 407
      ? 'the proxy wants a user name and password (HTTP 407); put them in the proxy address, as http://user:password@proxy:port'
      : e.status !== undefined
        ? `the proxy refused (HTTP ${e.status})`
        : e.code === 'ETIMEDOUT'
          ? 'the proxy did not answer in time'
          : `Certdesk could not connect to the proxy (${e.code ?? e.message})`;
  return `Certdesk could not reach ${what} through the proxy ${e.proxy.label}: ${reason}. Check ${proxyWhere(e.proxy)}, or ask your network administrator to let Certdesk through.`;
}
