// App state, settings, test notifications, backup and restore of the data folder.
import { cp, mkdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import type { PublicSettings } from '../../shared/contract.ts';
import { CA_PRESETS } from '../../engine/ca-presets.ts';
import { checkEmail } from '../../engine/email.ts';
import type { Settings } from '../../storage/schema.ts';
import type { HandlerContext } from './context.ts';
import type { Impls } from './dispatch.ts';
import { availableRoutes, notAvailable } from './optional.ts';
import {
  SMTP_PASSWORD_REF,
  sameSmtpServer,
  sealSmtpPassword,
} from '../../engine/secret-binding.ts';

type SettingsImpls = Pick<
  Impls,
  'app:state' | 'settings:get' | 'settings:set' | 'notify:test' | 'data:backup' | 'data:restore'
>;

/** Where the SMTP password is kept sealed, bound to its mail server (engine/secret-binding.ts). */
export { SMTP_PASSWORD_REF };
const VERSION = '0.1.0';

function publicSettings(s: Settings, launchAtLogin: boolean | undefined): PublicSettings {
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
    webhook: s.webhook ? { url: s.webhook.url } : null,
  };
}

function checkWebhook(url: string): string {
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

const stamp = (ms: number): string =>
  new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function settingsImpls(ctx: HandlerContext): SettingsImpls {
  const { engine, emit, deps } = ctx;
  const face = deps.face ?? 'app';
  const read = () => publicSettings(engine.store.read().settings, deps.getLaunchAtLogin?.());

  return {
    'app:state': async () => {
      const data = engine.store.read();
      const notices = engine.store.notices.flatMap((n): { kind: string; message: string }[] => {
        if (n.kind === 'corrupt-moved-aside')
          return [
            {
              kind: n.kind,
              message: `The data file was damaged (${n.reason}); it was moved aside to ${n.movedTo} and Certdesk started with an empty one. Restore it from a backup if you need what it held.`,
            },
          ];
        if (n.kind === 'secrets-in-file' && !data.settings.shownNotices?.['secrets-in-file'])
          return [
            {
              kind: n.kind,
              message: `No system keychain answered, so private keys are encrypted with a key kept in ${n.file} (readable only by you). Keep the data folder private and back it up.`,
            },
          ];
        return [];
      });
      return {
        mode: face,
        version: deps.version ?? VERSION,
        dataDir: engine.store.dataDir,
        accounts: engine.listAccounts(),
        certificateCount: Object.keys(data.certificates).length,
        caPresets: CA_PRESETS.map((p) => ({
          id: p.id,
          label: p.label,
          directoryUrl: p.directoryUrl,
          practice: p.practice === true,
          ...(p.statusPage ? { statusPage: p.statusPage } : {}),
          ...(p.note ? { note: p.note } : {}),
        })),
        features: {
          chooseFolder: !!deps.chooseFolder,
          copyKey: !!deps.copyToClipboard,
          launchAtLogin: !!deps.setLaunchAtLogin,
          backup: true,
          restore: !!deps.restoreData,
          preflight: true,
          trialRun: true,
          notify: {
            desktop: !!deps.notifyTest && face === 'app',
            email: !!deps.notifyTest,
            webhook: !!deps.notifyTest,
          },
          routes: availableRoutes(engine),
          scheduler: !!deps.kickScheduler,
        },
        settings: read(),
        scheduler: deps.schedulerState?.() ?? null,
        notices,
      };
    },

    'settings:get': async () => read(),

    'settings:set': async (input) => {
      if (input.launchAtLogin !== undefined) {
        if (!deps.setLaunchAtLogin)
          throw new CertdeskError(
            'unsupported',
            'Starting at login is a setting of the desktop app; in browser mode, start "certdesk ui" yourself (or renew with "certdesk renew" from cron).',
          );
        await deps.setLaunchAtLogin(input.launchAtLogin);
      }
      const email = input.email
        ? { ...input.email, from: checkEmail(input.email.from), to: checkEmail(input.email.to) }
        : input.email;
      const webhook = input.webhook ? { url: checkWebhook(input.webhook.url) } : input.webhook;
      // Issue 20: the stored password follows only its own mail server (host and port). Another
      // server gets it only when it is typed again; nothing is changed until then.
      const before = engine.store.read().settings.email;
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
      await engine.store.update((d) => {
        const s = d.settings;
        if (input.language !== undefined) {
          if (input.language === null) delete s.language;
          else s.language = input.language;
        }
        if (input.launchAtLogin !== undefined) s.launchAtLogin = input.launchAtLogin;
        if (input.notifyOnSuccess !== undefined) s.notifyOnSuccess = input.notifyOnSuccess;
        if (input.renewalsPaused !== undefined) s.renewalsPaused = input.renewalsPaused;
        if (webhook !== undefined) s.webhook = webhook;
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
            d.secrets[SMTP_PASSWORD_REF] = sealSmtpPassword(engine.store.secrets, rest, password);
            passwordRef = SMTP_PASSWORD_REF;
          }
          s.email = { ...rest, ...(passwordRef ? { passwordRef } : {}) };
        }
      });
      if (input.renewalsPaused !== undefined) deps.kickScheduler?.();
      emit({ type: 'settings-changed' });
      return read();
    },

    'notify:test': async ({ channel }) => {
      if (channel === 'desktop' && face !== 'app')
        throw new CertdeskError(
          'unsupported',
          'Desktop notifications come from the desktop app; in browser mode use e-mail or a webhook.',
        );
      if (!deps.notifyTest) throw notAvailable('Sending notifications');
      return deps.notifyTest(channel);
    },

    'data:backup': async ({ dir }) => {
      const target = path.resolve(dir);
      if (!existsSync(target) || !statSync(target).isDirectory())
        throw new CertdeskError(
          'invalid-input',
          `The folder ${target} does not exist. Create it or pick another one, then try again.`,
        );
      const source = path.resolve(engine.store.dataDir);
      const dest = path.join(target, `certdesk-backup-${stamp(engine.clock.now())}`);
      if (dest === source || dest.startsWith(source + path.sep))
        throw new CertdeskError(
          'invalid-input',
          'A backup cannot go inside the data folder itself. Pick a folder elsewhere, ideally on another disk.',
        );
      await mkdir(dest, { recursive: false, mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
        throw new CertdeskError(
          e.code === 'EEXIST' ? 'file-exists' : 'permission-denied',
          `Certdesk could not create ${dest}. Check that you may write in ${target}, then try again.`,
          { detail: e.message },
        );
      });
      // The lock file belongs to the running process; everything else (store, keys, logs) is copied.
      await cp(source, dest, {
        recursive: true,
        filter: (src) => !src.endsWith('.lock') && !src.includes(`${path.sep}certdesk.lock`),
      });
      return { path: dest };
    },

    'data:restore': async ({ path: file }) => {
      if (!deps.restoreData)
        throw new CertdeskError(
          'unsupported',
          'Restoring replaces the data folder, which cannot be done while Certdesk is running in the browser. Stop "certdesk ui", copy the backup folder over the data folder shown above, then start it again.',
        );
      return deps.restoreData(file);
    },
  };
}
