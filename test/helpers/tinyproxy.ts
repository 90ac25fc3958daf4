// A real HTTP proxy for the proxy tests (issue 19): Debian's `tinyproxy`, started in the foreground
// on its own port with its own config and log file in a temp dir, stopped by PID. Its log has one
// "Request ... CONNECT host:port" (or "GET http://...") line per connection a client opens through
// it, so a test can see which connections went through the proxy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';

export type TinyProxy = {
  port: number;
  url: string;
  pid: number;
  logPath: string;
  /** The log so far. */
  log(): string;
  /** "CONNECT host:port" and "GET http://..." requests the proxy was asked for, in order. */
  requests(): string[];
  stop(): Promise<void>;
};

export const TINYPROXY = '/usr/bin/tinyproxy';
export const haveTinyproxy = (): boolean => existsSync(TINYPROXY);

/**
 * Starts tinyproxy on 127.0.0.1. `allow` is the client address it serves: give another address
 * (e.g. 192.0.2.1) to get a proxy that refuses every connection from this machine.
 */
export async function startTinyproxy(opts: { allow?: string } = {}): Promise<TinyProxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-tinyproxy-'));
  const port = await freePort();
  const logPath = path.join(dir, 'tinyproxy.log');
  const conf = path.join(dir, 'tinyproxy.conf');
  // No ConnectPort line: CONNECT to any port (Pebble listens on a random one).
  writeFileSync(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${logPath}"`,
      'LogLevel Connect',
      'MaxClients 50',
      `Allow ${opts.allow ?? '127.0.0.1'}`,
      'DisableViaHeader Yes',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(TINYPROXY, ['-d', '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await waitForPort(port, 10_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`tinyproxy did not start: ${(e as Error).message}\n${stderr}`, { cause: e });
  }
  const read = (): string => {
    try {
      return readFileSync(logPath, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    logPath,
    log: read,
    requests: () =>
      [...read().matchAll(/Request \(file descriptor \d+\): (\S+ \S+)/g)].map((m) => m[1]),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(child.pid as number, 'SIGTERM');
        const t = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
