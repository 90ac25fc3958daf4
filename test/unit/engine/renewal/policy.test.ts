// Issue 5 "done when": the renewal policy table-driven with a fake clock (90-day, 45-day, 6-day,
// already expired, ARI earlier, ARI later, ARI window moved, ARI endpoint down) and the backoff sequence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRenewal } from '../../../../src-main/engine/renewal/policy.ts';
import {
  backoffDelay,
  failureStreak,
  nextRetryAt,
  BACKOFF_DAILY_MS,
} from '../../../../src-main/engine/renewal/backoff.ts';
import { applyRenewalInfo } from '../../../../src-main/engine/renewal/ari.ts';
import type { StoredCertificate } from '../../../../src-main/storage/schema.ts';
import type { Attempt } from '../../../../src-main/shared/types.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../../src-main/shared/durations.ts';
import { isText, say } from '../../../../src-main/shared/engine-text.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const iso = (t: number): string => new Date(t).toISOString();

function cert(lifetimeDays: number, extra: Partial<StoredCertificate> = {}): StoredCertificate {
  return {
    id: 'c1',
    names: ['example.org'],
    accountId: 'a1',
    keyType: 'ec256',
    challenge: { type: 'http-01', httpMode: 'builtin' },
    createdAt: iso(T0),
    previous: null,
    attempts: [{ at: iso(T0), trigger: 'cli', outcome: 'success' }],
    exports: [],
    current: {
      version: 'v1',
      notBefore: iso(T0),
      notAfter: iso(T0 + lifetimeDays * DAY_MS),
      serial: '01',
      issuer: 'CA',
      chainIssuers: [],
      issuedAt: iso(T0),
      ariCertId: 'kid.serial',
    },
    ...extra,
  };
}
const ari = (
  startDay: number,
  endDay: number,
  chosenDay: number,
  more: Partial<NonNullable<StoredCertificate['ari']>> = {},
): StoredCertificate['ari'] => ({
  windowStart: iso(T0 + startDay * DAY_MS),
  windowEnd: iso(T0 + endDay * DAY_MS),
  chosenAt: iso(T0 + chosenDay * DAY_MS),
  checkedAt: iso(T0),
  certId: 'kid.serial',
  ...more,
});
const fail = (at: number, errorCode = 'connection', more: Partial<Attempt> = {}): Attempt => ({
  at: iso(at),
  trigger: 'scheduled',
  outcome: 'failure',
  errorCode,
  message: 'm',
  ...more,
});

