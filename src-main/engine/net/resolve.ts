// DNS questions go to the resolver the user (or a test) configured with --dns-resolver HOST:PORT,
// else to the system's. Node's Resolver accepts "ip:port" server strings.
import { Resolver } from 'node:dns/promises';
import { lookup } from 'node:dns/promises';

export type DnsConfig = { resolver?: string; timeoutMs?: number };

export function makeResolver(cfg: DnsConfig = {}): Resolver {
  const r = new Resolver({ timeout: cfg.timeoutMs ?? 3000, tries: 2 });
  if (cfg.resolver) r.setServers([cfg.resolver]);
  return r;
}

/** Addresses of a host name: A and AAAA through the configured resolver, or the OS lookup. */
export async function resolveAddresses(host: string, cfg: DnsConfig = {}): Promise<string[]> {
  if (!cfg.resolver) {
    const all = await lookup(host, { all: true });
    return all.map((a) => a.address);
  }
  const r = makeResolver(cfg);
  const [v4, v6] = await Promise.all([
    r.resolve4(host).catch(() => [] as string[]),
    r.resolve6(host).catch(() => [] as string[]),
  ]);
  return [...v4, ...v6];
}
