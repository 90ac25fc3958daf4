// Issue 18, RFC 8738 section 7: with an IP address among the names, the wizard's "how can the CA
// reach you?" step never recommends dns-01 (the CA checks an address only by connecting to it),
// and says why in plain words in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIpName, recommend, type Answers } from '../../../src-renderer/screens/wizard/model.ts';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';

const none: Answers = { server: null, port80: null, webserver: null, upload: null, dns: null };

test('an IP address (v4 or v6, as names:check returns it) is told apart from a domain', () => {
  for (const ip of ['127.0.0.1', '203.0.113.10', '2001:db8::1', '::1']) assert.ok(isIpName(ip), ip);
  for (const d of ['example.com', '1.example.com', '*.example.com', 'xn--bcher-kva.example'])
    assert.ok(!isIpName(d), d);
});

test('a DNS provider recommends dns-01 for domains, but never when a name is an IP address', () => {
  const dns: Answers = { ...none, server: 'no', upload: 'none', dns: 'cloudflare' };
  assert.equal(recommend(dns, false).route, 'dns-01');
  assert.deepEqual(recommend(dns, false, true), {
    route: 'http-01',
    httpMode: 'manual',
    why: 'manual',
  });
  for (const server of ['yes', 'no', 'unsure'] as const)
    for (const dnsMode of ['manual', 'cloudflare', 'rfc2136', 'acme-dns', 'exec'] as const)
      assert.notEqual(recommend({ ...none, server, dns: dnsMode }, false, true).route, 'dns-01');
});

test('the reason dns-01 is disabled for an IP address is said in all five languages', () => {
  const said = Object.entries(RESOURCES).map(
    ([lng, r]) => [lng, (r as { profiles: { noDnsForIp: string } }).profiles.noDnsForIp] as const,
  );
  assert.deepEqual(said.map(([l]) => l).sort(), ['da', 'en', 'fi', 'hu', 'zh']);
  for (const [lng, s] of said) assert.match(s, /IP|DNS/, lng);
  assert.equal(new Set(said.map(([, s]) => s)).size, 5, 'each language its own sentence');
  assert.doesNotMatch(said.map(([, s]) => s).join(' '), /--|dns-01|http-01/, 'no CLI words');
});
