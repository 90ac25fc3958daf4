// install, status and remove round-trip into a temporary configuration root (issue 19), for each
// kind of timer, with a recording stand-in for systemctl, loginctl, crontab, launchctl and schtasks:
// nothing here touches the real system. The files written are the ones units.test.ts verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  enableUnattended,
  removeTimer,
  timerStatus,
  type SchedulePort,
} from '../../../../src-main/engine/schedule/index.ts';
import { runCli } from '../../../../src-main/cli/main.ts';
import { scheduleDeps } from '../../../../src-main/cli/commands/schedule.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

type Fake = SchedulePort & {
  calls: string[];
  state: { active: boolean; crontab: string | null; linger: boolean; task: boolean };
};

function fakeSystem(
  platform: NodeJS.Platform,
  opts: { hasSystemd?: boolean; lingerAllowed?: boolean; denied?: boolean } = {},
): Fake {
  const root = mkdtempSync(path.join(os.tmpdir(), 'certdesk-sched-'));
  const calls: string[] = [];
  const state = {
    active: false,
    crontab: '# theirs\n5 4 * * * /usr/local/bin/backup\n' as string | null,
    linger: false,
    task: false,
  };
  const ok = (stdout = '') => ({ code: 0, stdout, stderr: '' });
  const fail = (stderr: string, code = 1) => ({ code, stdout: '', stderr });
  return {
    platform,
    user: platform === 'win32' ? 'PC\\ann' : 'ann',
    uid: 1000,
    hasSystemd: opts.hasSystemd ?? true,
    roots: {
      systemdUser: path.join(root, 'home/.config/systemd/user'),
      systemdSystem: path.join(root, 'etc/systemd/system'),
      launchAgents: path.join(root, 'home/Library/LaunchAgents'),
      launchDaemons: path.join(root, 'Library/LaunchDaemons'),
      taskXmlDir: path.join(root, 'data/schedule'),
    },
    random: () => 0.5,
    now: () => new Date('2026-05-01T10:00:00Z'),
    calls,
    state,
    async run(cmd, args, input) {
      calls.push([cmd, ...args].join(' '));
      if (opts.denied) return fail('Access denied');
      const a = args.filter((x) => x !== '--user');
      switch (cmd) {
        case 'systemctl':
          if (a[0] === 'enable') state.active = true;
          if (a[0] === 'disable') state.active = false;
          if (a[0] === 'is-active') return state.active ? ok('active\n') : fail('inactive\n', 3);
          return ok();
        case 'loginctl':
          if (a[0] === 'show-user') return ok(state.linger ? 'yes\n' : 'no\n');
          if (a[0] === 'enable-linger' && opts.lingerAllowed) {
            state.linger = true;
            return ok();
          }
          return fail('Access denied');
        case 'crontab':
          if (a[0] === '-l')
            return state.crontab === null ? fail('no crontab for ann') : ok(state.crontab);
          state.crontab = input ?? '';
          return ok();
        case 'launchctl':
          if (a[0] === 'bootstrap') state.active = true;
          if (a[0] === 'bootout') state.active = false;
          if (a[0] === 'print')
            return state.active ? ok('state = waiting') : fail('not found', 113);
          return ok();
        case 'schtasks':
          if (a[0] === '/Create') state.task = true;
          if (a[0] === '/Delete') state.task = false;
          if (a[0] === '/Query')
            return state.task
              ? ok('Certdesk\\Renew Ready')
              : fail('ERROR: The system cannot find the file specified.');
          return ok();
      }
      return fail(`${cmd}: not found`, 127);
    },
  };
}

const dataDir = path.join(os.tmpdir(), 'certdesk-data');
const command = ['/usr/bin/certdesk'];

async function roundTrip(port: Fake, scope: 'user' | 'system') {
  const before = await timerStatus(port, scope);
  assert.equal(before.installed, false);
  const r = await enableUnattended({ port, dataDir, command, scope, secretBackend: null });
  const st = await timerStatus(port, scope);
  assert.equal(st.installed, true);
  assert.equal(st.active, true);
  assert.equal(st.times, r.times.replace(/ \(.*\)$/, ''));
  assert.match(st.times ?? '', /^\d\d:\d\d and \d\d:\d\d$/);
  const again = await enableUnattended({ port, dataDir, command, scope, secretBackend: null });
  assert.deepEqual(again.files, r.files, 'installing twice replaces, never duplicates');
  const rm = await removeTimer(port, scope);
  assert.equal(rm.removed, true);
  assert.equal((await timerStatus(port, scope)).installed, false);
  assert.equal((await removeTimer(port, scope)).removed, false, 'removing twice is fine');
  return r;
}

