// The channels the stored settings ask for (desktop, e-mail, webhook), and the desktop channel
// over the app's notifications; settings that cannot work give a channel that says what to fix.
import { smtpDestination } from '../secret-binding.ts';
import { CertdeskError } from '../../shared/errors.ts';
import type { Settings } from '../../storage/schema.ts';
import { emailChannel } from './notify-email.ts';
import { webhookChannel } from './notify-webhook.ts';
import type { ChannelName, NotifyChannel } from './notifier.ts';

/** A desktop channel over the app's notifier (src-main/app/notifications.ts fills `show`). */
export function desktopChannel(
  show: (d: {
    title: string;
    body: string;
    certificateId?: string;
    urgency?: 'normal' | 'critical';
  }) => void,
): NotifyChannel {
  return {
    name: 'desktop',
    target: 'this computer',
    send: async (n) => {
      const urgent =
        n.kind === 'renewal-failed' ||
        n.kind === 'deploy-failed' ||
        n.kind === 'expiring' ||
        n.kind === 'expired' ||
        n.urgent === true; // a reminder whose served certificate is nearly out (issue 17)
      show({
        title: n.title,
        body: n.message,
        ...(n.test ? {} : { certificateId: n.certId }),
        urgency: urgent ? 'critical' : 'normal',
      });
    },
  };
}

/**
 * The channels the settings ask for: desktop (when the face has one), e-mail when settings.email is
 * filled in, the webhook when settings.webhook is. openSecret opens a sealed secret by its ref.
 * Settings that cannot work give a channel whose every send explains what to fix.
 */
export function channelsFromSettings(
  settings: Settings,
  openSecret: (ref: string, destination?: string | null) => string | undefined,
  desktop?: NotifyChannel,
): NotifyChannel[] {
  const out: NotifyChannel[] = [];
  if (desktop) out.push(desktop);
  const email = settings.email;
  if (email && email.host && email.to) {
    let password: string | undefined;
    let problem: CertdeskError | null = null;
    if (email.passwordRef) {
      try {
        password = openSecret(email.passwordRef, smtpDestination(email));
      } catch {
        password = undefined;
      }
      if (password === undefined)
        problem = new CertdeskError(
          'credentials-refused',
          'Certdesk cannot read the saved e-mail password any more. Enter it again in Settings > Notifications and save.',
        );
    }
    out.push(
      problem
        ? broken('email', `${email.to} via ${email.host}`, problem)
        : emailChannel({
            host: email.host,
            port: email.port,
            secure: email.secure,
            from: email.from,
            to: email.to,
            ...(email.user ? { user: email.user } : {}),
            ...(password !== undefined ? { password } : {}),
          }),
    );
  }
  const hook = settings.webhook;
  if (hook && hook.url) {
    try {
      out.push(webhookChannel({ url: hook.url, ...(hook.format ? { format: hook.format } : {}) }));
    } catch (e) {
      out.push(
        broken(
          'webhook',
          'the webhook',
          e instanceof CertdeskError
            ? e
            : new CertdeskError(
                'invalid-input',
                'The webhook address in Settings > Notifications cannot be used. Enter it again, starting with https://.',
              ),
        ),
      );
    }
  }
  return out;
}

function broken(name: ChannelName, target: string, error: CertdeskError): NotifyChannel {
  return {
    name,
    target,
    send: async () => {
      throw error;
    },
  };
}
