// What the window shows of certificates that wait for the person (issue 17, "Reminders for targets
// Certdesk cannot reach") and of each deployment run in a certificate's history. Pure types: the
// engine (engine/deploy/reminders.ts, history.ts, manual-steps.ts), the contract
// (contract-reminders.ts) and the renderer share them. Nothing here carries a private key (R8).
import type { DeployKind, DeployTrigger } from './deploy.ts';
import type { Text } from './engine-text.ts';
import type { SiteState } from './site-check.ts';

/** A target the person updates by hand, waiting for the newest certificate. */
export type WaitingTarget = { targetId: string; label: string; notes?: string; since: string };

/** One certificate that waits for the person: the dashboard's "Waiting for you" and the tray. */
export type ReminderView = {
  certId: string;
  names: string[];
  /** The same names as people read them (bücher.test). */
  unicodeNames: string[];
  targets: WaitingTarget[];
  /** The new certificate they wait for. */
  serial: string;
  /** What the site serves instead: the last check's outdated certificate, else the one renewed. */
  served: { serial: string; notAfter: string } | null;
  siteState: SiteState | null;
  /** The served certificate has less than a tenth of its lifetime left (the 'expiring' share). */
  urgent: boolean;
};

/** A file the person's place asked for: its name and what it holds; `secret` holds the key. */
export type StepFile = { name: string; kind: string; secret: boolean };

/** The steps of one waiting target on the certificate page. */
export type ManualSteps = {
  targetId: string;
  label: string;
  notes?: string;
  /** The export preset of the files it asked for; null: paste fields (a control panel's boxes). */
  preset: string | null;
  /** The files of that preset, by name; empty for paste fields. Names only, never contents. */
  files: StepFile[];
  since: string;
  served: { serial: string; notAfter: string } | null;
  urgent: boolean;
};

export type DeployOutcomeKind = 'ok' | 'failed' | 'waiting' | 'done';

/** One deployment run in the certificate's history, to say in the window's language. */
export type DeployHistoryEntry = {
  at: string;
  targetId: string;
  /** The target's kind; null when the target was removed since. */
  kind: DeployKind | null;
  /** Where, as the target is listed ("by hand: Router admin page", "SFTP u@h:/dir"); null: removed. */
  where: string | null;
  /** A place updated by hand: the person's own name for it, shown instead of `where`. */
  label?: string;
  trigger: DeployTrigger;
  outcome: DeployOutcomeKind;
  serial?: string;
  /** What the engine said (a Text key and its values), when it said something. */
  text?: Text;
  /** The error's code and English sentence, for a failure the engine gave no Text for. */
  errorCode?: string;
  message?: string;
  command?: { exitCode: number | null; outputTail: string[] };
};
