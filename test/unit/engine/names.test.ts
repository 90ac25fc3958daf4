import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNames, normaliseNames, MAX_NAMES } from '../../../src-main/engine/names.ts';
import { CertdeskError } from '../../../src-main/shared/errors.ts';

test('valid names are normalised: lower case, trailing dot dropped, IDN to punycode', () => {
  const r = checkNames(['Example.COM.', 'bücher.example', 'www.example.com']);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.names, ['example.com', 'xn--bcher-kva.example', 'www.example.com']);
});

const bad: [string, RegExp][] = [
  ['', /empty/],
  ['a..example.com', /empty part/],
  ['.example.com', /empty part/],
  ['exa_mple.com', /characters a domain name cannot have/],
  ['-bad.example.com', /starts or ends with "-"/],
  ['192.0.2.1', /IP address/],
  ['[2001:db8::1]', /IP address/],
  ['localhost', /not a full domain name/],
  ['https://example.com/', /web address/],
  ['exa mple.com', /space/],
  ['www.*.example.com', /wrong place/],
  [`${'a'.repeat(64)}.example.com`, /longer than 63/],
];
for (const [input, reason] of bad) {
  test(`rejects ${JSON.stringify(input)} with a clear reason`, () => {
    const r = checkNames([input], 'http-01');
    assert.equal(r.names.length, 0);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].reason, reason);
  });
}

test('a wildcard needs dns-01 (R15)', () => {
  assert.match(
    checkNames(['*.example.com'], 'http-01').problems[0].reason,
    /wildcard.*DNS \(dns-01\)/,
  );
  assert.match(checkNames(['*.example.com'], 'tls-alpn-01').problems[0].reason, /wildcard/);
  assert.deepEqual(checkNames(['*.example.com', 'example.com'], 'dns-01').names, [
    '*.example.com',
    'example.com',
  ]);
});

test('duplicates are reported, also when they differ only in case or IDN form', () => {
  const r = checkNames(['example.com', 'EXAMPLE.com', 'bücher.example', 'xn--bcher-kva.example']);
  assert.equal(r.problems.length, 2);
  assert.match(r.problems[0].reason, /listed twice/);
});

test(`more than ${MAX_NAMES} names is refused; exactly ${MAX_NAMES} is fine`, () => {
  const names = Array.from({ length: MAX_NAMES + 1 }, (_, i) => `n${i}.example.com`);
  assert.match(checkNames(names).problems[0].reason, /at most 100 names/);
  assert.deepEqual(checkNames(names.slice(0, MAX_NAMES)).problems, []);
});

test('normaliseNames throws one error that lists every bad name', () => {
  assert.throws(
    () => normaliseNames(['ok.example.com', 'bad_name.com', '10.0.0.1']),
    (e: unknown) => {
      assert.ok(e instanceof CertdeskError);
      assert.equal(e.code, 'invalid-name');
      assert.match(e.message, /2 names need fixing/);
      assert.match(e.message, /bad_name\.com/);
      assert.match(e.message, /10\.0\.0\.1/);
      return true;
    },
  );
});
