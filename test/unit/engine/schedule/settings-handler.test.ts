// Settings > "Keep renewing when I am signed out" (issue 19) through the real handlers and a real
// Engine, with the runtime's timer set to the recording stand-in: ticking the box installs the
// systemd user timer that runs `certdesk renew --quiet` on this data folder, the state is read
// back from the OS (here: the stand-in's systemctl), and unticking removes it. A handler set
// built without a timer refuses instead of reaching this machine's own crontab or units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../../src-main/engine/engine.ts';
import { createHandlerSet, dispatch } from '../../../../src-main/api/index.ts';
import type { Result } from '../../../../src-main/shared/contract.ts';
import { timerStandIn, type TimerStandIn } from '../../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

type State = {
  installed: boolean;
  active: boolean;
  kind: string;
  times: string[];
  lingerNeeded: boolean;
  keyMoved: boolean;
};

async function setup(timer: TimerStandIn | undefined) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-unattended-'));
  const engine = await Engine.open({ dataDir });
  const set = createHandlerSet({
    engine,
    emit: () => {},
    face: 'app',
    ...(timer ? { timer } : {}),
  });
  const call = async (channel: string, input: unknown) =>
    (await dispatch(set.handlers, channel, input)) as Result<State>;
  return { dataDir, call };
}

const value = (r: Result<State>): State => {
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
};

test('ticking the box installs the user timer; unticking removes it; the state is the OS view', async () => {
  const timer = timerStandIn();
  const { dataDir, call } = await setup(timer);
  assert.equal(value(await call('unattended:get', {})).installed, false);

  const on = value(await call('unattended:set', { enabled: true }));
  assert.deepEqual(
    { ...on, times: on.times.length },
    {
      installed: true,
      active: true,
      kind: 'systemd',
      times: 2,
      lingerNeeded: false,
      keyMoved: false,
    },
  );
  for (const t of on.times) assert.match(t, /^\d\d:\d\d$/);
  assert.ok(
    timer.calls.includes('systemctl --user enable --now certdesk-renew.timer'),
    String(timer.calls),
  );
  const unit = path.join(timer.root, 'home/.config/systemd/user/certdesk-renew.service');
  const exec = readFileSync(unit, 'utf8');
  assert.ok(
    exec.includes(`ExecStart=/opt/Certdesk/certdesk --data-dir ${dataDir} renew --quiet`),
    exec,
  );
  assert.deepEqual(value(await call('unattended:get', {})), on);

  const off = value(await call('unattended:set', { enabled: false }));
  assert.equal(off.installed, false);
  assert.equal(existsSync(unit), false);
  assert.ok(timer.calls.includes('systemctl --user disable --now certdesk-renew.timer'));
});

test('without lingering the state says one more step is needed', async () => {
  const { call } = await setup(timerStandIn({ linger: false }));
  const on = value(await call('unattended:set', { enabled: true }));
  assert.equal(on.installed, true);
  assert.equal(on.lingerNeeded, true);
});

test('the OS refusing gives an error the window can say, and nothing stays installed', async () => {
  const timer = timerStandIn();
  const { call } = await setup(timer);
  timer.failWith = 'Access denied';
  const r = await call('unattended:set', { enabled: true });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'permission-denied');
  timer.failWith = null;
  assert.equal(value(await call('unattended:get', {})).installed, false);
});

test('a handler set without the runtime timer refuses and never falls back to the real system', async () => {
  const { call } = await setup(undefined);
  for (const [channel, input] of [
    ['unattended:get', {}],
    ['unattended:set', { enabled: true }],
  ] as const) {
    const r = await call(channel, input);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'unsupported');
  }
});
