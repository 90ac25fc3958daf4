// Issue 20, part 1, desktop face: the review's attack from a compromised renderer. The main
// process as it ships (src-main/app/main.ts bundled like main-bundle.test.ts) runs against the
// stand-in electron; requests come over IPC from the trusted window frame, as the renderer sends
// them. A new or changed command (exec DNS hook, post-renewal command) must open a native dialog
// (dialog.showMessageBox, parented to the window) that shows the exact command; nothing is stored
// or run until the person clicks "Allow this command"; no contract channel can answer it.
import { loadDesktopBundle } from './load-bundle.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { appBundleOptions } from '../../../scripts/app-bundle.ts';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import { fakeElectron } from './fake-electron.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const root = path.resolve(import.meta.dirname, '../../..');

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
let f: ReturnType<typeof fakeElectron>;
let userData = '';
let other: Engine;

async function invoke(channel: string, input: unknown): Promise<Answer> {
  const wc = f.windows[0].webContents;
  const frame = { url: 'app://certdesk/index.html', parent: null };
  return (await f.ipcMain.handlers.get(channel)!(
    { senderFrame: frame, sender: { id: wc.id, mainFrame: frame } },
    input,
  )) as Answer;
}

/** Waits until the dialog for this request is open (the handler is then waiting on it). */
async function nextBox(n: number) {
  for (let i = 0; i < 500 && f.messageBoxes.length < n; i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.equal(f.messageBoxes.length, n, 'a native dialog was opened');
  return f.messageBoxes[n - 1];
}

const cert = (id: string, command: string): StoredCertificate => ({
  id,
  names: [`${id}.example.test`],
  accountId: 'acct',
  keyType: 'ec256',
  challenge: { type: 'dns-01', dnsMode: 'exec', command },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
});

before(async () => {
  mkdirSync(path.join(root, 'test-output'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'test-output', 'command-confirm-'));
  const outfile = path.join(outDir, 'app.cjs');
  await build({
    entryPoints: [path.join(root, 'src-main/app/main.ts')],
    outfile,
    // As scripts/build.ts bundles dist/main/app.cjs (packages external, ESM-only ones bundled).
    ...appBundleOptions(),
    logLevel: 'silent',
    absWorkingDir: root,
  });
  userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-confirm-')), 'Certdesk');
  delete process.env.CERTDESK_DATA_DIR;
  f = fakeElectron({ userData, appPath: root });
  loadDesktopBundle(outfile, f.electron);
  f.ready();
  for (let i = 0; i < 500 && f.windows.length === 0 && f.errors.length === 0; i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(f.errors, []);
  // A second process on the same data folder (as the CLI would be) plants a certificate.
  other = await Engine.open({ dataDir: userData });
  await other.store.update((d) => {
    d.certificates.c1 = cert('c1', '/usr/local/bin/dns-hook');
  });
});

after(async () => {
  f.app.quit();
  for (let i = 0; i < 500 && !f.calls.includes('quit'); i++)
    await new Promise((r) => setTimeout(r, 10));
});

test('cert:setRoute with a changed command: a native dialog shows it exactly; Cancel changes nothing', async () => {
  const evil = `id > ${path.join(os.tmpdir(), 'certdesk-pwned')}\nrm -rf ~`;
  const pending = invoke('cert:setRoute', {
    id: 'c1',
    challenge: { type: 'dns-01', dnsMode: 'exec', command: evil },
  });
  const box = await nextBox(1);
  assert.equal(box.window, f.windows[0], 'modal to the Certdesk window');
  assert.equal(box.options.defaultId, 0);
  assert.equal(box.options.cancelId, 0);
  assert.equal(box.options.buttons[0], 'Cancel');
  assert.equal(box.options.buttons[1], 'Allow this command');
  // Exactly the command, its line break shown, not hidden as a second line.
  assert.ok(
    box.options.detail!.startsWith(`id > ${path.join(os.tmpdir(), 'certdesk-pwned')}\\nrm -rf ~`),
  );
  assert.match(box.options.message!, /run this command as you.*c1\.example\.test/);
  // The renderer cannot answer it: every other request goes on, the dialog stays open.
  assert.equal((await invoke('cert:continue', { promptId: 'aaaaaaaa' })).ok, true);
  assert.equal(f.messageBoxes.length, 1);
  assert.ok(
    !(CHANNELS as readonly string[]).some((c) => /confirm|approve|allow/i.test(c)),
    'no contract channel answers the dialog',
  );
  box.answer(0);
  const r = await pending;
  assert.equal(r.ok, false);
  assert.equal(r.error?.code, 'cancelled');
  other.store.read();
  const stored = other.getStored('c1').challenge;
  assert.equal(
    stored.type === 'dns-01' && stored.dnsMode === 'exec' && stored.command,
    '/usr/local/bin/dns-hook',
  );
});

test('cert:setRoute: "Allow this command" stores it; the same command again asks nothing', async () => {
  const command = '/opt/hooks/new-dns-hook --zone example.test';
  const pending = invoke('cert:setRoute', {
    id: 'c1',
    challenge: { type: 'dns-01', dnsMode: 'exec', command },
  });
  const box = await nextBox(2);
  assert.ok(box.options.detail!.startsWith(command));
  box.answer(1);
  const r = await pending;
  assert.equal(r.ok, true, JSON.stringify(r.error));
  const stored = other.getStored('c1').challenge;
  assert.equal(stored.type === 'dns-01' && stored.dnsMode === 'exec' && stored.command, command);
  // Saving the route again with the same command (another field changed) is not a new command.
  const again = await invoke('cert:setRoute', {
    id: 'c1',
    challenge: { type: 'dns-01', dnsMode: 'exec', command, timeout: 60 },
  });
  assert.equal(again.ok, true, JSON.stringify(again.error));
  assert.equal(f.messageBoxes.length, 2, 'no dialog for a command already allowed');
});

test('cert:issue and cert:trial with a new exec command: asked first; Cancel issues nothing', async () => {
  for (const channel of ['cert:issue', 'cert:trial']) {
    const n = f.messageBoxes.length + 1;
    const pending = invoke(channel, {
      runId: `run-confirm-${n}`,
      names: ['new.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'exec', command: 'touch /tmp/certdesk-issue-hook' },
    });
    const box = await nextBox(n);
    assert.ok(box.options.detail!.startsWith('touch /tmp/certdesk-issue-hook'));
    assert.match(box.options.message!, /new\.example\.test/);
    box.answer(0);
    const r = await pending;
    assert.equal(r.error?.code, 'cancelled', channel);
  }
  assert.equal(other.listCertificates().length, 1, 'no certificate was made');
});

test('export:run with remember and a post-renewal command: asked first; Cancel remembers nothing', async () => {
  const file = path.join(os.tmpdir(), `certdesk-export-pwned-${process.pid}`);
  const n = f.messageBoxes.length + 1;
  const pending = invoke('export:run', {
    id: 'c1',
    dir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-confirm-export-')),
    remember: true,
    postCommand: `id > ${file}`,
  });
  const box = await nextBox(n);
  assert.ok(box.options.detail!.startsWith(`id > ${file}`));
  assert.match(box.options.message!, /after every renewal/);
  box.answer(0);
  assert.equal((await pending).error?.code, 'cancelled');
  assert.deepEqual(other.getStored('c1').exports, []);
  assert.equal(existsSync(file), false);
  // Without `remember` the command is neither kept nor run, so nothing is asked.
  const plain = await invoke('export:run', {
    id: 'c1',
    dir: os.tmpdir(),
    postCommand: `id > ${file}`,
  });
  assert.equal(plain.error?.code, 'not-found', 'the export itself answers (nothing issued yet)');
  assert.equal(f.messageBoxes.length, n);
});
