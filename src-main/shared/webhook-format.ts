// The formats a notification webhook can speak (issue 17): each chat service takes its own
// payload, and our own JSON is kept for scripts. Pure: the contract, the engine and the renderer
// share the list; engine/renewal/webhook-formats.ts builds each request.
export type WebhookFormat = 'slack' | 'teams' | 'discord' | 'ntfy' | 'gotify' | 'json';
export const WEBHOOK_FORMATS: readonly WebhookFormat[] = [
  'slack',
  'teams',
  'discord',
  'ntfy',
  'gotify',
  'json',
];
/** What Settings stores: a format, or "auto" (absent) for "chosen from the URL's host". */
export type WebhookFormatSetting = WebhookFormat | 'auto';

const endsWith = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

/**
 * The format the URL's host tells: Slack's incoming webhooks (hooks.slack.com), Discord's
 * (discord.com, discordapp.com: /api/webhooks/...), Teams Workflows (Power Automate and Logic
 * Apps hosts; the retired Office 365 connectors' webhook.office.com takes the same card), the
 * public ntfy.sh, and Gotify's /message?token=... on any host. Anything else: our own JSON.
 */
export function detectWebhookFormat(raw: string): WebhookFormat {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'json';
  }
  const host = u.hostname.toLowerCase();
  if (host === 'hooks.slack.com') return 'slack';
  if (
    (endsWith(host, 'discord.com') || endsWith(host, 'discordapp.com')) &&
    u.pathname.startsWith('/api/webhooks/')
  )
    return 'discord';
  if (
    endsWith(host, 'logic.azure.com') ||
    endsWith(host, 'powerplatform.com') ||
    endsWith(host, 'powerautomate.com') ||
    host === 'flow.microsoft.com' ||
    endsWith(host, 'webhook.office.com')
  )
    return 'teams';
  if (host === 'ntfy.sh') return 'ntfy';
  if (/\/message\/?$/.test(u.pathname) && u.searchParams.has('token')) return 'gotify';
  return 'json';
}

export const resolveWebhookFormat = (url: string, setting?: WebhookFormatSetting): WebhookFormat =>
  !setting || setting === 'auto' ? detectWebhookFormat(url) : setting;
