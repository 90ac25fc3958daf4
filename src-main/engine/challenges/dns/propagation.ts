// Wait until every authoritative name server of the zone answers our TXT value, before the CA is
// told (R12): a CA that asks too early fails the authorization, and failures count against its
// limits. Shared by every dns-01 mode.
//
// Who is asked:
// - Normally: the zone is found through this computer's resolvers (CNAME on _acme-challenge
//   followed), then each NS name is resolved and every one of its addresses is asked directly on
//   port 53 with recursion off, so no cache can fake an answer. If not one of them answers at all
//   (networks that block DNS to anything but their own resolver), the check falls back to this
//   computer's resolvers and a progress line says so.
// - With --dns-resolver HOST:PORT (a test CA's DNS, a split-horizon resolver): discovery AND the
//   checks go to that resolver. It is asked once per NS name, and each progress line says
//   "via HOST:PORT", because a test cannot run name servers on port 53 and a resolver the user
//   chose is the view that matters to them. When that resolver names no NS (pebble-challtestsrv
//   serves none), the resolver itself is the one server checked. This is weaker than asking each
//   authoritative server, and the progress lines say so instead of pretending otherwise.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import { systemClock, type Clock, type ProgressFn } from '../../ports.ts';
import {
  parseServer,
  query,
  serverLabel,
  systemServers,
  txtValues,
  rcodeOf,
  type DnsServer,
} from './dns-client.ts';
import { addressesOf, findZone, followCname, type Lookup } from './zone.ts';
import { said as engineSaid, text } from '../../../shared/engine-text.ts';

export const MANUAL_PROPAGATION_DEFAULT_S = 600;
export const AUTO_PROPAGATION_DEFAULT_S = 120;
export const PROPAGATION_MAX_S = 3600;
const DEFAULT_INTERVAL_MS = 2 * SECOND_MS;

export type PollTarget = { label: string; server: DnsServer; recursion: boolean };
export type Discovery = {
  target: string;
  chain: string[];
  zone: string | null;
  targets: PollTarget[];
  viaResolver: boolean;
};

export type PropagationOptions = {
  /** env.dnsResolver ("ip:port"); see the header comment. */
  resolver?: string;
  timeoutMs: number;
  intervalMs?: number;
  clock?: Clock;
  signal: AbortSignal;
  progress: ProgressFn;
  /** The name shown in progress lines, e.g. "*.example.com". */
  displayName: string;
  /** One sentence: what the person should check when the record never shows up. */
  howToFix: string;
  queryTimeoutMs?: number;
  /** Test seams: the "system" resolvers and the port name servers are asked on (53). */
  systemResolvers?: DnsServer[];
  nameServerPort?: number;
};

/** Seconds from ChallengeConfig.options.propagationTimeout, checked, as milliseconds. */
export function propagationTimeoutMs(value: unknown, defaultSeconds: number): number {
  if (value === undefined || value === null || value === '') return defaultSeconds * SECOND_MS;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > PROPAGATION_MAX_S) {
    throw new CertdeskError(
      'invalid-input',
      `The DNS wait time must be between 1 and ${PROPAGATION_MAX_S} seconds (one hour), not "${String(value)}".`,
    );
  }
  return Math.round(n * SECOND_MS);
}

export function lookupFor(
  resolver: string | undefined,
  signal?: AbortSignal,
  timeoutMs?: number,
  system?: DnsServer[],
): Lookup {
  return {
    servers: resolver ? [parseServer(resolver)] : (system ?? systemServers()),
    recursion: true,
    signal,
    timeoutMs,
  };
}

/** Follows the CNAME, finds the zone and the servers to ask (see the header comment). */
export async function discoverTargets(
  recordName: string,
  opts: {
    resolver?: string;
    signal?: AbortSignal;
    queryTimeoutMs?: number;
    systemResolvers?: DnsServer[];
    nameServerPort?: number;
  },
): Promise<Discovery> {
  const l = lookupFor(opts.resolver, opts.signal, opts.queryTimeoutMs, opts.systemResolvers);
  const { target, chain } = await followCname(recordName, l);
  const zone = await findZone(target, l);
  const targets: PollTarget[] = [];
  if (opts.resolver) {
    const via = serverLabel(l.servers[0]);
    if (zone)
      for (const ns of zone.nameServers)
        targets.push({ label: `${ns} (via ${via})`, server: l.servers[0], recursion: true });
    else
      targets.push({
        label: `the DNS resolver ${via} (it names no name servers for ${target})`,
        server: l.servers[0],
        recursion: true,
      });
    return { target, chain, zone: zone?.zone ?? null, targets, viaResolver: true };
  }
  if (zone) {
    for (const ns of zone.nameServers) {
      const addrs = await addressesOf(ns, l);
      for (const a of addrs)
        targets.push({
          label: addrs.length > 1 ? `${ns} (${a})` : ns,
          server: { host: a, port: opts.nameServerPort ?? 53 },
          recursion: false,
        });
    }
  }
  if (targets.length === 0) {
    // No zone or no addressable NS: the best remaining view is this computer's resolvers.
    for (const s of l.servers)
      targets.push({ label: `your DNS resolver ${serverLabel(s)}`, server: s, recursion: true });
  }
  return { target, chain, zone: zone?.zone ?? null, targets, viaResolver: false };
}

