// Issue 18: a certificate whose account the CA paused renews at no time, whatever its age, its
// ARI window or its failure history, until the person says it is unpaused; then the usual policy
// applies again. A paused answer is never retried by the backoff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRenewal } from '../../../../src-main/engine/renewal/policy.ts';
import { NON_RETRYABLE_CODES } from '../../../../src-main/engine/renewal/backoff.ts';
import type { StoredCertificate } from '../../../../src-main/storage/schema.ts';
import { DAY_MS } from '../../../../src-main/shared/durations.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const iso = (t: number): string => new Date(t).toISOString();
const PAUSED = { at: iso(T0), names: ['example.org'], url: 'https://ca.example/unpause?t=1' };

function cert(extra: Partial<StoredCertificate> = {}): StoredCertificate {
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
      notAfter: iso(T0 + 90 * DAY_MS),
      serial: '01',
      issuer: 'CA',
      chainIssuers: [],
      issuedAt: iso(T0),
      ariCertId: 'kid.serial',
    },
    ...extra,
  };
}

const CASES: [string, number, Partial<StoredCertificate>, string][] = [
  ['fresh', T0 + DAY_MS, {}, 'needs-attention'],
  ['due (2/3 of its life)', T0 + 70 * DAY_MS, {}, 'needs-attention'],
  ['in its last day', T0 + 89.5 * DAY_MS, {}, 'needs-attention'],
  ['expired', T0 + 91 * DAY_MS, {}, 'expired'],
  [
    'in the CA window (ARI)',
    T0 + 40 * DAY_MS,
    {
      ari: {
        windowStart: iso(T0 + 30 * DAY_MS),
        windowEnd: iso(T0 + 31 * DAY_MS),
        chosenAt: iso(T0 + 30 * DAY_MS),
        checkedAt: iso(T0),
        certId: 'kid.serial',
      },
    },
    'needs-attention',
  ],
];

for (const [name, now, more, status] of CASES) {
  test(`a paused certificate, ${name}: no renewal is planned, the person is asked`, () => {
    const plan = planRenewal(cert({ ...more, paused: PAUSED }), now);
    assert.equal(plan.at, null);
    assert.equal(plan.status, status);
    assert.match(plan.reason ?? '', /paused/i);
    // Unpaused, the same certificate is planned again (the pause was the only reason).
    const free = planRenewal(cert(more), now);
    assert.equal(typeof free.at, 'number', `${name}: planned once unpaused`);
  });
}

test('a paused answer is not retried by the backoff', () => {
  assert.ok(NON_RETRYABLE_CODES.has('account-paused'));
});
