// Issue 15: the window never shows a CLI flag. Every sentence the engine sends as a Text (pre-flight
// findings, progress, errors) and every translation of it is checked here; the CLI adds its flag
// hints on its own side (src-main/cli/error-hints.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineText } from '../../../src-main/shared/engine-text.ts';
import { en } from '../../../src-renderer/i18n/en.ts';
import { da } from '../../../src-renderer/i18n/da.ts';
import { fi } from '../../../src-renderer/i18n/fi.ts';
import { hu } from '../../../src-renderer/i18n/hu.ts';
import { zh } from '../../../src-renderer/i18n/zh.ts';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';
import { fixHint } from '../../../src-main/cli/error-hints.ts';

const FLAG = /(^|[\s(（"'`])--[a-z][a-z0-9-]*/;

function strings(o: unknown, at = ''): [string, string][] {
  if (typeof o === 'string') return [[at, o]];
  if (o && typeof o === 'object')
    return Object.entries(o).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

test('no sentence of the engine or the window names a CLI flag, in any language', () => {
  const all = [
    ['engine', engineText],
    ['en', en],
    ['da', da],
    ['fi', fi],
    ['hu', hu],
    ['zh', zh],
  ] as const;
  for (const [lng, table] of all) {
    for (const [key, s] of strings(table)) assert.doesNotMatch(s, FLAG, `${lng}: ${key}: ${s}`);
  }
});

// A command line (`certdesk ui`, `certdesk renew`) is as foreign to the window as a flag: the
// window says what happens in plain words. Product names ("Certdesk") and OS tools the person's
// administrator runs are not CLI commands of Certdesk.
const COMMAND = /\bcertdesk [a-z]/;

test('no sentence of the engine or the window names a certdesk command, in any language', () => {
  for (const [lng, table] of Object.entries({ engine: engineText, ...RESOURCES }))
    for (const [key, s] of strings(table)) assert.doesNotMatch(s, COMMAND, `${lng}: ${key}: ${s}`);
});

test('the CLI still says which option helps, on its own side', () => {
  assert.match(fixHint({ key: 'preflight.outbound.fixProxy' }), /--ca-cert/);
  assert.match(fixHint({ key: 'preflight.http.fixUnreachable' }), /--trial-run/);
  assert.equal(fixHint(undefined), '');
});
