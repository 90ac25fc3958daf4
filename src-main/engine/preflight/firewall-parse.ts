// Pure parsers of the firewall tools' output (Windows netsh, macOS socketfilterfw, Linux ufw,
// firewalld, nftables), unit-tested with sample outputs. They answer one question per port:
// does inbound TCP to it look open, blocked, open only for some sources, or unknown?
// English output only: localised netsh text reads as "unknown", never as "blocked".
import { portsOf, specCovers, type PortState, type Reading } from './firewall-reading.ts';

export { specCovers, type PortState, type Reading } from './firewall-reading.ts';
export { parseNftChains, readFirewalld, readNft, readUfw } from './firewall-linux.ts';

// --- Windows ---------------------------------------------------------------------------------

/** `netsh advfirewall show allprofiles state`: profile name -> on/off. */
export function parseNetshState(out: string): { profile: string; on: boolean }[] {
  const res: { profile: string; on: boolean }[] = [];
  let profile: string | null = null;
  for (const line of out.split(/\r?\n/)) {
    const p = /^(\w+) Profile Settings:/i.exec(line.trim());
    if (p) {
      profile = p[1];
      continue;
    }
    const s = /^State\s+(ON|OFF)\s*$/i.exec(line.trim());
    if (s && profile) {
      res.push({ profile, on: s[1].toUpperCase() === 'ON' });
      profile = null;
    }
  }
  return res;
}

type NetshRule = Record<string, string>;
/** `netsh advfirewall firewall show rule name=all dir=in verbose`: one object per rule. */
export function parseNetshRules(out: string): NetshRule[] {
  const rules: NetshRule[] = [];
  let cur: NetshRule | null = null;
  for (const line of out.split(/\r?\n/)) {
    const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].trim().toLowerCase();
    if (key === 'rule name') {
      cur = { 'rule name': m[2].trim() };
      rules.push(cur);
      continue;
    }
    if (cur) cur[key] = m[2].trim();
  }
  return rules;
}

const CERTDESK_PROGRAMS = /\\(node|certdesk|electron)\.exe$/i;

export function readWindows(
  stateOut: string | null,
  rulesOut: string | null,
  ports: number[],
): Reading {
  const notes: string[] = [];
  const profiles = stateOut ? parseNetshState(stateOut) : [];
  if (profiles.length === 0)
    return {
      tool: 'Windows Defender Firewall',
      active: null,
      ports: portsOf(ports, 'unknown'),
      certainty: 'heuristic',
      notes: ['could not read the firewall state'],
    };
  notes.push(...profiles.map((p) => `${p.profile} profile: ${p.on ? 'on' : 'off'}`));
  if (profiles.every((p) => !p.on))
    return {
      tool: 'Windows Defender Firewall',
      active: false,
      ports: portsOf(ports, 'open'),
      certainty: 'exact',
      notes,
    };
  const rules = rulesOut
    ? parseNetshRules(rulesOut).filter(
        (r) =>
          /^yes$/i.test(r.enabled ?? '') &&
          /^in$/i.test(r.direction ?? '') &&
          /^(tcp|any)$/i.test(r.protocol ?? 'any'),
      )
    : [];
  const state: Record<number, PortState> = {};
  for (const port of ports) {
    const hits = rules.filter((r) => {
      const lp = r.localport ?? 'Any';
      const program = r.program ?? 'Any';
      if (/^any$/i.test(lp)) return CERTDESK_PROGRAMS.test(program);
      return specCovers(lp, port);
    });
    // Windows: a matching block rule wins over allow rules.
    if (hits.some((r) => /^block$/i.test(r.action ?? ''))) state[port] = 'blocked';
    else if (
      hits.some((r) => /^allow$/i.test(r.action ?? '') && /^any$/i.test(r.remoteip ?? 'Any'))
    )
      state[port] = 'open';
    else if (hits.some((r) => /^allow$/i.test(r.action ?? ''))) state[port] = 'restricted';
    else state[port] = 'unknown';
    for (const r of hits)
      notes.push(
        `rule "${r['rule name']}": ${r.action} TCP ${r.localport ?? 'Any'} from ${r.remoteip ?? 'Any'}${r.program && !/^any$/i.test(r.program) ? ` for ${r.program}` : ''}`,
      );
  }
  return {
    tool: 'Windows Defender Firewall',
    active: true,
    ports: state,
    certainty: 'heuristic',
    notes,
  };
}

// --- macOS -----------------------------------------------------------------------------------

/** socketfilterfw --getglobalstate (+ --getblockall). The application firewall filters by app, not by port. */
export function readMac(
  globalState: string | null,
  blockAll: string | null,
  ports: number[],
): Reading {
  const tool = 'macOS application firewall';
  if (!globalState)
    return {
      tool,
      active: null,
      ports: portsOf(ports, 'unknown'),
      certainty: 'heuristic',
      notes: ['could not read the firewall state'],
    };
  const on = /enabled|State = [12]/i.test(globalState) && !/disabled|State = 0/i.test(globalState);
  const notes = [globalState.trim(), ...(blockAll ? [blockAll.trim()] : [])];
  if (!on) return { tool, active: false, ports: portsOf(ports, 'open'), certainty: 'exact', notes };
  if (
    blockAll &&
    /block all (non-essential )?incoming connections|Block all ENABLED/i.test(blockAll) &&
    !/DISABLED/i.test(blockAll)
  ) {
    return { tool, active: true, ports: portsOf(ports, 'blocked'), certainty: 'exact', notes };
  }
  return { tool, active: true, ports: portsOf(ports, 'unknown'), certainty: 'heuristic', notes };
}
