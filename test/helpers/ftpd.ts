// A real vsftpd on 127.0.0.1 for the FTP/FTPS upload route (issue 3, R10/R11): local user login
// chrooted to the user's home (as shared hosts do), passive ports from a small free range, and
// explicit TLS (AUTH TLS, RFC 4217) with a certificate from a throwaway CA. Plain FTP and FTPS are
// served by the same instance (TLS is offered, not forced). Needs root. stop() ends every process.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';
import {
  createUnixUser,
  childPids,
  stopServer,
  waitNoSessions,
  track,
  untrack,
  type UnixUser,
} from './sshd.ts';
import { issueServerCert, makeTestCa } from './tls.ts';

export type Ftpd = {
  host: '127.0.0.1';
  port: number;
  pid: number;
  user: UnixUser;
  /** PEM of the CA that signed the server's TLS certificate (not trusted by Node by default). */
  caCertPem: string;
  sessions(): number;
  waitNoSessions(timeoutMs?: number): Promise<number>;
  logTail(chars?: number): string;
  stop(): Promise<void>;
};

const SETPRIV = existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : null;
const PASV_PORTS = 6;

/** A range of `n` consecutive free ports (checked one by one; retried from another start). */
async function freeRange(n: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = await freePort();
    if (start + n > 65535) continue;
    let ok = true;
    for (let p = start + 1; p < start + n && ok; p++) {
      ok = await new Promise<boolean>((resolve) => {
        const s = net.createServer();
        s.once('error', () => resolve(false));
        s.listen({ host: '127.0.0.1', port: p, exclusive: true }, () =>
          s.close(() => resolve(true)),
        );
      });
    }
    if (ok) return start;
  }
  throw new Error('no range of free ports for passive FTP');
}

/** The greeting line of whatever listens on port (an FTP server speaks first, RFC 959 section 5.4). */
function firstLine(port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    let buf = '';
    const done = (v: string) => {
      s.destroy();
      resolve(v);
    };
    s.setTimeout(3000, () => done('(no greeting)'));
    s.on('data', (d) => {
      buf += d.toString('latin1');
      if (buf.includes('\n')) done(buf.split(/\r?\n/)[0]);
    });
    s.on('error', (e) => done(`(${e.message})`));
    s.on('end', () => done(buf || '(closed)'));
  });
}

export async function startFtpd(opts: { user?: UnixUser } = {}): Promise<Ftpd> {
  const ownUser = !opts.user;
  const user = opts.user ?? (await createUnixUser());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-ftpd-'));
  track({ dir });
  const ca = await makeTestCa(dir, { cn: 'Certdesk FTPS test CA' });
  const cert = await issueServerCert(ca, dir, {
    cn: 'localhost',
    name: 'ftps',
    sans: ['IP:127.0.0.1', 'DNS:localhost'],
  });
  // vsftpd wants an empty, root-owned, non-writable folder to chroot its unprivileged helpers into.
  const empty = path.join(dir, 'empty');
  mkdirSync(empty, { mode: 0o555 });
  const config = path.join(dir, 'vsftpd.conf');
  const logPath = path.join(dir, 'vsftpd.log');
  const writeConfig = (port: number, pasv: number): void =>
    writeFileSync(
      config,
      [
        'listen=YES',
        'listen_ipv6=NO',
        'listen_address=127.0.0.1',
        `listen_port=${port}`,
        'background=NO',
        'anonymous_enable=NO',
        'local_enable=YES',
        'write_enable=YES',
        'local_umask=022',
        // Shared hosts jail the account in its home; the web root is a folder inside it.
        'chroot_local_user=YES',
        'allow_writeable_chroot=YES',
        `secure_chroot_dir=${empty}`,
        'pam_service_name=vsftpd',
        `userlist_enable=YES`,
        `userlist_deny=NO`,
        `userlist_file=${path.join(dir, 'users')}`,
        'pasv_enable=YES',
        'pasv_address=127.0.0.1',
        `pasv_min_port=${pasv}`,
        `pasv_max_port=${pasv + PASV_PORTS - 1}`,
        'connect_from_port_20=NO',
        // Containers: no seccomp filter and no new network namespace per session.
        'seccomp_sandbox=NO',
        'isolate=NO',
        'isolate_network=NO',
        'ssl_enable=YES',
        'allow_anon_ssl=NO',
        'force_local_logins_ssl=NO',
        'force_local_data_ssl=NO',
        'ssl_tlsv1=YES',
        'ssl_sslv2=NO',
        'ssl_sslv3=NO',
        'require_ssl_reuse=NO',
        'ssl_ciphers=HIGH',
        `rsa_cert_file=${cert.certPath}`,
        `rsa_private_key_file=${cert.keyPath}`,
        'xferlog_enable=YES',
        `vsftpd_log_file=${logPath}`,
        'log_ftp_protocol=YES',
        'dual_log_enable=NO',
        'max_clients=50',
        // A wrong password normally costs a 1 s pause per try; tests try on purpose.
        'delay_failed_login=0',
        '',
      ].join('\n'),
    );
  writeFileSync(path.join(dir, 'users'), `${user.name}\n`);
  const tail = (chars = 3000): string => {
    const read = (f: string) => {
      try {
        return readFileSync(f, 'utf8');
      } catch {
        return '';
      }
    };
    return (read(path.join(dir, 'stderr.log')) + read(logPath)).slice(-chars);
  };
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const kill = async (): Promise<void> => {
    const c = child;
    if (!c?.pid) return;
    await stopServer(c, exited);
    untrack({ pid: c.pid });
  };
  const cleanup = async (): Promise<void> => {
    await kill();
    rmSync(dir, { recursive: true, force: true });
    untrack({ dir });
    if (ownUser) await user.remove();
  };
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    writeConfig(port, await freeRange(PASV_PORTS));
    const fd = openSync(path.join(dir, 'stderr.log'), 'a');
    const [file, argv] = SETPRIV
      ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', '/usr/sbin/vsftpd', config]]
      : ['/usr/sbin/vsftpd', [config]];
    let c: ChildProcess;
    try {
      c = spawn(file, argv, { stdio: ['ignore', fd, fd] });
    } finally {
      closeSync(fd);
    }
    child = c;
    await new Promise<void>((resolve, reject) => {
      c.once('spawn', resolve);
      c.once('error', reject);
    });
    track({ pid: c.pid! });
    exited = new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) resolve();
      else c.once('exit', () => resolve());
    });
    try {
      await Promise.race([
        (async () => {
          await waitForPort(port, 10_000);
          // Ours, not whoever grabbed the port between freePort() and vsftpd's bind.
          const banner = await firstLine(port);
          if (!/vsFTPd/.test(banner))
            throw new Error(`port ${port} answered "${banner}", not vsftpd`);
        })(),
        exited.then(() => {
          throw new Error(`vsftpd exited during start-up:\n${tail()}`);
        }),
      ]);
      break;
    } catch (e) {
      await kill();
      if (attempt < 2 && /could not bind|not vsftpd/.test(`${tail()} ${(e as Error).message}`))
        continue;
      await cleanup();
      throw e;
    }
  }
  const pid = child!.pid!;
  let stopping: Promise<void> | null = null;
  return {
    host: '127.0.0.1',
    port,
    pid,
    user,
    caCertPem: ca.caCertPem,
    sessions: () => childPids(pid).length,
    waitNoSessions: (timeoutMs) => waitNoSessions(pid, timeoutMs),
    logTail: tail,
    stop: () => (stopping ??= cleanup()),
  };
}
