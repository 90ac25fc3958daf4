// Issue 5 "done when": a fake clock walks one year for 200 certificates with random lifetimes
// (6 to 90 days) and injected failures (flaky validation, rate limits with Retry-After, CA outages,
// a CAA record that needs the person). No certificate expires, none is tried more often than the
// backoff allows, no two renewals of one certificate overlap, at most two run at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createScheduler,
  type RenewalEngine,
  type SchedulerEvent,
} from '../../../../src-main/engine/renewal/scheduler.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import type { StoredCertificate } from '../../../../src-main/storage/schema.ts';
import type { Attempt } from '../../../../src-main/shared/types.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '../../../../src-main/shared/durations.ts';
import type { Clock } from '../../../../src-main/engine/ports.ts';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (t: number): string => new Date(t).toISOString();

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Timers on a virtual clock: runUntil() fires them in order and lets promises settle in between. */
class FakeTime implements Clock {
  t = T0;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  now = (): number => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  };
  clearTimeout = (h: unknown): void => {
    this.timers.delete(h as number);
  };
  sleep(ms: number): Promise<void> {
    return new Promise((r) => this.setTimeout(r, ms));
  }
  async runUntil(end: number, each?: () => void): Promise<number> {
    let fired = 0;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | null = null;
      for (const e of this.timers)
        if (!next || e[1].at < next[1].at || (e[1].at === next[1].at && e[0] < next[0])) next = e;
      if (!next || next[1].at > end) break;
      this.timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].fn();
      fired++;
      await new Promise((r) => setImmediate(r));
      each?.();
    }
    this.t = end;
    return fired;
  }
}

type Kind = 'steady' | 'flaky' | 'rate-limited' | 'caa-once' | 'manual';
type Sim = { cert: StoredCertificate; kind: Kind; lifetime: number; caaDone: boolean };

