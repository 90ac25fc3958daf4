// Pure parsers of the Linux firewall tools' output (ufw, firewalld, nftables), unit-tested with
// sample outputs (test/unit/engine/preflight/firewall.test.ts).
import { portsOf, specCovers, type PortState, type Reading } from './firewall-reading.ts';

// --- Linux: ufw ------------------------------------------------------------------------------

const UFW_APPS: Record<string, number[]> = {
  'nginx http': [80],
  'nginx https': [443],
  'nginx full': [80, 443],
  apache: [80],
  'apache secure': [443],
  'apache full': [80, 443],
  www: [80],
  'www secure': [443],
  'www full': [80, 443],
};

/** `ufw status verbose`. Rules are matched in order, first match wins (ufw(8)). */
export function readUfw(out: string, ports: number[]): Reading {
  const tool = 'ufw';
  const status = /^Status:\s*(\w+)/m.exec(out)?.[1]?.toLowerCase();
  if (status !== 'active') {
    return {
      tool,
      active: status === 'inactive' ? false : null,
      ports: portsOf(ports, status === 'inactive' ? 'open' : 'unknown'),
      certainty: status === 'inactive' ? 'exact' : 'heuristic',
      notes: [status ? `ufw is ${status}` : 'could not read ufw status'],
    };
  }
  const def = /^Default:\s*(\w+)\s*\(incoming\)/m.exec(out)?.[1]?.toLowerCase() ?? 'deny';
  const notes = [`default for incoming: ${def}`];
  const lines = out.split('\n');
  const start = lines.findIndex((l) => /^--\s+-+\s+--/.test(l.trim()));
  const rules = (start >= 0 ? lines.slice(start + 1) : [])
    .map((l) => {
      const m =
        /^(.+?)\s{2,}(ALLOW|DENY|REJECT|LIMIT)(?:\s+(IN|OUT|FWD))?\s{2,}(.+?)\s*(?:#.*)?$/.exec(
          l.trim(),
        );
      return m
        ? {
            to: m[1]
              .replace(/\s+on\s+\S+/, '')
              .replace(/\s*\(v6\)$/, '')
              .trim(),
            action: m[2],
            dir: m[3] ?? 'IN',
            from: m[4].replace(/\s*\(v6\)$/, '').trim(),
          }
        : null;
    })
    .filter((r): r is NonNullable<typeof r> => r !== null && r.dir === 'IN');
  const covers = (to: string, port: number): boolean => {
    const app = UFW_APPS[to.toLowerCase()];
    if (app) return app.includes(port);
    if (/^anywhere$/i.test(to)) return true;
    const m = /^([\d,:]+)(?:\/(tcp|udp))?$/i.exec(to.split(' ')[0]);
    return !!m && (m[2] ?? 'tcp').toLowerCase() === 'tcp' && specCovers(m[1], port);
  };
  const state: Record<number, PortState> = {};
  for (const port of ports) {
    const hits = rules.filter((r) => covers(r.to, port));
    const everyone = hits.find((r) => /^anywhere$/i.test(r.from));
    const allowedSome = hits.some(
      (r) => !/^anywhere$/i.test(r.from) && (r.action === 'ALLOW' || r.action === 'LIMIT'),
    );
    if (everyone)
      state[port] = everyone.action === 'ALLOW' || everyone.action === 'LIMIT' ? 'open' : 'blocked';
    else if (allowedSome) state[port] = 'restricted';
    else state[port] = def === 'allow' ? 'open' : 'blocked';
    for (const r of hits) notes.push(`${r.to} ${r.action} ${r.dir} from ${r.from}`);
  }
  return { tool, active: true, ports: state, certainty: 'exact', notes };
}

// --- Linux: firewalld ------------------------------------------------------------------------

const FIREWALLD_SERVICES: Record<string, number[]> = { http: [80], https: [443], http3: [443] };

