// Which proxy a connection takes (issue 19): the Settings proxy first, then HTTPS_PROXY or
// HTTP_PROXY by the target's scheme (lower case first), and NO_PROXY's names, ports and ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noProxyMatches, proxyFor, parseProxyUrl } from '../../../../src-main/engine/net/proxy.ts';

const label = (
  t: string,
  env: Record<string, string>,
  settings: { url: string; noProxy?: string } | null = null,
) => proxyFor(t, { env, settings })?.label ?? null;

test('HTTPS_PROXY for https, HTTP_PROXY for http, lower case first; nothing set: direct', () => {
  const env = { HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://p:2' };
  assert.equal(label('https://ca.example/dir', env), 'http://s:1');
  assert.equal(label('http://hook.example/x', env), 'http://p:2');
  assert.equal(
    label('https://ca.example/dir', { ...env, https_proxy: 'http://lower:3' }),
    'http://lower:3',
  );
  assert.equal(
    label('https://ca.example/dir', { HTTP_PROXY: 'http://p:2' }),
    null,
    'no fallback to HTTP_PROXY',
  );
  assert.equal(label('https://ca.example/dir', {}), null);
  assert.equal(
    label('https://127.0.0.1:14000/dir', env),
    'http://s:1',
    'loopback is not bypassed implicitly',
  );
});

test('the credentials are used but never shown; a bare host:port means http://', () => {
  const p = proxyFor('https://ca.example', {
    env: { HTTPS_PROXY: 'http://me:secret@proxy.corp:3128' },
  });
  assert.equal(p?.label, 'http://proxy.corp:3128');
  assert.equal(p?.url.password, 'secret');
  assert.equal(parseProxyUrl('proxy.corp:8080')?.href, 'http://proxy.corp:8080/');
  assert.equal(parseProxyUrl('socks5://x:1'), null);
});

test('NO_PROXY: *, names and their subdomains, leading dots, ports, IPs and CIDR ranges', () => {
  const u = (s: string) => new URL(s);
  assert.ok(noProxyMatches(u('https://a.b'), '*'));
  assert.ok(noProxyMatches(u('https://example.com'), 'example.com'));
  assert.ok(noProxyMatches(u('https://acme.example.com'), 'example.com'));
  assert.ok(noProxyMatches(u('https://acme.example.com'), '.example.com'));
  assert.ok(noProxyMatches(u('https://acme.example.com'), '*.example.com'));
  assert.ok(!noProxyMatches(u('https://notexample.com'), 'example.com'));
  assert.ok(noProxyMatches(u('https://ca.example:8443'), 'ca.example:8443'));
  assert.ok(!noProxyMatches(u('https://ca.example'), 'ca.example:8443'), '443 is not 8443');
  assert.ok(noProxyMatches(u('https://127.0.0.1:14000'), 'localhost, 127.0.0.1'));
  assert.ok(noProxyMatches(u('https://10.1.2.3'), '10.0.0.0/8'));
  assert.ok(!noProxyMatches(u('https://11.1.2.3'), '10.0.0.0/8'));
  assert.ok(noProxyMatches(u('https://[::1]:99'), '[::1]'));
  assert.ok(!noProxyMatches(u('https://127.0.0.1'), ''));
});

test('a proxy set in Settings wins over the environment; its own list replaces NO_PROXY', () => {
  const env = { HTTPS_PROXY: 'http://env:1', NO_PROXY: 'ca.example' };
  assert.equal(label('https://ca.example', env, { url: 'http://set:2' }), 'http://set:2');
  assert.equal(
    label('https://ca.example', env, { url: 'http://set:2', noProxy: 'ca.example' }),
    null,
  );
  assert.equal(
    proxyFor('https://x', { env, settings: { url: 'http://set:2' } })?.source,
    'settings',
  );
  assert.equal(
    label('https://other.example', env, { url: '' }),
    'http://env:1',
    'empty: the environment',
  );
});
