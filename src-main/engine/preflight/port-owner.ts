// Who holds a TCP port (R16: "port 80 is taken by nginx" beats "address in use"). Asks the OS
// tool that is present and readable; the parsers are pure and tested with sample outputs.
import { execFile } from 'node:child_process';
import { readlink } from 'node:fs/promises';
import path from 'node:path';
import { text, type Text } from '../../shared/engine-text.ts';

export type PortOwner = { name: string; pid?: number };

/** `ss -H -ltnp 'sport = :80'` (Linux): users:(("nginx",pid=812,fd=6),...). Needs root for others' sockets. */
export function parseSs(out: string): PortOwner[] {
  const owners: PortOwner[] = [];
  for (const m of out.matchAll(/\("([^"]+)",pid=(\d+)/g))
    owners.push({ name: m[1], pid: Number(m[2]) });
  return dedupe(owners);
}

/** `lsof -nP -iTCP:80 -sTCP:LISTEN` (macOS): "COMMAND PID USER FD TYPE ..." lines. */
export function parseLsof(out: string): PortOwner[] {
  const owners: PortOwner[] = [];
  for (const line of out.split('\n').slice(1)) {
    const m = /^(\S+)\s+(\d+)\s/.exec(line.trim());
    if (m) owners.push({ name: m[1].replace(/\\x20/g, ' '), pid: Number(m[2]) });
  }
  return dedupe(owners);
}

/** `netstat -ano -p TCP` (Windows): "TCP 0.0.0.0:80 0.0.0.0:0 LISTENING 4"; pid 4 is http.sys (IIS and friends). */
export function parseNetstat(out: string, port: number): number[] {
  const pids: number[] = [];
  for (const line of out.split(/\r?\n/)) {
    const m = /^\s*TCP\s+(\S+):(\d+)\s+\S+\s+LISTENING\s+(\d+)\s*$/i.exec(line);
    if (m && Number(m[2]) === port) pids.push(Number(m[3]));
  }
  return [...new Set(pids)];
}

/** `tasklist /FI "PID eq 123" /FO CSV /NH`: "nginx.exe","123","Console","1","8,000 K". */
export function parseTasklist(out: string): string | null {
  const m = /^"([^"]+)","(\d+)"/m.exec(out.trim());
  return m ? m[1] : null;
}

function dedupe(owners: PortOwner[]): PortOwner[] {
  const seen = new Set<string>();
  return owners.filter((o) => {
    const k = `${o.name}:${o.pid}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, windowsHide: true, maxBuffer: 1024 * 1024 },
      (err, stdout) => resolve(err && !stdout ? null : String(stdout)),
    );
  });
}

/** Best effort: who listens on `port`, or [] when the OS does not tell. Never throws. */
export async function findPortOwners(port: number, timeoutMs = 3000): Promise<PortOwner[]> {
  try {
    if (process.platform === 'linux') {
      const out = await run('ss', ['-H', '-ltnp', `sport = :${port}`], timeoutMs);
      const owners = out ? parseSs(out) : [];
      // ss shows the thread name ("MainThread" for Node); the executable's name says more.
      return Promise.all(
        owners.map(async (o) => {
          const exe = o.pid ? await readlink(`/proc/${o.pid}/exe`).catch(() => null) : null;
          return exe ? { ...o, name: path.basename(exe.replace(/ \(deleted\)$/, '')) } : o;
        }),
      );
    }
    if (process.platform === 'darwin') {
      const out = await run('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN'], timeoutMs);
      return out ? parseLsof(out) : [];
    }
    if (process.platform === 'win32') {
      const out = await run('netstat', ['-ano', '-p', 'TCP'], timeoutMs);
      const pids = out ? parseNetstat(out, port) : [];
      return Promise.all(
        pids.map(async (pid) => {
          if (pid === 4)
            return {
              name: 'Windows HTTP service (http.sys: IIS, WinRM or another web service)',
              pid,
            };
          const t = await run('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH'], timeoutMs);
          return { name: (t && parseTasklist(t)) ?? 'another program', pid };
        }),
      );
    }
  } catch {
    /* the tool is missing or refused: say "another program" */
  }
  return [];
}

/** Who holds the port, for a sentence; "another program" (a Text, so it is translated) when unknown. */
export const describeOwners = (owners: PortOwner[]): string | Text =>
  owners.length === 0
    ? text('preflight.responder.anotherProgram')
    : owners.map((o) => `"${o.name}"${o.pid ? ` (process ${o.pid})` : ''}`).join(' and ');
