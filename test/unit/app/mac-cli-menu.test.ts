// "Install command-line tool" (macOS, issue 19), into a temporary bin folder: a link to the
// launcher in the bundle, replaced when the app moved, never over someone else's file, and the
// administrator route when the folder is not writable. osascript itself cannot run here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  INSTALL_CLI_LABEL,
  installCommandLineTool,
  macAppMenu,
} from '../../../src-main/app/mac-cli-menu.ts';

const resourcesPath = '/Applications/Certdesk.app/Contents/Resources';

test('links bin/certdesk of the bundle into the bin folder, and again after the app moved', async () => {
  const bin = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-macbin-')), 'usr/local/bin');
  const r = await installCommandLineTool({ resourcesPath, binDir: bin });
  assert.deepEqual(r, {
    ok: true,
    link: path.join(bin, 'certdesk'),
    target: `${resourcesPath}/bin/certdesk`,
    already: false,
  });
  assert.equal(readlinkSync(path.join(bin, 'certdesk')), `${resourcesPath}/bin/certdesk`);
  assert.equal((await installCommandLineTool({ resourcesPath, binDir: bin })).ok, true);
  const moved = '/Users/ann/Applications/Certdesk.app/Contents/Resources';
  await installCommandLineTool({ resourcesPath: moved, binDir: bin });
  assert.equal(readlinkSync(path.join(bin, 'certdesk')), `${moved}/bin/certdesk`);
});

test("never replaces someone else's certdesk file", async () => {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'certdesk-macbin-'));
  writeFileSync(path.join(bin, 'certdesk'), '#!/bin/sh\n');
  const r = await installCommandLineTool({ resourcesPath, binDir: bin });
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /already exists and is not Certdesk's/);
});

test('a folder only an administrator may write: asks macOS for the password (osascript)', async () => {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'certdesk-macbin-'));
  // What a user meets in /usr/local/bin (this test may run as root, who never does).
  const refuse = () => {
    throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
  };
  const asked: string[] = [];
  const r = await installCommandLineTool({
    resourcesPath,
    binDir: bin,
    link: refuse,
    runAsAdmin: async (c) => {
      asked.push(c);
    },
  });
  assert.equal(r.ok, true);
  assert.deepEqual(asked, [
    `mkdir -p '${bin}' && ln -sfn '${resourcesPath}/bin/certdesk' '${bin}/certdesk'`,
  ]);
  const cancelled = await installCommandLineTool({
    resourcesPath,
    binDir: bin,
    link: refuse,
    runAsAdmin: async () => {
      throw new Error('User canceled.');
    },
  });
  assert.equal(cancelled.ok, false);
  assert.match(cancelled.ok ? '' : cancelled.message, /User canceled.*sudo ln -sf/);
});

test('not a permission problem: said, not retried as administrator; an old link is replaced', async () => {
  // A link whose parent is a file: ENOTDIR.
  const base = mkdtempSync(path.join(os.tmpdir(), 'certdesk-macbin-'));
  writeFileSync(path.join(base, 'file'), '');
  const r = await installCommandLineTool({
    resourcesPath,
    binDir: path.join(base, 'file', 'bin'),
    runAsAdmin: async () => assert.fail('not a permission problem'),
  });
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /Could not create/);
  mkdirSync(path.join(base, 'links'));
  symlinkSync('/elsewhere/certdesk', path.join(base, 'links', 'certdesk'));
  const again = await installCommandLineTool({ resourcesPath, binDir: path.join(base, 'links') });
  assert.equal(again.ok, true, 'an old link of ours (another path) is replaced');
});

test('the app menu has the item after About, and keeps Edit (copy and paste) and Window', () => {
  let clicked = 0;
  const menu = macAppMenu('Certdesk', () => clicked++);
  const items = menu[0].submenu!;
  assert.equal(items[0].role, 'about');
  const item = items.find((i) => i.label === `${INSTALL_CLI_LABEL}…`)!;
  item.click!();
  assert.equal(clicked, 1);
  assert.deepEqual(
    menu.slice(1).map((m) => m.role),
    ['editMenu', 'windowMenu'],
  );
  assert.ok(items.some((i) => i.role === 'quit'));
});
