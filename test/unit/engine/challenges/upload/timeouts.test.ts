// A server that accepts the connection and then says nothing (a half-open firewall, an overloaded
// host) must not hang an issuance: the connect time limit ends it with a 'timeout' error that
// names the server, and the socket is closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createUploadSolver } from '../../../../../src-main/engine/challenges/upload/index.ts';
import { withDeadline } from '../../../../../src-main/engine/challenges/upload/remote-fs.ts';
import { silentLogger } from '../../../../../src-main/engine/ports.ts';

async function silentServer(): Promise<{
  port: number;
  open: () => number;
  close(): Promise<void>;
}> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.resume();
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    open: () => sockets.size,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const env = {
  secret: (n: string) =>
    (({ sftpPassword: 'pw-secret', ftpPassword: 'pw-secret' }) as Record<string, string>)[n],
  saveSecret: async () => {},
  log: silentLogger,
};

for (const mode of ['sftp', 'ftp'] as const) {
  test(`${mode}: a server that never answers ends in a timeout error, and the connection is closed`, async () => {
    const srv = await silentServer();
    try {
      const host = `127.0.0.1:${srv.port}`;
      const cfg = {
        type: 'http-01' as const,
        httpMode: mode,
        host,
        user: 'u',
        remoteRoot: 'public_html',
        connectTimeout: 1,
      };
      const solver = createUploadSolver(cfg, env);
      await assert.rejects(solver.start!(), (e: Error & { code?: string }) => {
        assert.equal(e.code, 'timeout');
        assert.match(
          e.message,
          new RegExp(
            `^127\\.0\\.0\\.1 port ${srv.port} did not answer within 1 second: check the host name and port your hosting provider gives`,
          ),
        );
        assert.ok(!e.message.includes('pw-secret'));
        return true;
      });
      await solver.stop!();
      for (let i = 0; i < 100 && srv.open() > 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(srv.open(), 0, 'the client closed its socket');
    } finally {
      await srv.close();
    }
  });
}

test("withDeadline: the work's own answer wins when in time; a late failure is not an unhandled rejection", async () => {
  assert.equal(await withDeadline(Promise.resolve(7), 1000, 'x', () => {}), 7);
  let closed = false;
  const late = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 30));
  await assert.rejects(
    withDeadline(late, 5, 'Uploading', () => {
      closed = true;
    }),
    (e: Error & { code?: string; retryable?: boolean }) =>
      e.code === 'timeout' && e.retryable === true && /^Uploading took longer than/.test(e.message),
  );
  assert.ok(closed);
  await new Promise((r) => setTimeout(r, 50));
});
