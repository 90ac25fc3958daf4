// Webhook notifications (issue 5, R23): the Notice as JSON in a POST, 10 s at most, any answer
// outside 2xx is a failure that names the status. The URL may carry a token (chat webhooks put
// one in the path), so messages and logs name only its origin.
import { CertdeskError } from '../../shared/errors.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import type { Notice, NotifyChannel } from './notifier.ts';
import { netFetch, proxyErrorIn, proxySentence } from '../net/proxy.ts';
import { resolveWebhookFormat, type WebhookFormatSetting } from '../../shared/webhook-format.ts';
import { webhookRequest } from './webhook-formats.ts';

export type WebhookOptions = {
  url: string;
  /** The service's own format (issue 17); absent or "auto": chosen from the URL's host. */
  format?: WebhookFormatSetting;
  /** Default 10 s for the whole request, answer included. */
  timeoutMs?: number;
  /** Stand-in for fetch (tests); by default fetch through the proxy settings (engine/net/proxy.ts). */
  fetch?: typeof fetch;
};

export const WEBHOOK_TIMEOUT_MS = 10 * SECOND_MS;
const SETTINGS = 'Settings > Notifications';

/** The URL if it is an http(s) address; a CertdeskError that says what to fix otherwise. */
export function checkWebhookUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new CertdeskError(
      'invalid-input',
      `The webhook address is not a web address. Paste the full URL, starting with https://, in ${SETTINGS}.`,
    );
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new CertdeskError(
      'invalid-input',
      `A webhook address must start with https:// (or http://), not ${u.protocol}//. Paste the URL your service gives in ${SETTINGS}.`,
    );
  }
  if (!u.hostname)
    throw new CertdeskError(
      'invalid-input',
      `The webhook address has no server name. Paste the full URL in ${SETTINGS}.`,
    );
  return u;
}

/** Scheme, host and port only: what may appear in a message or a log line. */
export const webhookOrigin = (u: URL): string => u.origin;

const errCode = (e: unknown): string => {
  const c = (e as { cause?: { code?: unknown } } | null)?.cause;
  return typeof c?.code === 'string' ? c.code : '';
};

export function webhookChannel(o: WebhookOptions): NotifyChannel {
  const url = checkWebhookUrl(o.url);
  const where = webhookOrigin(url);
  const timeout = o.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const doFetch = o.fetch ?? netFetch;
  const format = resolveWebhookFormat(url.toString(), o.format);
  return {
    name: 'webhook',
    target: where,
    async send(n: Notice) {
      let res: Response;
      const signal = AbortSignal.timeout(timeout);
      const req = webhookRequest(format, n);
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: { ...req.headers, 'user-agent': 'Certdesk' },
          body: req.body,
          // A POST that is redirected is not delivered: say so instead of following it as a GET.
          redirect: 'manual',
          signal,
        });
      } catch (e) {
        const name = (e as Error | null)?.name;
        const code = errCode(e);
        const detail = `${code || name || 'error'}: ${(e as Error | null)?.message ?? String(e)}`;
        if (name === 'TimeoutError' || name === 'AbortError' || signal.aborted) {
          throw new CertdeskError(
            'timeout',
            `The webhook at ${where} did not answer within ${Math.round(timeout / SECOND_MS)} seconds. Check that the service is up, then send a test from ${SETTINGS}.`,
            { retryable: true, detail },
          );
        }
        const viaProxy = proxyErrorIn(e);
        if (viaProxy)
          throw new CertdeskError(
            'connection',
            proxySentence(viaProxy, `the webhook at ${where}`),
            {
              retryable: true,
              detail: viaProxy.message,
            },
          );
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
          throw new CertdeskError(
            'connection',
            `Certdesk could not find the server of the webhook (${url.hostname}): the name does not exist in DNS. Check the webhook address in ${SETTINGS}.`,
            { retryable: code === 'EAI_AGAIN', detail },
          );
        }
        if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
          throw new CertdeskError(
            'tls',
            `The webhook server ${where} could not be verified: its certificate is not valid for this address or not signed by an authority this computer trusts. Check the webhook address in ${SETTINGS}.`,
            { detail },
          );
        }
        throw new CertdeskError(
          'connection',
          `Certdesk could not reach the webhook at ${where}. Check the address in ${SETTINGS} and that the service is running.`,
          { retryable: true, detail },
        );
      }
      if (res.status >= 200 && res.status < 300) {
        await res.body?.cancel().catch(() => {});
        return;
      }
      let text = '';
      try {
        text = (await res.text()).slice(0, 300);
      } catch {
        /* the status says enough */
      }
      const detail = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${text ? `: ${text}` : ''}`;
      const status = `HTTP ${res.status}`;
      if (res.status >= 300 && res.status < 400) {
        throw new CertdeskError(
          'notify-failed',
          `The webhook at ${where} answered ${status} (moved elsewhere) instead of taking the message. Put the new address in ${SETTINGS}.`,
          { detail },
        );
      }
      if (res.status === 401 || res.status === 403) {
        throw new CertdeskError(
          'credentials-refused',
          `The webhook at ${where} refused the message (${status}). Check that the webhook address, with its token, is the one your service gives, in ${SETTINGS}.`,
          { detail },
        );
      }
      if (res.status === 404 || res.status === 410) {
        throw new CertdeskError(
          'notify-failed',
          `The webhook at ${where} does not exist (${status}). Copy the webhook address again from your service into ${SETTINGS}.`,
          { detail },
        );
      }
      const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
      throw new CertdeskError(
        'notify-failed',
        `The webhook at ${where} did not take the message (${status}). ${retryable ? 'The service may be down: Certdesk tries again with the next notice.' : `Check the webhook address in ${SETTINGS}.`}`,
        { retryable, detail },
      );
    },
  };
}
