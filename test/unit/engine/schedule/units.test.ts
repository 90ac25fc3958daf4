// The timer definitions, checked by the real tools that read them: systemd-analyze verify (Debian's
// systemd), xmllint (libxml2-utils) for the Task Scheduler XML, plistutil (libplist-utils) for the
// launchd property list. launchd and Task Scheduler themselves cannot run here (macOS, Windows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cronLine,
  launchdPlist,
  randomTime,
  renewArgs,
  systemdService,
  systemdTimer,
  taskSchedulerXml,
  utf16le,
  winQuote,
  type TimerPlan,
} from '../../../../src-main/engine/schedule/units.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
// A real executable, so systemd-analyze can check ExecStart; a data folder with a space and a %.
const dataDir = path.join(os.tmpdir(), 'Certdesk data 100%');
const plan: TimerPlan = {
  argv: [process.execPath, path.join(root, 'bin', 'certdesk.js'), ...renewArgs(dataDir)],
  hour: 3,
  minute: 17,
  second: 42,
};

test('R21: twice a day at a random minute, never on the hour', () => {
  const seen = new Set<number>();
  for (let i = 0; i < 500; i++) {
    const t = randomTime(Math.random);
    assert.ok(t.hour >= 0 && t.hour < 12);
    assert.ok(t.minute >= 1 && t.minute <= 59, 'never :00');
    assert.ok(t.second >= 0 && t.second < 60);
    seen.add(t.minute);
  }
  assert.ok(seen.size > 30, 'spread over the hour');
  assert.deepEqual(
    randomTime(() => 0),
    { hour: 0, minute: 1, second: 0 },
  );
  assert.deepEqual(
    randomTime(() => 0.9999),
    { hour: 11, minute: 59, second: 59 },
  );
});

function verify(dir: string, files: string[], user: boolean) {
  const r = spawnSync(
    'systemd-analyze',
    [...(user ? ['--user'] : []), 'verify', ...files.map((f) => path.join(dir, f))],
    {
      encoding: 'utf8',
      // The user manager's runtime folder: a fresh one, as no one is logged in here.
      env: {
        ...process.env,
        SYSTEMD_LOG_LEVEL: 'notice',
        XDG_RUNTIME_DIR: mkdtempSync(path.join(os.tmpdir(), 'certdesk-xdg-')),
      },
    },
  );
  return r;
}

for (const scope of ['user', 'system'] as const) {
  test(`systemd ${scope} units pass systemd-analyze verify`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-units-'));
    const p = { ...plan, ...(scope === 'system' ? { user: 'root' } : {}) };
    writeFileSync(path.join(dir, 'certdesk-renew.service'), systemdService(p, scope));
    writeFileSync(path.join(dir, 'certdesk-renew.timer'), systemdTimer(p));
    const r = verify(dir, ['certdesk-renew.timer', 'certdesk-renew.service'], scope === 'user');
    const ours = (r.stderr + r.stdout)
      .split('\n')
      .filter((l) => l.includes('certdesk-renew'))
      .join('\n');
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.equal(ours, '', 'no complaint about our units');
    const timer = systemdTimer(p);
    assert.match(timer, /^OnCalendar=\*-\*-\* 03,15:17:42$/m);
    assert.match(timer, /^Persistent=true$/m);
    assert.match(timer, /^RandomizedDelaySec=60min$/m);
    assert.match(timer, /^WantedBy=timers.target$/m);
    // systemd reads the command back the way it will run it: the data folder is one argument.
    const show = spawnSync('systemd-analyze', ['calendar', '*-*-* 03,15:17:42'], {
      encoding: 'utf8',
    });
    assert.equal(show.status, 0, show.stderr);
    const service = systemdService(p, scope);
    assert.ok(service.includes(`--data-dir "${dataDir.replace(/%/g, '%%')}" renew --quiet`));
    if (scope === 'system') assert.match(service, /^User=root$/m);
    else assert.doesNotMatch(service, /^User=/m);
  });
}

test('a broken unit does fail systemd-analyze verify (the check is real)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-units-'));
  writeFileSync(
    path.join(dir, 'certdesk-renew.service'),
    systemdService({ ...plan, argv: ['/nonexistent/certdesk', 'renew'] }, 'system'),
  );
  writeFileSync(
    path.join(dir, 'certdesk-renew.timer'),
    systemdTimer(plan).replace(/OnCalendar=.*/, 'OnCalendar=twice daily please'),
  );
  const r = verify(dir, ['certdesk-renew.timer', 'certdesk-renew.service'], false);
  assert.notEqual(r.status, 0);
});

