// The preload of the sandboxed window: the only bridge between the page and the main process
// (checklist item 20: do not expose Electron APIs to untrusted web content). It exposes exactly
// `window.certdesk = { invoke, onEvent, platform }` and nothing else: no ipcRenderer, no generic
// send, no Node. Built as CommonJS (dist/main/preload.cjs): a sandboxed preload cannot be an ES
// module, and may only require 'electron' (test/unit/app/preload.test.ts runs the real bundle).
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/channels.ts';
import { EVENTS_CHANNEL } from './events-channel.ts';

// A private copy: the page cannot add a channel by mutating an array it does not have.
const allowed = new Set<string>(CHANNEL_NAMES);

const api = {
  /** One request/response call of the contract; channels outside it are refused here, before any IPC. */
  invoke(channel: string, input?: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.reject(new Error(`Unknown channel: ${String(channel).slice(0, 60)}`));
    }
    return ipcRenderer.invoke(channel, input);
  },
  /** Main -> renderer events; returns the function that unsubscribes. The IPC event object is never passed on. */
  onEvent(cb: (event: unknown) => void): () => void {
    if (typeof cb !== 'function') throw new TypeError('onEvent needs a function');
    const listener = (_e: unknown, payload: unknown) => cb(payload);
    ipcRenderer.on(EVENTS_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENTS_CHANNEL, listener);
    };
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('certdesk', api);
