// certdesk notify: where renewal problems are reported when nobody looks at a screen (a server
// renewing from cron). The same settings and checks as the desktop app's Settings > Notifications:
// the CLI uses the engine's settings service the settings:set handler uses, so both faces store,
// check and seal them alike.
import {
  resolveWebhookFormat,
  WEBHOOK_FORMATS,
  type WebhookFormatSetting,
} from '../../shared/webhook-format.ts';
import { CertdeskError } from '../../shared/errors.ts';
import type { SettingsChange } from '../../engine/services/settings.ts';
import { readSecretFile, runtimeOf, str } from '../context.ts';
import type { Command } from './types.ts';

function port(v: string | undefined, secure: boolean): number {
  if (v === undefined) return secure ? 465 : 587;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new CertdeskError(
      'invalid-input',
      `--smtp-port needs a port number from 1 to 65535, not "${v}".`,
    );
  return n;
}

export const notifyCmd: Command = {
  name: 'notify',
  summary: 'e-mail or webhook notices when a renewal fails or a certificate is about to expire',
  usage:
    'certdesk notify [--email-to ADDR --email-from ADDR --smtp-host HOST [--smtp-port N] [--smtp-tls] [--smtp-user U --smtp-password-file F]] [--webhook URL [--webhook-format FORMAT]] [--off email|webhook] [--success on|off] [--test email|webhook]',
  options: {
    'email-to': { type: 'string', arg: 'ADDR', help: 'send notices to this address' },
    'email-from': { type: 'string', arg: 'ADDR', help: 'sender address the SMTP server accepts' },
    'smtp-host': { type: 'string', arg: 'HOST', help: "your mail provider's SMTP server" },
    'smtp-port': {
      type: 'string',
      arg: 'N',
      help: 'default 587 (STARTTLS), or 465 with --smtp-tls',
    },
    'smtp-tls': { type: 'boolean', help: 'TLS from the first byte (port 465)' },
    'smtp-user': { type: 'string', arg: 'U', help: 'SMTP login' },
    'smtp-password-file': {
      type: 'string',
      arg: 'F',
      help: 'file with the SMTP password (stored encrypted)',
    },
    webhook: {
      type: 'string',
      arg: 'URL',
      help: "POST each notice to this https:// address, in the service's own format",
    },
    'webhook-format': {
      type: 'string',
      arg: 'FORMAT',
      help: `${['auto', ...WEBHOOK_FORMATS].join('|')} (default auto: from the address's host)`,
    },
    off: { type: 'string', arg: 'email|webhook', help: 'stop sending through this channel' },
    success: {
      type: 'string',
      arg: 'on|off',
      help: 'also tell when a renewal succeeded (default off)',
    },
    test: { type: 'string', arg: 'email|webhook', help: 'send a test notice now' },
  },
  async run(ctx) {
    const { engine, notifier } = await runtimeOf(ctx);
    const change: SettingsChange = {};
    const off = str(ctx.values, 'off');
    if (off !== undefined) {
      if (off !== 'email' && off !== 'webhook')
        throw new CertdeskError('invalid-input', `--off takes email or webhook, not "${off}".`);
      change[off] = null;
    }
    const to = str(ctx.values, 'email-to');
    if (to !== undefined) {
      const from = str(ctx.values, 'email-from');
      const host = str(ctx.values, 'smtp-host');
      if (!from || !host)
        throw new CertdeskError(
          'invalid-input',
          'E-mail notices need the sender and the server too: --email-from ADDR --smtp-host HOST (and usually --smtp-user U --smtp-password-file F).',
        );
      const secure = ctx.values['smtp-tls'] === true;
      const pwFile = str(ctx.values, 'smtp-password-file');
      change.email = {
        host,
        port: port(str(ctx.values, 'smtp-port'), secure),
        secure,
        from,
        to,
        ...(str(ctx.values, 'smtp-user') ? { user: str(ctx.values, 'smtp-user') } : {}),
        ...(pwFile ? { password: readSecretFile(pwFile, 'the SMTP password') } : {}),
      };
    } else if (
      ['email-from', 'smtp-host', 'smtp-port', 'smtp-tls', 'smtp-user', 'smtp-password-file'].some(
        (k) => ctx.values[k] !== undefined,
      )
    ) {
      throw new CertdeskError(
        'invalid-input',
        'Give the address to send to as well: --email-to ADDR.',
      );
    }
    const hook = str(ctx.values, 'webhook');
    const format = str(ctx.values, 'webhook-format');
    if (format !== undefined && format !== 'auto' && !WEBHOOK_FORMATS.includes(format as never))
      throw new CertdeskError(
        'invalid-input',
        `--webhook-format takes ${['auto', ...WEBHOOK_FORMATS].join(', ')}, not "${format}".`,
      );
    const setting = format as WebhookFormatSetting | undefined;
    const saved = engine.settings.public().webhook;
    if (hook !== undefined) change.webhook = { url: hook, ...(setting ? { format: setting } : {}) };
    else if (setting) {
      if (!saved)
        throw new CertdeskError(
          'invalid-input',
          'Give the webhook address as well: --webhook URL --webhook-format FORMAT.',
        );
      change.webhook = { url: saved.url, format: setting };
    }
    const success = str(ctx.values, 'success');
    if (success !== undefined) {
      if (success !== 'on' && success !== 'off')
        throw new CertdeskError('invalid-input', `--success takes on or off, not "${success}".`);
      change.notifyOnSuccess = success === 'on';
    }

    if (Object.keys(change).length) {
      // The contract's schema first, as the settings:set handler checks what the window sends
      // (loaded here: the other commands start faster without it).
      const [{ CONTRACT }, { invalidInput }] = await Promise.all([
        import('../../shared/contract.ts'),
        import('../../api/dispatch.ts'),
      ]);
      const parsed = CONTRACT['settings:set'].input.safeParse(change);
      if (!parsed.success) {
        const e = invalidInput('settings:set', parsed.error);
        throw new CertdeskError('invalid-input', e.message, { detail: e.detail });
      }
      await engine.settings.update(parsed.data);
    }
    const settings = engine.settings.public();

    const test = str(ctx.values, 'test');
    let testResult: { sent: boolean; detail?: string } | null = null;
    if (test !== undefined) {
      if (test !== 'email' && test !== 'webhook')
        throw new CertdeskError('invalid-input', `--test takes email or webhook, not "${test}".`);
      testResult = await notifier.test(test);
    }

    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          {
            email: settings.email,
            webhook: settings.webhook
              ? {
                  url: new URL(settings.webhook.url).origin,
                  format: resolveWebhookFormat(settings.webhook.url, settings.webhook.format),
                }
              : null,
            notifyOnSuccess: settings.notifyOnSuccess,
            ...(testResult ? { test: testResult } : {}),
          },
          null,
          2,
        ),
      );
    } else {
      ctx.out(
        `E-mail:  ${settings.email ? `to ${settings.email.to} from ${settings.email.from} via ${settings.email.host}:${settings.email.port}${settings.email.hasPassword ? ' (password stored encrypted)' : ''}` : 'off'}`,
      );
      // A webhook URL often carries its token in the path: show only where it goes.
      ctx.out(
        `Webhook: ${settings.webhook ? `${new URL(settings.webhook.url).origin}/… (${resolveWebhookFormat(settings.webhook.url, settings.webhook.format)})` : 'off'}`,
      );
      ctx.out(`Also on success: ${settings.notifyOnSuccess ? 'yes' : 'no'}`);
      if (testResult)
        ctx.out(
          testResult.sent
            ? `Test sent: ${testResult.detail ?? 'ok'}`
            : `Test not sent: ${testResult.detail ?? 'unknown reason'}`,
        );
      if (!settings.email && !settings.webhook)
        ctx.err(
          'Without a channel, "certdesk renew" can only report on its own output: add --email-to ... or --webhook URL.',
        );
    }
    return testResult && !testResult.sent ? 1 : 0;
  },
};
