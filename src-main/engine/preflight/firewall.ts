// The "firewall" check (R16): does this computer's own firewall let the CA in on the validation
// port? Windows (netsh), macOS (socketfilterfw), Linux (ufw, firewalld, nft: each only where
// present). The advice is always "open the port to everyone": the CA validates from several places
// and publishes no addresses, so limiting the port to some sources breaks validation.
import { execFile } from 'node:child_process';
import {
  readMac,
  readWindows,
  readUfw,
  readFirewalld,
  readNft,
  type Reading,
  type PortState,
} from './firewall-parse.ts';
import type { CheckResult } from './types.ts';
import { fixed, said, text, type Text } from '../../shared/engine-text.ts';

export type RunResult = { code: number | null; stdout: string; stderr: string; missing: boolean };
export type Runner = (cmd: string, args: string[]) => Promise<RunResult>;

export function systemRunner(timeoutMs = 5000, signal?: AbortSignal): Runner {
  return (cmd, args) =>
    new Promise((resolve) => {
      execFile(
        cmd,
        args,
        {
          timeout: timeoutMs,
          windowsHide: true,
          maxBuffer: 4 * 1024 * 1024,
          ...(signal ? { signal } : {}),
          env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        },
        (err, stdout, stderr) => {
          const e = err as (NodeJS.ErrnoException & { code?: string | number }) | null;
          resolve({
            code: e ? (typeof e.code === 'number' ? e.code : -1) : 0,
            stdout: String(stdout ?? ''),
            stderr: String(stderr ?? ''),
            missing: e?.code === 'ENOENT',
          });
        },
      );
    });
}

const DENIED =
  /root|permission denied|operation not permitted|not authorized|authorization failed|access_denied|requires elevation|access is denied/i;

export type Readings = { readings: Reading[]; unreadable: string[] };

export async function readFirewalls(
  ports: number[],
  platform: NodeJS.Platform,
  run: Runner,
): Promise<Readings> {
  const readings: Reading[] = [];
  const unreadable: string[] = [];
  if (platform === 'win32') {
    const state = await run('netsh', ['advfirewall', 'show', 'allprofiles', 'state']);
    if (state.missing) return { readings, unreadable };
    const rules = await run('netsh', [
      'advfirewall',
      'firewall',
      'show',
      'rule',
      'name=all',
      'dir=in',
      'verbose',
    ]);
    if (state.code !== 0 && DENIED.test(state.stdout + state.stderr))
      unreadable.push('Windows Defender Firewall');
    else
      readings.push(
        readWindows(
          state.code === 0 ? state.stdout : null,
          rules.code === 0 ? rules.stdout : null,
          ports,
        ),
      );
    return { readings, unreadable };
  }
  if (platform === 'darwin') {
    const fw = '/usr/libexec/ApplicationFirewall/socketfilterfw';
    const g = await run(fw, ['--getglobalstate']);
    if (g.missing) return { readings, unreadable };
    const b = await run(fw, ['--getblockall']);
    if (g.code !== 0 && DENIED.test(g.stdout + g.stderr))
      unreadable.push('macOS application firewall');
    else
      readings.push(readMac(g.code === 0 ? g.stdout : null, b.code === 0 ? b.stdout : null, ports));
    return { readings, unreadable };
  }
  // Linux and other Unix: each tool only where it is installed.
  let managed = false;
  const ufw = await run('ufw', ['status', 'verbose']);
  if (!ufw.missing) {
    if (ufw.code !== 0 || (DENIED.test(ufw.stderr) && !/Status:/.test(ufw.stdout)))
      unreadable.push('ufw');
    else {
      const r = readUfw(ufw.stdout, ports);
      readings.push(r);
      managed ||= r.active === true;
    }
  }
  const fwd = await run('firewall-cmd', ['--list-all']);
  if (!fwd.missing) {
    const text = fwd.stdout + fwd.stderr;
    if (/not running/i.test(text)) readings.push(readFirewalld(text, ports));
    else if (fwd.code !== 0 || DENIED.test(fwd.stderr)) unreadable.push('firewalld');
    else {
      const r = readFirewalld(fwd.stdout, ports);
      readings.push(r);
      managed ||= r.active === true;
    }
  }
  // ufw and firewalld write nft rules of their own; their view is the one a person edits.
  if (!managed) {
    const nft = await run('nft', ['list', 'ruleset']);
    if (!nft.missing) {
      if (nft.code !== 0) unreadable.push('nftables');
      else readings.push(readNft(nft.stdout, ports));
    }
  }
  return { readings, unreadable };
}