type Row = {
  name: string;
  cert: StoredCertificate;
  now: number;
  at: number | null;
  status: string;
  reason: RegExp;
};
const rows: Row[] = [
  {
    name: '90-day: one third left (day 60)',
    cert: cert(90),
    now: T0 + DAY_MS,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /one third of the 90-day lifetime left/,
  },
  {
    name: '45-day (tlsserver profile): day 30',
    cert: cert(45),
    now: T0 + DAY_MS,
    at: T0 + 30 * DAY_MS,
    status: 'valid',
    reason: /one third of the 45-day lifetime left/,
  },
  {
    name: '64-day default from 2027',
    cert: cert(64),
    now: T0,
    at: T0 + ((64 * 2) / 3) * DAY_MS,
    status: 'valid',
    reason: /64-day/,
  },
  {
    name: '10-day: half, the boundary',
    cert: cert(10),
    now: T0,
    at: T0 + 5 * DAY_MS,
    status: 'valid',
    reason: /half of the 10-day lifetime left/,
  },
  {
    name: '6-day (shortlived): half, day 3',
    cert: cert(6),
    now: T0 + HOUR_MS,
    at: T0 + 3 * DAY_MS,
    status: 'valid',
    reason: /half of the 6-day lifetime left/,
  },
  {
    name: '90-day past its time: due now',
    cert: cert(90),
    now: T0 + 70 * DAY_MS,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /one third/,
  },
  {
    name: 'already expired: due now, status expired',
    cert: cert(90),
    now: T0 + 91 * DAY_MS,
    at: T0 + 91 * DAY_MS,
    status: 'expired',
    reason: /expired on 2026-05-30/,
  },
  {
    name: 'ARI earlier than the floor wins',
    cert: cert(90, { ari: ari(40, 42, 41) }),
    now: T0 + DAY_MS,
    at: T0 + 41 * DAY_MS,
    status: 'valid',
    reason:
      /the CA asked for renewal between 2026-04-10 00:00 UTC and 2026-04-12 00:00 UTC \(ARI\)/,
  },
  {
    name: 'ARI later than the floor: the floor applies',
    cert: cert(90, { ari: ari(70, 75, 72) }),
    now: T0 + DAY_MS,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /one third.*ARI window is later/,
  },
  {
    name: 'ARI window moved earlier: renew at the new choice, say so',
    cert: cert(90, { ari: ari(5, 6, 5.5, { movedEarlierAt: iso(T0 + 4 * DAY_MS) }) }),
    now: T0 + 4 * DAY_MS,
    at: T0 + 5.5 * DAY_MS,
    status: 'valid',
    reason: /ARI\); the CA moved it earlier/,
  },
  {
    name: 'ARI for a previous certificate is ignored',
    cert: cert(90, { ari: ari(5, 6, 5.5, { certId: 'old.one' }) }),
    now: T0,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /^one third of the 90-day lifetime left$/,
  },
  {
    name: 'ARI endpoint down (no ari stored): the ratio plan',
    cert: cert(90),
    now: T0,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /^one third/,
  },
  {
    name: 'retry 2 after a failure: waiting 1 minute',
    cert: cert(90, { attempts: [fail(T0 + 60 * DAY_MS)] }),
    now: T0 + 60 * DAY_MS + 1000,
    at: T0 + 60 * DAY_MS + MINUTE_MS,
    status: 'retry-wait',
    reason: /retry 2 after a failure: waiting 1 minute/,
  },
  {
    name: 'retry 4 after three failures: waiting 100 minutes',
    cert: cert(90, { attempts: [fail(T0), fail(T0 + 1), fail(T0 + 60 * DAY_MS)] }),
    now: T0 + 60 * DAY_MS,
    at: T0 + 60 * DAY_MS + 100 * MINUTE_MS,
    status: 'retry-wait',
    reason: /retry 4 after a failure: waiting 100 minutes/,
  },
  {
    name: 'retry-after is a floor',
    cert: cert(90, {
      attempts: [fail(T0 + 60 * DAY_MS, 'rate-limited', { retryAfter: iso(T0 + 61 * DAY_MS) })],
    }),
    now: T0 + 60 * DAY_MS,
    at: T0 + 61 * DAY_MS,
    status: 'retry-wait',
    reason: /the CA asked to wait until 2026-05-01 00:00 UTC/,
  },
  {
    name: 'CAA forbids: needs you, no automatic retry',
    cert: cert(90, { attempts: [fail(T0 + 60 * DAY_MS, 'caa')] }),
    now: T0 + 60 * DAY_MS,
    at: null,
    status: 'needs-attention',
    reason: /needs you: a CAA record/,
  },
  {
    name: 'rejected identifier: needs you',
    cert: cert(90, { attempts: [fail(T0 + 60 * DAY_MS, 'rejected-identifier')] }),
    now: T0 + 60 * DAY_MS,
    at: null,
    status: 'needs-attention',
    reason: /needs you/,
  },
  {
    name: 'account needs EAB: needs you',
    cert: cert(90, { attempts: [fail(T0 + 60 * DAY_MS, 'eab-required')] }),
    now: T0 + 60 * DAY_MS,
    at: null,
    status: 'needs-attention',
    reason: /External Account Binding/,
  },
  {
    name: 'unauthorized once: one fresh attempt allowed',
    cert: cert(90, { attempts: [fail(T0 + 60 * DAY_MS, 'unauthorized')] }),
    now: T0 + 60 * DAY_MS,
    at: T0 + 60 * DAY_MS + MINUTE_MS,
    status: 'retry-wait',
    reason: /retry 2/,
  },
  {
    name: 'unauthorized after a fresh attempt: needs you',
    cert: cert(90, {
      attempts: [
        fail(T0 + 60 * DAY_MS, 'unauthorized'),
        fail(T0 + 60 * DAY_MS + 2 * MINUTE_MS, 'unauthorized'),
      ],
    }),
    now: T0 + 60 * DAY_MS + 3 * MINUTE_MS,
    at: null,
    status: 'needs-attention',
    reason: /twice in a row/,
  },
  {
    name: 'a success after failures resets the backoff',
    cert: cert(90, {
      attempts: [
        fail(T0 - 2),
        fail(T0 - 1),
        { at: iso(T0), trigger: 'scheduled', outcome: 'success' },
      ],
    }),
    now: T0,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /^one third/,
  },
  {
    name: 'expired and failing: backoff still holds',
    cert: cert(6, { attempts: [fail(T0 + 6 * DAY_MS + HOUR_MS)] }),
    now: T0 + 6 * DAY_MS + HOUR_MS,
    at: T0 + 6 * DAY_MS + HOUR_MS + MINUTE_MS,
    status: 'expired',
    reason: /retry 2 .*expired on/,
  },
  {
    name: '6-day near expiry: the daily step shrinks to 100 minutes',
    cert: cert(6, {
      attempts: [
        fail(T0 + 3 * DAY_MS),
        fail(T0 + 3 * DAY_MS + 1),
        fail(T0 + 3 * DAY_MS + 2),
        fail(T0 + 5 * DAY_MS + 6 * HOUR_MS),
      ],
    }),
    now: T0 + 5 * DAY_MS + 6 * HOUR_MS,
    at: T0 + 5 * DAY_MS + 6 * HOUR_MS + 100 * MINUTE_MS,
    status: 'retry-wait',
    reason: /close to expiry/,
  },
  {
    name: 'manual dns-01 due: needs the person',
    cert: cert(90, { challenge: { type: 'dns-01', dnsMode: 'manual' } }),
    now: T0 + 61 * DAY_MS,
    at: T0 + 60 * DAY_MS,
    status: 'needs-attention',
    reason: /manual method needs you/,
  },
  {
    name: 'manual http-01 not yet due: valid',
    cert: cert(90, { challenge: { type: 'http-01', httpMode: 'manual' } }),
    now: T0,
    at: T0 + 60 * DAY_MS,
    status: 'valid',
    reason: /one third/,
  },
  {
    name: 'revoked: needs you',
    cert: cert(90, { revoked: { at: iso(T0), reason: 'keyCompromise' } }),
    now: T0,
    at: null,
    status: 'needs-attention',
    reason: /revoked/,
  },
];

