// The upload solver's bookkeeping, seen from the server's side (R10/R11): folders made only when
// missing and removed again only if we made them and they are empty, every file gone afterwards,
// one connection, a dropped connection re-opened for cleanup, errors that name the path, and the
// self-check that catches a wrong web root before the CA is asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { UploadHttpSolver } from '../../../../../src-main/engine/challenges/upload/solver.ts';
import {
  RemoteOpError,
  type RemoteFs,
  type RemoteKind,
} from '../../../../../src-main/engine/challenges/upload/remote-fs.ts';
import type { ChallengeContext } from '../../../../../src-main/engine/challenges/types.ts';
import type { IssueStep } from '../../../../../src-main/shared/types.ts';
import { silentLogger } from '../../../../../src-main/engine/ports.ts';
import { freePort } from '../../../../helpers/ports.ts';

/** A server's file tree in memory: path -> 'dir' or file content. */
class MemoryFs implements RemoteFs {
  readonly protocol = 'SFTP';
  readonly where = 'files.example.net';
  readonly user = 'site1';
  tree = new Map<string, string | 'dir'>([['', 'dir']]);
  readOnly = new Set<string>();
  connects = 0;
  closes = 0;
  open = false;
  ops: string[] = [];
  isOpen(): boolean {
    return this.open;
  }
  async connect(): Promise<void> {
    this.connects++;
    this.open = true;
  }
  private live(): void {
    if (!this.open) throw new RemoteOpError('other', 'closed');
  }
  private parent(p: string): string {
    return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
  }
  async kind(p: string): Promise<RemoteKind> {
    this.live();
    const v = this.tree.get(p);
    return v === undefined ? 'missing' : v === 'dir' ? 'dir' : 'file';
  }
  async mkdir(p: string): Promise<void> {
    this.live();
    this.ops.push(`mkdir ${p}`);
    if (this.readOnly.has(this.parent(p)))
      throw new RemoteOpError('permission', `mkdir ${p}: Permission denied`);
    this.tree.set(p, 'dir');
  }
  async writeFile(p: string, c: string): Promise<void> {
    this.live();
    this.ops.push(`write ${p}`);
    if (this.tree.get(this.parent(p)) !== 'dir')
      throw new RemoteOpError('not-found', `write ${p}: No such file`);
    this.tree.set(p, c);
  }
  async unlink(p: string): Promise<void> {
    this.live();
    this.ops.push(`unlink ${p}`);
    if (!this.tree.delete(p)) throw new RemoteOpError('not-found', 'No such file');
  }
  async rmdir(p: string): Promise<void> {
    this.live();
    if ([...this.tree.keys()].some((k) => k.startsWith(`${p}/`)))
      throw new RemoteOpError('other', 'not empty');
    this.ops.push(`rmdir ${p}`);
    this.tree.delete(p);
  }
  async listDirs(p: string): Promise<string[]> {
    return [...this.tree.entries()]
      .filter(([k, v]) => v === 'dir' && k !== p && this.parent(k) === p)
      .map(([k]) => k.split('/').pop()!)
      .sort();
  }
  async close(): Promise<void> {
    if (this.open) this.closes++;
    this.open = false;
  }
  files(): string[] {
    return [...this.tree.keys()].filter((k) => k !== '').sort();
  }
}

const token = (i: number) => `tok${String(i).padStart(2, '0')}_evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ`;
const steps: IssueStep[] = [];
const ctx = (i: number, identifier = `site${i}.example.test`): ChallengeContext => ({
  identifier,
  wildcard: false,
  token: token(i),
  keyAuthorization: `${token(i)}.thumbprint`,
  dnsTxtValue: '',
  signal: new AbortController().signal,
  progress: (s) => steps.push(s),
  log: silentLogger,
});
const solverFor = (
  fs: MemoryFs,
  root = 'public_html',
  extra: Partial<ConstructorParameters<typeof UploadHttpSolver>[0]> = {},
) => new UploadHttpSolver({ fs, root, selfCheck: false, check: {}, log: silentLogger, ...extra });

test('ten names over one connection: folders made when missing, files written, then everything removed', async () => {
  const fs = new MemoryFs();
  fs.tree.set('public_html', 'dir').set('public_html/index.html', '<h1>hi</h1>');
  const s = solverFor(fs);
  const cs = Array.from({ length: 10 }, (_, i) => ctx(i));
  await s.start();
  await Promise.all(cs.map((c) => s.present(c)));
  assert.equal(
    fs.tree.get(`public_html/.well-known/acme-challenge/${token(3)}`),
    `${token(3)}.thumbprint`,
  );
  for (const c of cs) await s.cleanup(c);
  await s.stop();
  assert.deepEqual(fs.files(), ['public_html', 'public_html/index.html'], 'the site is as it was');
  assert.equal(fs.connects, 1, 'one connection per issuance');
  assert.equal(fs.closes, 1);
  assert.match(s.label, /SFTP upload to site1@files\.example\.net:public_html/);
});

