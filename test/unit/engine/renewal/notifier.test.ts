// The Notifier port (issue 5, R23): fan-out to every channel, one failing channel not blocking the
// others, the once-a-day gate per certificate and kind, success notices only when asked for, the
// test message, noticesFor() as a table, and the channels built from stored settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  channelsFromSettings,
  createNotifier,
  desktopChannel,
  makeNotice,
  memoryGate,
  noticesFor,
  type Notice,
  type NoticeCandidate,
  type NoticeKind,
  type NotifyChannel,
} from '../../../../src-main/engine/renewal/notifier.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../../src-main/shared/durations.ts';
import type { Logger } from '../../../../src-main/engine/ports.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

function fakeClock(start = T0) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

function recorder(name: NotifyChannel['name'] = 'webhook'): NotifyChannel & { got: Notice[] } {
  const got: Notice[] = [];
  return {
    name,
    target: `${name} target`,
    got,
    send: async (n) => {
      got.push(n);
    },
  };
}

function failing(name: NotifyChannel['name'], error: unknown): NotifyChannel & { calls: number } {
  const ch = {
    name,
    calls: 0,
    send: async () => {
      ch.calls++;
      throw error;
    },
  };
  return ch;
}

function memoryLog(): Logger & {
  lines: { level: string; msg: string; fields?: Record<string, unknown> }[];
} {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push({ level, msg, ...(fields ? { fields } : {}) });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const cert = {
  id: 'c1',
  names: ['example.com', 'www.example.com'],
  notAfter: '2026-03-20T00:00:00Z',
};
const notice = (kind: NoticeKind, now: number, id = 'c1'): Notice =>
  makeNotice(
    kind,
    { ...cert, id },
    now,
    kind === 'renewal-failed'
      ? { error: { code: 'dns', message: 'The name does not resolve. Check the DNS records.' } }
      : {},
  );

test('a notice goes through every channel', async () => {
  const clock = fakeClock();
  const a = recorder('desktop');
  const b = recorder('webhook');
  const n = createNotifier({ channels: [a, b], gate: memoryGate(), notifyOnSuccess: false, clock });
  const r = await n.notify(notice('renewal-failed', clock.now()));
  assert.deepEqual(r, { sent: ['desktop', 'webhook'], failed: [] });
  assert.equal(a.got.length, 1);
  assert.equal(b.got.length, 1);
  assert.equal(a.got[0].kind, 'renewal-failed');
  assert.equal(a.got[0].errorCode, 'dns');
});

test('the gate: one message per certificate and kind a day; the next day again; another kind or certificate goes through', async () => {
  const clock = fakeClock();
  const ch = recorder();
  const gate = memoryGate();
  const n = createNotifier({ channels: [ch], gate, notifyOnSuccess: true, clock });

  assert.deepEqual((await n.notify(notice('renewal-failed', clock.now()))).sent, ['webhook']);
  clock.advance(10 * MINUTE_MS);
  const again = await n.notify(notice('renewal-failed', clock.now()));
  assert.deepEqual(again, { sent: [], failed: [], skipped: 'already-notified' });
  clock.advance(20 * HOUR_MS);
  assert.equal(
    (await n.notify(notice('renewal-failed', clock.now()))).skipped,
    'already-notified',
    'still within 24 hours',
  );
  assert.equal(ch.got.length, 1);

  // Same day, other kinds and another certificate are not held back.
  assert.deepEqual((await n.notify(notice('expiring', clock.now()))).sent, ['webhook']);
  assert.deepEqual((await n.notify(notice('renewal-failed', clock.now(), 'c2'))).sent, ['webhook']);
  assert.equal(ch.got.length, 3);

  // A day after the first message, the same problem is told again.
  clock.advance(4 * HOUR_MS);
  assert.deepEqual((await n.notify(notice('renewal-failed', clock.now()))).sent, ['webhook']);
  assert.equal(ch.got.length, 4);
  assert.deepEqual(Object.keys(gate.entries()).sort(), ['c1', 'c2']);
  assert.equal(gate.entries().c1['renewal-failed'], new Date(clock.now()).toISOString());
});

test('the gate reads what was recorded before (a restart does not resend)', async () => {
  const clock = fakeClock();
  const ch = recorder();
  const gate = memoryGate({ c1: { expired: new Date(T0 - 2 * HOUR_MS).toISOString() } });
  const n = createNotifier({ channels: [ch], gate, notifyOnSuccess: false, clock });
  assert.equal((await n.notify(notice('expired', clock.now()))).skipped, 'already-notified');
  assert.equal(ch.got.length, 0);
});

test('a recorded time in the future (clock turned back) does not silence notices', async () => {
  const clock = fakeClock();
  const ch = recorder();
  const gate = memoryGate({ c1: { expired: new Date(T0 + 30 * DAY_MS).toISOString() } });
  const n = createNotifier({ channels: [ch], gate, notifyOnSuccess: false, clock });
  assert.deepEqual((await n.notify(notice('expired', clock.now()))).sent, ['webhook']);
});

test('two passes asking at once send one message', async () => {
  const clock = fakeClock();
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  const got: Notice[] = [];
  const slow: NotifyChannel = {
    name: 'webhook',
    send: async (x) => {
      got.push(x);
      await held;
    },
  };
  const n = createNotifier({ channels: [slow], gate: memoryGate(), notifyOnSuccess: false, clock });
  const first = n.notify(notice('expired', clock.now()));
  const second = await n.notify(notice('expired', clock.now()));
  release();
  assert.deepEqual((await first).sent, ['webhook']);
  assert.equal(second.skipped, 'already-notified');
  assert.equal(got.length, 1);
});

test('renewal-succeeded only when notifyOnSuccess is on (read at each notice)', async () => {
  const clock = fakeClock();
  const ch = recorder();
  let on = false;
  const n = createNotifier({
    channels: [ch],
    gate: memoryGate(),
    notifyOnSuccess: () => on,
    clock,
  });
  assert.deepEqual(await n.notify(notice('renewal-succeeded', clock.now())), {
    sent: [],
    failed: [],
    skipped: 'success-off',
  });
  assert.equal(ch.got.length, 0);
  // Problems are told whatever the success setting.
  assert.deepEqual((await n.notify(notice('expiring', clock.now()))).sent, ['webhook']);
  on = true;
  assert.deepEqual((await n.notify(notice('renewal-succeeded', clock.now()))).sent, ['webhook']);
  assert.equal(ch.got.at(-1)?.kind, 'renewal-succeeded');
});

test('notifyOnSuccess false as a plain value: nothing is sent for a success', async () => {
  const ch = recorder();
  const n = createNotifier({
    channels: [ch],
    gate: memoryGate(),
    notifyOnSuccess: false,
    clock: fakeClock(),
  });
  assert.equal((await n.notify(notice('renewal-succeeded', T0))).skipped, 'success-off');
  assert.equal(ch.got.length, 0);
});

test('one failing channel does not stop the others; the failure is logged without secrets', async () => {
  const clock = fakeClock();
  const log = memoryLog();
  const secret = 'hunter2-very-secret';
  const bad = failing(
    'email',
    new CertdeskError(
      'credentials-refused',
      'The mail server refused the user name or password. Check them in Settings > Notifications.',
      { detail: 'EAUTH 535' },
    ),
  );
  const crash = failing('desktop', new Error('boom'));
  const good = recorder('webhook');
  const gate = memoryGate();
  const n = createNotifier({
    channels: [bad, crash, good],
    gate,
    notifyOnSuccess: false,
    log,
    clock,
  });
  const r = await n.notify(notice('expired', clock.now()));
  assert.deepEqual(r.sent, ['webhook']);
  assert.deepEqual(
    r.failed.map((f) => [f.channel, f.code]),
    [
      ['email', 'credentials-refused'],
      ['desktop', 'internal'],
    ],
  );
  assert.equal(good.got.length, 1);
  const warns = log.lines.filter((l) => l.level === 'warn');
  assert.equal(warns.length, 2);
  assert.equal(warns[0].fields?.channel, 'email');
  assert.equal(warns[0].fields?.code, 'credentials-refused');
  assert.ok(!JSON.stringify(log.lines).includes(secret));
  // Someone was told, so it counts for the day.
  assert.ok(gate.last('c1', 'expired'));
});

test('when every channel fails nothing is recorded, so the next pass tries again', async () => {
  const clock = fakeClock();
  const bad = failing(
    'email',
    new CertdeskError(
      'connection',
      'Certdesk could not connect to the mail server. Check the server and port.',
    ),
  );
  const gate = memoryGate();
  const n = createNotifier({ channels: [bad], gate, notifyOnSuccess: false, clock });
  assert.equal((await n.notify(notice('expired', clock.now()))).failed.length, 1);
  assert.equal(gate.last('c1', 'expired'), undefined);
  clock.advance(MINUTE_MS);
  await n.notify(notice('expired', clock.now()));
  assert.equal(bad.calls, 2);
});

test('no channels: nothing to do, nothing recorded', async () => {
  const gate = memoryGate();
  const n = createNotifier({ channels: [], gate, notifyOnSuccess: true });
  assert.equal((await n.notify(notice('expired', Date.now()))).skipped, 'no-channels');
  assert.deepEqual(gate.entries(), {});
});

test('test() goes through one channel, bypasses the gate and reports what happened', async () => {
  const clock = fakeClock();
  const ch = recorder('webhook');
  const bad = failing(
    'email',
    new CertdeskError(
      'credentials-refused',
      'The mail server refused the user name or password. Check the user name and password in Settings > Notifications.',
    ),
  );
  const gate = memoryGate();
  const n = createNotifier({ channels: [ch, bad], gate, notifyOnSuccess: false, clock });
  assert.deepEqual(await n.test('webhook'), { sent: true, detail: 'Sent to webhook target.' });
  assert.deepEqual(await n.test('webhook'), { sent: true, detail: 'Sent to webhook target.' });
  assert.equal(ch.got.length, 2);
  assert.equal(ch.got[0].test, true);
  assert.match(ch.got[0].message, /test/);
  assert.deepEqual(gate.entries(), {});
  const r = await n.test('email');
  assert.equal(r.sent, false);
  assert.match(r.detail, /user name and password in Settings > Notifications/);
  const d = await n.test('desktop');
  assert.equal(d.sent, false);
  assert.match(d.detail, /not set up/);
  assert.deepEqual(n.channels(), ['webhook', 'email']);
});

test('desktop channel: failures are critical, a click opens the certificate', async () => {
  const shown: { title: string; body: string; certificateId?: string; urgency?: string }[] = [];
  const ch = desktopChannel((d) => {
    shown.push(d);
  });
  await ch.send(notice('renewal-failed', T0));
  await ch.send(notice('ari-moved', T0));
  assert.equal(shown[0].urgency, 'critical');
  assert.equal(shown[0].certificateId, 'c1');
  assert.match(shown[0].title, /Renewal failed: example.com and www.example.com/);
  assert.equal(shown[1].urgency, 'normal');
});

test('messages say what happened and what to do', () => {
  const now = Date.parse('2026-03-15T00:00:00Z');
  const failed = makeNotice('renewal-failed', cert, now, {
    error: {
      code: 'caa',
      message: 'A CAA record forbids this CA. Add one that allows letsencrypt.org',
      retryable: false,
    },
  });
  assert.equal(failed.title, 'Renewal failed: example.com and www.example.com');
  assert.match(failed.message, /expires 2026-03-20 00:00 UTC \(in 5 days\)/);
  assert.match(failed.message, /allows letsencrypt\.org\. Certdesk will not try again on its own/);
  assert.equal(failed.errorCode, 'caa');
  assert.equal(failed.at, '2026-03-15T00:00:00.000Z');
  assert.match(makeNotice('expiring', cert, now).message, /has not been renewed\. Open Certdesk/);
  assert.match(
    makeNotice('expired', cert, Date.parse('2026-03-21T00:00:00Z')).message,
    /expired on 2026-03-20 00:00 UTC.*Renew now/,
  );
  assert.match(
    makeNotice('renewal-succeeded', cert, now).message,
    /valid until 2026-03-20 00:00 UTC\. Nothing needs doing/,
  );
  const ari = makeNotice('ari-moved', cert, now, {
    window: {
      start: '2026-03-16T00:00:00Z',
      end: '2026-03-17T00:00:00Z',
      explanationUrl: 'https://ca.example/why',
    },
  });
  assert.match(
    ari.message,
    /between 2026-03-16 00:00 UTC and 2026-03-17 00:00 UTC.*https:\/\/ca\.example\/why/,
  );
  assert.match(
    makeNotice(
      'expired',
      { id: 'x', names: ['a.example', 'b.example', 'c.example', 'd.example'], notAfter: null },
      now,
    ).title,
    /a\.example, b\.example and 2 more/,
  );
});

// --- noticesFor ------------------------------------------------------------------------------------

const NB = '2026-01-01T00:00:00Z';
const NA90 = '2026-04-01T00:00:00Z'; // 90 days
const at = (iso: string): number => Date.parse(iso);
const ok = (iso: string) => ({
  at: iso,
  trigger: 'scheduled' as const,
  outcome: 'success' as const,
});
const fail = (iso: string) => ({
  at: iso,
  trigger: 'scheduled' as const,
  outcome: 'failure' as const,
  errorCode: 'dns',
});

const rows: { what: string; c: Partial<NoticeCandidate>; now: number; want: NoticeKind[] }[] = [
  {
    what: '90-day, fresh',
    c: { lastAttempt: ok('2026-01-01T01:00:00Z') },
    now: at('2026-01-10T00:00:00Z'),
    want: [],
  },
  {
    what: '90-day, renewal due and failing, but more than a tenth left',
    c: { lastAttempt: fail('2026-03-01T00:00:00Z') },
    now: at('2026-03-01T00:00:00Z'),
    want: [],
  },
  {
    what: '90-day, 8 days left, last attempt failed',
    c: { lastAttempt: fail('2026-03-23T00:00:00Z') },
    now: at('2026-03-24T00:00:00Z'),
    want: ['expiring'],
  },
  {
    what: '90-day, 8 days left, never attempted since issuance',
    c: { lastAttempt: ok('2026-01-01T01:00:00Z') },
    now: at('2026-03-24T00:00:00Z'),
    want: ['expiring'],
  },
  {
    what: '90-day, 8 days left, no attempts at all',
    c: { lastAttempt: null },
    now: at('2026-03-24T00:00:00Z'),
    want: ['expiring'],
  },
  {
    what: '90-day, exactly a tenth left',
    c: { lastAttempt: fail('2026-03-20T00:00:00Z') },
    now: at(NA90) - 9 * DAY_MS,
    want: [],
  },
  {
    what: '90-day, 8 days left, renewed since (stale summary)',
    c: { lastAttempt: ok('2026-03-23T00:00:00Z') },
    now: at('2026-03-24T00:00:00Z'),
    want: [],
  },
  {
    what: '90-day, 8 days left, renewing now',
    c: { status: 'renewing', lastAttempt: fail('2026-03-23T00:00:00Z') },
    now: at('2026-03-24T00:00:00Z'),
    want: [],
  },
  {
    what: '90-day, past notAfter',
    c: { status: 'expired', lastAttempt: fail('2026-03-31T00:00:00Z') },
    now: at('2026-04-01T00:00:01Z'),
    want: ['expired'],
  },
  {
    what: '90-day, at notAfter exactly',
    c: { lastAttempt: null },
    now: at(NA90),
    want: ['expired'],
  },
  {
    what: '6-day, 12 hours left, failing',
    c: { notAfter: '2026-01-07T00:00:00Z', lastAttempt: fail('2026-01-06T10:00:00Z') },
    now: at('2026-01-06T12:00:00Z'),
    want: ['expiring'],
  },
  {
    what: '6-day, 20 hours left',
    c: { notAfter: '2026-01-07T00:00:00Z', lastAttempt: fail('2026-01-06T03:00:00Z') },
    now: at('2026-01-06T04:00:00Z'),
    want: [],
  },
  {
    what: '45-day, 4 days left, issuance only (notBefore backdated)',
    c: { notAfter: '2026-02-15T00:00:00Z', lastAttempt: ok('2026-01-01T01:00:00Z') },
    now: at('2026-02-11T00:00:00Z'),
    want: ['expiring'],
  },
  {
    what: 'no certificate yet',
    c: { notBefore: null, notAfter: null, status: 'needs-attention' },
    now: T0,
    want: [],
  },
  { what: 'garbled dates', c: { notBefore: 'x', notAfter: 'y' }, now: T0, want: [] },
];
for (const r of rows) {
  test(`noticesFor: ${r.what} -> ${r.want.join(', ') || 'nothing'}`, () => {
    const c: NoticeCandidate = {
      id: 'c1',
      names: ['example.com'],
      notBefore: NB,
      notAfter: NA90,
      status: 'valid',
      lastAttempt: null,
      ...r.c,
    };
    const got = noticesFor(c, r.now);
    assert.deepEqual(
      got.map((n) => n.kind),
      r.want,
    );
    for (const n of got) {
      assert.equal(n.certId, 'c1');
      assert.deepEqual(n.names, ['example.com']);
      assert.equal(n.notAfter, c.notAfter);
      assert.equal(n.at, new Date(r.now).toISOString());
      assert.match(n.message, /Renew now/);
    }
  });
}

// --- channels from settings -----------------------------------------------------------------------

test('channelsFromSettings: desktop, e-mail and webhook as configured', () => {
  const desktop = desktopChannel(() => {});
  assert.deepEqual(
    channelsFromSettings({}, () => undefined).map((c) => c.name),
    [],
  );
  assert.deepEqual(
    channelsFromSettings({}, () => undefined, desktop).map((c) => c.name),
    ['desktop'],
  );
  const opened: string[] = [];
  const all = channelsFromSettings(
    {
      email: {
        host: 'smtp.example.com',
        port: 587,
        secure: false,
        user: 'me',
        passwordRef: 'settings:smtpPassword',
        from: 'certdesk@example.com',
        to: 'me@example.com',
      },
      webhook: { url: 'https://hooks.example.com/T000/secret-token' },
    },
    (ref) => {
      opened.push(ref);
      return 'pw';
    },
    desktop,
  );
  assert.deepEqual(
    all.map((c) => c.name),
    ['desktop', 'email', 'webhook'],
  );
  assert.deepEqual(opened, ['settings:smtpPassword']);
  assert.equal(all[1].target, 'me@example.com via smtp.example.com:587');
  // The webhook's token is not shown anywhere.
  assert.equal(all[2].target, 'https://hooks.example.com');
  assert.deepEqual(
    channelsFromSettings({ email: null, webhook: null }, () => undefined).map((c) => c.name),
    [],
  );
});

test('channelsFromSettings: a password that cannot be opened or a bad URL gives a channel that says what to fix', async () => {
  const chans = channelsFromSettings(
    {
      email: {
        host: 'smtp.example.com',
        port: 587,
        secure: false,
        user: 'me',
        passwordRef: 'gone',
        from: 'a@example.com',
        to: 'b@example.com',
      },
      webhook: { url: 'ftp://example.com/hook' },
    },
    () => {
      throw new Error('keychain locked');
    },
  );
  assert.deepEqual(
    chans.map((c) => c.name),
    ['email', 'webhook'],
  );
  await assert.rejects(
    chans[0].send(notice('expired', T0)),
    (e: CertdeskError) =>
      e.code === 'credentials-refused' &&
      /Enter it again in Settings > Notifications/.test(e.message),
  );
  await assert.rejects(
    chans[1].send(notice('expired', T0)),
    (e: CertdeskError) => e.code === 'invalid-input' && /https:\/\//.test(e.message),
  );
});