test('one year, 200 certificates, random lifetimes and failures: nothing expires, backoff holds, no overlap', async (t) => {
  const rnd = mulberry32(20260501);
  const time = new FakeTime();
  const sims = new Map<string, Sim>();
  const kinds: Kind[] = ['steady', 'flaky', 'flaky', 'rate-limited'];
  for (let i = 0; i < 200; i++) {
    const lifetime = Math.round((6 + rnd() * 84) * DAY_MS);
    const age = Math.floor(rnd() * lifetime * 0.9);
    const kind: Kind =
      i < 5 ? 'manual' : i < 10 ? 'caa-once' : kinds[Math.floor(rnd() * kinds.length)];
    const id = `c${i}`;
    sims.set(id, {
      kind,
      lifetime,
      caaDone: false,
      cert: {
        id,
        names: [`n${i}.example.org`],
        accountId: 'a',
        keyType: 'ec256',
        challenge:
          kind === 'manual'
            ? { type: 'dns-01', dnsMode: 'manual' }
            : { type: 'http-01', httpMode: 'builtin' },
        createdAt: iso(T0 - age),
        previous: null,
        exports: [],
        attempts: [{ at: iso(T0 - age), trigger: 'cli', outcome: 'success' }],
        current: {
          version: 'v0',
          notBefore: iso(T0 - age),
          notAfter: iso(T0 - age + lifetime),
          serial: '01',
          issuer: 'Fake CA',
          chainIssuers: [],
          issuedAt: iso(T0 - age),
        },
      },
    });
  }
  // Three CA outages of six hours each.
  const outages = [40, 170, 300]
    .map((d) => ({ from: T0 + d * DAY_MS + Math.floor(rnd() * DAY_MS), to: 0 }))
    .map((o) => ({ ...o, to: o.from + 6 * HOUR_MS }));

  const violations: string[] = [];
  const active = new Set<string>();
  let maxActive = 0;
  const stats = { attempts: 0, failures: 0, renewed: 0, reExports: 0, scheduledAfterAttention: 0 };
  const step = [MINUTE_MS, 10 * MINUTE_MS, 100 * MINUTE_MS];

  const push = (s: Sim, a: Attempt): void => {
    s.cert = { ...s.cert, attempts: [...s.cert.attempts, a] };
  };
  const succeed = (s: Sim, trigger: Attempt['trigger']): void => {
    const now = time.now();
    if (now >= Date.parse(s.cert.current!.notAfter) && s.kind !== 'manual')
      violations.push(`${s.cert.id} expired at ${s.cert.current!.notAfter}, renewed ${iso(now)}`);
    push(s, { at: iso(now), trigger, outcome: 'success' });
    s.cert = {
      ...s.cert,
      current: {
        ...s.cert.current!,
        version: `v${s.cert.attempts.length}`,
        notBefore: iso(now),
        notAfter: iso(now + s.lifetime),
        issuedAt: iso(now),
      },
    };
  };

  const engine: RenewalEngine = {
    certificates: () => [...sims.values()].map((s) => s.cert),
    isRenewing: (id) => active.has(id),
    async renew(id, { signal }) {
      const s = sims.get(id)!;
      const start = time.now();
      stats.attempts++;
      if (s.kind === 'manual') violations.push(`${id}: the manual method was renewed unattended`);
      if (active.has(id)) violations.push(`${id}: two renewals at once`);
      active.add(id);
      maxActive = Math.max(maxActive, active.size);
      // The backoff, checked from the recorded history with the numbers of issue 5.
      const atts = s.cert.attempts;
      let n = 0;
      for (let i = atts.length - 1; i >= 0 && atts[i].outcome === 'failure'; i--) n++;
      if (n > 0) {
        const last = atts[atts.length - 1];
        if (last.errorCode === 'caa') stats.scheduledAfterAttention++;
        const wait = n <= 3 ? step[n - 1] : DAY_MS;
        const na = Date.parse(s.cert.current!.notAfter);
        const life = na - Date.parse(s.cert.current!.notBefore);
        const emergencyAt =
          na - Math.max(life / 20, Math.min(DAY_MS, life * (life <= 10 * DAY_MS ? 1 / 2 : 1 / 3)));
        const since = start - Date.parse(last.at);
        const ok =
          since >= wait || (start >= emergencyAt && since >= Math.min(wait, 100 * MINUTE_MS));
        if (!ok)
          violations.push(
            `${id}: attempt ${n + 1} only ${Math.round(since / 1000)} s after a failure`,
          );
        if (last.retryAfter && start < Date.parse(last.retryAfter))
          violations.push(`${id}: tried before Retry-After`);
      }
      try {
        await time.sleep(20 * SECOND_MS + Math.floor(rnd() * 3 * MINUTE_MS));
        if (signal.aborted) throw new CertdeskError('cancelled', 'Cancelled.');
        const now = time.now();
        const fail = (code: string, more: Partial<Attempt> = {}): never => {
          stats.failures++;
          push(s, {
            at: iso(now),
            trigger: 'scheduled',
            outcome: 'failure',
            errorCode: code,
            message: code,
            ...more,
          });
          throw new CertdeskError(code as never, `failed: ${code}`, { retryable: code !== 'caa' });
        };
        if (outages.some((o) => now >= o.from && now < o.to)) fail('ca-unreachable');
        const streak = n;
        if (s.kind === 'flaky' && streak < 3 && rnd() < 0.3) fail('connection');
        if (s.kind === 'rate-limited' && streak < 2 && rnd() < 0.2)
          fail('rate-limited', { retryAfter: iso(now + 3 * HOUR_MS) });
        if (s.kind === 'caa-once' && !s.caaDone) {
          s.caaDone = true;
          // The person fixes the CAA record and renews by hand half a day later.
          time.setTimeout(() => {
            if (!active.has(id)) succeed(s, 'manual');
          }, 12 * HOUR_MS);
          fail('caa');
        }
        succeed(s, 'scheduled');
        stats.renewed++;
        return { certificate: { notAfter: s.cert.current!.notAfter } };
      } finally {
        active.delete(id);
      }
    },
    async reExportAll(id) {
      stats.reExports++;
      const last = sims.get(id)!.cert.attempts.at(-1)!;
      if (last.outcome !== 'success') violations.push(`${id}: re-export after a failure`);
      return [];
    },
  };

  const events: SchedulerEvent[] = [];
  const attentionSeen = new Set<string>();
  const sched = createScheduler({
    engine,
    clock: time,
    random: rnd,
    maxConcurrent: 2,
    onEvent: (e) => {
      if (e.type !== 'state') events.push(e);
      else for (const a of e.state.attention) attentionSeen.add(a.id);
    },
  });
  sched.start();
  const started = performance.now();
  const fired = await time.runUntil(T0 + 365 * DAY_MS);
  const elapsed = performance.now() - started;
  await sched.stop();

  for (const s of sims.values()) {
    if (s.kind !== 'manual' && time.now() >= Date.parse(s.cert.current!.notAfter))
      violations.push(`${s.cert.id} expired at the end of the year`);
  }
  assert.deepEqual(violations.slice(0, 10), [], `${violations.length} violations`);
  assert.ok(maxActive <= 2, `at most 2 at once (saw ${maxActive})`);
  assert.equal(stats.scheduledAfterAttention, 0, 'no automatic retry after CAA forbade issuance');
  assert.equal(stats.reExports, stats.renewed, 'every scheduled success re-exports');
  assert.ok(stats.failures > 100, `failures were injected (${stats.failures})`);
  for (let i = 0; i < 5; i++)
    assert.ok(attentionSeen.has(`c${i}`), `manual c${i} reported as needing attention`);
  for (let i = 5; i < 10; i++)
    assert.ok(attentionSeen.has(`c${i}`), `CAA c${i} reported as needing attention`);
  assert.equal(events.filter((e) => e.type === 'renewed').length, stats.renewed);
  assert.equal(events.filter((e) => e.type === 'failed').length, stats.failures);
  // Unattended renewals never start on the hour.
  const starts = [...sims.values()].flatMap((s) =>
    s.cert.attempts.filter((a) => a.trigger === 'scheduled').map((a) => Date.parse(a.at)),
  );
  assert.ok(starts.filter((t) => t % HOUR_MS === 0).length <= 1);
  t.diagnostic(
    `attempts ${stats.attempts}, renewed ${stats.renewed}, failures ${stats.failures}, timer events ${fired}, ${Math.round(elapsed)} ms`,
  );
});

