// What the event loop does while 50 issuances run in one process (issue 21): a V8 CPU profile of
// that stretch, its samples grouped by what they were doing (self time: JWS signing and other
// crypto, TLS, JSON, the store, HTTP, GC, idle), so the report names the measured cost.
import { Session } from 'node:inspector/promises';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const GROUPS: [string, RegExp][] = [
  ['idle (waiting on the CA and timers)', /^\(idle\)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['JWS signing and other crypto', /crypto|jose|jws|sign|createHash|x509|asn1|keygen/i],
  ['TLS', /tls|_tls_wrap|secure-context/i],
  ['JSON', /JSON|parse|stringify/],
  ['store and files', /storage|store|atomic|fs|writeFile|rename|fsync/i],
  ['HTTP (axios, http parser, sockets)', /axios|http|_http|net|stream|socket/i],
];

function groupOf(n: Node): string {
  const key = `${n.callFrame.functionName} ${n.callFrame.url}`;
  for (const [g, re] of GROUPS) if (re.test(key)) return g;
  if (n.callFrame.functionName === '(program)') return 'V8 and Node internals (program)';
  return 'other JavaScript';
}

export type LoopProfile = { group: string; ms: number; share: number }[];

export async function profiled<T>(fn: () => Promise<T>): Promise<{ value: T; loop: LoopProfile }> {
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 500 });
  await s.post('Profiler.start');
  let profile: Profile;
  let value: T;
  try {
    value = await fn();
  } finally {
    ({ profile } = (await s.post('Profiler.stop')) as unknown as { profile: Profile });
    s.disconnect();
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const d = (profile.timeDeltas[i] ?? 0) / 1000;
    const g = groupOf(byId.get(id)!);
    ms.set(g, (ms.get(g) ?? 0) + d);
    total += d;
  });
  const loop = [...ms]
    .map(([group, m]) => ({ group, ms: m, share: m / total }))
    .sort((a, b) => b.ms - a.ms);
  return { value, loop };
}
