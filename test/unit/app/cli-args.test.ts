// Which launches are the CLI and which open the app (issue 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliArgsFrom } from '../../../src-main/app/cli-args.ts';

const packaged = (...a: string[]) =>
  cliArgsFrom(['/opt/Certdesk/certdesk', ...a], { defaultApp: false });

test('a command, -h or -V is the CLI; nothing, --hidden or Chromium switches open the app', () => {
  assert.deepEqual(packaged('list', '--json'), ['list', '--json']);
  assert.deepEqual(packaged('renew', '--quiet'), ['renew', '--quiet']);
  assert.deepEqual(packaged('-h'), ['-h']);
  assert.deepEqual(packaged('-V'), ['-V']);
  assert.deepEqual(packaged('--json', 'list'), ['--json', 'list']);
  assert.deepEqual(packaged('renw'), ['renw'], 'a typo gets "unknown command", not a window');
  assert.equal(packaged(), null);
  assert.equal(packaged('--hidden'), null);
  assert.equal(packaged('--no-sandbox'), null, 'AppImage runtime');
  assert.equal(packaged('-psn_0_12345'), null, 'macOS Finder');
  assert.equal(
    packaged('--ozone-platform-hint=auto', '--enable-features=WaylandWindowDecorations'),
    null,
  );
  assert.deepEqual(packaged('--ozone-platform=headless', '--disable-gpu', 'renew', '--quiet'), [
    'renew',
    '--quiet',
  ]);
});

test('`electron .` in a checkout: the app folder is not a command', () => {
  assert.equal(cliArgsFrom(['/x/electron', '.'], { defaultApp: true }), null);
  assert.deepEqual(cliArgsFrom(['/x/electron', '.', 'list'], { defaultApp: true }), ['list']);
});