type ServerState = { ok: boolean; said: string; reported: boolean };

/** Resolves when every target answers `value` at `recordName` (after CNAMEs); throws 'timeout' otherwise. */
export async function waitForTxt(
  recordName: string,
  value: string,
  opts: PropagationOptions,
): Promise<Discovery> {
  const clock = opts.clock ?? systemClock;
  const started = clock.now();
  const d = await discoverTargets(recordName, {
    resolver: opts.resolver,
    signal: opts.signal,
    queryTimeoutMs: opts.queryTimeoutMs,
    systemResolvers: opts.systemResolvers,
    nameServerPort: opts.nameServerPort,
  });
  let targets = d.targets;
  let state = new Map<string, ServerState>(
    targets.map((t) => [t.label, { ok: false, said: 'not asked yet', reported: false }]),
  );
  const where =
    d.target === recordName.toLowerCase().replace(/\.$/, '')
      ? d.target
      : `${d.target} (where ${recordName} points)`;
  let firstRound = true;
  for (;;) {
    let answered = 0;
    await Promise.all(
      targets
        .filter((t) => !state.get(t.label)!.ok)
        .map(async (t) => {
          const st = state.get(t.label)!;
          let said: string;
          let ok = false;
          try {
            const p = await query(t.server, d.target, 'TXT', {
              recursion: t.recursion,
              signal: opts.signal,
              timeoutMs: opts.queryTimeoutMs,
              tries: 1,
            });
            answered++;
            const values = txtValues(p, d.target);
            ok = values.includes(value);
            said = ok
              ? 'has the record'
              : values.length
                ? `answers other values only (${values.length})`
                : `no such record yet (${rcodeOf(p)})`;
          } catch (e) {
            if (opts.signal.aborted) throw cancelled();
            said = `no answer (${(e as Error).message})`;
          }
          if (ok !== st.ok || !st.reported || said !== st.said) {
            opts.progress({
              step: 'propagation',
              name: opts.displayName,
              server: t.label,
              ok,
              ...(ok
                ? engineSaid('progress.serverHas', { server: t.label, name: opts.displayName })
                : engineSaid('progress.serverWaiting', { server: t.label, said })),
            });
            st.reported = true;
          }
          st.ok = ok;
          st.said = said;
        }),
    );
    if (firstRound && answered === 0 && targets.every((t) => !t.recursion)) {
      // Not one name server answered directly: many office and hotel networks block DNS to
      // anything but their own resolver. Their resolver's view is the best left; say so.
      const l = lookupFor(undefined, opts.signal, opts.queryTimeoutMs, opts.systemResolvers);
      targets = l.servers.map((s) => ({
        label: `your DNS resolver ${serverLabel(s)}`,
        server: s,
        recursion: true,
      }));
      state = new Map(
        targets.map((t) => [t.label, { ok: false, said: 'not asked yet', reported: false }]),
      );
      opts.progress({
        step: 'propagation',
        name: opts.displayName,
        server: targets.map((t) => t.label).join(', '),
        ok: false,
        ...engineSaid('progress.viaResolver', { zone: d.zone ?? d.target }),
      });
      firstRound = false;
      continue;
    }
    firstRound = false;
    const missing = [...state.entries()].filter(([, s]) => !s.ok);
    if (missing.length === 0) return { ...d, targets };
    const left = started + opts.timeoutMs - clock.now();
    if (left <= 0) {
      const list = missing.map(([label, s]) => `${label} (${s.said})`).join('; ');
      throw new CertdeskError(
        'timeout',
        `After ${Math.round(opts.timeoutMs / SECOND_MS)} s the TXT record ${where} with value ${value} is still not visible on ${missing.length} of ${state.size} name servers: ${list}. ${opts.howToFix} The CA was not asked, so this did not count against its limits.`,
        { retryable: true, detail: list },
      );
    }
    await sleep(Math.min(opts.intervalMs ?? DEFAULT_INTERVAL_MS, left), clock, opts.signal);
  }
}

const cancelled = () => textError('cancelled', text('failure.cancelledAtCa'));

function sleep(ms: number, clock: Clock, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const h = clock.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clock.clearTimeout(h);
      reject(cancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The howToFix sentence every automatic mode shares. */
export const autoHowToFix = (what: string): string =>
  `${what} accepted the record, but its name servers have not published it yet: some providers need several minutes. Allow more time (CLI: --dns-propagation-timeout SECONDS, up to ${PROPAGATION_MAX_S}) or check that the zone these servers serve is the one that was changed.`;
