// Issue 18: the CA's rate-limit answers named in one sentence each (Let's Encrypt's documented
// details), when Certdesk tries again (Retry-After header, RFC 8555 section 6.6 / RFC 9110 section
// 10.2.3, else the "retry after ..." time in the detail), and the paused account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRetryAfter, problemToError } from '../../../../src-main/engine/acme/problems.ts';
import { pausedInfo } from '../../../../src-main/engine/acme/rate-limits.ts';
import { say } from '../../../../src-main/shared/engine-text.ts';

const RL = 'urn:ietf:params:acme:error:rateLimited';
const LE = 'see https://letsencrypt.org/docs/rate-limits/';
const AT = '2031-05-01T10:00:00.000Z';
const sentence = (detail: string, retryAfter?: string) =>
  problemToError({ type: RL, detail, status: 429 }, retryAfter);

const KINDS: [string, string, RegExp, boolean][] = [
  ['too many new orders recently', 'newOrders', /new orders per account/, true],
  [
    'too many certificates (50) already issued for "example.com" in the last 168h0m0s',
    'perDomain',
    /issued for example\.com this week/,
    true,
  ],
  [
    'too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s',
    'duplicate',
    /duplicate certificates/,
    true,
  ],
  [
    'too many failed authorizations (5) for "www.example.com" in the last 1h0m0s',
    'failedValidations',
    /validation for www\.example\.com failed too often/,
    false,
  ],
  ['too many new registrations (10) from this IP address', 'registrations', /new accounts/, false],
  ['slow down', 'other', /too many requests/, false],
];

for (const [detail, kind, words, exempt] of KINDS) {
  test(`a ${kind} limit is named, with the time from Retry-After`, () => {
    const e = sentence(`${detail}: ${LE}`, AT);
    assert.equal(e.code, 'rate-limited');
    assert.equal(e.retryable, true);
    assert.equal(e.retryAfter, AT);
    assert.equal(e.text?.key, 'limits.joined');
    assert.match(e.message, words);
    assert.match(e.message, /tries again after 2031-05-01 10:00 UTC, as the CA asked/);
    // Let's Encrypt's ARI renewal exemption only where it applies (never failed validations).
    assert.equal(/exempts from this limit/.test(e.message), exempt, e.message);
  });
}

test('the exemption is not claimed for a CA other than Let’s Encrypt', () => {
  const e = sentence('too many new orders recently: see https://ca.example/limits', AT);
  assert.doesNotMatch(e.message, /exempts/);
});

test('without Retry-After the time in the detail is used, else "later"', () => {
  const inDetail = sentence(`too many new orders recently: retry after 2031-06-02 03:04:05 UTC`);
  assert.equal(inDetail.retryAfter, '2031-06-02T03:04:05.000Z');
  assert.match(inDetail.message, /after 2031-06-02 03:04 UTC/);
  // The header wins over the detail.
  assert.equal(
    sentence('too many new orders recently: retry after 2031-06-02 03:04:05 UTC', AT).retryAfter,
    AT,
  );
  const none = sentence('too many new orders recently');
  assert.equal(none.retryAfter, undefined);
  assert.match(none.message, /tries again later; it does not retry sooner/);
  assert.equal(say(none.text!).trim(), none.message);
});

test('Retry-After in seconds and as an HTTP date', () => {
  const now = Date.parse('2031-01-01T00:00:00Z');
  assert.equal(parseRetryAfter('3600', now), '2031-01-01T01:00:00.000Z');
  assert.equal(parseRetryAfter('Wed, 01 Jan 2031 12:00:00 GMT', now), '2031-01-01T12:00:00.000Z');
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('a paused account is recognised whatever the type, and stops retries', () => {
  const url = 'https://portal.letsencrypt.org/sfe/v1/unpause?jwt=abc.def';
  const detail = `Your account is temporarily prevented from requesting certificates for a.example.org, "b.example.org" and possibly others. Please visit: ${url}.`;
  assert.deepEqual(pausedInfo({ detail }), { names: ['a.example.org', 'b.example.org'], url });
  for (const type of [RL, 'urn:ietf:params:acme:error:unauthorized']) {
    const e = problemToError({ type, detail, status: 429 }, AT);
    assert.equal(e.code, 'account-paused');
    assert.equal(e.retryable, false);
    assert.equal(e.link, url);
    assert.match(e.message, /paused this account for a\.example\.org, b\.example\.org/);
    // The link carries a token for the account: never in the detail that reaches logs.
    assert.doesNotMatch(e.detail ?? '', /jwt=/);
  }
  assert.equal(pausedInfo({ detail: 'too many new orders recently' }), null);
});
