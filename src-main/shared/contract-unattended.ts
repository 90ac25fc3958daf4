// Settings > "Keep renewing when I am signed out" (issue 19): the OS timer of engine/schedule/,
// installed and removed from the window as `certdesk schedule install|remove` do from a shell.
import { z } from 'zod';
import { empty } from './contract-base.ts';

export const UnattendedStateSchema = z.object({
  installed: z.boolean(),
  /** The OS says it is registered and will run. */
  active: z.boolean(),
  kind: z.enum(['systemd', 'cron', 'launchd', 'task-scheduler']),
  /** The two daily times, "HH:MM" in the machine's local time. */
  times: z.array(z.string()),
  /** systemd stops a user's timers at sign-out unless lingering is on for the account. */
  lingerNeeded: z.boolean(),
  /** The master key was copied from the locked-at-sign-out keychain into the data folder. */
  keyMoved: z.boolean(),
});

export const UNATTENDED_CHANNELS = {
  'unattended:get': { input: empty, output: UnattendedStateSchema },
  'unattended:set': {
    input: z.strictObject({ enabled: z.boolean() }),
    output: UnattendedStateSchema,
  },
} as const;
