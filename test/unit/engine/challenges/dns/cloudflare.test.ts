// Cloudflare solver against the local API stand-in: zone found by walking up the name, one record
// per challenge deleted by id, a leftover identical record taken over, an unknown zone explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';
import { CloudflareDnsSolver } from '../../../../../src-main/engine/challenges/dns/cloudflare.ts';
import type { ChallengeContext } from '../../../../../src-main/engine/challenges/types.ts';
import { silentLogger } from '../../../../../src-main/engine/ports.ts';
import { startFakeCloudflare, type FakeCloudflare } from '../../../../helpers/fake-cloudflare.ts';

let cf: FakeCloudflare;
let dns: dgram.Socket;
let resolver: string;

before(async () => {
  cf = await startFakeCloudflare({ token: 'tok', zones: ['example.test'] });
  // A resolver that knows no CNAMEs (every name: NXDOMAIN).
  dns = dgram.createSocket('udp4');
  dns.on('message', (m, r) => {
    const q = dnsPacket.decode(m);
    dns.send(
      dnsPacket.encode({ type: 'response', id: q.id, flags: 3, questions: q.questions }),
      r.port,
      r.address,
    );
  });
  await new Promise<void>((resolve) => dns.bind(0, '127.0.0.1', resolve));
  resolver = `127.0.0.1:${dns.address().port}`;
});
after(async () => {
  await cf.stop();
  dns.close();
});

const ctx = (identifier: string, value: string, wildcard = false): ChallengeContext => ({
  identifier,
  wildcard,
  token: 't'.repeat(43),
  keyAuthorization: 'k',
  dnsTxtValue: value,
  signal: new AbortController().signal,
  progress: () => {},
  log: silentLogger,
});

test('records go into the enclosing zone and are deleted by id; only ours', async () => {
  const s = new CloudflareDnsSolver({
    token: 'tok',
    api: cf.api,
    resolver,
    propagationTimeoutMs: 1000,
  });
  const a = ctx('deep.sub.example.test', 'value-a');
  const b = ctx('deep.sub.example.test', 'value-b', true);
  await s.present(a);
  await s.present(b);
  assert.deepEqual(
    cf
      .records()
      .map((r) => `${r.name} ${r.content} ${r.ttl}`)
      .sort(),
    [
      '_acme-challenge.deep.sub.example.test value-a 60',
      '_acme-challenge.deep.sub.example.test value-b 60',
    ],
  );
  assert.equal(
    cf.requests.filter((q) => q.startsWith('GET /client/v4/zones?name=')).length,
    4,
    'walked up to example.test once, then cached',
  );
  await s.cleanup(a);
  assert.deepEqual(
    cf.records().map((r) => r.content),
    ['value-b'],
    'the other value stays until its own cleanup',
  );
  await s.cleanup(b);
  assert.deepEqual(cf.records(), []);
  await s.cleanup(b); // already gone: no error
});

test('an identical record left by an interrupted run is taken over and removed', async () => {
  const s1 = new CloudflareDnsSolver({
    token: 'tok',
    api: cf.api,
    resolver,
    propagationTimeoutMs: 1000,
  });
  await s1.present(ctx('left.example.test', 'same'));
  const s2 = new CloudflareDnsSolver({
    token: 'tok',
    api: cf.api,
    resolver,
    propagationTimeoutMs: 1000,
  });
  const c = ctx('left.example.test', 'same');
  await s2.present(c);
  assert.equal(cf.records().length, 1);
  await s2.cleanup(c);
  assert.deepEqual(cf.records(), []);
});

test('a name in no zone of the account: says what to check', async () => {
  const s = new CloudflareDnsSolver({
    token: 'tok',
    api: cf.api,
    resolver,
    propagationTimeoutMs: 1000,
  });
  await assert.rejects(
    s.present(ctx('www.elsewhere.org', 'v')),
    (e: Error & { code?: string }) =>
      e.code === 'solver' &&
      /None of the zones this Cloudflare token can see holds _acme-challenge\.www\.elsewhere\.org/.test(
        e.message,
      ),
  );
});
