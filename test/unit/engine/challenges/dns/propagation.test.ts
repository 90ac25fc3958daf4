// Propagation polling (R12) against a scripted DNS server on 127.0.0.1: zone discovery by NS/SOA,
// CNAME following, one progress line per server, and a timeout error that names the servers.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';
import type { Answer, Question } from 'dns-packet';
import {
  discoverTargets,
  propagationTimeoutMs,
  waitForTxt,
} from '../../../../../src-main/engine/challenges/dns/propagation.ts';
import { parseServer, query } from '../../../../../src-main/engine/challenges/dns/dns-client.ts';
import { followCname, findZone } from '../../../../../src-main/engine/challenges/dns/zone.ts';
import type { IssueStep } from '../../../../../src-main/shared/types.ts';

type Reply = { answers?: Answer[]; authorities?: Answer[]; rcode?: number };
type FakeDns = {
  server: string;
  queries: { name: string; type: string; rd: boolean }[];
  stop(): Promise<void>;
};

async function fakeDns(
  handler: (q: Question) => Reply | null,
  host = '127.0.0.1',
  port = 0,
): Promise<FakeDns> {
  const sock = dgram.createSocket('udp4');
  const queries: FakeDns['queries'] = [];
  sock.on('message', (msg, rinfo) => {
    const p = dnsPacket.decode(msg);
    const q = p.questions![0];
    queries.push({ name: q.name, type: q.type, rd: p.flag_rd });
    const r = handler(q);
    if (!r) return; // no answer at all
    const out = dnsPacket.encode({
      type: 'response',
      id: p.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (r.rcode ?? 0),
      questions: [q],
      answers: r.answers ?? [],
      authorities: r.authorities ?? [],
    });
    sock.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(port, host, resolve);
  });
  return {
    server: `${host}:${sock.address().port}`,
    queries,
    stop: () => new Promise((resolve) => sock.close(() => resolve())),
  };
}

const soa = (zone: string): Answer => ({
  type: 'SOA',
  name: zone,
  ttl: 60,
  data: {
    mname: `ns1.${zone}`,
    rname: `hostmaster.${zone}`,
    serial: 1,
    refresh: 60,
    retry: 60,
    expire: 600,
    minimum: 60,
  },
});
const txt = (name: string, ...values: string[]): Answer[] =>
  values.map((v) => ({ type: 'TXT', name, ttl: 60, data: v }));

