// ipc.ts: the trusted-sender check comes first (checklist item 17); a foreign frame reaches nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  registerIpc,
  createEventSender,
  isTrustedSender,
  REFUSED_SENDER,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../src-main/app/ipc-core.ts';
import { CHANNELS, type Channel } from '../../../src-main/shared/contract.ts';
import { dispatch, wrapHandlers, type Impls } from '../../../src-main/api/dispatch.ts';

function fakeIpcMain() {
  const handlers = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (c, l) => {
      assert.ok(!handlers.has(c), `one handler per channel (${c})`);
      handlers.set(c, l);
    },
    removeHandler: (c) => {
      handlers.delete(c);
    },
  };
  return { ipc, handlers };
}

const mainFrame = (url: string) => ({ url, parent: null });
const event = (frame: InvokeEventLike['senderFrame'], id = 1): InvokeEventLike => ({
  senderFrame: frame,
  sender: { id, mainFrame: frame },
});

test('every contract channel gets one handler; a trusted call is dispatched with its input', async () => {
  const { ipc, handlers } = fakeIpcMain();
  const seen: [string, unknown][] = [];
  const off = registerIpc(ipc, {
    channels: ['cert:list', 'cert:renew'],
    dispatch: async (c, i) => {
      seen.push([c, i]);
      return { ok: true, value: 42 };
    },
  });
  assert.deepEqual([...handlers.keys()], ['cert:list', 'cert:renew']);
  const r = await handlers.get('cert:renew')!(
    event(mainFrame('app://certdesk/index.html')),
    { id: 'x' },
    'ignored extra',
  );
  assert.deepEqual(r, { ok: true, value: 42 });
  assert.deepEqual(seen, [['cert:renew', { id: 'x' }]]);
  off();
  assert.equal(handlers.size, 0);
});

test('calls from a foreign page, an iframe, a vanished frame or another window are refused before dispatch', async () => {
  const { ipc, handlers } = fakeIpcMain();
  let dispatched = 0;
  const refused: string[] = [];
  registerIpc(ipc, {
    channels: ['cert:list'],
    dispatch: async () => {
      dispatched += 1;
      return { ok: true, value: null };
    },
    isOurContents: (id) => id === 1,
    onRefused: (c) => refused.push(c),
  });
  const h = handlers.get('cert:list')!;
  const top = mainFrame('app://certdesk/index.html');
  const cases: InvokeEventLike[] = [
    event(mainFrame('https://evil.example/')),
    event(mainFrame('file:///home/u/index.html')),
    event(mainFrame('app://evil/index.html')),
    event({ url: 'app://certdesk/index.html', parent: top }), // an iframe, even of our origin
    { senderFrame: top, sender: { id: 1, mainFrame: mainFrame('app://certdesk/index.html') } }, // not that contents' main frame
    event(null),
    event(undefined),
    event(mainFrame('app://certdesk/index.html'), 7), // not one of our windows
    event({ url: 'app://certdesk/index.html', parent: null, origin: 'https://evil.example' }),
  ];
  for (const e of cases) assert.deepEqual(await h(e, {}), REFUSED_SENDER);
  assert.equal(dispatched, 0);
  assert.equal(refused.length, cases.length);
  assert.equal(REFUSED_SENDER.ok, false);
  assert.equal(isTrustedSender(event(mainFrame('app://certdesk/'))), true);
  assert.equal(
    isTrustedSender({
      senderFrame: { url: 'app://certdesk/', parent: null, origin: 'app://certdesk' },
      sender: { id: 1 },
    }),
    true,
  );
});

// Moved from test/unit/web/dispatch.test.ts when dispatch lost its own sender flag (issue 16):
// the check lives in the transport, so the transport is what is tested, over the real dispatch.
test('an untrusted sender reaches no handler, whatever it asks', async () => {
  const calls: string[] = [];
  const impls = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async () => {
        calls.push(c);
        return {};
      },
    ]),
  ) as unknown as Impls;
  const handlers = wrapHandlers(impls);
  const { ipc, handlers: registered } = fakeIpcMain();
  registerIpc(ipc, {
    channels: CHANNELS,
    dispatch: (c, i) => dispatch(handlers, c, i),
    isOurContents: (id) => id === 1,
  });
  const foreign = event(mainFrame('https://evil.example/'));
  for (const c of ['app:state', 'cert:delete'] satisfies Channel[])
    assert.deepEqual(await registered.get(c)!(foreign, { id: 'x' }), REFUSED_SENDER);
  // A channel outside the contract has no handler at all: Electron rejects the invoke itself.
  assert.equal(registered.has('nope:nope'), false);
  assert.deepEqual(calls, []);
});

test('events go on one channel to live app windows only', () => {
  const sent: string[] = [];
  const wc = (name: string, url: string, destroyed = false) => ({
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (c: string, p: unknown) => sent.push(`${name} ${c} ${JSON.stringify(p)}`),
  });
  const send = createEventSender('certdesk:event', () => [
    wc('a', 'app://certdesk/index.html'),
    wc('b', 'https://evil.example/'),
    wc('c', 'app://certdesk/', true),
  ]);
  send({ type: 'cert-changed', id: 'x' });
  assert.deepEqual(sent, ['a certdesk:event {"type":"cert-changed","id":"x"}']);
});
