// Issue 17: the tray shows how many certificates wait for the person (tray.waiting_*), and follows
// the engine's state: a wait started or ended through the window's own channels (deploy:add,
// deploy:done over the registered IPC dispatch) redraws it, and so does time passing into the
// urgent tenth of the served certificate's lifetime (red icon). The app's tray factory
// (startDesktop) with the Electron stand-in, the real runtime (api/runtime.ts) and engine.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDesktop, type RenewalScheduler } from '../../../src-main/app/desktop.ts';
import { trayState } from '../../../src-main/app/tray-state.ts';
import { trayMenuTemplate } from '../../../src-main/app/tray.ts';
import { openRuntime } from '../../../src-main/api/runtime.ts';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { DAY_MS, HOUR_MS } from '../../../src-main/shared/durations.ts';
import type { Dispatch } from '../../../src-main/app/ipc-core.ts';
import { fakeElectron } from './fake-electron.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';
import { seedRenewedCertificate, waitAtManualPlace } from '../../helpers/renewed-cert.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const T0 = Date.parse('2026-06-01T09:00:00Z');
const noop = () => {};
const actions = { open: noop, renewAll: noop, setPaused: noop, quit: noop };
const labels = (s: ReturnType<typeof trayState>) =>
  trayMenuTemplate(s, false, actions).flatMap((m) => ('label' in m ? [m.label] : []));

test('trayState: waiting certificates are counted, named in the tooltip, urgent turns it red', () => {
  const fine = { id: 'a', status: 'valid' as const, nextRenewalAt: null };
  const calm = trayState([fine], T0, false, 'en', 0, [{ certId: 'a', urgent: false }]);
  assert.equal(calm.level, 'due');
  assert.equal(calm.tooltip, 'Certdesk: 1 certificate waits for you to put it in place');
  assert.equal(calm.waiting, 1);
  assert.deepEqual(calm.worstIds, ['a']);
  const two = trayState([fine], T0, false, 'da', 0, [
    { certId: 'a', urgent: false },
    { certId: 'b', urgent: true },
  ]);
  assert.equal(two.level, 'attention');
  assert.equal(two.status, '2 certifikater venter på, at du sætter dem på plads');
  assert.deepEqual(two.worstIds, ['b']);
  // A certificate that needs attention is the headline; the waiting count keeps its own line.
  const bad = trayState([{ id: 'x', status: 'expired', nextRenewalAt: null }], T0, false, 'en', 0, [
    { certId: 'a', urgent: false },
  ]);
  assert.equal(bad.status, '1 certificate needs attention');
  assert.deepEqual(labels(bad).slice(0, 2), [
    '1 certificate needs attention',
    '1 certificate waits for you to put it in place',
  ]);
  assert.equal(labels(calm).filter((l) => /waits for you/.test(l)).length, 1, 'not twice');
  assert.equal(trayState([fine], T0).waiting, 0);
});

function fakeScheduler(): RenewalScheduler & { fire(): void } {
  let cb: ((s: unknown) => void) | null = null;
  return {
    start: noop,
    stop: async () => {},
    kick: noop,
    pause: noop,
    onState: (f) => {
      cb = f;
    },
    fire: () => cb?.({}),
  };
}

test('the tray follows the engine: a renewal waiting at a router, Done, another place, then urgent', async () => {
  let now = T0;
  const clock = {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
  };
  const userData = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'certdesk-tray-wait-')),
    'Certdesk',
  );
  dirs.push(path.dirname(userData));
  // Before the app starts: a certificate renewed while it was closed (`certdesk renew` from cron),
  // waiting at a place updated by hand. The old one, still served, has 12 of its 90 days left.
  const cli = await Engine.open({ dataDir: userData, clock });
  const life = {
    previous: { notBefore: T0 - 78 * DAY_MS, notAfter: T0 + 12 * DAY_MS },
    current: { notBefore: T0 - HOUR_MS, notAfter: T0 + 90 * DAY_MS },
  };
  const a = await seedRenewedCertificate(cli, { name: 'router.example.test', ...life });
  const routerTarget = await waitAtManualPlace(cli, a.id);
  const b = await seedRenewedCertificate(cli, { name: 'nas.example.test', ...life });

  const f = fakeElectron({ userData });
  const scheduler = fakeScheduler();
  const timer = timerStandIn();
  dirs.push(timer.root);
  let dispatch: Dispatch | null = null;
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: (o) => {
      dispatch = o.dispatch;
      return noop;
    },
    openRuntime: async (c) => {
      const rt = await openRuntime({
        dataDir: c.dataDir,
        logger: c.logger,
        face: 'app',
        timer,
        clock,
        onEvent: c.emit,
      });
      return { engine: rt.engine, dispatch: rt.dispatch, scheduler };
    },
    createLogger: () => silentLogger,
    platform: 'linux',
    clock,
  });
  f.ready();
  assert.equal(await handle.ready, 'running');
  const tray = f.trays[0];
  const icon = () => path.basename((tray.image as { path: string }).path);
  const until = async (what: string, ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(ok(), `${what}: ${tray.tooltip}`);
  };

  assert.equal(tray.tooltip, 'Certdesk: 1 certificate waits for you to put it in place');
  assert.equal(tray.menu[0].label, '1 certificate waits for you to put it in place');
  assert.equal(icon(), 'tray-due.png');

  // "Done" in the window (the same engine path as `certdesk deploy done`).
  const done = await dispatch!('deploy:done', { id: a.id, targetId: routerTarget });
  assert.equal(done.ok, true, JSON.stringify(done));
  await until('Done clears the count', () => !/waits for you/.test(tray.tooltip));
  assert.equal(tray.tooltip, 'Certdesk: all 2 certificates are fine');
  assert.equal(icon(), 'tray-ok.png');

  // A place added by hand in the window for the other certificate: it waits at once.
  const added = await dispatch!('deploy:add', {
    id: b.id,
    config: { kind: 'manual', label: 'NAS control panel' },
    run: true,
  });
  assert.equal(added.ok, true, JSON.stringify(added));
  await until('the new wait is counted', () => /1 certificate waits/.test(tray.tooltip));
  assert.equal(icon(), 'tray-due.png');

  // Two days on, the certificate the NAS still serves has under a tenth of its life left.
  now = T0 + 3 * DAY_MS + 2 * HOUR_MS;
  scheduler.fire(); // the scheduler's next pass redraws the tray
  assert.equal(icon(), 'tray-attention.png', 'urgent: red');
  assert.equal(tray.tooltip, 'Certdesk: 1 certificate waits for you to put it in place');
  f.app.emit('before-quit', { preventDefault: noop });
  await until('quit', () => tray.destroyed);
});
