// One writer at a time across processes (the desktop app and the CLI on one data folder): an
// exclusive-create lock file naming its holder. A holder that died leaves a stale lock, which is
// taken over once its PID is gone. The second writer waits briefly, then says who holds it.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, statSync } from 'node:fs';
import os from 'node:os';
import { textError } from '../shared/errors.ts';
import { text, type TextParam } from '../shared/engine-text.ts';

export type LockInfo = { pid: number; app: string; host: string; since: string };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const UNREADABLE_STALE_MS = 5_000;

/**
 * When this machine last booted. A lock written before it was left by a process of an earlier boot,
 * whatever its PID: after a reboot PIDs are reused, and a lock whose PID now belongs to another
 * process read as "being renewed right now", forever (issue 19). A few seconds of slack for the
 * rounding of the uptime.
 */
export const bootTimeMs = (): number => Date.now() - os.uptime() * 1000;
const BOOT_SLACK_MS = 5_000;
const fromEarlierBoot = (since: string): boolean => {
  const t = Date.parse(since);
  return Number.isFinite(t) && t < bootTimeMs() - BOOT_SLACK_MS;
};

const ageMs = (file: string): number => {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
};

function tryAcquire(file: string, app: string): LockInfo | null {
  const info: LockInfo = {
    pid: process.pid,
    app,
    host: os.hostname(),
    since: new Date().toISOString(),
  };
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify(info));
    } catch (e) {
      // A full disk can let the file be made but not written: leave no empty lock behind.
      try {
        closeSync(fd);
      } catch {
        /* closed */
      }
      try {
        unlinkSync(file);
      } catch {
        /* gone */
      }
      throw e;
    }
    closeSync(fd);
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  let holder: LockInfo;
  let unreadable = false;
  try {
    holder = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    unreadable = true;
    holder = { pid: 0, app: ANOTHER, host: os.hostname(), since: '' };
  }
  // An empty or half-written lock is usually one another process has just created and not yet
  // written (openSync, then writeSync): taking it over then let two writers in at once and lost
  // writes. It is stale only when it has stayed unreadable for a while (its writer crashed).
  const stale =
    holder.host === os.hostname() &&
    (unreadable
      ? ageMs(file) > UNREADABLE_STALE_MS
      : !alive(holder.pid) || fromEarlierBoot(holder.since));
  if (stale) {
    try {
      unlinkSync(file);
    } catch {
      /* someone else took it over */
    }
    return tryAcquire(file, app);
  }
  return holder;
}

/** Who holds a lock whose file cannot be read (yet). */
const ANOTHER = 'another Certdesk';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Writers inside one process (the app's engine and its handlers) queue here first; the lock file
// then serialises processes.
const queues = new Map<string, Promise<unknown>>();

export function withLock<T>(
  file: string,
  app: string,
  fn: () => T | Promise<T>,
  waitMs = 10_000,
): Promise<T> {
  const prev = queues.get(file) ?? Promise.resolve();
  const run = prev.catch(() => {}).then(() => withFileLock(file, app, fn, waitMs));
  const tail = run.catch(() => {});
  queues.set(file, tail);
  void tail.then(() => {
    if (queues.get(file) === tail) queues.delete(file);
  });
  return run;
}

async function withFileLock<T>(
  file: string,
  app: string,
  fn: () => T | Promise<T>,
  waitMs: number,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  let delay = 5;
  for (;;) {
    const holder = tryAcquire(file, app);
    if (!holder) break;
    if (holder.pid === process.pid && holder.host === os.hostname()) {
      // Our own PID but not held by our queue: left by a crash of an earlier run with a reused PID.
      try {
        unlinkSync(file);
      } catch {
        /* gone */
      }
      continue;
    }
    if (Date.now() >= deadline) {
      // Issue 18: said in the window's language too (the app's own name stays as it is).
      const app: TextParam = holder.app === ANOTHER ? text('failure.anotherCertdesk') : holder.app;
      throw textError(
        'store-locked',
        text('failure.folderBusy', {
          app,
          pid: String(holder.pid),
          host: holder.host,
          since: holder.since,
        }),
        { retryable: true, detail: file },
      );
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 200);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  }
}

/**
 * A lock held for a long operation (one certificate's issuance), taken at once or not at all:
 * returns a release function, or the holder when another live process has it.
 */
export function tryLock(file: string, app: string): { release: () => void } | { holder: LockInfo } {
  const holder = tryAcquire(file, app);
  if (holder && !(holder.pid === process.pid && holder.host === os.hostname())) return { holder };
  return {
    release: () => {
      try {
        unlinkSync(file);
      } catch {
        /* already gone */
      }
    },
  };
}
