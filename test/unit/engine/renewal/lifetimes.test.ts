// Issue 18 "Renewal with the coming lifetimes": the policy works from each certificate's own
// lifetime (R20), so Let's Encrypt's 64-day (2027), 45-day (2028, tlsserver) and 160-hour
// (shortlived) certificates, and a renewal whose replacement comes back shorter, renew at the
// right time without a fixed "30 days before". Table-driven with fixed times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRenewal } from '../../../../src-main/engine/renewal/policy.ts';
import type { StoredCertificate, StoredVersion } from '../../../../src-main/storage/schema.ts';
import { DAY_MS, HOUR_MS } from '../../../../src-main/shared/durations.ts';
import { soonerText } from '../../../../src-renderer/components/renewal-sooner.ts';
import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from '../../../../src-renderer/i18n/index.ts';

function translator(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.t;
}

const T0 = Date.parse('2027-03-01T00:00:00Z');
const iso = (t: number): string => new Date(t).toISOString();
const version = (v: string, from: number, lifeMs: number): StoredVersion => ({
  version: v,
  notBefore: iso(from),
  notAfter: iso(from + lifeMs),
  serial: v,
  issuer: 'CA',
  chainIssuers: [],
  issuedAt: iso(from),
});
function cert(current: StoredVersion, previous: StoredVersion | null = null): StoredCertificate {
  return {
    id: 'c1',
    names: ['example.org'],
    accountId: 'a1',
    keyType: 'ec256',
    challenge: { type: 'http-01', httpMode: 'builtin' },
    createdAt: iso(T0),
    current,
    previous,
    attempts: [{ at: current.issuedAt, trigger: 'scheduled', outcome: 'success' }],
    exports: [],
  };
}

type Row = {
  name: string;
  cert: StoredCertificate;
  now: number;
  /** Expected renewal time, from the certificate's own notBefore. */
  at: number;
  status: string;
  reason: RegExp;
};
const LIFE_64 = 64 * DAY_MS;
const LIFE_45 = 45 * DAY_MS;
const LIFE_160H = 160 * HOUR_MS;
const RENEWED_AT = T0 + 60 * DAY_MS; // a 90-day certificate renewed at one third left

const rows: Row[] = [
  {
    name: '64-day (classic from 2027-02-10): one third left, day 42.7',
    cert: cert(version('a', T0, LIFE_64)),
    now: T0 + DAY_MS,
    at: T0 + (LIFE_64 * 2) / 3,
    status: 'valid',
    reason: /one third of the 64-day lifetime left/,
  },
  {
    name: '64-day, due a moment after its floor',
    cert: cert(version('a', T0, LIFE_64)),
    now: T0 + (LIFE_64 * 2) / 3 + 1,
    at: T0 + (LIFE_64 * 2) / 3,
    status: 'valid',
    reason: /one third/,
  },
  {
    name: '45-day (tlsserver; classic from 2028-02-16): one third left, day 30',
    cert: cert(version('a', T0, LIFE_45)),
    now: T0,
    at: T0 + 30 * DAY_MS,
    status: 'valid',
    reason: /one third of the 45-day lifetime left/,
  },
  {
    name: '160-hour (shortlived): half left, after 80 hours',
    cert: cert(version('a', T0, LIFE_160H)),
    now: T0 + HOUR_MS,
    at: T0 + 80 * HOUR_MS,
    status: 'valid',
    reason: /half of the 6\.7-day lifetime left/,
  },
  {
    name: 'a 90-day certificate whose replacement came back as 45 days: the new lifetime rules',
    cert: cert(version('b', RENEWED_AT, LIFE_45), version('a', T0, 90 * DAY_MS)),
    now: RENEWED_AT + DAY_MS,
    at: RENEWED_AT + 30 * DAY_MS,
    status: 'valid',
    reason: /one third of the 45-day lifetime left/,
  },
  {
    name: 'a 90-day certificate whose replacement came back as 160 hours: half, not one third',
    cert: cert(version('b', RENEWED_AT, LIFE_160H), version('a', T0, 90 * DAY_MS)),
    now: RENEWED_AT,
    at: RENEWED_AT + 80 * HOUR_MS,
    status: 'valid',
    reason: /half of the 6\.7-day lifetime left/,
  },
];

for (const r of rows) {
  test(`lifetimes: ${r.name}`, () => {
    const p = planRenewal(r.cert, r.now);
    assert.equal(p.at === null ? null : iso(p.at), iso(r.at));
    assert.equal(p.status, r.status);
    assert.match(p.reason ?? '', r.reason);
    // Never the old habit of "30 days before expiry" for these lifetimes.
    const na = Date.parse(r.cert.current!.notAfter);
    assert.notEqual(p.at, na - 30 * DAY_MS);
  });
}

test('lifetimes: the window says in plain words why a short-lived certificate renews sooner', () => {
  const t = translator('en');
  const v = (life: number) => ({ notBefore: iso(T0), notAfter: iso(T0 + life) });
  assert.equal(soonerText(t, v(90 * DAY_MS)), null, '90 days is what people know');
  assert.match(soonerText(t, v(LIFE_64)) ?? '', /last 64 days.*about every 43 days/);
  assert.match(soonerText(t, v(LIFE_45)) ?? '', /last 45 days.*about every 30 days/);
  assert.match(soonerText(t, v(LIFE_160H)) ?? '', /only 160 hours.*about every 80 hours/);
  // Said in every language, with the numbers.
  for (const lng of ['da', 'zh', 'fi', 'hu'])
    assert.match(translator(lng)('profiles.soonerDays', { days: 45, every: 30 }), /45.*30/s);
});