test('folders that already existed stay, and so does a folder someone else put files in', async () => {
  const fs = new MemoryFs();
  fs.tree
    .set('public_html', 'dir')
    .set('public_html/.well-known', 'dir')
    .set('public_html/.well-known/security.txt', 'Contact: x');
  const s = solverFor(fs);
  await s.start();
  await s.present(ctx(1));
  fs.tree.set('public_html/.well-known/acme-challenge/other-tool-file', 'x'); // another client, same time
  await s.cleanup(ctx(1));
  await s.stop();
  assert.deepEqual(fs.files(), [
    'public_html',
    'public_html/.well-known',
    'public_html/.well-known/acme-challenge',
    'public_html/.well-known/acme-challenge/other-tool-file',
    'public_html/.well-known/security.txt',
  ]);
  assert.ok(!fs.ops.includes('mkdir public_html/.well-known'));
});

test('a connection that dropped before cleanup is opened again, so no challenge file stays behind', async () => {
  const fs = new MemoryFs();
  fs.tree.set('public_html', 'dir');
  const s = solverFor(fs);
  await s.start();
  await s.present(ctx(1));
  fs.open = false; // the server hung up
  await s.cleanup(ctx(1));
  await s.cleanup(ctx(2)); // never presented: "already gone" is not an error
  await s.stop();
  assert.deepEqual(fs.files(), ['public_html']);
  assert.equal(fs.connects, 2);
  assert.equal(fs.open, false);
});

test('a missing web root is named, with the folders that do exist', async () => {
  const fs = new MemoryFs();
  fs.tree.set('public_html', 'dir').set('logs', 'dir').set('.ssh', 'dir');
  const s = solverFor(fs, 'public_htm');
  await assert.rejects(s.start(), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'webroot');
    assert.match(e.message, /The folder "public_htm" does not exist on files\.example\.net/);
    assert.match(e.message, /\(folders in your login folder: logs, public_html\)\./);
    return true;
  });
  await s.stop();
  assert.equal(fs.open, false);
  assert.deepEqual(fs.ops, [], 'nothing was created');
});

test('a web root the account may not write to: the message names the folder, the account and the fix', async () => {
  const fs = new MemoryFs();
  fs.tree.set('public_html', 'dir');
  fs.readOnly.add('public_html');
  const s = solverFor(fs);
  await assert.rejects(s.start(), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'webroot');
    assert.match(
      e.message,
      /does not let "site1" create the folder public_html\/\.well-known\. Check that this account may change the site's web root/,
    );
    return true;
  });
  await s.stop();
});

async function webServer(
  handler: http.RequestListener,
): Promise<{ port: number; close(): Promise<void> }> {
  const port = await freePort();
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

test('self-check: a web root the site does not serve is caught before the CA is asked', async () => {
  const web = await webServer((_req, res) => {
    res.writeHead(404).end('Not Found');
  });
  try {
    const fs = new MemoryFs();
    fs.tree.set('public_html', 'dir');
    const s = solverFor(fs, 'public_html', {
      selfCheck: true,
      check: { httpPort: web.port },
      selfCheckRetryMs: 1,
    });
    const c = ctx(1, '127.0.0.1');
    await s.start();
    await s.present(c);
    await assert.rejects(s.waitReady(c), (e: Error & { code?: string; detail?: string }) => {
      assert.equal(e.code, 'webroot');
      assert.match(
        e.message,
        new RegExp(
          `The file was uploaded to public_html/\\.well-known/acme-challenge/${token(1)} on files\\.example\\.net, but http://127\\.0\\.0\\.1/\\.well-known/acme-challenge/${token(1)} answers 404 Not Found: check that the remote folder is the site's web root`,
        ),
      );
      assert.match(e.message, /The CA was not asked/);
      return true;
    });
    await s.cleanup(c);
    await s.stop();
    assert.deepEqual(fs.files(), ['public_html']);
  } finally {
    await web.close();
  }
});

test('self-check passes when the site serves the uploaded file', async () => {
  const fs = new MemoryFs();
  fs.tree.set('public_html', 'dir');
  const web = await webServer((req, res) => {
    const v = fs.tree.get(`public_html${req.url}`);
    if (typeof v === 'string' && v !== 'dir') res.writeHead(200).end(v);
    else res.writeHead(404).end();
  });
  try {
    const s = solverFor(fs, 'public_html', { selfCheck: true, check: { httpPort: web.port } });
    const c = ctx(2, '127.0.0.1');
    await s.start();
    await s.present(c);
    await s.waitReady(c);
    assert.ok(
      steps.some(
        (st) => st.step === 'validation' && /answers with the uploaded file/.test(st.message),
      ),
    );
    await s.cleanup(c);
    await s.stop();
  } finally {
    await web.close();
  }
});
