// The tray: worst state of the certificates -> icon + tooltip, the menu, and the icon files themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import {
  trayState,
  TRAY_STATES,
  trayIconFile,
  DUE_SOON_MS,
} from '../../../src-main/app/tray-state.ts';
import {
  createTray,
  trayMenuTemplate,
  trayIconPath,
  type TrayMenuItem,
} from '../../../src-main/app/tray.ts';
import { DAY_MS } from '../../../src-main/shared/durations.ts';
import type { CertStatus } from '../../../src-main/shared/types.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const cert = (id: string, status: CertStatus, renewInDays: number | null = 40) => ({
  id,
  status,
  nextRenewalAt: renewInDays === null ? null : new Date(NOW + renewInDays * DAY_MS).toISOString(),
});
const root = path.resolve(import.meta.dirname, '../../..');

test('no certificates: all good, and the tooltip says so', () => {
  const s = trayState([], NOW);
  assert.equal(s.level, 'ok');
  assert.equal(s.tooltip, 'Certdesk: no certificates yet');
});

test('the worst certificate decides the icon', () => {
  assert.equal(
    trayState([cert('a', 'valid'), cert('b', 'valid')], NOW).tooltip,
    'Certdesk: all 2 certificates are fine',
  );
  assert.equal(trayState([cert('a', 'valid')], NOW).tooltip, 'Certdesk: your certificate is fine');
  const due = trayState([cert('a', 'valid'), cert('b', 'valid', 1)], NOW);
  assert.equal(due.level, 'due');
  assert.equal(due.tooltip, 'Certdesk: 1 renewal coming up');
  assert.deepEqual(due.worstIds, ['b']);
  assert.equal(trayState([cert('a', 'renewing')], NOW).level, 'due');
  assert.equal(trayState([cert('a', 'retry-wait')], NOW).level, 'due');
  assert.equal(
    trayState([cert('a', 'valid', -2)], NOW).level,
    'due',
    'a renewal that is overdue but not failed yet',
  );
  const bad = trayState(
    [cert('a', 'valid', 1), cert('b', 'needs-attention'), cert('c', 'expired'), cert('d', 'valid')],
    NOW,
  );
  assert.equal(bad.level, 'attention');
  assert.equal(bad.tooltip, 'Certdesk: 2 certificates need attention');
  assert.deepEqual(bad.worstIds, ['b', 'c']);
  assert.deepEqual(bad.counts, { total: 4, ok: 1, due: 1, attention: 2 });
  assert.equal(
    trayState([cert('a', 'needs-attention')], NOW).tooltip,
    'Certdesk: 1 certificate needs attention',
  );
});

test('"due soon" starts a few days before the planned renewal, not earlier', () => {
  const days = DUE_SOON_MS / DAY_MS;
  assert.equal(trayState([cert('a', 'valid', days + 1)], NOW).level, 'ok');
  assert.equal(trayState([cert('a', 'valid', days)], NOW).level, 'due');
  assert.equal(trayState([cert('a', 'valid', null)], NOW).level, 'ok');
});

test("paused renewals show in the tooltip (and stay far below Windows' 127-character limit)", () => {
  const s = trayState(
    Array.from({ length: 10_000 }, (_, i) => cert(String(i), 'needs-attention')),
    NOW,
    true,
  );
  assert.equal(s.tooltip, 'Certdesk: 10000 certificates need attention (renewals paused)');
  assert.ok(s.tooltip.length < 127);
});

test('the menu: open, renew all, pause (checkbox), quit', () => {
  const calls: string[] = [];
  const actions = {
    open: () => calls.push('open'),
    renewAll: () => calls.push('renew'),
    setPaused: (p: boolean) => calls.push(`paused=${p}`),
    quit: () => calls.push('quit'),
  };
  const menu = trayMenuTemplate(trayState([cert('a', 'valid')], NOW), false, actions);
  const labelled = menu.filter((m): m is Extract<TrayMenuItem, { label: string }> => 'label' in m);
  assert.deepEqual(
    labelled.map((m) => m.label),
    [
      'your certificate is fine',
      'Open Certdesk',
      'Renew all now',
      'Pause renewals',
      'Quit Certdesk',
    ],
  );
  const pause = labelled.find((m) => m.label === 'Pause renewals') as Extract<
    TrayMenuItem,
    { type: 'checkbox' }
  >;
  assert.equal(pause.type, 'checkbox');
  assert.equal(pause.checked, false);
  pause.click({ checked: true });
  for (const m of labelled)
    if ('click' in m && m.label !== 'Pause renewals') (m.click as () => void)();
  assert.deepEqual(calls, ['paused=true', 'open', 'renew', 'quit']);
  const paused = trayMenuTemplate(trayState([cert('a', 'valid')], NOW), true, actions);
  assert.equal(
    (paused.find((m) => 'label' in m && m.label === 'Renew all now') as { enabled?: boolean })
      .enabled,
    false,
    'renew all is off while paused',
  );
  assert.equal(
    (paused.find((m) => 'label' in m && m.label === 'Pause renewals') as { checked: boolean })
      .checked,
    true,
  );
});