/** zone.test served by ns1/ns2; _acme-challenge.www.zone.test CNAMEs to v.delegated.test (another zone). */
const records: { values: Map<string, string[]>; answered?: (name: string) => void } = {
  values: new Map<string, string[]>(),
};
const servers: FakeDns[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function world(): Promise<FakeDns> {
  const s = await fakeDns((q) => {
    const name = q.name.toLowerCase();
    if (q.type === 'NS' && name === 'zone.test')
      return {
        answers: [
          { type: 'NS', name, ttl: 60, data: 'ns1.zone.test' },
          { type: 'NS', name, ttl: 60, data: 'ns2.zone.test' },
        ],
      };
    if (q.type === 'NS' && name === 'delegated.test')
      return { answers: [{ type: 'NS', name, ttl: 60, data: 'ns.delegated.test' }] };
    if (name === '_acme-challenge.www.zone.test' && (q.type === 'CNAME' || q.type === 'TXT'))
      return { answers: [{ type: 'CNAME', name, ttl: 60, data: 'v.delegated.test' }] };
    if (q.type === 'TXT' && records.values.has(name)) {
      const answers = txt(name, ...records.values.get(name)!);
      records.answered?.(name);
      return { answers };
    }
    if (name.endsWith('.zone.test') || name === 'zone.test')
      return { rcode: 3, authorities: [soa('zone.test')] };
    if (name.endsWith('.delegated.test')) return { rcode: 0, authorities: [soa('delegated.test')] };
    return { rcode: 5 };
  });
  servers.push(s);
  return s;
}

test('the client asks with recursion off unless told, and follows the id', async () => {
  const s = await world();
  records.values.set('_acme-challenge.a.zone.test', ['x']);
  const p = await query(parseServer(s.server), '_acme-challenge.a.zone.test', 'TXT');
  assert.equal(p.answers?.length, 1);
  assert.equal(s.queries.at(-1)?.rd, false);
  await query(parseServer(s.server), 'zone.test', 'NS', { recursion: true });
  assert.equal(s.queries.at(-1)?.rd, true);
});

test('the zone is found from the SOA of a negative answer, then its NS; CNAMEs are followed', async () => {
  const s = await world();
  const l = { servers: [parseServer(s.server)], recursion: true };
  assert.deepEqual(await findZone('_acme-challenge.deep.www.zone.test', l), {
    zone: 'zone.test',
    nameServers: ['ns1.zone.test', 'ns2.zone.test'],
  });
  assert.deepEqual(await followCname('_acme-challenge.www.zone.test', l), {
    target: 'v.delegated.test',
    chain: ['_acme-challenge.www.zone.test', 'v.delegated.test'],
  });
  assert.equal(await findZone('nothing.example', l), null, 'a server that knows no zone');
  const d = await discoverTargets('_acme-challenge.www.zone.test', { resolver: s.server });
  assert.equal(d.zone, 'delegated.test', 'the delegated zone, not the one of the name');
  assert.deepEqual(
    d.targets.map((t) => t.label),
    [`ns.delegated.test (via ${s.server})`],
  );
});

test('waitForTxt resolves once every server has the value, with a progress line per server', async () => {
  const s = await world();
  records.values.set('_acme-challenge.p.zone.test', ['other']);
  // The record changes once both servers have answered the old value (a fixed delay could be
  // outrun by a loaded machine, and then no server would ever be seen without it).
  let answers = 0;
  records.answered = (name) => {
    if (name === '_acme-challenge.p.zone.test' && ++answers === 2)
      records.values.set(name, ['other', 'ours']);
  };
  const steps: IssueStep[] = [];
  const d = await waitForTxt('_acme-challenge.p.zone.test', 'ours', {
    resolver: s.server,
    timeoutMs: 5000,
    intervalMs: 50,
    signal: new AbortController().signal,
    progress: (x) => steps.push(x),
    displayName: 'p.zone.test',
    howToFix: 'x',
  });
  assert.equal(d.targets.length, 2);
  const lines = steps.filter(
    (x): x is Extract<IssueStep, { step: 'propagation' }> => x.step === 'propagation',
  );
  for (const ns of ['ns1.zone.test', 'ns2.zone.test']) {
    const mine = lines.filter((x) => x.server.startsWith(ns));
    assert.equal(mine[0].ok, false);
    assert.match(mine[0].message, /answers other values only/);
    assert.equal(mine.at(-1)!.ok, true);
    assert.ok(mine.length <= 3, 'a line when something changes, not one per poll');
  }
});

test('timeout: the error lists each server that did not see the record and what it answered', async () => {
  const s = await world();
  await assert.rejects(
    waitForTxt('_acme-challenge.never.zone.test', 'ours', {
      resolver: s.server,
      timeoutMs: 200,
      intervalMs: 50,
      signal: new AbortController().signal,
      progress: () => {},
      displayName: 'never.zone.test',
      howToFix: 'Do this and that.',
    }),
    (e: Error & { code?: string; retryable?: boolean }) => {
      assert.equal(e.code, 'timeout');
      assert.equal(e.retryable, true);
      assert.match(e.message, /still not visible on 2 of 2 name servers/);
      assert.match(
        e.message,
        /ns1\.zone\.test \(via [\d.:]+\) \(no such record yet \(NXDOMAIN\)\)/,
      );
      assert.match(e.message, /Do this and that\./);
      return true;
    },
  );
});

test('a resolver that names no servers is itself the one checked, and says so', async () => {
  const s = await fakeDns((q) =>
    q.type === 'TXT' ? { answers: txt(q.name, 'ours') } : { rcode: 4 },
  );
  servers.push(s);
  const steps: IssueStep[] = [];
  await waitForTxt('_acme-challenge.x.test', 'ours', {
    resolver: s.server,
    timeoutMs: 1000,
    signal: new AbortController().signal,
    progress: (x) => steps.push(x),
    displayName: 'x.test',
    howToFix: '',
  });
  const p = steps.find((x) => x.step === 'propagation');
  assert.ok(
    p &&
      p.step === 'propagation' &&
      p.ok &&
      /the DNS resolver .* names no name servers/.test(p.server),
  );
});

test('a server that never answers: "no answer" in the error, and cancel stops the wait', async () => {
  const s = await fakeDns((q) => (q.type === 'TXT' ? null : { rcode: 4 }));
  servers.push(s);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 150);
  await assert.rejects(
    waitForTxt('_acme-challenge.y.test', 'ours', {
      resolver: s.server,
      timeoutMs: 60_000,
      queryTimeoutMs: 2000,
      signal: ac.signal,
      progress: () => {},
      displayName: 'y.test',
      howToFix: '',
    }),
    (e: Error & { code?: string }) => e.code === 'cancelled',
  );
  await assert.rejects(
    waitForTxt('_acme-challenge.y.test', 'ours', {
      resolver: s.server,
      timeoutMs: 100,
      queryTimeoutMs: 100,
      signal: new AbortController().signal,
      progress: () => {},
      displayName: 'y.test',
      howToFix: '',
    }),
    (e: Error & { code?: string }) => e.code === 'timeout' && /no answer/.test(e.message),
  );
});

