// Issue 8: the desktop app and the CLI on one data folder at once, as two real processes. The lock
// serialises writers, nothing is lost or corrupted, and the one that has to give way says who holds
// the lock (which program, which process, since when). The "desktop" side is a child process that
// opens the engine with the desktop app's name (test/helpers/kill-child.ts); the CLI is the real
// `certdesk` command. test/unit/storage/store.test.ts covers the lock functions inside one process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { KILL_CHILD, type ChildJob } from '../helpers/kill-child.ts';
import { listTree, recordCounts } from '../helpers/fault.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { STORE_FILE } from '../../src-main/storage/store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-2p-${p}-`));
const counts = {
  concurrentStoreWrites: 0,
  storeWritesLost: 0,
  lockConflictsNamedTheHolder: 0,
  concurrentRenewals: 0,
  corruptStoresFound: 0,
};
const ROOT = path.resolve(import.meta.dirname, '..', '..');

before(async () => {
  pebble = await startPebble({ nonceRejectPercent: 0 });
});
after(async () => {
  await pebble?.stop();
  recordCounts('reliability-two-processes', counts);
});

async function setup(): Promise<{ dataDir: string; id: string; cli: string[] }> {
  const dataDir = path.join(tmp('data'), 'd');
  const e = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    poll: { firstMs: 20, maxMs: 200 },
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'two@example.org',
    agreeTos: true,
  });
  const r = await e.issue({
    names: ['two.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  return {
    dataDir,
    id: r.certificate.id,
    cli: [
      '--data-dir',
      dataDir,
      '--ca-cert',
      pebble.caCertPath,
      '--http-port',
      String(pebble.httpPort),
    ],
  };
}

/** A child that prints JSON lines; resolves each line as it comes. */
function desktop(job: ChildJob): {
  child: ChildProcess;
  lines: Promise<Record<string, unknown>>[];
  done: Promise<number | null>;
} {
  const child = spawn(process.execPath, [KILL_CHILD], {
    env: {
      ...process.env,
      CERTDESK_KEYCHAIN: 'off',
      CERTDESK_CHILD: JSON.stringify({ app: 'Certdesk desktop', ...job }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const resolvers: ((v: Record<string, unknown>) => void)[] = [];
  const lines = [0, 1].map(() => new Promise<Record<string, unknown>>((r) => resolvers.push(r)));
  let buf = '';
  let n = 0;
  child.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const l = buf.slice(0, i);
      buf = buf.slice(i + 1);
      resolvers[n++]?.(JSON.parse(l) as Record<string, unknown>);
    }
  });
  return { child, lines, done: new Promise((r) => child.on('close', (code) => r(code))) };
}

async function assertWhole(dataDir: string, id: string): Promise<void> {
  JSON.parse(readFileSync(path.join(dataDir, STORE_FILE), 'utf8'));
  const e = await Engine.open({ dataDir });
  const c = e.getCertificate(id);
  assert.ok(
    (await verifyChain(c.chainPem!, await pebble.rootPem(0))).ok,
    'the current certificate verifies',
  );
  assert.deepEqual(
    listTree(dataDir).filter((f) => f.endsWith('.lock')),
    [],
    'no lock left behind',
  );
}

test('the desktop app renews a certificate while the CLI tries to: the CLI says who holds it; afterwards the CLI renews fine', async () => {
  const { dataDir, id, cli } = await setup();
  // Held long enough for the CLI to start and try even on a busy machine (it failed at 3 s under load).
  const app = desktop({ action: 'renew', dataDir, certId: id, holdMs: 8000 });
  const holding = await app.lines[0];
  assert.equal(holding.holding, true);
  const r = await runCli(['renew', '--id', id, '--force', '--json', ...cli]);
  assert.notEqual(r.code, 0, 'the CLI gives way');
  const said = r.stdout + r.stderr;
  assert.match(
    said,
    new RegExp(
      `being renewed right now by Certdesk desktop \\(process ${String(holding.pid)}, since \\d{4}-`,
    ),
    said,
  );
  counts.lockConflictsNamedTheHolder += 1;
  assert.equal(await app.done, 0);
  const again = await runCli(['renew', '--id', id, '--force', '--json', ...cli]);
  assert.equal(again.code, 0, again.stderr);
  await assertWhole(dataDir, id);
});

test('two processes renew the same certificate at the same moment: one renews, the other is told who is renewing it; nothing is corrupted', async () => {
  const { dataDir, id, cli } = await setup();
  for (let round = 0; round < 3; round++) {
    const app = desktop({
      action: 'renew',
      dataDir,
      certId: id,
      caCertPath: pebble.caCertPath,
      httpPort: pebble.httpPort,
    });
    const [viaCli, appCode] = await Promise.all([
      runCli(['renew', '--id', id, '--force', '--json', ...cli]),
      app.done,
    ]);
    const appOut: Record<string, unknown> = await Promise.race([
      app.lines[0],
      Promise.resolve({ ok: 'no output' }),
    ]);
    counts.concurrentRenewals += 2;
    const winners = [viaCli.code === 0, appCode === 0].filter(Boolean).length;
    // Both may succeed one after the other (the first finished before the second looked); never neither.
    assert.ok(winners >= 1, `${viaCli.stdout}${viaCli.stderr} / ${JSON.stringify(appOut)}`);
    if (viaCli.code !== 0) {
      assert.match(
        viaCli.stdout + viaCli.stderr,
        /being renewed right now by Certdesk desktop \(process \d+/,
      );
      counts.lockConflictsNamedTheHolder += 1;
    }
    if (appCode !== 0) {
      assert.match(
        String(appOut.message),
        /being renewed right now by Certdesk CLI \(process \d+|busy: Certdesk CLI \(process \d+/,
      );
      counts.lockConflictsNamedTheHolder += 1;
    }
    await assertWhole(dataDir, id);
  }
});

test('two processes writing the store at once (100 writes each): every write kept, the file always whole', async () => {
  const dataDir = path.join(tmp('store'), 'd');
  const script = path.join(tmp('script'), 'writer.ts');
  writeFileSync(
    script,
    `
import { Store } from ${JSON.stringify(path.join(ROOT, 'src-main', 'storage', 'store.ts'))};
const [dir, app, prefix] = process.argv.slice(2);
const s = await Store.open(dir, { app });
for (let i = 0; i < 100; i++) { const sealed = s.secrets.seal(prefix + i, 'two-processes'); await s.update((d) => { d.secrets[prefix + i] = sealed; }); }
`,
  );
  const run = (app: string, prefix: string) =>
    new Promise<number | null>((resolve) => {
      const c = spawn(process.execPath, [script, dataDir, app, prefix], {
        env: { ...process.env, CERTDESK_KEYCHAIN: 'off' },
        stdio: 'inherit',
      });
      c.on('close', resolve);
    });
  // Both start on an empty folder: also races the first creation of the store and the master key.
  const [a, b] = await Promise.all([run('Certdesk desktop', 'app-'), run('Certdesk CLI', 'cli-')]);
  assert.equal(a, 0);
  assert.equal(b, 0);
  counts.concurrentStoreWrites += 200;
  // Secrets of no certificate live in settings.json since issue 22.
  const data = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
    secrets: Record<string, string>;
  };
  const keys = Object.keys(data.secrets);
  counts.storeWritesLost += 200 - keys.filter((k) => /^(app|cli)-\d+$/.test(k)).length;
  assert.equal(keys.length, 200, 'no write lost');
  // One master key for both: every value sealed by either process opens (two keys made at once
  // would leave half of them unreadable).
  const s = (await Engine.open({ dataDir })).store;
  for (const k of keys) assert.equal(s.secrets.open(data.secrets[k], 'two-processes'), k);
  assert.deepEqual(
    readdirSync(dataDir).filter((f) => f.endsWith('.lock') || f.endsWith('.tmp')),
    [],
  );
});

test('a long store write by the desktop app: the CLI waits, then says who holds the lock (and no write is lost)', async () => {
  const dataDir = path.join(tmp('hold'), 'd');
  const e = await Engine.open({ dataDir });
  await e.store.update((d) => {
    d.settings.language = 'da';
  });
  const script = path.join(tmp('script'), 'holder.ts');
  writeFileSync(
    script,
    `
import { Store } from ${JSON.stringify(path.join(ROOT, 'src-main', 'storage', 'store.ts'))};
const s = await Store.open(process.argv[2], { app: 'Certdesk desktop' });
// A slow synchronous write (a huge store on a slow disk): sleeps without using the CPU.
await s.update((d) => { console.log('holding'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 11_000); d.settings.notifyOnSuccess = true; });
`,
  );
  const holder = spawn(process.execPath, [script, dataDir], {
    env: { ...process.env, CERTDESK_KEYCHAIN: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((r) => holder.stdout!.once('data', () => r()));
  // The CLI side: its engine, under the CLI's application name, writing a setting.
  const cliStore = await Engine.open({ dataDir, app: 'Certdesk CLI' });
  const t0 = Date.now();
  await assert.rejects(
    cliStore.store.update((d) => {
      d.settings.renewalsPaused = true;
    }),
    (err: { code?: string; message: string }) => {
      assert.equal(err.code, 'store-locked');
      assert.match(
        err.message,
        /^The data folder is busy: Certdesk desktop \(process \d+ on .+, since \d{4}-.+\) is writing to it\. Wait for it to finish, or close it, then try again\.$/,
      );
      return true;
    },
  );
  assert.ok(Date.now() - t0 >= 9000, 'it waited for the lock first');
  counts.lockConflictsNamedTheHolder += 1;
  await new Promise((r) => holder.on('close', r));
  const d = (await Engine.open({ dataDir })).store.read();
  assert.equal(d.settings.notifyOnSuccess, true, "the holder's write landed");
  assert.equal(d.settings.language, 'da');
  await cliStore.store.update((x) => {
    x.settings.renewalsPaused = true;
  });
  assert.equal(
    (await Engine.open({ dataDir })).store.read().settings.renewalsPaused,
    true,
    'the retry lands too',
  );
});
