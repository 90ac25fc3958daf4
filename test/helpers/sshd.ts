// A real OpenSSH sshd on 127.0.0.1 for the SFTP upload route (issue 3, R10/R11): a throwaway Unix
// user with a home folder (the "hosting account"), password and key login, `internal-sftp`, a
// generated host key that can be swapped to simulate a changed server identity. Needs root
// (useradd, sshd's privilege separation). Everything started or created is undone by stop(),
// and by an exit handler if the test process dies first.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';

export type UnixUser = {
  name: string;
  uid: number;
  gid: number;
  /** The login folder (what an SFTP/FTP client starts in); holds public_html, the site's web root. */
  home: string;
  /** home/public_html, created empty and owned by the user. */
  webRoot: string;
  password: string;
  remove(): Promise<void>;
};

const liveUsers = new Set<string>();
const liveProcs = new Set<number>();
const liveDirs = new Set<string>();
let netInstalled = false;

function cleanupNow(): void {
  for (const pid of liveProcs) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  liveProcs.clear();
  for (const u of liveUsers) spawnSync('userdel', ['-f', u], { stdio: 'ignore' });
  liveUsers.clear();
  for (const d of liveDirs) rmSync(d, { recursive: true, force: true });
  liveDirs.clear();
}

/** Exit/signal handler so a crashed or interrupted test leaves no user, process or folder behind. */
export function installHostingSafetyNet(): void {
  if (netInstalled) return;
  netInstalled = true;
  process.on('exit', cleanupNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      cleanupNow();
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

/** Register a process or folder of another helper with the same exit-time cleanup. */
export function track(t: { pid?: number; dir?: string }): void {
  installHostingSafetyNet();
  if (t.pid) liveProcs.add(t.pid);
  if (t.dir) liveDirs.add(t.dir);
}
export function untrack(t: { pid?: number; dir?: string }): void {
  if (t.pid) liveProcs.delete(t.pid);
  if (t.dir) liveDirs.delete(t.dir);
}

export function run(cmd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err)
        reject(
          new Error(`${cmd} ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`),
        );
      else resolve(String(stdout));
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

const GECOS = 'certdesk-test pid '; // the passwd comment field; ':' is not allowed in it

/**
 * Users left by a test process that was killed with SIGKILL (no exit handler runs): the comment
 * field names the creating PID; when that process is gone, the user and its folder go too.
 */
async function sweepStaleUsers(): Promise<void> {
  let passwd: string;
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    return;
  }
  for (const line of passwd.split('\n')) {
    const [name, , , , gecos, home] = line.split(':');
    if (!name || !gecos?.startsWith(GECOS)) continue;
    const pid = Number(gecos.slice(GECOS.length));
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code !== 'ESRCH';
    }
    if (alive) continue;
    await run('userdel', ['-f', name]).catch(() => {});
    const base = home ? path.dirname(home) : '';
    if (base.startsWith(path.join(os.tmpdir(), 'certdesk-hosting-')))
      rmSync(base, { recursive: true, force: true });
  }
}

/** A throwaway login: `cdt` + random hex, shell /bin/sh (vsftpd's PAM wants a listed shell). */
export async function createUnixUser(): Promise<UnixUser> {
  if (process.getuid?.() !== 0)
    throw new Error(
      'The SFTP/FTP test servers need root (useradd, sshd, vsftpd); run the integration tests as root, as .ci/run does.',
    );
  installHostingSafetyNet();
  const name = `cdt${randomBytes(5).toString('hex')}`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const base = mkdtempSync(path.join(os.tmpdir(), 'certdesk-hosting-'));
  liveDirs.add(base);
  chmodSync(base, 0o755);
  const home = path.join(base, name);
  await sweepStaleUsers();
  await run('useradd', [
    '-M',
    '-d',
    home,
    '-s',
    '/bin/sh',
    '-U',
    '-c',
    `${GECOS}${process.pid}`,
    name,
  ]);
  liveUsers.add(name);
  await run('chpasswd', [], `${name}:${password}\n`);
  const uid = Number((await run('id', ['-u', name])).trim());
  const gid = Number((await run('id', ['-g', name])).trim());
  mkdirSync(home, { mode: 0o755 });
  chownSync(home, uid, gid);
  const webRoot = path.join(home, 'public_html');
  mkdirSync(webRoot, { mode: 0o755 });
  chownSync(webRoot, uid, gid);
  let removed: Promise<void> | null = null;
  return {
    name,
    uid,
    gid,
    home,
    webRoot,
    password,
    remove: () =>
      (removed ??= (async () => {
        // -f: a session process that has not exited yet must not keep the account alive.
        await run('userdel', ['-f', name]).catch(() => {});
        liveUsers.delete(name);
        rmSync(base, { recursive: true, force: true });
        liveDirs.delete(base);
      })()),
  };
}

