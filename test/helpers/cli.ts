// Run the certdesk CLI as a user would (a child process), with a private data folder.
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(ROOT, 'src-main', 'cli', 'main.ts');

export type CliResult = { code: number; stdout: string; stderr: string };

export function runCli(
  args: string[],
  opts: {
    input?: string;
    env?: Record<string, string>;
    onStderr?: (chunk: string, child: import('node:child_process').ChildProcess) => void;
    timeoutMs?: number;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, CERTDESK_KEYCHAIN: 'off', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`certdesk ${args.join(' ')} timed out\n${stderr}`));
    }, opts.timeoutMs ?? 120_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      opts.onStderr?.(c.toString(), child);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else if (!opts.onStderr) child.stdin.end();
  });
}

/** The global options that point the CLI at a data folder and a local Pebble (its CA, ports, DNS). */
export const pebbleCliArgs = (
  dataDir: string,
  pebble: { caCertPath: string; httpPort: number; dnsPort: number | null },
): string[] => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
