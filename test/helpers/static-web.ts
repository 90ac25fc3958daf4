// Stands in for a hosting provider's web server: serves the folders that SFTP/FTP users upload
// into, on 127.0.0.1:port (Pebble's httpPort), so the CA's validation fetches exactly what was
// uploaded. Virtual hosts by the Host header, like a shared host serving many sites.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export type StaticWeb = {
  port: number;
  /** "GET host/path -> status", in order, for assertion messages. */
  requests: string[];
  /** Serve `dir` for `host` (lower case, no port); "*" is every other host. */
  setSite(host: string, dir: string): void;
  stop(): Promise<void>;
};

export async function startStaticWeb(opts: {
  port: number;
  sites?: Record<string, string>;
}): Promise<StaticWeb> {
  const sites = new Map<string, string>(
    Object.entries(opts.sites ?? {}).map(([h, d]) => [h.toLowerCase(), path.resolve(d)]),
  );
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const done = (status: number, body: string | Buffer): void => {
      requests.push(`${req.method} ${host}${urlPath} -> ${status}`);
      res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' }).end(body);
    };
    const root = sites.get(host) ?? sites.get('*');
    if (!root || req.method !== 'GET') return done(404, 'not found');
    const file = path.resolve(root, `.${urlPath}`);
    if (file !== root && !file.startsWith(root + path.sep)) return done(404, 'not found');
    stat(file)
      .then((st) =>
        st.isFile() ? readFile(file).then((b) => done(200, b)) : done(404, 'not found'),
      )
      .catch(() => done(404, 'not found'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: opts.port, exclusive: true }, () => resolve());
  });
  let stopping: Promise<void> | null = null;
  return {
    port: opts.port,
    requests,
    setSite: (host, dir) => {
      sites.set(host.toLowerCase(), path.resolve(dir));
    },
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
