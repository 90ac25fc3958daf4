// Reminders and deployment history for the window (issue 17): which certificates wait for the
// person, the steps of one waiting place (file names only: the key is saved by export:saveKey,
// never sent here, R8), and every deployment run for the certificate page's History.
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';
import { reminderViews } from '../../engine/deploy/reminders.ts';
import { manualSteps } from '../../engine/deploy/manual-steps.ts';
import { deployHistory } from '../../engine/deploy/history.ts';

type ReminderImpls = Pick<Impls, 'deploy:reminders' | 'deploy:steps' | 'deploy:history'>;

export function reminderImpls(ctx: HandlerContext): ReminderImpls {
  const { engine } = ctx;
  return {
    'deploy:reminders': async () => reminderViews(engine.storedCertificates(), engine.clock.now()),
    'deploy:steps': async ({ id, targetId }) => {
      const cert = engine.getStored(id);
      const material = await engine.keyMaterial(id);
      return manualSteps(cert, targetId, material, engine.clock.now());
    },
    'deploy:history': async ({ id }) => deployHistory(engine.getStored(id)),
  };
}