function openCommand(tool: string, port: number): string | Text {
  switch (tool) {
    case 'ufw':
      return `sudo ufw allow ${port}/tcp`;
    case 'firewalld':
      return port === 80
        ? 'sudo firewall-cmd --permanent --add-service=http && sudo firewall-cmd --reload'
        : port === 443
          ? 'sudo firewall-cmd --permanent --add-service=https && sudo firewall-cmd --reload'
          : `sudo firewall-cmd --permanent --add-port=${port}/tcp && sudo firewall-cmd --reload`;
    case 'nftables':
      return text('preflight.firewall.cmdNft', { port });
    case 'Windows Defender Firewall':
      return text('preflight.firewall.cmdAdmin', {
        command: `netsh advfirewall firewall add rule name="Certdesk port ${port}" dir=in action=allow protocol=TCP localport=${port}`,
      });
    default:
      return text('preflight.firewall.cmdMac');
  }
}

/** Pure: the finding from what the tools said (unit-tested with samples of each OS). */
export function firewallVerdict(r: Readings, ports: number[]): CheckResult {
  const base = { check: 'firewall' as const };
  const details = [
    ...r.readings.flatMap((x) => [
      `${x.tool}: ${x.active === null ? 'state unknown' : x.active ? 'active' : 'inactive'}; ${ports.map((p) => `port ${p} ${x.ports[p]}`).join(', ')}`,
      ...x.notes.map((n) => `  ${n}`),
    ]),
    ...r.unreadable.map((t) => `${t}: could not read (needs administrator rights)`),
  ];
  const portList = ports.join(' and ');
  if (r.readings.length === 0) {
    return r.unreadable.length
      ? {
          ...base,
          verdict: 'skip',
          ...said('preflight.firewall.unreadable', {
            tools: r.unreadable.join(', '),
            ports: portList,
          }),
          details,
        }
      : { ...base, verdict: 'skip', ...said('preflight.firewall.none'), details };
  }
  const find = (s: PortState) =>
    r.readings.flatMap((x) => ports.filter((p) => x.ports[p] === s).map((p) => ({ x, p })));
  const blocked = find('blocked');
  if (blocked.length) {
    const sure = blocked.some(({ x }) => x.certainty === 'exact');
    const { x, p } = blocked[0];
    return {
      ...base,
      verdict: sure ? 'fail' : 'warn',
      ...said(sure ? 'preflight.firewall.blocks' : 'preflight.firewall.seemsToBlock', {
        tool: x.tool,
        port: p,
      }),
      ...fixed('preflight.firewall.fixBlocked', { port: p, command: openCommand(x.tool, p) }),
      details,
    };
  }
  const restricted = find('restricted');
  if (restricted.length) {
    const { x, p } = restricted[0];
    return {
      ...base,
      verdict: 'warn',
      ...said('preflight.firewall.restricted', { tool: x.tool, port: p }),
      ...fixed('preflight.firewall.fixRestricted', { port: p, command: openCommand(x.tool, p) }),
      details,
    };
  }
  const unknown = find('unknown');
  if (unknown.length) {
    const { x, p } = unknown[0];
    return {
      ...base,
      verdict: 'warn',
      ...(x.tool === 'macOS application firewall'
        ? said('preflight.firewall.macos')
        : said('preflight.firewall.unknown', { tool: x.tool, port: p })),
      ...fixed('preflight.firewall.fixUnknown', { port: p, command: openCommand(x.tool, p) }),
      details,
    };
  }
  const active = r.readings.filter((x) => x.active);
  return {
    ...base,
    verdict: 'pass',
    ...(active.length
      ? said('preflight.firewall.open', {
          tools: active.map((x) => x.tool).join(', '),
          ports: portList,
        })
      : said('preflight.firewall.off', { ports: portList })),
    details,
  };
}
