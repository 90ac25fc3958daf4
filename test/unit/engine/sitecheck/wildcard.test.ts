// Issue 17: a wildcard name in the live-site check. Which names a wildcard covers (one label, as
// TLS matches it, RFC 6125 section 6.4.3), the row a wildcard gets instead of being skipped, and
// the overall state: a wildcard's row never makes a served certificate look unreachable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSite, covers } from '../../../../src-main/engine/sitecheck/index.ts';
import { overallState, type SiteResult } from '../../../../src-main/shared/site-check.ts';

test('*.example.com covers www.example.com, not example.com, a.b.example.com or another wildcard', () => {
  assert.equal(covers('*.example.com', 'www.example.com'), true);
  assert.equal(covers('*.example.com', 'shop.example.com'), true);
  assert.equal(covers('*.example.com', 'example.com'), false);
  assert.equal(covers('*.example.com', 'a.b.example.com'), false);
  assert.equal(covers('*.example.com', 'www.example.org'), false);
  assert.equal(covers('*.example.com', 'wwwexample.com'), false);
  assert.equal(covers('*.example.com', '*.example.com'), false);
  assert.equal(covers('www.example.com', 'www.example.com'), false);
});

test('a certificate of wildcards only: each gets a row that says to add the host name served', async () => {
  const rows = await checkSite({
    names: ['*.a.test', '*.b.test'],
    current: { serial: '01', notAfter: '2030-01-01T00:00:00.000Z' },
    older: [],
  });
  assert.deepEqual(
    rows.map((r) => [r.name, r.state, r.address, r.text?.key, r.text?.params?.example]),
    [
      ['*.a.test', 'unreachable', '', 'siteCheck.wildcardAdd', 'www.a.test'],
      ['*.b.test', 'unreachable', '', 'siteCheck.wildcardAdd', 'www.b.test'],
    ],
  );
  assert.match(
    rows[0].detail,
    /^\*\.a\.test is a wildcard, not a host name Certdesk can connect to/,
  );
  assert.equal(overallState(rows), 'unreachable');
});

const row = (name: string, state: SiteResult['state']): SiteResult => ({
  name,
  address: name.startsWith('*') ? '' : '192.0.2.1',
  port: 443,
  state,
  servedSerial: null,
  servedNotAfter: null,
  detail: '',
});

test('the overall state leaves a wildcard row out when other names were checked', () => {
  const wild = row('*.example.com', 'unreachable');
  assert.equal(overallState([wild, row('www.example.com', 'current')]), 'current');
  assert.equal(overallState([wild, row('www.example.com', 'outdated')]), 'outdated');
  assert.equal(overallState([wild, row('www.example.com', 'unreachable')]), 'unreachable');
  assert.equal(overallState([wild]), 'unreachable');
  assert.equal(overallState([]), 'unreachable');
});
