// Fault injection for a child process under test (issue 8): preloaded with `node --import`, it
// wraps Node's own file-system functions and SIGKILLs the process just before the N-th matching
// call, so a test can kill the CLI at every write of an issuance or an export, one by one. It is
// a test file only: nothing in src-main knows about it.
//
//   CERTDESK_FAULT='{"ops":["rename","renameSync"],"match":"certdesk\\.json","killAt":3}'
//   CERTDESK_FAULT='{"ops":[...],"match":"...","countTo":"/tmp/x.json"}'   (dry run: count only)
//
// `match` is a regular expression tested against the call's first path argument. Counting
// mode writes {"calls":[{op,path}]} at exit. Named ESM imports of builtins (`import { rename }
// from 'node:fs/promises'`) see the wrapped functions through module.syncBuiltinESMExports().
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

export type FaultSpec = {
  /** Function names, on `fs` (sync/callback) or `fs.promises` (prefix "p:"), e.g. "renameSync", "p:rename". */
  ops: string[];
  /** Regular expression for the first path argument. */
  match: string;
  /** SIGKILL just before the N-th matching call (1-based). */
  killAt?: number;
  /** Instead of killing: fail the N-th matching call with this errno code (e.g. ENOSPC). */
  failAt?: number;
  failCode?: string;
  /** Write the list of matching calls here at exit. */
  countTo?: string;
};

/** The file to pass to `node --import` (this file). */
export const FAULT_PRELOAD = new URL(import.meta.url).pathname;

export function faultEnv(spec: FaultSpec): Record<string, string> {
  return { CERTDESK_FAULT: JSON.stringify(spec) };
}

function install(spec: FaultSpec): void {
  const re = new RegExp(spec.match);
  const calls: { op: string; path: string }[] = [];
  let n = 0;
  const onCall = (op: string, args: unknown[]): void => {
    const first = args[0];
    const p =
      typeof first === 'string'
        ? first
        : first instanceof URL
          ? first.pathname
          : Buffer.isBuffer(first)
            ? first.toString()
            : '';
    if (!p || !re.test(p)) return;
    n += 1;
    calls.push({ op, path: p });
    if (spec.killAt === n) {
      // Nothing may run after this point: no exit handler, no flush (a power cut, a kill -9).
      process.kill(process.pid, 'SIGKILL');
    }
    if (spec.failAt === n) {
      const code = spec.failCode ?? 'ENOSPC';
      throw Object.assign(new Error(`${code}: injected fault, ${op} '${p}'`), {
        code,
        errno: -28,
        syscall: op,
        path: p,
      });
    }
  };
  const wrap = (target: Record<string, unknown>, name: string, label: string): void => {
    const orig = target[name];
    if (typeof orig !== 'function') throw new Error(`fault.ts: no such function ${label}`);
    const isPromise = label.startsWith('p:');
    target[name] = function wrapped(this: unknown, ...args: unknown[]) {
      if (isPromise) {
        try {
          onCall(label, args);
        } catch (e) {
          return Promise.reject(e);
        }
      } else {
        onCall(label, args);
      }
      return (orig as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  for (const op of spec.ops) {
    if (op.startsWith('p:'))
      wrap(fs.promises as unknown as Record<string, unknown>, op.slice(2), op);
    else wrap(fs as unknown as Record<string, unknown>, op, op);
  }
  syncBuiltinESMExports();
  if (spec.countTo) {
    const out = spec.countTo;
    process.on('exit', () => {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify({ calls }));
    });
  }
}

const raw = process.env.CERTDESK_FAULT;
if (raw) install(JSON.parse(raw) as FaultSpec);

// ---------------------------------------------------------------------------------------------
// Small checks the reliability and security tests share (node builtins only: this file is also
// preloaded into children).

/** True when nothing accepts TCP connections on 127.0.0.1:port (the solver's listener is gone). */
export async function portIsClosed(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}

/** Every file and folder under dir, relative, sorted ("" when dir does not exist). */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      out.push(e.isDirectory() ? `${r}/` : r);
      if (e.isDirectory()) walk(path.join(d, e.name), r);
    }
  };
  walk(dir, '');
  return out.sort();
}

const OUTPUT_DIR = path.resolve(
  new URL('.', import.meta.url).pathname,
  '..',
  '..',
  'test-output',
  'issue8',
);

/**
 * Records what a test really did (faults injected, inputs fuzzed, bytes scanned...) so
 * docs/RELIABILITY.md and docs/SECURITY.md quote measured numbers: `node test/helpers/fault.ts`
 * prints them all.
 */
export function recordCounts(name: string, counts: Record<string, unknown>): void {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.json`);
  let prev: Record<string, unknown> = {};
  try {
    prev = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    /* first */
  }
  fs.writeFileSync(
    file,
    JSON.stringify({ ...prev, ...counts, recordedAt: new Date().toISOString() }, null, 2) + '\n',
  );
}

if (import.meta.main) {
  let files: string[] = [];
  try {
    files = fs
      .readdirSync(OUTPUT_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    /* none yet */
  }
  if (files.length === 0)
    console.log(
      `No counts yet in ${OUTPUT_DIR}: run the reliability-* and security-* tests first.`,
    );
  for (const f of files) {
    const data = JSON.parse(fs.readFileSync(path.join(OUTPUT_DIR, f), 'utf8')) as Record<
      string,
      unknown
    >;
    console.log(`${f.replace(/\.json$/, '')}:`);
    for (const [k, v] of Object.entries(data))
      console.log(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  }
}
