// The desktop app as main.ts wires it (desktop-runtime.ts: the real runtime, handlers and renewal
// service), on the Electron stand-in, against a real CA (Pebble): a certificate is issued through
// the window's IPC (the trusted frame), then the tray's "Renew all now" renews it through the
// window's own cert:renewAll path; the export folder picker opens where the person last chose,
// and the window comes back where it was (electron-store's port, issue 16). Issue 23.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { fakeElectron } from '../unit/app/fake-electron.ts';
import { startDesktop } from '../../src-main/app/desktop.ts';
import { desktopRuntimeOpener } from '../../src-main/app/desktop-runtime.ts';
import { memoryPrefs } from '../../src-main/app/desktop-prefs.ts';
import { registerIpc } from '../../src-main/app/ipc-core.ts';
import { CHANNELS } from '../../src-main/shared/contract.ts';
import { silentLogger } from '../../src-main/engine/ports.ts';
import { timerStandIn } from '../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

function openDesktop(userData: string, prefs: ReturnType<typeof memoryPrefs>, folder: string) {
  const f = fakeElectron({ userData });
  const asked: (string | undefined)[] = [];
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: (o) => registerIpc(f.ipcMain, o),
    openRuntime: desktopRuntimeOpener({
      chooseFolder: async (defaultPath) => {
        asked.push(defaultPath);
        return folder;
      },
      copyToClipboard: () => {},
      timer: timerStandIn(),
      testCa: {
        caCertPem: pebble.caCertPem,
        httpPort: pebble.httpPort,
        tlsPort: pebble.tlsPort,
        dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
      },
    }),
    createLogger: () => silentLogger,
    openPrefs: () => prefs,
    argv: ['certdesk'],
    env: {},
    platform: 'linux',
  });
  /** A request as the window's preload sends it: from the app's top frame, over ipcMain. */
  const call = async (channel: string, input: unknown): Promise<Envelope> => {
    const wc = f.windows[0].webContents;
    const frame = { url: 'app://certdesk/index.html', parent: null };
    const handler = f.ipcMain.handlers.get(channel)!;
    return (await handler(
      { senderFrame: frame, sender: { id: wc.id, mainFrame: frame } },
      input,
    )) as Envelope;
  };
  const ok = async (channel: string, input: unknown = {}) => {
    const r = await call(channel, input);
    assert.ok(r.ok, `${channel}: ${JSON.stringify(r.error)}`);
    return r.value as Record<string, unknown>;
  };
  return { f, handle, asked, ok };
}

test('the tray\'s "Renew all now" renews through the real runtime; folder and window remembered', async () => {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-tray-')), 'Certdesk');
  const exportDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-tray-export-'));
  const prefs = memoryPrefs();
  const a = openDesktop(userData, prefs, exportDir);
  a.f.ready();
  assert.equal(await a.handle.ready, 'running');
  await a.ok('account:create', {
    directoryUrl: pebble.directoryUrl,
    email: 'tray@example.org',
    agreeTos: true,
  });
  const issued = await a.ok('cert:issue', {
    runId: 'tray-1',
    names: ['tray.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const first = issued.certificate as { id: string; serial: string };

  // The tray redraws on the scheduler's events; its menu has "Renew all now" enabled now.
  for (let i = 0; i < 100 && !a.f.trays[0].tooltip.includes('1'); i++)
    await new Promise((r) => setTimeout(r, 20));
  a.f.trays[0].click('Renew all now');
  let serial = first.serial;
  for (let i = 0; i < 300 && serial === first.serial; i++) {
    await new Promise((r) => setTimeout(r, 50));
    serial = ((await a.ok('cert:get', { id: first.id })) as { serial: string }).serial;
  }
  assert.notEqual(serial, first.serial, 'a new certificate from the CA');
  const events = a.f.windows[0].webContents.sent.map(([, e]) => e as { type: string });
  assert.ok(
    events.some((e) => e.type === 'renew-all'),
    'the window hears the progress, as after its own button',
  );

  // The folder picker: nothing remembered the first time, then where the person chose.
  assert.deepEqual(await a.ok('export:chooseFolder'), { path: exportDir });
  await a.ok('export:chooseFolder');
  assert.deepEqual(a.asked, [undefined, exportDir]);

  // The window moved and was maximised; on the next start it comes back so.
  a.f.windows[0].options.x = 40;
  a.f.windows[0].options.y = 30;
  a.f.windows[0].maximize();
  a.f.app.quit();
  for (let i = 0; i < 200 && !a.f.calls.includes('quit'); i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(prefs.values.window, {
    bounds: { x: 40, y: 30, width: 1100, height: 760 },
    maximized: true,
  });
  const b = openDesktop(userData, prefs, exportDir);
  b.f.ready();
  assert.equal(await b.handle.ready, 'running');
  const w = b.f.windows[0];
  assert.deepEqual(
    [w.options.x, w.options.y, w.options.width, w.options.height],
    [40, 30, 1100, 760],
  );
  assert.equal(w.isMaximized(), true);
  b.f.app.quit();
  for (let i = 0; i < 200 && !b.f.calls.includes('quit'); i++)
    await new Promise((r) => setTimeout(r, 10));
});
