// Issue 18 end to end through the CLI, as a person runs it: ACME profiles (sent in newOrder, kept,
// reused by renewals, unknown ones refused before anything is ordered) and ARI on a real order
// (`replaces` = the old certificate's RFC 9773 certID, the CA's window shown).
// Pebble 2.4 has neither profiles nor ARI: the proxy of test/helpers/ca-proxy.ts adds
// meta.profiles and renewalInfo and records newOrder; the orders themselves are validated and
// issued by the real Pebble.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { certIdWithOpenssl, type CaProxy } from '../helpers/ca-proxy.ts';
import { startProfilesStack, type ProfilesStack } from '../helpers/profiles-stack.ts';
import { splitChain } from '../helpers/openssl.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let stack: ProfilesStack;
let proxy: CaProxy;

before(async () => {
  stack = await startProfilesStack('profiles@example.org');
  ({ proxy } = stack);
});
after(async () => {
  await stack?.stop();
});

const cli = (args: string[]) => stack.cli(args);
type CertJson = {
  id: string;
  names: string[];
  profile: string | null;
  serial: string;
  chainPem: string;
  caWindow: unknown;
  renewed?: { ok: boolean }[];
};
const json = async <T = CertJson>(args: string[]): Promise<T> => {
  const r = await cli([...args, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};

test('an unknown profile is refused before anything is ordered, naming the CA profiles', async () => {
  const before = proxy.newOrders.length;
  const r = await cli(['issue', '-d', 'unknown.example.test', '--profile', 'longlived']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /does not offer the profile "longlived"/);
  assert.match(r.stderr, /classic, tlsserver, shortlived/);
  assert.equal(proxy.newOrders.length, before, 'no newOrder reached the CA');
  assert.equal((await json<unknown[]>(['list'])).length, 0, 'nothing was stored');
});

test('a chosen profile goes into newOrder, is kept, shown, and reused by the renewal with replaces', async () => {
  const issued = await json(['issue', '-d', 'short.example.test', '--profile', 'shortlived']);
  const order = proxy.newOrders.at(-1);
  assert.equal(order?.profile, 'shortlived');
  assert.deepEqual(order?.identifiers, [{ type: 'dns', value: 'short.example.test' }]);
  assert.equal(order?.replaces, undefined, 'a first issuance replaces nothing');
  assert.equal(issued.profile, 'shortlived');
  assert.equal((await json(['show', issued.id])).profile, 'shortlived');
  const human = await cli(['show', issued.id]);
  assert.match(human.stdout, /profile:\s+shortlived/);

  // The CA says (ARI) this one is due now: `renew` asks, renews, and names what it replaces.
  const oldLeaf = splitChain(issued.chainPem)[0];
  const oldCertId = await certIdWithOpenssl(oldLeaf);
  const now = Date.now();
  proxy.setRenewalInfo(oldCertId, {
    start: new Date(now - 2 * 3600_000),
    end: new Date(now - 3600_000),
    explanationURL: 'https://ca.example/incident-42',
  });
  const renewed = await json(['renew']);
  assert.equal(renewed.renewed?.[0]?.ok, true, JSON.stringify(renewed));
  const renewal = proxy.newOrders.at(-1);
  assert.notEqual(renewal, order);
  assert.equal(renewal?.replaces, oldCertId, 'RFC 9773 section 5: replaces = old certID');
  assert.equal(renewal?.profile, 'shortlived', 'the renewal asks for the same profile');
  assert.equal(renewal?.status, 201, 'Pebble accepted the order with replaces');

  // The new certificate's window, with the CA's explanation, as `show` tells it.
  const after = await json(['show', issued.id]);
  assert.notEqual(after.serial, issued.serial);
  const newCertId = await certIdWithOpenssl(splitChain(after.chainPem)[0]);
  proxy.setRenewalInfo(newCertId, {
    start: new Date(now + 20 * 86400_000),
    end: new Date(now + 21 * 86400_000),
    explanationURL: 'https://ca.example/why-early',
  });
  const quiet = await json(['renew']);
  assert.deepEqual(quiet.renewed, [], 'nothing due');
  const shown = await json(['show', issued.id]);
  assert.deepEqual(shown.caWindow, {
    start: new Date(now + 20 * 86400_000).toISOString(),
    end: new Date(now + 21 * 86400_000).toISOString(),
    explanationUrl: 'https://ca.example/why-early',
  });
  assert.match((await cli(['show', issued.id])).stdout, /CA's window:.*why-early/);
});

test('with no profile chosen, newOrder carries none and the CA default applies', async () => {
  const issued = await json(['issue', '-d', 'plain.example.test']);
  assert.equal('profile' in (proxy.newOrders.at(-1)?.payload ?? {}), false);
  assert.equal(issued.profile, null);
});

test('an IP address at a CA with profiles needs the one that allows it, and is refused early', async () => {
  const before = proxy.newOrders.length;
  const r = await cli(['issue', '-d', '127.0.0.1']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /only with the "shortlived" profile/);
  const dns = await cli([
    'issue',
    '-d',
    '127.0.0.1',
    '--profile',
    'shortlived',
    '--challenge',
    'dns-01',
  ]);
  assert.notEqual(dns.code, 0);
  assert.match(dns.stderr, /never through DNS/);
  assert.equal(proxy.newOrders.length, before, 'nothing was ordered');
  // With the profile that allows it: an ip identifier, issued by Pebble.
  const ok = await json(['issue', '-d', '127.0.0.1', '--profile', 'shortlived']);
  assert.deepEqual(proxy.newOrders.at(-1)?.identifiers, [{ type: 'ip', value: '127.0.0.1' }]);
  assert.deepEqual(ok.names, ['127.0.0.1']);
});
