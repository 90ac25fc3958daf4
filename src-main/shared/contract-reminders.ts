// Channels of the reminders for places Certdesk cannot reach, and of deployment history (issue 17):
// which certificates wait for the person (dashboard), the steps of one waiting place with the
// names of the files it asked for (certificate page), and every deployment run (History). No
// channel here carries a private key (R8): file names only; the key is saved by export:saveKey.
import { z } from 'zod';
import { id } from './contract-base.ts';
import type { DeployHistoryEntry, ManualSteps, ReminderView } from './reminders.ts';

const object = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const ReminderSchema = z.custom<ReminderView>(
  (v) => object(v) && 'certId' in v && 'urgent' in v && Array.isArray(v.targets),
);
const StepsSchema = z.custom<ManualSteps>(
  (v) => object(v) && 'targetId' in v && 'files' in v && Array.isArray(v.files),
);
const HistorySchema = z.custom<DeployHistoryEntry>(
  (v) => object(v) && 'targetId' in v && 'outcome' in v,
);

export const REMINDER_CHANNELS = {
  /** Every certificate that waits for the person, with how pressing it is. */
  'deploy:reminders': { input: z.strictObject({}), output: z.array(ReminderSchema) },
  /** The steps of one place updated by hand: its label, notes and the files it asked for. */
  'deploy:steps': { input: z.strictObject({ id, targetId: id }), output: StepsSchema },
  /** Every recorded deployment run of a certificate, oldest first. */
  'deploy:history': { input: z.strictObject({ id }), output: z.array(HistorySchema) },
} as const;
