// The desktop app's real case: one long-lived process issuing many certificates.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../src-main/engine/engine.ts';
import { openRuntime } from '../src-main/api/runtime.ts';
import { median } from './stats.ts';
import { profiled, type LoopProfile } from './loop-profile.ts';
import { timerStandIn } from '../test/helpers/timer-stand-in.ts';

export type InProcessResults = {
  warmMedianMs: number;
  warmRuns: number;
  concurrent50Ms: number;
  concurrentOk: number;
  loopP99Rsa4096Ms: number;
  loopP99Concurrent50Ms: number;
  loopMaxConcurrent50Ms: number;
  /** What the loop's time went to during the 50 (CPU profile, self time by kind of work). */
  loop50: LoopProfile;
};

async function engineFor(
  directoryUrl: string,
  caCertPem: string,
  httpPort: number,
): Promise<Engine> {
  const { engine } = await openRuntime({
    face: 'cli',
    timer: timerStandIn(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-warm-')),
    caCertPem,
    httpPort,
  });
  await engine.createAccount({ email: 'warm@example.org', directoryUrl, agreeTos: true });
  return engine;
}

export async function inProcess(
  directoryUrl: string,
  caCertPem: string,
  httpPort: number,
  runs: number,
): Promise<InProcessResults> {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const engine = await engineFor(directoryUrl, caCertPem, httpPort);
  const challenge = { type: 'http-01' as const, httpMode: 'builtin' as const };
  const tag = Date.now().toString(36);
  await engine.issue({ names: [`warmup-${tag}.example.test`], challenge }); // JIT, TLS session, nonce
  const times: number[] = [];
  for (let i = 0; i < runs * 4; i++) {
    const t = performance.now();
    await engine.issue({ names: [`warm${i}-${tag}.example.test`], challenge });
    times.push(performance.now() - t);
  }

  // Event-loop delay while an RSA-4096 key is made and a certificate issued: keygen runs in the
  // thread pool, so the loop must stay responsive.
  const h1 = monitorEventLoopDelay({ resolution: 5 });
  h1.enable();
  await engine.issue({ names: [`rsa4096-${tag}.example.test`], challenge, keyType: 'rsa4096' });
  h1.disable();

  const h2 = monitorEventLoopDelay({ resolution: 5 });
  h2.enable();
  const t0 = performance.now();
  const fifty = (round: string) =>
    Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        engine.issue({ names: [`${round}${i}-${tag}.example.test`], challenge }),
      ),
    );
  const results = await fifty('c');
  const concurrent50Ms = performance.now() - t0;
  h2.disable();
  // A second round under the profiler (which slows the loop itself, so not the measured one).
  const { loop } = await profiled(() => fifty('p'));
  const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
  if (failed.length)
    console.error(
      'concurrent failures:',
      failed.slice(0, 3).map((f) => (f.reason as Error).message),
    );
  return {
    warmMedianMs: median(times),
    warmRuns: times.length,
    concurrent50Ms,
    concurrentOk: results.length - failed.length,
    loopP99Rsa4096Ms: h1.percentile(99) / 1e6,
    loopP99Concurrent50Ms: h2.percentile(99) / 1e6,
    loopMaxConcurrent50Ms: h2.max / 1e6,
    loop50: loop,
  };
}
