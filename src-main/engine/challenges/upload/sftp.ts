// SFTP (SSH File Transfer Protocol over SSH, RFC 4251-4254) with ssh2-sftp-client, one session per
// issuance (issue 3, R10/R11). The server is identified by its host key: trust on first use, then
// any change is refused (RFC 4251 section 4.1 warns that accepting an unknown key invites
// man-in-the-middle attacks), unless the person pins the key they were given.
import type SftpClient from 'ssh2-sftp-client';
// Loaded on the first connection (ssh2 is large): most runs never upload.
let SftpLib: typeof SftpClient | null = null;
import type { SFTPWrapper } from 'ssh2';
import { CertdeskError } from '../../../shared/errors.ts';
import {
  RemoteOpError,
  connectTimeoutError,
  withDeadline,
  type DeployFs,
  type RemoteKind,
} from './remote-fs.ts';
import {
  fingerprintOf,
  hostKeyChanged,
  normaliseFingerprint,
  type HostKeyPolicy,
} from './sftp-host-key.ts';
import { sftpConnectError, sftpOpErrorKind, type SshError } from './sftp-errors.ts';

export {
  fingerprintOf,
  isHostKeyFingerprint,
  normaliseFingerprint,
  type HostKeyPolicy,
} from './sftp-host-key.ts';

export type SftpOptions = {
  host: string;
  port: number;
  user: string;
  password?: string;
  privateKey?: string;
  passphrase?: string;
  hostKey: HostKeyPolicy;
  connectTimeoutMs: number;
  operationTimeoutMs: number;
};

export class SftpFs implements DeployFs {
  readonly protocol = 'SFTP';
  readonly where: string;
  readonly user: string;
  private readonly o: SftpOptions;
  private client: SftpClient | null = null;
  private sftp: SFTPWrapper | null = null;
  private open = false;

  constructor(o: SftpOptions) {
    this.o = o;
    this.user = o.user;
    this.where = o.port === 22 ? o.host : `${o.host} port ${o.port}`;
  }

  isOpen(): boolean {
    return this.open && this.sftp !== null;
  }

  async connect(): Promise<void> {
    if (this.client) await this.close(); // a reconnection: drop what is left of the old session
    const o = this.o;
    let presented: string | undefined;
    let refused: string | undefined;
    const expected = o.hostKey.pinned
      ? normaliseFingerprint(o.hostKey.pinned)
      : o.hostKey.known
        ? normaliseFingerprint(o.hostKey.known)
        : undefined;
    // The library's default listeners print to the console; ours only note that the link is gone.
    // Only for the current client: a late 'close' of one we already gave up on must not mark a
    // fresh reconnection as gone.
    const gone = (): void => {
      if (this.client === client) {
        this.open = false;
        this.sftp = null;
      }
    };
    SftpLib ??= (await import('ssh2-sftp-client')).default;
    const client: SftpClient = new SftpLib('certdesk', { error: gone, end: gone, close: gone });
    this.client = client;
    try {
      const sftp = await withDeadline(
        client.connect({
          host: o.host,
          port: o.port,
          username: o.user,
          ...(o.password ? { password: o.password } : {}),
          ...(o.privateKey ? { privateKey: o.privateKey } : {}),
          ...(o.passphrase ? { passphrase: o.passphrase } : {}),
          readyTimeout: o.connectTimeoutMs,
          // Password and/or key only: keyboard-interactive prompts could not be answered unattended.
          tryKeyboard: false,
          hostVerifier: (key: Buffer): boolean => {
            presented = fingerprintOf(key);
            if (expected && presented !== expected) {
              refused = presented;
              return false;
            }
            return true;
          },
        }),
        o.connectTimeoutMs + 2000,
        `Connecting to ${this.where} over SFTP`,
        () => teardown(client),
      );
      this.sftp = sftp;
      this.open = true;
    } catch (e) {
      this.client = null;
      teardown(client);
      if (refused) throw hostKeyChanged(o, this.where, refused);
      if (e instanceof CertdeskError && e.code === 'timeout')
        throw connectTimeoutError(o.host, o.port, o.connectTimeoutMs, 'SSH');
      if (e instanceof CertdeskError) throw e;
      throw sftpConnectError(o, this.where, e as SshError);
    }
    if (presented && presented !== (o.hostKey.known && normaliseFingerprint(o.hostKey.known))) {
      await o.hostKey.remember(presented);
    }
  }

  /** One SFTP request with the per-operation time limit. */
  private op<T>(
    what: string,
    path: string,
    fn: (sftp: SFTPWrapper, cb: (err: SshError | null | undefined, v?: T) => void) => void,
  ): Promise<T> {
    const sftp = this.sftp;
    if (!sftp || !this.open)
      return Promise.reject(new RemoteOpError('other', 'the SFTP connection is closed'));
    const work = new Promise<T>((resolve, reject) => {
      fn(sftp, (err, v) => {
        if (!err) return resolve(v as T);
        reject(new RemoteOpError(sftpOpErrorKind(err), `${what} ${path}: ${err.message}`));
      });
    });
    return withDeadline(work, this.o.operationTimeoutMs, `${what} on ${this.where}`, () => {
      this.open = false;
      void this.close();
    });
  }

