// Settings (language, start at login, pause, notifications) and test notifications. What is kept,
// checked and sealed lives in the engine's settings service; this adds what the face can do.
import { CertdeskError } from '../../shared/errors.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';
import { notAvailable } from '../optional.ts';

type SettingsImpls = Pick<Impls, 'settings:get' | 'settings:set' | 'notify:test'>;

export function settingsImpls(ctx: HandlerContext): SettingsImpls {
  const { engine, emit, deps } = ctx;
  const face = deps.face ?? 'app';
  const read = () => engine.settings.public(deps.getLaunchAtLogin?.());

  return {
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
      await engine.settings.update(input);
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
  };
}
