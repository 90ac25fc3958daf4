// Each chat service's own request for a Notice (issue 17). The title and message are already in
// the person's language (main-i18n.ts); nothing here adds English words, only the names.
// - Slack incoming webhook: JSON with `text` (the fallback for notifications) and `blocks`
//   (header: plain_text at most 150 characters; section: mrkdwn at most 3000).
// - Teams Workflows webhook: a "message" whose one attachment is an Adaptive Card.
// - Discord: JSON with `content`, at most 2000 characters.
// - ntfy: the message as the plain body; Title and Priority (1-5) headers, the title RFC 2047
//   encoded when it is not ASCII (HTTP headers are bytes; ntfy decodes =?UTF-8?B?...?=).
// - Gotify: JSON { title, message, priority } (0-10) to /message?token=...
// - json: our own Notice, as before.
import type { WebhookFormat } from '../../shared/webhook-format.ts';
import type { Notice } from './notifier.ts';

export type WebhookRequest = { headers: Record<string, string>; body: string };

/** How loud: 1 (quiet) to 5 (urgent), as ntfy counts; Gotify's 0-10 is twice this. */
export function noticeLevel(n: Notice): 1 | 2 | 3 | 4 | 5 {
  if (n.urgent || n.kind === 'expired') return 5;
  if (n.kind === 'renewal-failed' || n.kind === 'expiring') return 4;
  if (n.kind === 'renewal-succeeded') return 2;
  return 3;
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
/** Slack mrkdwn: &, < and > are control characters and must be escaped. */
const slackEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** RFC 2047 §2 encoded-word for a header value that is not plain ASCII. */
export const rfc2047 = (s: string): string =>
  /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

const JSON_TYPE = 'application/json';

export function webhookRequest(format: WebhookFormat, n: Notice): WebhookRequest {
  const names = n.names.join(', ');
  switch (format) {
    case 'slack':
      return {
        headers: { 'content-type': JSON_TYPE },
        body: JSON.stringify({
          text: cut(`${n.title}: ${n.message}`, 3000),
          blocks: [
            { type: 'header', text: { type: 'plain_text', text: cut(n.title, 150), emoji: true } },
            { type: 'section', text: { type: 'mrkdwn', text: cut(slackEscape(n.message), 3000) } },
            ...(names
              ? [
                  {
                    type: 'context',
                    elements: [{ type: 'mrkdwn', text: cut(slackEscape(names), 3000) }],
                  },
                ]
              : []),
          ],
        }),
      };
    case 'teams':
      return {
        headers: { 'content-type': JSON_TYPE },
        body: JSON.stringify({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              contentUrl: null,
              content: {
                $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                type: 'AdaptiveCard',
                version: '1.4',
                ...(n.lang ? { lang: n.lang } : {}),
                body: [
                  {
                    type: 'TextBlock',
                    text: n.title,
                    weight: 'Bolder',
                    size: 'Medium',
                    wrap: true,
                    ...(noticeLevel(n) >= 4 ? { color: 'Attention' } : {}),
                  },
                  { type: 'TextBlock', text: n.message, wrap: true },
                  ...(names
                    ? [
                        {
                          type: 'TextBlock',
                          text: names,
                          isSubtle: true,
                          size: 'Small',
                          wrap: true,
                        },
                      ]
                    : []),
                ],
              },
            },
          ],
        }),
      };
    case 'discord':
      return {
        headers: { 'content-type': JSON_TYPE },
        // No pings: a certificate name must never mention @everyone.
        body: JSON.stringify({
          content: cut(`**${n.title}**\n${n.message}`, 2000),
          allowed_mentions: { parse: [] },
        }),
      };
    case 'ntfy':
      return {
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          title: rfc2047(cut(n.title, 200)),
          priority: String(noticeLevel(n)),
        },
        body: names ? `${n.message}\n\n${names}` : n.message,
      };
    case 'gotify':
      return {
        headers: { 'content-type': JSON_TYPE },
        body: JSON.stringify({
          title: n.title,
          message: names ? `${n.message}\n\n${names}` : n.message,
          priority: noticeLevel(n) * 2,
        }),
      };
    case 'json':
      return { headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(n) };
  }
}
