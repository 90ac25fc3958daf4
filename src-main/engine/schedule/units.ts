// The OS timer definitions that run `certdesk renew --quiet` twice a day with nobody logged in
// (issue 19): a systemd service + timer, a crontab line, a launchd plist, a Task Scheduler XML.
// Pure text from a TimerPlan, so the tests feed them to the real checkers (systemd-analyze verify,
// xmllint, plistutil) and the installer (timer.ts) only writes and registers them.
import type { Random } from '../ports.ts';

/** launchd label, Task Scheduler path and systemd unit name: one name everywhere. */
export const TIMER_NAME = 'certdesk-renew';
export const LAUNCHD_LABEL = 'dev.certdesk.renew';
export const TASK_NAME = '\\Certdesk\\Renew';
/** Marks our line in a crontab, so remove and status find it and leave the others alone. */
export const CRON_MARK = '# certdesk-renew (certdesk schedule install)';
/** systemd spreads each run over this much more (RandomizedDelaySec); Task Scheduler likewise. */
export const RANDOM_DELAY_MINUTES = 60;

export type TimerPlan = {
  /** The full command: the certdesk executable (and its script for Node), then the arguments. */
  argv: string[];
  /** First run of the day; the second is twelve hours later (Let's Encrypt: ARI twice a day). */
  hour: number;
  /** Never 0 (R21: never on the hour). */
  minute: number;
  second: number;
  /** systemd --system / launchd daemon / Task Scheduler: the account the renewal runs as. */
  user?: string;
  /** Where launchd writes what the run prints (errors only, with --quiet). */
  logFile?: string;
};

/** R21: a random time, never on the hour; twice a day, twelve hours apart. */
export function randomTime(random: Random): { hour: number; minute: number; second: number } {
  return {
    hour: Math.floor(random() * 12),
    minute: 1 + Math.floor(random() * 59),
    second: Math.floor(random() * 60),
  };
}

/** The arguments a timer passes after the executable. */
export function renewArgs(dataDir: string): string[] {
  return ['--data-dir', dataDir, 'renew', '--quiet'];
}

const pad = (n: number) => String(n).padStart(2, '0');