  async kind(path: string): Promise<RemoteKind> {
    try {
      const st = await this.op<{ isDirectory(): boolean }>('stat', path, (s, cb) =>
        s.stat(path || '.', cb),
      );
      return st.isDirectory() ? 'dir' : 'file';
    } catch (e) {
      if (e instanceof RemoteOpError && e.kind === 'not-found') return 'missing';
      throw e;
    }
  }

  mkdir(path: string): Promise<void> {
    return this.op<void>('mkdir', path, (s, cb) =>
      s.mkdir(path, { mode: 0o755 }, (err) => cb(err)),
    );
  }

  async writeFile(path: string, content: string | Buffer, mode = 0o644): Promise<void> {
    // 0644 by default: the web server usually runs as another user and must be able to read it.
    await this.op<void>('write', path, (s, cb) =>
      s.writeFile(path, content, { mode }, (err) => cb(err)),
    );
    // The server's umask may have widened or narrowed the mode on create: set it exactly (a key 0600).
    if (mode !== 0o644)
      await this.op<void>('chmod', path, (s, cb) => s.chmod(path, mode, (err) => cb(err)));
  }

  rename(from: string, to: string): Promise<void> {
    return this.op<void>('rename', from, (s, cb) => s.rename(from, to, (err) => cb(err)));
  }

  /**
   * Runs a command over the same SSH connection (RFC 4254 section 6.5 "exec") and collects its
   * exit status and output; the caller keeps the last lines. Null exit status: killed or timed out.
   */
  exec(
    command: string,
    timeoutMs: number,
  ): Promise<{
    exitCode: number | null;
    signal: string | null;
    output: string;
    timedOut: boolean;
  }> {
    const raw = (this.client as unknown as { client?: import('ssh2').Client } | null)?.client;
    if (!raw || !this.open)
      return Promise.reject(new RemoteOpError('other', 'the SSH connection is closed'));
    return new Promise((resolve, reject) => {
      let output = '';
      let done = false;
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        void this.close();
        resolve({ exitCode: null, signal: null, output, timedOut: true });
      }, timeoutMs);
      raw.exec(command, (err, stream) => {
        if (err) {
          clearTimeout(timer);
          done = true;
          reject(new RemoteOpError('other', `exec: ${err.message}`));
          return;
        }
        let exitCode: number | null = null;
        let signal: string | null = null;
        const collect = (b: Buffer): void => {
          output += b.toString('utf8');
          if (output.length > 128 * 1024) output = output.slice(-64 * 1024);
        };
        stream.on('data', collect);
        stream.stderr.on('data', collect);
        stream.on('exit', (code: number | null, sig?: string) => {
          exitCode = typeof code === 'number' ? code : null;
          signal = sig ?? null;
        });
        stream.on('close', () => {
          clearTimeout(timer);
          if (done) return;
          done = true;
          resolve({ exitCode, signal, output, timedOut: false });
        });
      });
    });
  }

  unlink(path: string): Promise<void> {
    return this.op<void>('delete', path, (s, cb) => s.unlink(path, (err) => cb(err)));
  }

  rmdir(path: string): Promise<void> {
    return this.op<void>('rmdir', path, (s, cb) => s.rmdir(path, (err) => cb(err)));
  }

  async listDirs(path: string): Promise<string[]> {
    try {
      const list = await this.op<{ filename: string; attrs: { isDirectory(): boolean } }[]>(
        'list',
        path,
        (s, cb) => s.readdir(path || '.', cb),
      );
      return list
        .filter((f) => f.attrs.isDirectory())
        .map((f) => f.filename)
        .sort();
    } catch {
      return [];
    }
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.sftp = null;
    this.open = false;
    if (!c) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      c.end().catch(() => {}),
      new Promise((r) => {
        timer = setTimeout(r, 3000);
      }),
    ]);
    clearTimeout(timer);
    // end() waits for a polite close; a server that never answers gets the socket torn down.
    teardown(c);
  }
}

/**
 * Ends the SSH connection under the SFTP client whatever state it is in: the library's end()
 * refuses when no SFTP channel was opened yet (failed login, timeout), which would leave the socket.
 */
function teardown(c: SftpClient): void {
  const raw = (c as unknown as { client?: { end?: () => void; destroy?: () => void } }).client;
  try {
    raw?.end?.();
  } catch {
    /* already closed */
  }
  try {
    raw?.destroy?.();
  } catch {
    /* already closed */
  }
}
