// The acme-dns HTTP API (POST /register, POST /update): requests, answers and registrations.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import { text } from '../../../shared/engine-text.ts';
import { normName } from './dns-client.ts';
import { netFetch, proxyErrorIn, proxySentence } from '../../net/proxy.ts';

export type AcmeDnsAccount = {
  username: string;
  password: string;
  fulldomain: string;
  subdomain: string;
  allowfrom?: string[];
};

const REQUEST_TIMEOUT_MS = 30 * SECOND_MS;

export function isAccount(x: unknown): x is AcmeDnsAccount {
  const a = x as AcmeDnsAccount;
  return (
    !!a &&
    typeof a.username === 'string' &&
    typeof a.password === 'string' &&
    typeof a.fulldomain === 'string' &&
    typeof a.subdomain === 'string'
  );
}

/** One JSON POST to the acme-dns server at `base`, with a time limit; the answer parsed if JSON. */
export async function acmeDnsPost<T>(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
  what: string,
  signal?: AbortSignal,
): Promise<{ status: number; data: T | null; text: string }> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  let res: Response;
  try {
    res = await netFetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    if (signal?.aborted) throw textError('cancelled', text('failure.cancelledStart'));
    const viaProxy = proxyErrorIn(e);
    if (viaProxy)
      throw new CertdeskError(
        'solver',
        proxySentence(viaProxy, `the acme-dns server ${new URL(base).host}`),
        { retryable: true, detail: `to ${what}: ${viaProxy.message}` },
      );
    throw textError(
      'solver',
      text('error.acmeDnsUnreachable', { server: base, why: (e as Error).message }),
      { retryable: true, detail: `to ${what}: ${(e as Error).message}` },
    );
  }
  const raw = await res.text();
  let data: T | null = null;
  try {
    data = JSON.parse(raw) as T;
  } catch {
    /* not JSON */
  }
  return { status: res.status, data, text: raw };
}

/** A new registration at the acme-dns server (the caller saves it sealed at once). */
export async function acmeDnsRegister(
  base: string,
  identifier: string,
  signal: AbortSignal,
): Promise<AcmeDnsAccount> {
  const r = await acmeDnsPost<AcmeDnsAccount>(
    base,
    '/register',
    {},
    {},
    `register ${identifier}`,
    signal,
  );
  if (r.status !== 201 && r.status !== 200) {
    throw new CertdeskError(
      'solver',
      `The acme-dns server ${base} refused to register a new account (HTTP ${r.status}). Check that it is an acme-dns server and that it allows registration from this computer.`,
      { retryable: r.status >= 500, detail: r.text.slice(0, 300) },
    );
  }
  if (!isAccount(r.data))
    throw textError('solver', text('error.acmeDnsUnusable', { server: base }), {
      detail: r.text.slice(0, 300),
    });
  return {
    username: r.data.username,
    password: r.data.password,
    fulldomain: normName(r.data.fulldomain),
    subdomain: r.data.subdomain,
    ...(r.data.allowfrom ? { allowfrom: r.data.allowfrom } : {}),
  };
}
