// A real Debian nginx on 127.0.0.1 for the live-site check (issue 17): its own prefix folder,
// config, pid file and logs, its own free ports (plain HTTP and TLS), and stopped by PID. It serves
// the certificate files at certPath/keyPath, which a test (or an SFTP deployment) replaces and then
// reloads with SIGHUP, as `systemctl reload nginx` does. With `user`, nginx runs as that Unix user
// (ports above 1024 need no root), so a remote command over SSH as that user may reload it.
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { freePort, waitForPort } from './ports.ts';
import { stopServer, track, untrack } from './sshd.ts';

export const NGINX = '/usr/sbin/nginx';

export type NginxOptions = {
  /** PEM of the certificate chain and key to serve first. */
  chainPem: string;
  keyPem: string;
  /** Where nginx reads them (default: inside the prefix). A deployment target may write here. */
  certPath?: string;
  keyPath?: string;
  /** Run nginx as this user (its prefix folder is then owned by it). */
  user?: { uid: number; gid: number };
};

export type Nginx = {
  host: '127.0.0.1';
  httpPort: number;
  httpsPort: number;
  pid: number;
  prefix: string;
  pidFile: string;
  certPath: string;
  keyPath: string;
  /** Write new files and reload; resolves once the new certificate is served. */
  serve(chainPem: string, keyPem: string): Promise<void>;
  /** SIGHUP to the master: re-read config and certificate files. */
  reload(): Promise<void>;
  /** The serial (lower-case hex) of the certificate served for `servername`. */
  servedSerial(servername?: string): Promise<string>;
  /** Waits until the served serial is `serial` (after a reload done elsewhere). */
  waitServing(serial: string, timeoutMs?: number): Promise<void>;
  logTail(chars?: number): string;
  stop(): Promise<void>;
};

export function servedSerial(port: number, servername = 'localhost'): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false });
    s.setTimeout(5000, () => s.destroy(new Error('TLS timeout')));
    s.once('secureConnect', () => {
      const c = s.getPeerX509Certificate();
      s.destroy();
      if (c) resolve(c.serialNumber.toLowerCase());
      else reject(new Error('no certificate served'));
    });
    s.once('error', reject);
  });
}

export async function startNginx(o: NginxOptions): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'certdesk-nginx-'));
  track({ dir: prefix });
  for (const d of ['logs', 'tmp', 'html', '.well-known/acme-challenge'].map((x) =>
    path.join(prefix, x),
  ))
    mkdirSync(d, { recursive: true });
  const certPath = o.certPath ?? path.join(prefix, 'fullchain.pem');
  const keyPath = o.keyPath ?? path.join(prefix, 'privkey.pem');
  const writeFiles = (chainPem: string, keyPem: string): void => {
    writeFileSync(certPath, chainPem, { mode: 0o644 });
    writeFileSync(keyPath, keyPem, { mode: 0o600 });
    if (o.user) for (const f of [certPath, keyPath]) chownSync(f, o.user.uid, o.user.gid);
  };
  writeFiles(o.chainPem, o.keyPem);
  writeFileSync(path.join(prefix, 'html', 'index.html'), 'certdesk test site\n');
  const pidFile = path.join(prefix, 'nginx.pid');
  const errorLog = path.join(prefix, 'logs', 'error.log');
  const tmp = path.join(prefix, 'tmp');
  let httpPort = 0;
  let httpsPort = 0;
  const conf = path.join(prefix, 'nginx.conf');
  const writeConf = (): void =>
    writeFileSync(
      conf,
      `worker_processes 1;
pid ${pidFile};
error_log ${errorLog} notice;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  server {
    listen 127.0.0.1:${httpPort};
    location /.well-known/acme-challenge/ { root ${prefix}; }
    location / { return 301 https://$host$request_uri; }
  }
  server {
    listen 127.0.0.1:${httpsPort} ssl;
    ssl_certificate ${certPath};
    ssl_certificate_key ${keyPath};
    root ${path.join(prefix, 'html')};
  }
}
`,
    );
  if (o.user) chownSync(prefix, o.user.uid, o.user.gid);
  for (const d of ['logs', 'tmp', 'html'])
    if (o.user) chownSync(path.join(prefix, d), o.user.uid, o.user.gid);

  const tail = (chars = 3000): string => {
    try {
      return readFileSync(errorLog, 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  };
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  for (let attempt = 0; ; attempt++) {
    httpPort = await freePort();
    httpsPort = await freePort();
    writeConf();
    // `daemon off`: the master stays our child, so its PID is ours to signal and stop.
    const c = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(o.user ? { uid: o.user.uid, gid: o.user.gid } : {}),
    });
    let stderr = '';
    c.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    await new Promise<void>((resolve, reject) => {
      c.once('spawn', resolve);
      c.once('error', reject);
    });
    child = c;
    track({ pid: c.pid });
    exited = new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) resolve();
      else c.once('exit', () => resolve());
    });
    let dead = false;
    void exited.then(() => (dead = true));
    try {
      await Promise.race([
        Promise.all([waitForPort(httpPort, 10_000), waitForPort(httpsPort, 10_000)]),
        exited.then(() => {
          throw new Error(`nginx exited during start-up:\n${stderr}\n${tail()}`);
        }),
      ]);
      if (dead) throw new Error(`nginx exited during start-up:\n${stderr}\n${tail()}`);
      break;
    } catch (e) {
      await stopServer(c, exited);
      untrack({ pid: c.pid });
      if (attempt < 2 && /Address already in use/.test(stderr + tail())) continue;
      rmSync(prefix, { recursive: true, force: true });
      untrack({ dir: prefix });
      throw e;
    }
  }
  const master = child!;
  const waitServing = async (serial: string, timeoutMs = 10_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const last = await servedSerial(httpsPort).catch((e: Error) => `error: ${e.message}`);
      if (last === serial) return;
      if (Date.now() > deadline)
        throw new Error(`nginx serves ${last}, not ${serial}, after ${timeoutMs} ms:\n${tail()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let stopping: Promise<void> | null = null;
  const n: Nginx = {
    host: '127.0.0.1',
    httpPort,
    httpsPort,
    pid: master.pid!,
    prefix,
    pidFile,
    certPath,
    keyPath,
    async reload() {
      master.kill('SIGHUP');
    },
    async serve(chainPem, keyPem) {
      writeFiles(chainPem, keyPem);
      const { X509Certificate } = await import('node:crypto');
      const serial = new X509Certificate(chainPem).serialNumber.toLowerCase();
      master.kill('SIGHUP');
      await waitServing(serial);
    },
    servedSerial: (servername) => servedSerial(httpsPort, servername),
    waitServing,
    logTail: tail,
    stop: () =>
      (stopping ??= (async () => {
        await stopServer(master, exited);
        untrack({ pid: master.pid });
        rmSync(prefix, { recursive: true, force: true });
        untrack({ dir: prefix });
      })()),
  };
  return n;
}