test('the launchd plist parses (plistutil) and holds the command and both times', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-plist-'));
  const file = path.join(dir, 'dev.certdesk.renew.plist');
  writeFileSync(file, launchdPlist({ ...plan, logFile: path.join(dataDir, 'logs', 'timer.log') }));
  // xmllint checks it is well-formed; plistutil reads it as a property list and writes it back.
  execFileSync('xmllint', ['--noout', file]);
  const back = execFileSync('plistutil', ['-i', file, '-f', 'xml'], { encoding: 'utf8' });
  assert.match(back, /<key>Label<\/key>\s*<string>dev\.certdesk\.renew<\/string>/);
  const args = [...back.matchAll(/<string>([^<]*)<\/string>/g)].map((m) =>
    m[1].replace(/&amp;/g, '&'),
  );
  for (const a of plan.argv) assert.ok(args.includes(a), a);
  const times = [
    ...back.matchAll(
      /<key>Hour<\/key>\s*<integer>(\d+)<\/integer>\s*<key>Minute<\/key>\s*<integer>(\d+)/g,
    ),
  ].map((m) => `${m[1]}:${m[2]}`);
  assert.deepEqual(times, ['3:17', '15:17']);
  assert.match(back, /<key>StartCalendarInterval<\/key>/);
  assert.doesNotMatch(back, /UserName/, 'an agent runs as whoever is logged in');
  const daemon = launchdPlist({ ...plan, user: 'alice' });
  assert.match(daemon, /<key>UserName<\/key>\s*<string>alice<\/string>/);
});

test('the Task Scheduler XML parses (UTF-16) and holds the command, both times, the random delay and S4U', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-task-'));
  const file = path.join(dir, 'certdesk-renew.xml');
  const win: TimerPlan = {
    ...plan,
    argv: [
      'C:\\Program Files\\Certdesk\\Certdesk.exe',
      ...renewArgs('C:\\Users\\Ann Lee\\AppData\\Roaming\\Certdesk'),
    ],
  };
  writeFileSync(
    file,
    utf16le(taskSchedulerXml({ ...win, user: 'PC\\ann', start: new Date('2026-05-01T10:00:00Z') })),
  );
  // xmllint reads the byte order mark and the UTF-16 declaration, and re-encodes it as UTF-8.
  const xml = execFileSync('xmllint', ['--encode', 'UTF-8', file], { encoding: 'utf8' });
  const one = (tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
  assert.deepEqual(one('Command'), ['C:\\Program Files\\Certdesk\\Certdesk.exe']);
  assert.deepEqual(one('Arguments'), [
    '--data-dir "C:\\Users\\Ann Lee\\AppData\\Roaming\\Certdesk" renew --quiet',
  ]);
  assert.deepEqual(one('StartBoundary'), ['2026-05-01T03:17:42', '2026-05-01T15:17:42']);
  assert.deepEqual(one('RandomDelay'), ['PT60M', 'PT60M']);
  assert.deepEqual(one('DaysInterval'), ['1', '1']);
  // "Run whether user is logged on or not", without a stored password.
  assert.deepEqual(one('LogonType'), ['S4U']);
  assert.deepEqual(one('UserId'), ['PC\\ann']);
  assert.deepEqual(one('StartWhenAvailable'), ['true']);
  assert.deepEqual(one('URI'), ['\\Certdesk\\Renew']);
});

test('Windows quoting follows CommandLineToArgvW', () => {
  assert.equal(winQuote('plain'), 'plain');
  assert.equal(winQuote('C:\\a b\\'), '"C:\\a b\\\\"');
  assert.equal(winQuote('say "hi"'), '"say \\"hi\\""');
  assert.equal(winQuote(''), '""');
});

test('cron: one line, both hours, the command quoted for sh, % escaped, our mark', () => {
  const line = cronLine(plan);
  assert.ok(line.startsWith('17 3,15 * * * '), line);
  assert.ok(line.includes(`'${dataDir.replace(/%/g, '\\%')}' renew --quiet`), line);
  assert.ok(line.endsWith('# certdesk-renew (certdesk schedule install)'));
  // The command part is what sh would run: it parses to the same arguments.
  const cmd = line
    .slice('17 3,15 * * * '.length, line.indexOf(' # certdesk-renew'))
    .replace(/\\%/g, '%');
  const argv = execFileSync('sh', ['-c', `for a in ${cmd}; do printf '%s\\n' "$a"; done`], {
    encoding: 'utf8',
  })
    .trimEnd()
    .split('\n');
  assert.deepEqual(argv, plan.argv);
});