// systemd.syntax(7): an argument with spaces or quotes is double-quoted, with \ and " escaped; a
// "%" is a specifier and must be doubled; "$" would be expanded unless doubled.
function systemdQuote(arg: string): string {
  const esc = arg.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  return /[\s"'\\;]/.test(esc) || esc === '' ? `"${esc.replace(/[\\"]/g, (c) => `\\${c}`)}"` : esc;
}

export function systemdService(plan: TimerPlan, scope: 'user' | 'system'): string {
  return [
    '[Unit]',
    'Description=Certdesk: renew the certificates that are due',
    ...(scope === 'system' ? ['Wants=network-online.target', 'After=network-online.target'] : []),
    '',
    '[Service]',
    'Type=oneshot',
    ...(scope === 'system' && plan.user ? [`User=${plan.user}`] : []),
    `ExecStart=${plan.argv.map(systemdQuote).join(' ')}`,
    // Renewal is background work: it never competes with what the person is doing.
    'Nice=10',
    'IOSchedulingClass=idle',
    '',
  ].join('\n');
}

export function systemdTimer(plan: TimerPlan): string {
  const h2 = (plan.hour + 12) % 24;
  const [a, b] = [plan.hour, h2].sort((x, y) => x - y);
  return [
    '[Unit]',
    'Description=Certdesk: renew certificates twice a day',
    '',
    '[Timer]',
    `OnCalendar=*-*-* ${pad(a)},${pad(b)}:${pad(plan.minute)}:${pad(plan.second)}`,
    // R21: every machine at its own time, spread further by systemd.
    `RandomizedDelaySec=${RANDOM_DELAY_MINUTES}min`,
    // A run missed while the machine was off or asleep happens at the next boot.
    'Persistent=true',
    `Unit=${TIMER_NAME}.service`,
    '',
    '[Install]',
    'WantedBy=timers.target',
    '',
  ].join('\n');
}

// POSIX sh single quotes: everything literal, a ' closed, escaped and reopened.
export const shQuote = (s: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

/** One crontab line; "%" means a new line to cron, so it is escaped. */
export function cronLine(plan: TimerPlan): string {
  const hours = [plan.hour, (plan.hour + 12) % 24].sort((x, y) => x - y).join(',');
  const cmd = plan.argv.map(shQuote).join(' ').replace(/%/g, '\\%');
  return `${plan.minute} ${hours} * * * ${cmd} ${CRON_MARK}`;
}

const xmlEscape = (s: string): string =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** A launchd property list: an agent (logged in) or, with `user`, a daemon running as that user. */
export function launchdPlist(plan: TimerPlan): string {
  const times = [plan.hour, (plan.hour + 12) % 24].map(
    (h) =>
      `    <dict>\n      <key>Hour</key>\n      <integer>${h}</integer>\n      <key>Minute</key>\n      <integer>${plan.minute}</integer>\n    </dict>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '  <key>Label</key>',
    `  <string>${LAUNCHD_LABEL}</string>`,
    '  <key>ProgramArguments</key>',
    '  <array>',
    ...plan.argv.map((a) => `    <string>${xmlEscape(a)}</string>`),
    '  </array>',
    // launchd has no random delay: the random minute was drawn at install (R21). A time missed
    // while the Mac slept runs when it wakes.
    '  <key>StartCalendarInterval</key>',
    '  <array>',
    ...times,
    '  </array>',
    ...(plan.user ? ['  <key>UserName</key>', `  <string>${xmlEscape(plan.user)}</string>`] : []),
    '  <key>ProcessType</key>',
    '  <string>Background</string>',
    '  <key>LowPriorityIO</key>',
    '  <true/>',
    ...(plan.logFile
      ? [
          '  <key>StandardOutPath</key>',
          `  <string>${xmlEscape(plan.logFile)}</string>`,
          '  <key>StandardErrorPath</key>',
          `  <string>${xmlEscape(plan.logFile)}</string>`,
        ]
      : []),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

// Windows command-line quoting (CommandLineToArgvW): double quotes, backslashes before a quote doubled.
export function winQuote(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}

/**
 * Task Scheduler 1.2 XML. S4U logon: the task runs whether or not the user is logged on, and no
 * password is stored (so it sees no network shares and no Credential Manager; the data folder's
 * master key must then be a file, which `schedule install` arranges and says).
 */
export function taskSchedulerXml(plan: TimerPlan & { user: string; start: Date }): string {
  const day = plan.start.toISOString().slice(0, 10);
  const trigger = (h: number) =>
    [
      '    <CalendarTrigger>',
      `      <StartBoundary>${day}T${pad(h)}:${pad(plan.minute)}:${pad(plan.second)}</StartBoundary>`,
      '      <Enabled>true</Enabled>',
      `      <RandomDelay>PT${RANDOM_DELAY_MINUTES}M</RandomDelay>`,
      '      <ScheduleByDay>',
      '        <DaysInterval>1</DaysInterval>',
      '      </ScheduleByDay>',
      '    </CalendarTrigger>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-16"?>',
    '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
    '  <RegistrationInfo>',
    '    <Description>Certdesk: renew the certificates that are due (certdesk schedule install)</Description>',
    `    <URI>${xmlEscape(TASK_NAME)}</URI>`,
    '  </RegistrationInfo>',
    '  <Triggers>',
    trigger(plan.hour),
    trigger((plan.hour + 12) % 24),
    '  </Triggers>',
    '  <Principals>',
    '    <Principal id="Author">',
    `      <UserId>${xmlEscape(plan.user)}</UserId>`,
    '      <LogonType>S4U</LogonType>',
    '      <RunLevel>LeastPrivilege</RunLevel>',
    '    </Principal>',
    '  </Principals>',
    '  <Settings>',
    '    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>',
    '    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>',
    '    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>',
    // Like systemd's Persistent=true: a run missed while the PC was off happens when it can.
    '    <StartWhenAvailable>true</StartWhenAvailable>',
    '    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>',
    '    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>',
    '    <Priority>7</Priority>',
    '  </Settings>',
    '  <Actions Context="Author">',
    '    <Exec>',
    `      <Command>${xmlEscape(plan.argv[0])}</Command>`,
    `      <Arguments>${xmlEscape(plan.argv.slice(1).map(winQuote).join(' '))}</Arguments>`,
    '    </Exec>',
    '  </Actions>',
    '</Task>',
    '',
  ]
    .join('\n')
    .replace(/\n/g, '\r\n');
}

/** Task Scheduler reads its XML as UTF-16 with a byte order mark. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
