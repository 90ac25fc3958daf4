import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEmail } from '../../../src-main/engine/email.ts';
import { problemToError, parseRetryAfter } from '../../../src-main/engine/acme/problems.ts';
import { parseKeyType } from '../../../src-main/engine/keys.ts';
import { resolveCa } from '../../../src-main/engine/ca-presets.ts';

test('e-mail addresses are checked for form (R3)', () => {
  assert.equal(checkEmail(' Me@Example.ORG '), 'Me@example.org');
  for (const bad of [
    '',
    'me',
    'me@',
    '@example.org',
    'me@localhost',
    'me@exa mple.org',
    'a,b@example.org',
    'me..x@example.org',
    'me@10.0.0.1',
  ]) {
    assert.throws(() => checkEmail(bad), { code: 'invalid-email' }, bad);
  }
});

test('ACME problem types map to stable codes with advice', () => {
  const cases: [string, string, boolean][] = [
    ['rateLimited', 'rate-limited', true],
    ['badNonce', 'bad-nonce', true],
    ['caa', 'caa', false],
    ['dns', 'dns', true],
    ['connection', 'connection', true],
    ['unauthorized', 'unauthorized', false],
    ['rejectedIdentifier', 'rejected-identifier', false],
    ['externalAccountRequired', 'eab-required', false],
    ['serverInternal', 'server-internal', true],
  ];
  for (const [type, code, retryable] of cases) {
    const e = problemToError({ type: `urn:ietf:params:acme:error:${type}`, detail: 'x' });
    assert.equal(e.code, code, type);
    assert.equal(e.retryable, retryable, type);
    assert.ok(e.message.length > 20 && !/urn:ietf/.test(e.message), 'a sentence, not a URN');
  }
  const caa = problemToError({
    type: 'urn:ietf:params:acme:error:caa',
    detail: 'CAA forbids',
    identifier: { type: 'dns', value: 'example.com' },
  });
  assert.match(caa.message, /CAA record.*example\.com.*Add a CAA record/);
});

test('compound problems report the first subproblem; unknown types keep the detail', () => {
  const e = problemToError({
    type: 'urn:ietf:params:acme:error:compound',
    subproblems: [
      { type: 'urn:ietf:params:acme:error:caa', identifier: { type: 'dns', value: 'a.example' } },
    ],
  });
  assert.equal(e.code, 'caa');
  const u = problemToError({ type: 'urn:example:weird', detail: 'strange' });
  assert.match(u.message, /strange/);
});

test('Retry-After is kept, as seconds or an HTTP date', () => {
  const now = Date.parse('2026-11-22T00:00:00Z');
  assert.equal(parseRetryAfter('120', now), '2026-11-22T00:02:00.000Z');
  assert.equal(parseRetryAfter('Sun, 22 Nov 2026 01:00:00 GMT', now), '2026-11-22T01:00:00.000Z');
  assert.equal(parseRetryAfter('soon', now), undefined);
  const e = problemToError(
    { type: 'urn:ietf:params:acme:error:rateLimited', detail: 'too many' },
    '2026-11-22T01:00:00.000Z',
  );
  assert.equal(e.retryAfter, '2026-11-22T01:00:00.000Z');
});

test('key types and CA presets', () => {
  assert.equal(parseKeyType('RSA-4096'), 'rsa4096');
  assert.equal(parseKeyType('p256'), 'ec256');
  assert.throws(() => parseKeyType('dsa'), { code: 'invalid-input' });
  assert.equal(resolveCa({}).caId, 'letsencrypt');
  assert.equal(
    resolveCa({ ca: 'letsencrypt-staging' }).directoryUrl,
    'https://acme-staging-v02.api.letsencrypt.org/directory',
  );
  assert.equal(resolveCa({ directoryUrl: 'https://127.0.0.1:14000/dir' }).caId, 'custom');
  assert.throws(() => resolveCa({ ca: 'nope' }), { code: 'invalid-input' });
  assert.throws(() => resolveCa({ directoryUrl: 'http://insecure.example/dir' }), {
    code: 'invalid-input',
  });
});
