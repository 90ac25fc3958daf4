// Settings > "Keep renewing when I am signed out" (issue 19): installs or removes the user's OS
// timer (engine/schedule, the same code as `certdesk schedule`), and reports it as facts the
// window says in the person's language. The scope is the person's own (no administrator rights).
import { CertdeskError, isCertdeskError } from '../../shared/errors.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

const schedule = () => import('../../engine/schedule/index.ts');

export function unattendedImpls(
  ctx: HandlerContext,
): Pick<Impls, 'unattended:get' | 'unattended:set'> {
  const { engine, deps } = ctx;
  const dataDir = () => engine.settings.dataDir;
  // No fallback to systemPort: a handler set built without the runtime's timer (a test that calls
  // createHandlerSet itself) must never reach this machine's crontab or systemd units.
  const timer = () => {
    if (!deps.timer)
      throw new CertdeskError('unsupported', 'This Certdesk was started without the system timer.');
    return deps.timer;
  };
  const portOf = async () => timer().port(dataDir());

  async function state(keyMoved = false) {
    const port = await portOf();
    const s = await (await schedule()).timerStatus(port, 'user');
    return {
      installed: s.installed,
      active: s.active,
      kind: s.kind,
      times: s.times ? [...s.times.matchAll(/\d\d:\d\d/g)].map((m) => m[0]) : [],
      // timerStatus notes only the missing linger step for a systemd user timer.
      lingerNeeded: s.kind === 'systemd' && s.installed && s.notes.length > 0,
      keyMoved,
    };
  }

  return {
    'unattended:get': async () => state(),
    'unattended:set': async ({ enabled }) => {
      const s = await schedule();
      const port = await portOf();
      if (!enabled) {
        await s.removeTimer(port, 'user');
        return state();
      }
      let r;
      try {
        r = await s.enableUnattended({
          port,
          dataDir: dataDir(),
          command: timer().selfCommand(),
          scope: 'user',
          secretBackend: engine.settings.secretBackend(),
        });
      } catch (e) {
        // The CLI's sentence names a command-line option; the window says what to do here.
        if (isCertdeskError(e) && e.code === 'unsupported' && /keychain/.test(e.message))
          throw new CertdeskError(
            'unsupported',
            'Your saved keys are protected by the system keychain, which Certdesk cannot reach from here. Turn this on in the Certdesk app on your desktop, where the keychain is open.',
          );
        throw e;
      }
      return state(r.notes.some((n) => n.includes('master.key')));
    },
  };
}
