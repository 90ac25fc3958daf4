// Settings (issue 7, R23): what is kept, checked and sealed when the window, browser mode or
// `certdesk notify` change them. The SMTP password is sealed like a private key; only whether one
// is stored ever leaves (PublicSettings.email.hasPassword).
import { checkProxySetting } from './settings-proxy.ts';
import { SMTP_PASSWORD_REF, sameSmtpServer, sealSmtpPassword } from '../secret-binding.ts';
import { CertdeskError } from '../../shared/errors.ts';
import type { Input, PublicSettings } from '../../shared/contract.ts';
import type { Settings } from '../../storage/schema.ts';
import type { StoreNotice } from '../../storage/port.ts';
import { checkEmail } from '../email.ts';
import type { EngineCore } from '../core.ts';

/** Where the SMTP password is kept sealed, bound to its mail server (engine/secret-binding.ts). */
export { SMTP_PASSWORD_REF };

export type SettingsChange = Input<'settings:set'>;
export type { DataNotice } from '../data-notices.ts';
import { dataNotices, type DataNotice } from '../data-notices.ts';

export function publicSettings(s: Settings, launchAtLogin: boolean | undefined): PublicSettings {
  return {
    language: s.language ?? null,
    launchAtLogin: launchAtLogin ?? s.launchAtLogin ?? false,
    renewalsPaused: s.renewalsPaused ?? false,
    notifyOnSuccess: s.notifyOnSuccess ?? false,
    email: s.email
      ? {
          host: s.email.host,
          port: s.email.port,
          secure: s.email.secure,
          ...(s.email.user ? { user: s.email.user } : {}),
          from: s.email.from,
          to: s.email.to,
          hasPassword: !!s.email.passwordRef,
        }
      : null,
    webhook: s.webhook ? { url: s.webhook.url, format: s.webhook.format ?? 'auto' } : null,
    proxy: s.proxy?.url ? { url: s.proxy.url, noProxy: s.proxy.noProxy ?? '' } : null,
  };
}

export function checkWebhook(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new CertdeskError(
      'invalid-input',
      `"${url}" is not a web address. Paste the full webhook URL, starting with https://.`,
    );
  }
  const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local))
    throw new CertdeskError(
      'invalid-input',
      'A webhook address must start with https:// (plain http:// only for this computer), so that nobody can read the messages on the way.',
    );
  return u.toString();
}

export class SettingsService {
  private readonly core: EngineCore;

  constructor(core: EngineCore) {
    this.core = core;
  }

  get dataDir(): string {
    return this.core.storage.dataDir;
  }

  get(): Settings {
    return this.core.storage.read().settings;
  }

  public(launchAtLogin?: boolean): PublicSettings {
    return publicSettings(this.get(), launchAtLogin);
  }

  /** Where the master key lives (keychain or file): the OS timer must know (issue 19). */
  secretBackend(): ReturnType<EngineCore['storage']['read']>['secretBackend'] {
    return this.core.storage.read().secretBackend;
  }

  renewalsPaused(): boolean {
    return this.get().renewalsPaused === true;
  }

  async setRenewalsPaused(paused: boolean): Promise<void> {
    await this.core.storage.update((d) => {
      d.settings.renewalsPaused = paused;
    });
  }

  /** Checks and stores a change; e-mail addresses and the webhook are checked before anything is written. */
  async update(input: SettingsChange): Promise<void> {
    const { storage } = this.core;
    const email = input.email
      ? { ...input.email, from: checkEmail(input.email.from), to: checkEmail(input.email.to) }
      : input.email;
    const format = input.webhook?.format;
    const webhook = input.webhook
      ? {
          url: checkWebhook(input.webhook.url),
          // "auto" is stored as no format: the URL's host decides each time (issue 17).
          ...(format && format !== 'auto' ? { format } : {}),
        }
      : input.webhook;
    const proxy = input.proxy === undefined ? undefined : checkProxySetting(input.proxy);
    // Issue 20: the stored password follows only its own mail server (host and port). Another
    // server gets it only when it is typed again; nothing is changed until then.
    const before = storage.read().settings.email;
    if (
      email &&
      email.password === undefined &&
      before?.passwordRef &&
      !sameSmtpServer(before, email)
    )
      throw new CertdeskError(
        'credentials-needed',
        `The saved e-mail password belongs to ${before.host} port ${before.port}, so Certdesk does not send it to ${email.host} port ${email.port}. Type the password for the new server (or leave it empty if it needs none), then save again.`,
      );
    await storage.update((d) => {
      const s = d.settings;
      if (input.language !== undefined) {
        if (input.language === null) delete s.language;
        else s.language = input.language;
      }
      if (input.launchAtLogin !== undefined) s.launchAtLogin = input.launchAtLogin;
      if (input.notifyOnSuccess !== undefined) s.notifyOnSuccess = input.notifyOnSuccess;
      if (input.renewalsPaused !== undefined) s.renewalsPaused = input.renewalsPaused;
      if (webhook !== undefined) s.webhook = webhook;
      if (proxy !== undefined) s.proxy = proxy;
      if (email === null) {
        s.email = null;
        delete d.secrets[SMTP_PASSWORD_REF];
      } else if (email) {
        const { password, ...rest } = email;
        let passwordRef = s.email?.passwordRef;
        if (password === '' || (password === undefined && !sameSmtpServer(s.email, rest))) {
          delete d.secrets[SMTP_PASSWORD_REF];
          passwordRef = undefined;
        } else if (password !== undefined) {
          d.secrets[SMTP_PASSWORD_REF] = sealSmtpPassword(storage.secrets, rest, password);
          passwordRef = SMTP_PASSWORD_REF;
        }
        s.email = { ...rest, ...(passwordRef ? { passwordRef } : {}) };
      }
    });
  }

  /** What opening the data folder found, in sentences (app:state shows them; the CLI prints them). */
  notices(): DataNotice[] {
    const { storage } = this.core;
    const shown = storage.read().settings.shownNotices;
    const older = storage.notices.flatMap((n): DataNotice[] => {
      if (n.kind === 'corrupt-moved-aside')
        return [
          {
            kind: n.kind,
            message: `The data file was damaged (${n.reason}); it was moved aside to ${n.movedTo}. Certdesk rebuilt what it could from the certificate folders; restore the file from a backup if you need what else it held.`,
          },
        ];
      if (n.kind === 'secrets-in-file' && !shown?.['secrets-in-file'])
        return [
          {
            kind: n.kind,
            message: `No system keychain answered, so private keys are encrypted with a key kept in ${n.file} (readable only by you). Keep the data folder private and back it up.`,
          },
        ];
      return [];
    });
    // Issue 22: what was restored, what is missing, what nothing renews (data-notices.ts).
    return [...older, ...dataNotices(storage.notices)];
  }

  /** What opening the data folder found, as data (the CLI words them its own way). */
  storageNotices(): readonly StoreNotice[] {
    return this.core.storage.notices;
  }

  /** Records that a once-only note was shown (the CLI's "no keychain" note). */
  async markShown(kind: 'secrets-in-file'): Promise<void> {
    await this.core.storage.update((d) => {
      d.settings.shownNotices = {
        ...d.settings.shownNotices,
        [kind]: new Date(this.core.clock.now()).toISOString(),
      };
    });
  }
}