test('kick() after a sleep renews what fell due, and stop() ends the chain', async () => {
  const time = new FakeTime();
  const cert: StoredCertificate = {
    id: 'x',
    names: ['x.example.org'],
    accountId: 'a',
    keyType: 'ec256',
    challenge: { type: 'http-01', httpMode: 'builtin' },
    createdAt: iso(T0),
    previous: null,
    exports: [],
    attempts: [],
    current: {
      version: 'v',
      notBefore: iso(T0 - 80 * DAY_MS),
      notAfter: iso(T0 + 10 * DAY_MS),
      serial: '1',
      issuer: 'I',
      chainIssuers: [],
      issuedAt: iso(T0),
    },
  };
  let renews = 0;
  const engine: RenewalEngine = {
    certificates: () => [cert],
    async renew() {
      renews++;
      cert.current = {
        ...cert.current!,
        notBefore: iso(time.now()),
        notAfter: iso(time.now() + 90 * DAY_MS),
      };
      cert.attempts = [
        ...cert.attempts,
        { at: iso(time.now()), trigger: 'scheduled', outcome: 'success' },
      ];
      return {};
    },
    async reExportAll() {
      return [];
    },
  };
  // The machine "sleeps": timers do not fire, wall-clock time jumps.
  const sched = createScheduler({ engine, clock: time, random: () => 0.5, startDelayMaxMs: 0 });
  cert.current = { ...cert.current!, notBefore: iso(T0), notAfter: iso(T0 + 90 * DAY_MS) };
  sched.start();
  await time.runUntil(T0 + MINUTE_MS);
  assert.equal(renews, 0);
  time.t = T0 + 61 * DAY_MS; // woke up past the due time
  sched.kick();
  await time.runUntil(T0 + 61 * DAY_MS + 5 * MINUTE_MS);
  assert.equal(renews, 1);
  await sched.stop();
  assert.equal(sched.state().stopped, true);
  assert.equal(await time.runUntil(T0 + 400 * DAY_MS), 0, 'no timer left after stop');
});
