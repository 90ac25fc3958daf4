// Where one whole-process issuance spends its time (issue 21), from the requests the counting
// proxy saw and the marks the CLI prints with CERTDESK_TRACE=1. The CA's share (from a request
// reaching the proxy to Pebble's answer) is kept apart from Certdesk's own time and its poll waits.
import type { Exchange } from './proxy.ts';
import type { RunResult } from './clients.ts';

export type Phase = { what: string; ms: number; ca: boolean };

/** What a request to Pebble is, from its path (Pebble's URL layout). */
export function requestKind(x: Exchange): string {
  const p = x.path;
  if (p.startsWith('/dir')) return 'directory';
  if (p.startsWith('/nonce-plz')) return 'nonce';
  if (p.startsWith('/order-plz')) return 'new order';
  if (p.startsWith('/authZ/')) return 'authorization';
  if (p.startsWith('/chalZ/')) return 'start validation';
  if (p.startsWith('/finalize-order/')) return 'finalize';
  if (p.startsWith('/my-order/')) return 'order status (poll)';
  if (p.startsWith('/certZ/')) return 'certificate download';
  return `${x.method} ${p.split('/')[1] ?? p}`;
}

/**
 * The phases of one run, in order: what Certdesk did before its first request (Node and the CLI,
 * loading the engine and opening the store, the account key), then each request (CA time) and the
 * gap before it (Certdesk's own time, or a poll wait when the request is a poll), then the end.
 */
export function phases(run: RunResult, xs: Exchange[]): Phase[] {
  const out: Phase[] = [];
  const m = run.marks;
  const first = xs[0]?.start ?? run.endedAt;
  const steps: [string, number | undefined][] = [
    ['exec until Node starts', m['process-start']],
    ['Node start-up and the CLI entry', m['cli-start']],
    ['loading the engine chunks', m['engine-loaded']],
    ['opening the store (and the master key)', m['store-opened']],
    ['account key unsealed, order prepared', m['account-key']],
  ];
  let t = run.startedAt;
  for (const [what, at] of steps) {
    if (at === undefined || at > first) continue;
    out.push({ what, ms: at - t, ca: false });
    t = at;
  }
  out.push({ what: 'until the first request (key, connection)', ms: first - t, ca: false });
  let prevEnd = first;
  for (const x of xs) {
    // A refused request (a badNonce retry, say) is named as such: it is a round trip all the same.
    const kind = `${requestKind(x)}${x.status >= 400 ? ` (refused: ${x.status})` : ''}`;
    const gap = x.start - prevEnd;
    if (gap > 0.05)
      out.push({
        what: kind.includes('poll') ? `poll wait before ${kind}` : `Certdesk before ${kind}`,
        ms: gap,
        ca: false,
      });
    out.push({ what: `${kind}: the CA's answer`, ms: x.answered - x.start, ca: true });
    out.push({ what: `${kind}: passing the answer on`, ms: x.end - x.answered, ca: true });
    prevEnd = Math.max(prevEnd, x.end);
  }
  const done = m['cli-done'];
  if (done !== undefined && done > prevEnd) {
    out.push({ what: 'after the last request (check, save)', ms: done - prevEnd, ca: false });
    prevEnd = done;
  }
  out.push({ what: 'process exit', ms: run.endedAt - prevEnd, ca: false });
  return out;
}

/** Sums phases by name (requests of one kind together), keeping their order of first appearance. */
export function summarise(ps: Phase[]): Phase[] {
  const by = new Map<string, Phase>();
  for (const p of ps) {
    const k = p.what.replace(/^(Certdesk before|poll wait before) .*$/, '$1 requests');
    const cur = by.get(k);
    if (cur) cur.ms += p.ms;
    else by.set(k, { ...p, what: k });
  }
  return [...by.values()];
}