test('Linux with systemd, user timer: files in the user folder, enabled, linger explained', async () => {
  const port = fakeSystem('linux');
  const r = await roundTrip(port, 'user');
  assert.equal(r.kind, 'systemd');
  assert.deepEqual(r.files, [
    path.join(port.roots.systemdUser, 'certdesk-renew.service'),
    path.join(port.roots.systemdUser, 'certdesk-renew.timer'),
  ]);
  assert.ok(port.calls.includes('systemctl --user enable --now certdesk-renew.timer'));
  assert.ok(port.calls.includes('systemctl --user disable --now certdesk-renew.timer'));
  assert.ok(!port.calls.some((c) => c.startsWith('systemctl ') && !c.includes('--user')));
  // Lingering could not be turned on: the person is told the one command that does it.
  assert.ok(
    r.notes.some((n) => n.includes('sudo loginctl enable-linger ann')),
    r.notes.join('\n'),
  );
  assert.equal(existsSync(r.files[0]), false, 'removed');
});

test('Linux: lingering turned on when allowed, and then no note', async () => {
  const port = fakeSystem('linux', { lingerAllowed: true });
  const r = await enableUnattended({ port, dataDir, command, scope: 'user', secretBackend: null });
  assert.ok(port.calls.includes('loginctl enable-linger ann'));
  assert.ok(r.notes.some((n) => /Lingering is now on for ann/.test(n)));
  assert.deepEqual((await timerStatus(port, 'user')).notes, []);
});

test('Linux, --system: a system unit that runs as the user, no --user anywhere', async () => {
  const port = fakeSystem('linux');
  const r = await roundTrip(port, 'system');
  assert.equal(r.files[0], path.join(port.roots.systemdSystem, 'certdesk-renew.service'));
  assert.ok(port.calls.includes('systemctl enable --now certdesk-renew.timer'));
  assert.ok(!port.calls.some((c) => c.includes('--user')));
  assert.ok(!port.calls.some((c) => c.startsWith('loginctl')), 'no linger needed');
});

test('Linux, --system without root: a sentence that says to use sudo, nothing left behind', async () => {
  const port = fakeSystem('linux', { denied: true });
  await assert.rejects(
    enableUnattended({ port, dataDir, command, scope: 'system', secretBackend: null }),
    (e: Error & { code?: string }) => e.code === 'permission-denied' && /sudo/.test(e.message),
  );
  assert.equal(existsSync(path.join(port.roots.systemdSystem, 'certdesk-renew.timer')), false);
});

test('Linux without systemd: a cron line, the other lines kept', async () => {
  const port = fakeSystem('linux', { hasSystemd: false });
  const r = await enableUnattended({ port, dataDir, command, scope: 'user', secretBackend: null });
  assert.equal(r.kind, 'cron');
  const lines = port.state.crontab!.trim().split('\n');
  assert.equal(lines.length, 3, port.state.crontab!);
  assert.equal(lines[1], '5 4 * * * /usr/local/bin/backup');
  assert.match(
    lines[2],
    /^\d+ \d+,\d+ \* \* \* \/usr\/bin\/certdesk --data-dir \S+ renew --quiet # certdesk-renew/,
  );
  await enableUnattended({ port, dataDir, command, scope: 'user', secretBackend: null });
  assert.equal(port.state.crontab!.trim().split('\n').length, 3, 'replaced, not added twice');
  assert.equal((await timerStatus(port, 'user')).installed, true);
  await removeTimer(port, 'user');
  assert.equal(port.state.crontab, '# theirs\n5 4 * * * /usr/local/bin/backup\n');
  // No crontab at all yet is an empty one.
  port.state.crontab = null;
  await roundTrip(port, 'user');
});

