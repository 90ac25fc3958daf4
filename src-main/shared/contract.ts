// The ONE IPC contract (DESIGN.md convention 1): every channel the renderer may call, named
// `domain:verb`, with a zod schema for its one object argument and for its answer. Main validates
// the input after the transport's sender check (app/ipc-core.ts, web/guard.ts) and the answer
// before it leaves; Electron's IPC and the browser-mode HTTP bridge serve the same handlers, so
// the UI cannot tell the two apart. The renderer imports this file with `import type` only, so
// zod stays out of its bundle.
//
// The channels live by domain in contract-<domain>.ts files, spread into CONTRACT below; a new
// feature adds its own contract-<feature>.ts and one line here (and its names in ./channels.ts).
// Nothing here may carry a private key (DESIGN.md convention 2, R8).
import type { z } from 'zod';
import type { CHANNEL_NAMES } from './channels.ts';
import type { AppEvent } from './contract-app.ts';
import type { Result } from './contract-base.ts';
import { ACCOUNT_CHANNELS } from './contract-accounts.ts';
import { APP_CHANNELS } from './contract-app.ts';
import { CERT_CHANNELS } from './contract-certs.ts';
import { EXPORT_CHANNELS } from './contract-export.ts';
import { PREFLIGHT_CHANNELS } from './contract-preflight.ts';
import { PROFILE_CHANNELS } from './contract-profiles.ts';
import { SITECHECK_CHANNELS } from './contract-sitecheck.ts';
import { DEPLOY_CHANNELS } from './contract-deploy.ts';
import { REMINDER_CHANNELS } from './contract-reminders.ts';
import { LIMITS_CHANNELS } from './contract-limits.ts';
import { SETTINGS_CHANNELS } from './contract-settings.ts';
import { UNATTENDED_CHANNELS } from './contract-unattended.ts';

export * from './contract-base.ts';
export * from './contract-accounts.ts';
export * from './contract-app.ts';
export * from './contract-certs.ts';
export * from './contract-export.ts';
export * from './contract-preflight.ts';
export * from './contract-profiles.ts';
export * from './contract-sitecheck.ts';
export * from './contract-deploy.ts';
export * from './contract-reminders.ts';
export * from './contract-settings.ts';
export * from './contract-unattended.ts';

export const CONTRACT = {
  ...APP_CHANNELS,
  ...ACCOUNT_CHANNELS,
  ...PREFLIGHT_CHANNELS,
  ...CERT_CHANNELS,
  ...EXPORT_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...UNATTENDED_CHANNELS,
  ...PROFILE_CHANNELS,
  ...SITECHECK_CHANNELS,
  ...DEPLOY_CHANNELS,
  ...REMINDER_CHANNELS,
  ...LIMITS_CHANNELS,
} as const;

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** Every channel, for the preload's allow-list and the web bridge's routes. */
export const CHANNELS = Object.keys(CONTRACT) as readonly Channel[];
export const isChannel = (c: unknown): c is Channel =>
  typeof c === 'string' && Object.hasOwn(CONTRACT, c);

/** The API the renderer sees as `window.certdesk` (preload in the app, bridge-http.ts in a browser). */
export interface CertdeskApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  onEvent(cb: (event: AppEvent) => void): () => void;
  platform?: string;
}

// The preload's zod-free list of channel names must be exactly the contract's (drift fails tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertTrue = <T extends true>(): T | undefined => undefined;
assertTrue<Same<(typeof CHANNEL_NAMES)[number], Channel>>();
