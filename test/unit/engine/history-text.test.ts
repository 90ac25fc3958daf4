// Issue 18: history entries written before the history kept Texts hold English alone; read back,
// each that is a sentence Certdesk knows becomes its Text (key and params), so the window says it
// in the person's language. Every sentence of engineText is put through: its English, matched,
// must say the very same English again. What Certdesk never said stays English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  engineText,
  say,
  text,
  type Text,
  type TextKey,
} from '../../../src-main/shared/engine-text.ts';
import { problemToError } from '../../../src-main/engine/acme/problems.ts';
import { textFromEnglish, withHistoryText } from '../../../src-main/engine/history-text.ts';
import { sayText } from '../../../src-renderer/engine-text.ts';
import { translator } from '../../e2e/support.ts';

function leaves(node: unknown, prefix: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([prefix, node]);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

test('every known sentence, filled in, is matched back to a Text that says the same English', () => {
  let matched = 0;
  let tooShort = 0;
  for (const [path, tpl] of leaves(engineText, '', [])) {
    const key = path.replace(/_(one|other)$/, '') as TextKey;
    const plural = /_(one|other)$/.test(path);
    const names = [
      ...new Set([
        ...[...tpl.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]),
        ...(plural ? ['count'] : []),
      ]),
    ];
    const params = Object.fromEntries(
      names.map((n, i) => [
        n,
        n === 'count' ? (path.endsWith('_one') ? 1 : 7) : `value-${i}.example.test`,
      ]),
    );
    const t: Text = names.length ? text(key, params) : text(key);
    const english = say(t);
    const back = textFromEnglish(english);
    if (back === null) {
      // Only sentences with too little fixed text to be told apart are left English.
      tooShort += 1;
      assert.ok(tpl.replace(/\{\{\w+\}\}/g, '').length < 16, `${path}: "${english}"`);
      continue;
    }
    assert.equal(say(back), english, path);
    matched += 1;
  }
  assert.ok(matched >= 300 && tooShort < 40, `matched ${matched}, left ${tooShort}`);
});

test("the CA's problems: the English of an old entry becomes the Text the engine now sends", () => {
  const problems = [
    {
      type: 'urn:ietf:params:acme:error:connection',
      detail: '127.0.0.1: Connection refused',
      identifier: { type: 'dns', value: 'www.example.com' },
    },
    { type: 'urn:ietf:params:acme:error:dns', detail: 'NXDOMAIN' },
    { type: 'urn:ietf:params:acme:error:caa', identifier: { type: 'dns', value: 'a.example' } },
    { type: 'urn:ietf:params:acme:error:malformed', detail: 'JWS has no anti-replay nonce' },
    { type: 'urn:ietf:params:acme:error:serverInternal' },
    { type: 'urn:example:unknown', detail: 'we are closed today' },
  ];
  for (const p of problems) {
    const e = problemToError(p);
    assert.ok(e.text, `${p.type} carries a Text`);
    assert.deepEqual(textFromEnglish(e.message), e.text, e.message);
  }
  const connection = problemToError(problems[0]);
  assert.deepEqual(connection.text, {
    key: 'acme.connection',
    params: { who: { key: 'acme.forName', params: { name: 'www.example.com' } } },
  });
  // The message is unchanged for the CLI and for scripts (the English of before).
  assert.equal(
    connection.message,
    'The CA could not connect to your server for www.example.com. Check that the name points to this server and that the port (80 for http-01, 443 for tls-alpn-01) is open to the internet.',
  );
});

test('plural sentences get their count back as a number; unknown English stays English', () => {
  const t = text('preflight.names.ok', { count: 3 });
  assert.deepEqual(textFromEnglish(say(t)), t);
  assert.equal(textFromEnglish('Something Certdesk never said happened here today.'), null);
  // A bare composite ("{{reason}} (expired on {{date}})") is too little to recognise a sentence by.
  assert.equal(textFromEnglish('anything at all (expired on yesterday)'), null);
});

test('withHistoryText: stored Texts kept, English matched, a Text of an unknown key replaced', () => {
  const at = '2026-11-01T10:00:00.000Z';
  const unknown = {
    at,
    trigger: 'scheduled' as const,
    outcome: 'failure' as const,
    errorCode: 'connection',
    message: 'The CA had a TLS problem talking to your server. Check the server on port 443.',
    text: { key: 'acme.renamedLater' } as unknown as Text,
  };
  assert.deepEqual(withHistoryText(unknown).text, {
    key: 'acme.tls',
    params: { who: '' },
  });
  const kept = { ...unknown, text: text('acme.badNonce') };
  assert.equal(withHistoryText(kept), kept);
  const plain = { at, trigger: 'manual' as const, outcome: 'failure' as const, message: 'Odd.' };
  assert.deepEqual(withHistoryText(plain), plain);
  // And the window says it in Danish.
  const da = translator('da');
  assert.equal(
    sayText(da, withHistoryText(unknown).text as Text),
    "CA'en havde et TLS-problem i forbindelsen til din server. Kontrollér serveren på port 443.",
  );
});
