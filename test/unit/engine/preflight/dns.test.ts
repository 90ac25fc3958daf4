// The "dns" check: each address on its own; a dead AAAA next to a live A fails (the CA tries IPv6 first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  dnsVerdict,
  isPrivateAddress,
  lookupAddresses,
  probeTcp,
  type AddressLookup,
} from '../../../../src-main/engine/preflight/dns.ts';
import { startFakeDns, type FakeDns } from './fake-dns.ts';

const lk = (
  v4: string[],
  v6: string[] = [],
  extra: Partial<AddressLookup> = {},
): AddressLookup => ({ v4, v6, nxdomain: false, errors: [], ...extra });
const probe = (port: number, m: Record<string, string | null>) => ({
  port,
  results: new Map(Object.entries(m)),
});

test('dead AAAA beside a live A: fail, with the fix to remove the AAAA or answer on IPv6', () => {
  const r = dnsVerdict({
    name: 'www.example.com',
    lookup: lk(['192.0.2.10'], ['2001:db8::10']),
    probe: probe(80, { '192.0.2.10': null, '2001:db8::10': 'connection refused' }),
    needsAddress: true,
    warnPrivate: true,
  });
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /IPv6 address \(2001:db8::10\) that does not answer on port 80/);
  assert.match(r.message, /CA tries IPv6 first/);
  assert.match(
    r.fix!,
    /Remove the AAAA record of www\.example\.com, or make the server answer on IPv6/,
  );
  assert.deepEqual(r.details, [
    'A 192.0.2.10: answers on port 80',
    'AAAA 2001:db8::10: does not answer on port 80 (connection refused)',
  ]);
});

test('every address answers: pass; none answers: warn (the self-check says why)', () => {
  assert.equal(
    dnsVerdict({
      name: 'a.example.com',
      lookup: lk(['192.0.2.1'], ['2001:db8::1']),
      probe: probe(80, { '192.0.2.1': null, '2001:db8::1': null }),
      needsAddress: true,
      warnPrivate: true,
    }).verdict,
    'pass',
  );
  const none = dnsVerdict({
    name: 'a.example.com',
    lookup: lk(['192.0.2.1']),
    probe: probe(80, { '192.0.2.1': 'no answer' }),
    needsAddress: true,
    warnPrivate: true,
  });
  assert.equal(none.verdict, 'warn');
  assert.match(none.fix!, /trial run/);
  const mixedV4 = dnsVerdict({
    name: 'a.example.com',
    lookup: lk(['192.0.2.1', '192.0.2.2']),
    probe: probe(80, { '192.0.2.1': null, '192.0.2.2': 'refused' }),
    needsAddress: true,
    warnPrivate: true,
  });
  assert.equal(mixedV4.verdict, 'fail');
});

test('no address: fail for http-01, skip for dns-01; NXDOMAIN is named', () => {
  const nx = dnsVerdict({
    name: 'nope.example.com',
    lookup: lk([], [], { nxdomain: true }),
    needsAddress: true,
    warnPrivate: true,
  });
  assert.equal(nx.verdict, 'fail');
  assert.match(nx.message, /does not exist in DNS/);
  assert.match(nx.fix!, /add an A record/);
  assert.equal(
    dnsVerdict({ name: 'x.example.com', lookup: lk([]), needsAddress: false, warnPrivate: true })
      .verdict,
    'skip',
  );
  assert.equal(
    dnsVerdict({
      name: 'x.example.com',
      lookup: lk([], [], { errors: ['A: ETIMEOUT'] }),
      needsAddress: true,
      warnPrivate: true,
    }).verdict,
    'warn',
  );
});

test('private addresses warn unless a custom resolver gives a deliberately local view', () => {
  assert.ok(
    isPrivateAddress('10.1.2.3') &&
      isPrivateAddress('192.168.1.1') &&
      isPrivateAddress('172.20.0.1') &&
      isPrivateAddress('::1') &&
      isPrivateAddress('fd00::1') &&
      isPrivateAddress('fe80::1'),
  );
  assert.ok(
    !isPrivateAddress('192.0.2.1') &&
      !isPrivateAddress('2001:db8::1') &&
      !isPrivateAddress('172.32.0.1'),
  );
  assert.equal(
    dnsVerdict({
      name: 'lan.example.com',
      lookup: lk(['192.168.1.5']),
      needsAddress: true,
      warnPrivate: true,
    }).verdict,
    'warn',
  );
  assert.equal(
    dnsVerdict({
      name: 'lan.example.com',
      lookup: lk(['192.168.1.5']),
      needsAddress: true,
      warnPrivate: false,
    }).verdict,
    'pass',
  );
});

let dns: FakeDns;
after(async () => {
  await dns?.stop();
});

test('lookups: A and AAAA separately, NXDOMAIN vs no records, SERVFAIL reported', async () => {
  dns = await startFakeDns({
    a: { 'both.test': ['192.0.2.1'] },
    aaaa: { 'both.test': ['2001:db8::1'] },
    exists: ['v4only.test'],
    servfail: ['broken.test'],
  });
  const both = await lookupAddresses('both.test', { resolver: dns.server });
  assert.deepEqual([both.v4, both.v6, both.nxdomain], [['192.0.2.1'], ['2001:db8::1'], false]);
  const nx = await lookupAddresses('missing.test', { resolver: dns.server });
  assert.equal(nx.nxdomain, true);
  assert.deepEqual(nx.errors, []);
  const broken = await lookupAddresses('broken.test', { resolver: dns.server });
  assert.deepEqual(broken.errors.sort(), ['A: ESERVFAIL', 'AAAA: ESERVFAIL']);
});

test('a TCP probe of a closed port says nothing listens', async () => {
  const why = await probeTcp('127.0.0.1', 1);
  assert.match(why ?? '', /refused/);
});