/** Every file and folder under dir, relative, sorted ("" when empty): what is left on the server. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      out.push(e.isDirectory() ? `${r}/` : r);
      if (e.isDirectory()) walk(path.join(d, e.name), r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

/** Child processes of pid: sshd and vsftpd fork one (or two) per client connection. */
export function childPids(pid: number): number[] {
  const kids: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(e));
    } catch {
      /* exited meanwhile */
    }
  }
  return kids;
}

/** Waits until the server has no session process left (a session ends a moment after the client closes). */
/** SIGTERM (SIGKILL after 2 s) a test server, then its session children, which outlive the listener. */
export async function stopServer(c: ChildProcess, exited: Promise<void>): Promise<void> {
  if (!c.pid) return;
  if (c.exitCode === null && c.signalCode === null) {
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(t);
  }
  for (const k of childPids(c.pid)) {
    try {
      process.kill(k, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

export async function waitNoSessions(pid: number, timeoutMs = 5000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = childPids(pid).length;
    if (n === 0 || Date.now() > deadline) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type Sshd = {
  host: '127.0.0.1';
  port: number;
  pid: number;
  user: UnixUser;
  /** "SHA256:..." of the current host key, as `ssh-keygen -lf` prints it. */
  hostKeyFingerprint: string;
  /** OpenSSH-format ed25519 private keys whose public halves are in authorized_keys. */
  keyPem: string;
  encryptedKeyPem: string;
  keyPassphrase: string;
  /** Live SFTP sessions (sshd children). */
  sessions(): number;
  waitNoSessions(timeoutMs?: number): Promise<number>;
  /** Restart on the same port with a new host key: the "server identity changed" case. */
  replaceHostKey(): Promise<string>;
  logTail(chars?: number): string;
  stop(): Promise<void>;
};

const SETPRIV = existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : null;

async function fingerprint(pubPath: string): Promise<string> {
  const out = await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', pubPath]);
  const m = /SHA256:[A-Za-z0-9+/]+/.exec(out);
  if (!m) throw new Error(`no fingerprint in: ${out}`);
  return m[0];
}

/**
 * Starts sshd for `user` (created here when not given, and then removed by stop()). With
 * `commands`, the account may also run commands over SSH (a deployment's reload command, issue
 * 17); otherwise it is SFTP only, as shared hosting is.
 */
export async function startSshd(opts: { user?: UnixUser; commands?: boolean } = {}): Promise<Sshd> {
  installHostingSafetyNet();
  const ownUser = !opts.user;
  const user = opts.user ?? (await createUnixUser());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-sshd-'));
  liveDirs.add(dir);
  // sshd refuses to start without its privilege separation folder; Debian creates it at boot only.
  if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
  const hostKey = path.join(dir, 'host_ed25519');
  const newHostKey = async (): Promise<string> => {
    rmSync(hostKey, { force: true });
    rmSync(`${hostKey}.pub`, { force: true });
    await run('ssh-keygen', [
      '-q',
      '-t',
      'ed25519',
      '-N',
      '',
      '-C',
      'certdesk-test-host',
      '-f',
      hostKey,
    ]);
    return fingerprint(`${hostKey}.pub`);
  };
  let hostKeyFingerprint = await newHostKey();
  const keyPassphrase = `pass ${randomBytes(6).toString('hex')}`;
  await run('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-C',
    'certdesk-test',
    '-f',
    path.join(dir, 'user_plain'),
  ]);
  await run('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    keyPassphrase,
    '-C',
    'certdesk-test-enc',
    '-f',
    path.join(dir, 'user_enc'),
  ]);
  const sshDir = path.join(user.home, '.ssh');
  mkdirSync(sshDir, { recursive: true, mode: 0o700 });
  const authorized = path.join(sshDir, 'authorized_keys');
  // Appended: two sshd for one user (e.g. one whose host key changes) keep each other's keys.
  appendFileSync(
    authorized,
    readFileSync(path.join(dir, 'user_plain.pub'), 'utf8') +
      readFileSync(path.join(dir, 'user_enc.pub'), 'utf8'),
    { mode: 0o600 },
  );
  chownSync(sshDir, user.uid, user.gid);
  chownSync(authorized, user.uid, user.gid);

  let port = 0;
  const config = path.join(dir, 'sshd_config');
  const writeConfig = (): void =>
    writeFileSync(
      config,
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${hostKey}`,
        `PidFile ${path.join(dir, 'sshd.pid')}`,
        'AuthorizedKeysFile .ssh/authorized_keys',
        'PubkeyAuthentication yes',
        'PasswordAuthentication yes',
        'KbdInteractiveAuthentication no',
        'PermitEmptyPasswords no',
        'PermitRootLogin no',
        // No PAM: the container has no session stack for it; passwords come from /etc/shadow.
        'UsePAM no',
        'StrictModes no',
        `AllowUsers ${user.name}`,
        'X11Forwarding no',
        'AllowTcpForwarding no',
        'PrintMotd no',
        'MaxStartups 50',
        'LogLevel VERBOSE',
        'Subsystem sftp internal-sftp',
        ...(opts.commands ? [] : ['ForceCommand internal-sftp']),
        '',
      ].join('\n'),
    );
  const logPath = path.join(dir, 'sshd.log');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const launch = async (): Promise<void> => {
    // Ready when *this* sshd says it listens (a bare port probe could reach whoever took the port).
    // Counted before the spawn: a fast sshd can write its line before the spawn event is seen.
    const listening = `Server listening on 127.0.0.1 port ${port}.`;
    const seenBefore = count(tail(1e7), listening);
    const fd = openSync(logPath, 'a');
    const args = ['-D', '-e', '-f', config];
    const [file, argv] = SETPRIV
      ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', '/usr/sbin/sshd', ...args]]
      : ['/usr/sbin/sshd', args];
    try {
      child = spawn(file, argv, { stdio: ['ignore', fd, fd] });
    } finally {
      closeSync(fd);
    }
    const c = child;
    await new Promise<void>((resolve, reject) => {
      c.once('spawn', resolve);
      c.once('error', reject);
    });
    liveProcs.add(c.pid!);
    exited = new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) resolve();
      else c.once('exit', () => resolve());
    });
    const deadline = Date.now() + 10_000;
    let dead = false;
    void exited.then(() => {
      dead = true;
    });
    while (count(tail(1e7), listening) === seenBefore) {
      if (dead) throw new Error(`sshd exited during start-up:\n${tail()}`);
      if (Date.now() > deadline)
        throw new Error(`sshd did not start listening within 10 s:\n${tail()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await waitForPort(port, 5000);
  };
  const count = (text: string, needle: string): number => text.split(needle).length - 1;
  const kill = async (): Promise<void> => {
    const c = child;
    if (!c?.pid) return;
    await stopServer(c, exited);
    liveProcs.delete(c.pid);
  };
  const tail = (chars = 3000): string => {
    try {
      return readFileSync(logPath, 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  };

  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    writeConfig();
    try {
      await launch();
      break;
    } catch (e) {
      await kill();
      // Another process took the port between freePort() and sshd's bind: try another one.
      if (attempt < 2 && /Address already in use|Cannot bind any address/.test(tail())) continue;
      rmSync(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
      if (ownUser) await user.remove();
      throw e;
    }
  }
  let stopping: Promise<void> | null = null;
  const s: Sshd = {
    host: '127.0.0.1',
    port,
    user,
    hostKeyFingerprint,
    get pid() {
      return child!.pid!;
    },
    keyPem: readFileSync(path.join(dir, 'user_plain'), 'utf8'),
    encryptedKeyPem: readFileSync(path.join(dir, 'user_enc'), 'utf8'),
    keyPassphrase,
    sessions: () => childPids(child!.pid!).length,
    waitNoSessions: (timeoutMs) => waitNoSessions(child!.pid!, timeoutMs),
    async replaceHostKey() {
      await kill();
      hostKeyFingerprint = await newHostKey();
      s.hostKeyFingerprint = hostKeyFingerprint;
      await launch();
      return hostKeyFingerprint;
    },
    logTail: tail,
    stop: () =>
      (stopping ??= (async () => {
        await kill();
        rmSync(dir, { recursive: true, force: true });
        liveDirs.delete(dir);
        if (ownUser) await user.remove();
      })()),
  };
  return s;
}
