// FTP (RFC 959) and FTPS with explicit TLS (AUTH TLS, RFC 4217) with basic-ftp, one control
// connection per issuance (issue 3, R10/R11). basic-ftp runs one command at a time on a
// connection, while the engine presents up to 10 names at once: every operation goes through a
// queue. Without TLS the password crosses the network in the clear; the solver says so in the log.
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import type { Client } from 'basic-ftp';
// Loaded on the first connection: most runs never upload, and the CLI starts faster without it.
let ftpLib: typeof import('basic-ftp') | null = null;
const FTPErrorIs = (e: unknown): e is import('basic-ftp').FTPError =>
  ftpLib !== null && e instanceof ftpLib.FTPError;
import { CertdeskError } from '../../../shared/errors.ts';
import {
  RemoteOpError,
  connectTimeoutError,
  withDeadline,
  type DeployFs,
  type RemoteKind,
} from './remote-fs.ts';
import { joinRemote } from './remote-path.ts';
import { ftpConnectError, type NetError } from './ftp-errors.ts';

export type FtpOptions = {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Explicit TLS (AUTH TLS) for the control and data connections. */
  tls: boolean;
  /** Accept a certificate that does not verify (self-signed, other name): still encrypted, not authenticated. */
  insecureTls: boolean;
  connectTimeoutMs: number;
  operationTimeoutMs: number;
};

export class FtpFs implements DeployFs {
  readonly protocol: string;
  readonly where: string;
  readonly user: string;
  private readonly o: FtpOptions;
  private client: Client | null = null;
  /** The folder the server put us in after login; relative paths are taken from there. */
  private base = '/';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(o: FtpOptions) {
    this.o = o;
    this.user = o.user;
    this.protocol = o.tls ? 'FTPS' : 'FTP';
    this.where = o.port === 21 ? o.host : `${o.host} port ${o.port}`;
  }

  isOpen(): boolean {
    return this.client !== null && !this.client.closed;
  }

  async connect(): Promise<void> {
    if (this.client) await this.close(); // a reconnection: drop what is left of the old session
    const o = this.o;
    ftpLib ??= await import('basic-ftp');
    const client = new ftpLib.Client(o.operationTimeoutMs);
    this.client = client;
    let stage: 'connect' | 'tls' | 'login' | 'settings' = 'connect';
    try {
      await withDeadline(
        (async () => {
          await client.connect(o.host, o.port);
          if (o.tls) {
            stage = 'tls';
            // SNI carries names only (RFC 6066 section 3), never an IP address.
            await client.useTLS({
              host: o.host,
              ...(isIP(o.host) ? {} : { servername: o.host }),
              rejectUnauthorized: !o.insecureTls,
            });
          }
          stage = 'login';
          await client.sendIgnoringError('OPTS UTF8 ON');
          await client.login(o.user, o.password);
          stage = 'settings';
          await client.useDefaultSettings();
          this.base = await client.pwd();
        })(),
        o.connectTimeoutMs,
        `Connecting to ${this.where} over ${this.protocol}`,
        () => client.close(),
      );
    } catch (e) {
      client.close();
      this.client = null;
      if (e instanceof CertdeskError && e.code === 'timeout')
        throw connectTimeoutError(o.host, o.port, o.connectTimeoutMs, 'FTP', `stage: ${stage}`);
      if (e instanceof CertdeskError) throw e;
      const err = e as NetError;
      throw ftpConnectError(
        o,
        this.where,
        this.protocol,
        err,
        stage,
        FTPErrorIs(err) ? err.code : 0,
      );
    }
  }

  private abs(path: string): string {
    if (path.startsWith('/')) return path;
    return joinRemote(this.base, path) || this.base;
  }

  /** Runs fn after every earlier operation, with the per-operation time limit. */
  private op<T>(
    what: string,
    path: string,
    fn: (c: Client, abs: string) => Promise<T>,
    map: (code: number) => 'not-found' | 'permission' | 'other' = (c) =>
      c === 550 || c === 553 ? 'permission' : 'other',
  ): Promise<T> {
    const run = async (): Promise<T> => {
      const c = this.client;
      if (!c || c.closed) throw new RemoteOpError('other', 'the FTP connection is closed');
      const abs = this.abs(path);
      try {
        return await withDeadline(
          fn(c, abs),
          this.o.operationTimeoutMs,
          `${what} on ${this.where}`,
          () => c.close(),
        );
      } catch (e) {
        if (e instanceof CertdeskError || e instanceof RemoteOpError) throw e;
        const err = e as NetError;
        throw new RemoteOpError(
          FTPErrorIs(err) ? map(err.code) : 'other',
          `${what} ${abs}: ${err.message}`,
        );
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  async kind(path: string): Promise<RemoteKind> {
    return this.op('check', path, async (c, abs) => {
      try {
        await c.cd(abs);
        await c.cd(this.base);
        return 'dir' as const;
      } catch (e) {
        if (!FTPErrorIs(e)) throw e;
      }
      try {
        await c.size(abs);
        return 'file' as const;
      } catch (e) {
        if (FTPErrorIs(e)) return 'missing' as const;
        throw e;
      }
    });
  }

  mkdir(path: string): Promise<void> {
    return this.op('mkdir', path, async (c, abs) => {
      await c.send(`MKD ${abs}`);
    });
  }

  writeFile(path: string, content: string | Buffer, mode?: number): Promise<void> {
    return this.op('upload', path, async (c, abs) => {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      await c.uploadFrom(Readable.from([data]), abs);
      // FTP has no mode on upload; SITE CHMOD is an extension many servers (vsftpd) offer. Where
      // it is refused the server's own default stays (the person's hosting decides).
      if (mode !== undefined) await c.sendIgnoringError(`SITE CHMOD ${mode.toString(8)} ${abs}`);
    });
  }

  rename(from: string, to: string): Promise<void> {
    return this.op('rename', from, async (c, abs) => {
      await c.rename(abs, this.abs(to));
    });
  }

  unlink(path: string): Promise<void> {
    // 550 on DELE: most servers say it for "no such file"; cleanup treats it as already gone.
    return this.op(
      'delete',
      path,
      async (c, abs) => {
        await c.remove(abs);
      },
      (code) => (code === 550 ? 'not-found' : 'other'),
    );
  }

  rmdir(path: string): Promise<void> {
    return this.op('rmdir', path, async (c, abs) => {
      await c.send(`RMD ${abs}`);
    });
  }

  async listDirs(path: string): Promise<string[]> {
    try {
      const list = await this.op('list', path, (c, abs) => c.list(abs));
      return list
        .filter((f) => f.isDirectory)
        .map((f) => f.name)
        .sort();
    } catch {
      return [];
    }
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = null;
    if (!c || c.closed) return;
    // QUIT politely (bounded), then close the sockets whatever the answer.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      c.send('QUIT').catch(() => {}),
      new Promise((r) => {
        timer = setTimeout(r, 2000);
      }),
    ]);
    clearTimeout(timer);
    c.close();
  }
}