test('createTray sets icon, tooltip and menu, and updates only on change', () => {
  const log: string[] = [];
  const images: string[] = [];
  const e = {
    Tray: class {
      constructor(img: unknown) {
        log.push(`new ${(img as { p: string }).p}`);
      }
      setImage(img: unknown) {
        log.push(`image ${(img as { p: string }).p}`);
      }
      setToolTip(t: string) {
        log.push(`tip ${t}`);
      }
      setContextMenu() {
        log.push('menu');
      }
      on(ev: string) {
        log.push(`on ${ev}`);
      }
      destroy() {
        log.push('destroy');
      }
    },
    Menu: { buildFromTemplate: (t: TrayMenuItem[]) => t },
    nativeImage: {
      createFromPath: (p: string) => {
        images.push(p);
        return { p: path.basename(p), setTemplateImage: () => log.push('template') };
      },
    },
  };
  const noop = () => {};
  const t = createTray(e, {
    assetsDir: '/a',
    platform: 'linux',
    initial: trayState([], NOW),
    actions: { open: noop, renewAll: noop, setPaused: noop, quit: noop },
  });
  assert.deepEqual(log, [
    'new tray-ok.png',
    'on click',
    'image tray-ok.png',
    'tip Certdesk: no certificates yet',
    'menu',
  ]);
  log.length = 0;
  t.update(trayState([], NOW), false);
  assert.deepEqual(log, [], 'same state: nothing redrawn');
  t.update(trayState([cert('x', 'expired')], NOW), false);
  assert.deepEqual(log, [
    'image tray-attention.png',
    'tip Certdesk: 1 certificate needs attention',
    'menu',
  ]);
  const mac = createTray(e, {
    assetsDir: '/a',
    platform: 'darwin',
    initial: trayState([], NOW),
    actions: { open: noop, renewAll: noop, setPaused: noop, quit: noop },
  });
  assert.ok(images.at(-1)!.endsWith(path.join('tray', 'tray-okTemplate.png')));
  assert.ok((log as string[]).includes('template'));
  mac.destroy();
});

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString(), 'PNG', file);
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

test('every tray icon exists at 1x (16 px) and 2x (32 px), colour and macOS template', () => {
  for (const level of TRAY_STATES) {
    for (const template of [false, true]) {
      assert.deepEqual(
        pngSize(trayIconPath(path.join(root, 'assets'), level, template ? 'darwin' : 'win32')),
        { w: 16, h: 16 },
      );
      assert.deepEqual(
        pngSize(path.join(root, 'assets', 'tray', trayIconFile(level, template, 2))),
        { w: 32, h: 32 },
      );
    }
  }
});

test('the app icons exist: 1024 PNG for .icns, NxN PNGs for Linux, a multi-size .ico', () => {
  assert.deepEqual(pngSize(path.join(root, 'assets', 'icon.png')), { w: 1024, h: 1024 });
  for (const s of [16, 32, 48, 64, 128, 256, 512])
    assert.deepEqual(pngSize(path.join(root, 'assets', 'icons', `${s}x${s}.png`)), { w: s, h: s });
  const ico = readFileSync(path.join(root, 'assets', 'icon.ico'));
  assert.equal(ico.readUInt16LE(0), 0);
  assert.equal(ico.readUInt16LE(2), 1, 'type 1 = icon');
  const count = ico.readUInt16LE(4);
  const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
  for (const s of [16, 32, 48, 256]) assert.ok(sizes.includes(s), `ico has ${s}px`);
  assert.ok(existsSync(path.join(root, 'assets', 'icon.svg')));
});
