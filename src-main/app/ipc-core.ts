// The IPC logic behind ipc.ts (which alone touches the raw ipcMain, eslint.config.js), with ipcMain
// injected so it is tested in plain Node. One ipcMain.handle per channel of the
// contract; each call passes the trusted-sender check FIRST (checklist item 17: validate the
// sender of all IPC messages), and only then reaches the handlers, which validate the input with
// the contract's zod schema (DESIGN.md convention 1). Events go to the renderer on one channel.
import type { Result } from '../shared/contract-base.ts';
import { isAppUrl } from './csp.ts';

/** The one Result of the contract (shared/contract-base.ts), with the value not yet typed. */
export type IpcResult = Result<unknown>;

export type FrameLike =
  { url: string; parent: FrameLike | null | undefined; origin?: string } | null | undefined;

export type InvokeEventLike = {
  senderFrame: FrameLike;
  sender: { id: number; mainFrame?: unknown };
};

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/**
 * Trusted when the message comes from a top-level frame (not an iframe) showing the app origin,
 * and, when given, from one of our own windows' web contents.
 */
export function isTrustedSender(
  event: InvokeEventLike,
  isOurContents: (id: number) => boolean = () => true,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed before we got here
  if (frame.parent) return false;
  if (event.sender.mainFrame !== undefined && event.sender.mainFrame !== frame) return false;
  if (!isAppUrl(frame.url)) return false;
  if (frame.origin !== undefined && frame.origin !== 'null' && !isAppUrl(frame.origin))
    return false;
  return isOurContents(event.sender.id);
}

export const REFUSED_SENDER: IpcResult = {
  ok: false,
  error: {
    code: 'permission-denied',
    message:
      'This request did not come from the Certdesk window, so it was refused. Restart Certdesk if this keeps happening.',
    retryable: false,
  },
};

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult>;

/**
 * Registers every contract channel. Returns a function that removes them (on quit). Extra
 * arguments are ignored: the contract has one object argument per call.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  opts: {
    channels: readonly string[];
    dispatch: Dispatch;
    isOurContents?: (id: number) => boolean;
    onRefused?: (channel: string) => void;
  },
): () => void {
  for (const channel of opts.channels) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event, opts.isOurContents)) {
        opts.onRefused?.(channel);
        return REFUSED_SENDER;
      }
      return opts.dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of opts.channels) ipcMain.removeHandler(channel);
  };
}

export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

/** Sends one event to every live app window, never to a page that is not the app. */
export function createEventSender(
  eventsChannel: string,
  targets: () => readonly EventTarget[],
): (event: unknown) => void {
  return (event) => {
    for (const wc of targets()) {
      if (wc.isDestroyed() || !isAppUrl(wc.getURL())) continue;
      wc.send(eventsChannel, event);
    }
  };
}
