// One Certdesk case against the bench's Pebble, with its CERTDESK_TRACE marks, for measuring a
// change without running the whole bench (issue 21). Usage:
//   node bench/one-case.ts http-01|dns-01 NAMES [ec256|rsa2048]   (needs a build first)
import path from 'node:path';
import { prepare, type Challenge, type KeyKind } from './clients.ts';
import { startBenchCa } from './setup.ts';

const root = path.resolve(import.meta.dirname, '..');
const [challenge = 'dns-01', n = '10', key = 'ec256'] = process.argv.slice(2);
const ca = await startBenchCa(root);
try {
  const p = await prepare('certdesk', ca.env);
  const names = Array.from({ length: Number(n) }, (_, i) => `n${i}-${Date.now()}.example.com`);
  const before = ca.proxy.count();
  const r = await p.run(names, challenge as Challenge, key as KeyKind);
  const requests = ca.proxy.count() - before;
  console.log(
    `${challenge} ${n} ${key}: ok ${r.ok}, ${(r.wallMs / 1000).toFixed(2)} s, ` +
      `${Math.round(r.peakRssKb / 1024)} MB, ${requests} requests${r.error ? `, ${r.error}` : ''}`,
  );
  const t0 = Math.min(...Object.values(r.marks));
  for (const [k, v] of Object.entries(r.marks).sort((a, b) => a[1] - b[1]))
    console.log(`${(v - t0).toFixed(0).padStart(7)} ms  ${k}`);
} finally {
  await ca.stop();
}