for (const r of rows) {
  test(`policy: ${r.name}`, () => {
    const p = planRenewal(r.cert, r.now);
    assert.equal(p.status, r.status);
    assert.equal(p.at === null ? null : iso(p.at), r.at === null ? null : iso(r.at));
    assert.match(p.reason ?? '', r.reason);
    // Issue 16: the window gets the same reason as a Text; said in English it is the CLI's line.
    assert.ok(p.text && isText(p.text), 'the reason travels as a Text');
    assert.equal(say(p.text), p.reason);
  });
}

test('policy: in flight is "renewing" with no time', () => {
  assert.deepEqual(
    { ...planRenewal(cert(90), T0, { inFlight: true }), needsPerson: undefined },
    {
      at: null,
      reason: 'renewing now',
      // Issue 16: the reason also travels as a Text, for the window's language.
      text: { key: 'renewal.renewing' },
      status: 'renewing',
      needsPerson: undefined,
    },
  );
});

test('backoff sequence: 1 min, 10 min, 100 min, then a day, every day', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 12].map((n) => backoffDelay(n)),
    [
      MINUTE_MS,
      10 * MINUTE_MS,
      100 * MINUTE_MS,
      BACKOFF_DAILY_MS,
      BACKOFF_DAILY_MS,
      BACKOFF_DAILY_MS,
    ],
  );
  assert.equal(backoffDelay(0), 0);
  // Walk a streak: each retry starts exactly when the previous wait ends.
  const attempts: Attempt[] = [{ at: iso(T0), trigger: 'cli', outcome: 'success' }];
  let t = T0 + DAY_MS;
  const waits: number[] = [];
  for (let i = 0; i < 6; i++) {
    attempts.push(fail(t));
    const next = nextRetryAt(failureStreak(attempts))!;
    waits.push(next - t);
    t = next;
  }
  assert.deepEqual(
    waits.map((w) => w / MINUTE_MS),
    [1, 10, 100, 1440, 1440, 1440],
  );
});

test('ARI choice: random inside the window, kept while unchanged, re-chosen and marked when moved earlier', () => {
  const info = {
    windowStart: iso(T0 + 50 * DAY_MS),
    windowEnd: iso(T0 + 52 * DAY_MS),
    nextCheckAt: iso(T0 + 6 * HOUR_MS),
  };
  const a1 = applyRenewalInfo(undefined, info, 'x.y', T0, () => 0.25);
  assert.equal(a1.chosenAt, iso(T0 + 50.5 * DAY_MS));
  assert.equal(a1.movedEarlierAt, undefined);
  const a2 = applyRenewalInfo(
    a1,
    { ...info, nextCheckAt: iso(T0 + 12 * HOUR_MS) },
    'x.y',
    T0 + 6 * HOUR_MS,
    () => 0.9,
  );
  assert.equal(a2.chosenAt, a1.chosenAt, 'same window: the same time');
  assert.equal(a2.retryAfter, iso(T0 + 12 * HOUR_MS));
  const moved = {
    windowStart: iso(T0 + 10 * DAY_MS),
    windowEnd: iso(T0 + 11 * DAY_MS),
    nextCheckAt: iso(T0 + DAY_MS),
  };
  const a3 = applyRenewalInfo(a2, moved, 'x.y', T0 + DAY_MS, () => 0.5);
  assert.equal(a3.chosenAt, iso(T0 + 10.5 * DAY_MS));
  assert.equal(a3.movedEarlierAt, iso(T0 + DAY_MS));
  const later = applyRenewalInfo(
    a3,
    {
      windowStart: iso(T0 + 20 * DAY_MS),
      windowEnd: iso(T0 + 21 * DAY_MS),
      nextCheckAt: iso(T0 + 2 * DAY_MS),
    },
    'other.cert',
    T0 + 2 * DAY_MS,
    () => 0,
  );
  assert.equal(later.movedEarlierAt, undefined, 'a new certificate starts clean');
});