test('without --dns-resolver: each name server is asked directly at its address, recursion off', async () => {
  // Two "authoritative servers" on 127.0.0.1 and 127.0.0.2 at one port (53 in real life).
  const have = new Map<string, string[]>([
    ['127.0.0.1', ['ours']],
    ['127.0.0.2', []],
  ]);
  // ns2 gets the record right after its first answer (not after a fixed delay, which a loaded
  // machine could outrun), so the progress lines must show it missing once, then present.
  const auth = (host: string) => (q: Question) => {
    if (q.type !== 'TXT') return { rcode: 5 };
    const answers = txt(q.name, ...have.get(host)!);
    if (host === '127.0.0.2') have.set(host, ['ours']);
    return { answers };
  };
  const ns1 = await fakeDns(auth('127.0.0.1'));
  servers.push(ns1);
  const port = Number(ns1.server.split(':')[1]);
  const ns2 = await fakeDns(auth('127.0.0.2'), '127.0.0.2', port);
  servers.push(ns2);
  // This computer's resolver: knows the zone and the servers' addresses.
  const sys = await fakeDns((q) => {
    if (q.type === 'NS' && q.name === 'zone.test')
      return {
        answers: [
          { type: 'NS', name: 'zone.test', ttl: 60, data: 'ns1.zone.test' },
          { type: 'NS', name: 'zone.test', ttl: 60, data: 'ns2.zone.test' },
        ],
      };
    if (q.type === 'A' && q.name === 'ns1.zone.test')
      return { answers: [{ type: 'A', name: q.name, ttl: 60, data: '127.0.0.1' }] };
    if (q.type === 'A' && q.name === 'ns2.zone.test')
      return { answers: [{ type: 'A', name: q.name, ttl: 60, data: '127.0.0.2' }] };
    if (q.type === 'TXT') return { answers: txt(q.name, 'ours') }; // a resolver's view must not count
    return { rcode: 3, authorities: [soa('zone.test')] };
  });
  servers.push(sys);
  const steps: IssueStep[] = [];
  const d = await waitForTxt('_acme-challenge.direct.zone.test', 'ours', {
    timeoutMs: 5000,
    intervalMs: 50,
    signal: new AbortController().signal,
    progress: (x) => steps.push(x),
    displayName: 'direct.zone.test',
    howToFix: '',
    systemResolvers: [parseServer(sys.server)],
    nameServerPort: port,
  });
  assert.equal(d.viaResolver, false);
  assert.deepEqual(
    d.targets.map((t) => `${t.label} ${t.server.host}:${t.server.port} rd=${t.recursion}`),
    [`ns1.zone.test 127.0.0.1:${port} rd=false`, `ns2.zone.test 127.0.0.2:${port} rd=false`],
  );
  const lines = steps.filter(
    (x): x is Extract<IssueStep, { step: 'propagation' }> => x.step === 'propagation',
  );
  assert.deepEqual(
    lines.filter((x) => x.server === 'ns1.zone.test').map((x) => x.ok),
    [true],
  );
  assert.deepEqual(
    lines.filter((x) => x.server === 'ns2.zone.test').map((x) => x.ok),
    [false, true],
  );
  assert.ok(
    ns2.queries.every((q) => !q.rd),
    'authoritative servers are asked with recursion off',
  );
  assert.equal(
    sys.queries.filter((q) => q.type === 'TXT').length,
    0,
    "the resolver's (cached) view is not used",
  );
});

test('no name server reachable directly (blocked DNS): falls back to the resolver and says so', async () => {
  const sys = await fakeDns((q) => {
    if (q.type === 'NS' && q.name === 'zone.test')
      return { answers: [{ type: 'NS', name: 'zone.test', ttl: 60, data: 'ns1.zone.test' }] };
    if (q.type === 'A' && q.name === 'ns1.zone.test')
      return { answers: [{ type: 'A', name: q.name, ttl: 60, data: '127.0.0.1' }] };
    if (q.type === 'TXT') return { answers: txt(q.name, 'ours') };
    return { rcode: 3, authorities: [soa('zone.test')] };
  });
  servers.push(sys);
  const silent = await fakeDns(() => null); // a "name server" whose answers never arrive
  servers.push(silent);
  const steps: IssueStep[] = [];
  const d = await waitForTxt('_acme-challenge.blocked.zone.test', 'ours', {
    timeoutMs: 5000,
    intervalMs: 50,
    queryTimeoutMs: 150,
    signal: new AbortController().signal,
    progress: (x) => steps.push(x),
    displayName: 'blocked.zone.test',
    howToFix: '',
    systemResolvers: [parseServer(sys.server)],
    nameServerPort: Number(silent.server.split(':')[1]),
  });
  assert.deepEqual(
    d.targets.map((t) => t.label),
    [`your DNS resolver ${sys.server}`],
  );
  assert.ok(
    steps.some(
      (x) =>
        x.step === 'propagation' &&
        /answered directly \(a firewall may block DNS\); checking through your DNS resolver instead/.test(
          x.message,
        ),
    ),
  );
  assert.ok(
    steps.some(
      (x) => x.step === 'propagation' && x.ok && x.server === `your DNS resolver ${sys.server}`,
    ),
  );
});

test('the wait time is checked: 1 s to 1 hour', () => {
  assert.equal(propagationTimeoutMs(undefined, 600), 600_000);
  assert.equal(propagationTimeoutMs(30, 600), 30_000);
  assert.equal(propagationTimeoutMs('3600', 120), 3_600_000);
  for (const bad of [0, 3601, 'soon', -5])
    assert.throws(
      () => propagationTimeoutMs(bad, 120),
      (e: Error & { code?: string }) =>
        e.code === 'invalid-input' && /between 1 and 3600 seconds/.test(e.message),
    );
});