/** `firewall-cmd --list-all` (the default zone). */
export function readFirewalld(out: string, ports: number[]): Reading {
  const tool = 'firewalld';
  if (/not running/i.test(out))
    return {
      tool,
      active: false,
      ports: portsOf(ports, 'open'),
      certainty: 'heuristic',
      notes: ['firewalld is not running'],
    };
  const field = (name: string): string =>
    new RegExp(`^\\s*${name}:[ \\t]*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const zone = /^(\S+)(?:\s+\((.*)\))?/.exec(out.trim())?.[1] ?? '?';
  const target = field('target');
  const services = field('services').split(/\s+/).filter(Boolean);
  const openPorts = field('ports').split(/\s+/).filter(Boolean);
  const rich = out.split('\n').filter((l) => /^\s*rule /.test(l));
  const sources = field('sources');
  const notes = [
    `zone ${zone}: target ${target || 'default'}; services: ${services.join(' ') || '-'}; ports: ${openPorts.join(' ') || '-'}${sources ? `; only for sources ${sources}` : ''}`,
  ];
  const state: Record<number, PortState> = {};
  for (const port of ports) {
    const listed =
      services.some((s) => FIREWALLD_SERVICES[s]?.includes(port)) ||
      openPorts.some((p) => {
        const [spec, proto] = p.split('/');
        return (proto ?? 'tcp') === 'tcp' && specCovers(spec, port);
      });
    if (/^ACCEPT$/i.test(target)) state[port] = 'open';
    else if (listed) state[port] = sources ? 'restricted' : 'open';
    else state[port] = rich.length > 0 ? 'unknown' : 'blocked';
  }
  if (rich.length) notes.push(`${rich.length} rich rule(s) not evaluated`);
  return { tool, active: true, ports: state, certainty: 'exact', notes };
}

// --- Linux: nftables -------------------------------------------------------------------------

type NftChain = {
  table: string;
  name: string;
  hookInput: boolean;
  policy: string | null;
  rules: string[];
};

export function parseNftChains(out: string): NftChain[] {
  const chains: NftChain[] = [];
  let table = '';
  let cur: NftChain | null = null;
  let depth = 0;
  for (const raw of out.split('\n')) {
    const line = raw.trim();
    const t = /^table\s+(\S+\s+\S+)\s*\{/.exec(line);
    if (t) {
      table = t[1];
      depth = 1;
      continue;
    }
    const c = /^chain\s+(\S+)\s*\{/.exec(line);
    if (c && depth === 1) {
      cur = { table, name: c[1], hookInput: false, policy: null, rules: [] };
      chains.push(cur);
      depth = 2;
      continue;
    }
    if (line.startsWith('}')) {
      depth -= 1;
      if (depth < 2) cur = null;
      continue;
    }
    if (line.endsWith('{')) {
      depth += 1;
      continue;
    }
    if (!cur || line === '') continue;
    if (/type\s+filter\s+hook\s+input\b/.test(line)) {
      cur.hookInput = true;
      const p = /policy\s+(accept|drop)/.exec(line);
      if (p) cur.policy = p[1];
      continue;
    }
    cur.rules.push(line);
  }
  return chains;
}

/** `nft list ruleset`: input-hook chains, their policy, and rules naming a TCP destination port. */
export function readNft(out: string, ports: number[]): Reading {
  const tool = 'nftables';
  const chains = parseNftChains(out).filter(
    (c) => c.hookInput && !/^(ip6?|inet)?\s*nat$/i.test(c.table),
  );
  if (chains.length === 0)
    return {
      tool,
      active: false,
      ports: portsOf(ports, 'open'),
      certainty: 'heuristic',
      notes: ['no input filter chain'],
    };
  const notes = chains.map(
    (c) => `${c.table} chain ${c.name}: policy ${c.policy ?? 'accept'}, ${c.rules.length} rule(s)`,
  );
  const state: Record<number, PortState> = {};
  for (const port of ports) {
    // A packet must pass every input chain: the most restrictive chain decides.
    const perChain: PortState[] = chains.map((c) => {
      for (const r of c.rules) {
        const m = /tcp\s+dport\s+(\{[^}]*\}|[\d-]+)/.exec(r);
        if (!m || !specCovers(m[1], port)) continue;
        const verdict = /\b(accept|drop|reject)\b/.exec(r)?.[1];
        if (!verdict) continue;
        const limited = /\b(ip6?\s+saddr|iifname\s+"lo")\b/.test(r);
        notes.push(`${c.name}: ${r}`);
        if (verdict === 'accept') return limited ? 'restricted' : 'open';
        return 'blocked';
      }
      // Rules that jump elsewhere may decide; with a drop policy and no matching rule it looks blocked.
      if (c.policy === 'drop')
        return c.rules.some((r) => /\b(jump|goto)\b/.test(r)) ? 'unknown' : 'blocked';
      return 'open';
    });
    const order: PortState[] = ['blocked', 'restricted', 'unknown', 'open'];
    state[port] = order.find((s) => perChain.includes(s)) ?? 'unknown';
  }
  return { tool, active: true, ports: state, certainty: 'heuristic', notes };
}
