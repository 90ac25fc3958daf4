// app:state: what the window needs to start: mode and version, the data folder and what opening
// it found, accounts, CA presets, what this build and face can do, settings, the scheduler.
import { CA_PRESETS } from '../../engine/ca-presets.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';
import { availableRoutes } from '../optional.ts';

const VERSION = '0.1.0';

export function appStateImpls(ctx: HandlerContext): Pick<Impls, 'app:state'> {
  const { engine, deps } = ctx;
  const face = deps.face ?? 'app';

  return {
    'app:state': async () => {
      const notices = engine.settings.notices();
      return {
        mode: face,
        version: deps.version ?? VERSION,
        dataDir: engine.settings.dataDir,
        accounts: engine.accounts.list(),
        certificateCount: engine.certificates.stored().length,
        caPresets: CA_PRESETS.map((p) => ({
          id: p.id,
          label: p.label,
          directoryUrl: p.directoryUrl,
          practice: p.practice === true,
          ...(p.staging ? { staging: p.staging } : {}),
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
        settings: engine.settings.public(deps.getLaunchAtLogin?.()),
        scheduler: deps.schedulerState?.() ?? null,
        notices,
      };
    },
  };
}
