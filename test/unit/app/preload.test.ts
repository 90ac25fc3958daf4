// The preload as it ships: src-main/app/preload.ts bundled the way scripts/build.ts bundles it
// (CommonJS, electron external), then run in a VM whose `require` knows only 'electron' (as in a
// sandboxed renderer) with a fake contextBridge and ipcRenderer. Asserts the whole surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { EVENTS_CHANNEL } from '../../../src-main/app/events-channel.ts';

const root = path.resolve(import.meta.dirname, '../../..');

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'src-main/app/preload.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    target: 'node22',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return out.outputFiles[0].text;
}

type Listener = (e: unknown, payload: unknown) => void;

async function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Listener[]>();
  const required: string[] = [];
  const ipcRenderer = {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return { ok: true, value: 'pong' };
    },
    on: (channel: string, l: Listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), l]);
    },
    removeListener: (channel: string, l: Listener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((x) => x !== l),
      );
    },
    send: () => {
      throw new Error('send must never be used');
    },
    sendSync: () => {
      throw new Error('sendSync must never be used');
    },
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed.set(key, value);
    },
  };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  const context = vm.createContext({
    require: sandboxRequire,
    module,
    exports: module.exports,
    process: { platform: 'linux' },
    console,
  });
  vm.runInContext(await bundle(), context, { filename: 'preload.cjs' });
  return { exposed, invoked, listeners, required };
}

test('exactly window.certdesk = { invoke, onEvent, platform }, and only electron is required', async () => {
  const { exposed, required } = await loadPreload();
  assert.deepEqual([...exposed.keys()], ['certdesk']);
  const api = exposed.get('certdesk') as Record<string, unknown>;
  assert.deepEqual(Object.keys(api).sort(), ['invoke', 'onEvent', 'platform']);
  assert.equal(typeof api.invoke, 'function');
  assert.equal(typeof api.onEvent, 'function');
  assert.equal(api.platform, 'linux');
  assert.deepEqual([...new Set(required)], ['electron']);
});

test('invoke passes contract channels through and refuses any other without touching IPC', async () => {
  const { exposed, invoked } = await loadPreload();
  const api = exposed.get('certdesk') as { invoke(c: unknown, i?: unknown): Promise<unknown> };
  assert.ok(CHANNELS.length > 0);
  const first = CHANNELS[0] as string;
  assert.deepEqual(await api.invoke(first, { a: 1 }), { ok: true, value: 'pong' });
  assert.deepEqual(invoked, [[first, { a: 1 }]]);
  for (const bad of [
    '',
    'nope:nope',
    EVENTS_CHANNEL,
    '__proto__',
    'constructor',
    'toString',
    42,
    null,
    undefined,
    { toString: () => first },
  ]) {
    await assert.rejects(api.invoke(bad, {}), /Unknown channel/, String(bad));
  }
  assert.equal(invoked.length, 1, 'nothing refused reached ipcRenderer');
});

test('onEvent delivers payloads (never the IPC event object) and unsubscribes', async () => {
  const { exposed, listeners } = await loadPreload();
  const api = exposed.get('certdesk') as { onEvent(cb: (p: unknown) => void): () => void };
  const got: unknown[] = [];
  const off = api.onEvent((p) => got.push(p));
  const fire = (p: unknown) => {
    for (const l of listeners.get(EVENTS_CHANNEL) ?? []) l({ sender: 'ipc-event-with-sender' }, p);
  };
  fire({ type: 'x' });
  assert.deepEqual(got, [{ type: 'x' }]);
  off();
  fire({ type: 'y' });
  assert.deepEqual(got, [{ type: 'x' }]);
  assert.equal(listeners.get(EVENTS_CHANNEL)?.length, 0);
  assert.throws(() => api.onEvent('not a function' as never), /needs a function/);
});