test('macOS: a launchd agent in ~/Library/LaunchAgents, a daemon with --system', async () => {
  const port = fakeSystem('darwin');
  const r = await roundTrip(port, 'user');
  assert.equal(r.kind, 'launchd');
  assert.equal(r.files[0], path.join(port.roots.launchAgents, 'dev.certdesk.renew.plist'));
  assert.ok(port.calls.includes(`launchctl bootstrap gui/1000 ${r.files[0]}`));
  assert.ok(port.calls.includes('launchctl bootout gui/1000/dev.certdesk.renew'));
  const d = await roundTrip(fakeSystem('darwin'), 'system');
  assert.equal(path.basename(path.dirname(d.files[0])), 'LaunchDaemons');
});

test('Windows: schtasks /Create with the XML, /Query for status, /Delete to remove', async () => {
  const port = fakeSystem('win32');
  const r = await roundTrip(port, 'user');
  assert.equal(r.kind, 'task-scheduler');
  const xml = path.join(port.roots.taskXmlDir, 'certdesk-renew.xml');
  assert.ok(port.calls.includes(`schtasks /Create /TN \\Certdesk\\Renew /XML ${xml} /F`));
  assert.ok(port.calls.includes('schtasks /Delete /TN \\Certdesk\\Renew /F'));
  assert.ok(r.notes.some((n) => /whether or not you are logged on/.test(n)));
});

test('keys in the keychain: without a reachable keychain, a plain sentence and no timer', async () => {
  const port = fakeSystem('linux');
  await assert.rejects(
    enableUnattended({ port, dataDir, command, scope: 'user', secretBackend: 'keychain' }),
    /keychain, which this session cannot reach.*terminal of your desktop session.*--keep-keychain/s,
  );
  assert.equal(port.calls.length, 0, 'nothing installed');
  const kept = await enableUnattended({
    port,
    dataDir,
    command,
    scope: 'user',
    secretBackend: 'keychain',
    keepKeychain: true,
  });
  assert.ok(kept.notes.some((n) => /locked while you are signed out/.test(n)));
});

// The command itself, as a person types it, against the same stand-in.
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string) => ((stdout += c), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => ((stderr += c), true)) as typeof process.stderr.write;
  try {
    const code = await runCli(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

test('certdesk schedule install | status | remove', async () => {
  const port = fakeSystem('linux');
  const data = mkdtempSync(path.join(os.tmpdir(), 'certdesk-data-'));
  scheduleDeps.port = () => port;
  scheduleDeps.command = () => ['/usr/bin/certdesk'];
  try {
    const none = await cli(['schedule', 'status', '--data-dir', data]);
    assert.equal(none.code, 1);
    assert.match(
      none.stdout,
      /No systemd timer is installed. Install one: certdesk schedule install/,
    );
    const inst = await cli(['schedule', 'install', '--data-dir', data]);
    assert.equal(inst.code, 0, inst.stderr);
    assert.match(
      inst.stdout,
      /Installed a systemd timer: "certdesk renew --quiet" at 06:30 and 18:30 \(each run up to 60 minutes later, at random\), every day\./,
    );
    assert.match(inst.stdout, /sudo loginctl enable-linger ann/);
    assert.match(inst.stdout, /notices go by e-mail or webhook/);
    const service = readFileSync(
      path.join(port.roots.systemdUser, 'certdesk-renew.service'),
      'utf8',
    );
    assert.ok(
      service.includes(`ExecStart=/usr/bin/certdesk --data-dir ${data} renew --quiet`),
      service,
    );
    assert.equal(
      statSync(path.join(port.roots.systemdUser, 'certdesk-renew.timer')).isFile(),
      true,
    );
    const st = await cli(['schedule', 'status', '--data-dir', data]);
    assert.equal(st.code, 0);
    assert.match(st.stdout, /A systemd timer runs "certdesk renew --quiet" at 06:30 and 18:30\./);
    const json = JSON.parse(
      (await cli(['schedule', 'status', '--json', '--data-dir', data])).stdout,
    );
    assert.equal(json.installed, true);
    const rm = await cli(['schedule', 'remove', '--data-dir', data]);
    assert.equal(rm.code, 0);
    assert.match(rm.stdout, /Removed the systemd timer/);
    assert.equal((await cli(['schedule', 'status', '--data-dir', data])).code, 1);
  } finally {
    scheduleDeps.port = null;
    scheduleDeps.command = null;
  }
});
