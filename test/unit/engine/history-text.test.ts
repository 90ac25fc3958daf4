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
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withLock } from '../../../src-main/storage/lock.ts';
import { portError } from '../../../src-main/engine/challenges/port-errors.ts';
import { pollUntil } from '../../../src-main/engine/acme/poll.ts';
import { networkError } from '../../../src-main/engine/acme/ca-http.ts';
import { safeError } from '../../../src-main/api/dispatch.ts';
import { CertdeskError } from '../../../src-main/shared/errors.ts';

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

// Issue 18 leftovers: errors that had only English. Each real producer's error carries a Text,
// says the same English for the CLI, and the window says it in another language.
test('the CA unreachable, a timeout, a cancelled run, busy folder and port: Texts in every face', async () => {
  const da = translator('da');
  const fi = translator('fi');
  const hu = translator('hu');
  const zh = translator('zh');
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  const unreachable = networkError(refused, 'https://ca.example.test:14000/dir');
  assert.deepEqual(unreachable.text, {
    key: 'failure.caUnreachable',
    params: { host: 'ca.example.test:14000' },
  });
  assert.match(unreachable.message, /^Certdesk cannot reach the CA \(ca\.example\.test:14000\)/);
  assert.match(sayText(da, unreachable.text as Text), /^Certdesk kan ikke nå CA'en/);

  // The data folder held by a Certdesk on another computer (its lock file says so).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-busy-'));
  const lock = path.join(dir, 'store.lock');
  writeFileSync(
    lock,
    JSON.stringify({ pid: 7, app: 'Certdesk CLI', host: 'elsewhere', since: 'x' }),
  );
  const busy = await withLock(lock, 'test', () => 1, 20).catch((e: CertdeskError) => e);
  assert.ok(busy instanceof CertdeskError && busy.text, String(busy));
  assert.equal(busy.code, 'store-locked');
  assert.equal(busy.text.key, 'failure.folderBusy');
  assert.match(busy.message, /^The data folder is busy: Certdesk CLI \(process 7 on elsewhere/);
  assert.match(sayText(hu, busy.text), /^Az adatmappa foglalt: Certdesk CLI \(7\. folyamat/);
  // Unreadable (half-written) lock: "another Certdesk" is a phrase of its own.
  writeFileSync(lock, '');
  const other = await withLock(lock, 'test', () => 1, 20).catch((e: CertdeskError) => e);
  assert.ok(other instanceof CertdeskError && other.text, String(other));
  assert.match(sayText(da, other.text), /^Datamappen er optaget: en anden Certdesk/);

  const inUse = portError(
    Object.assign(new Error('in use'), { code: 'EADDRINUSE' }),
    80,
    'http-01',
  );
  assert.equal(inUse.text?.key, 'failure.portInUse');
  assert.match(sayText(fi, inUse.text as Text), /^Portti 80 on jo toisen ohjelman käytössä/);
  const denied = portError(Object.assign(new Error('denied'), { code: 'EACCES' }), 80, 'http-01');
  assert.equal(say(denied.text as Text), denied.message);
  assert.match(
    sayText(da, denied.text as Text),
    /^Certdesk har ikke lov til at åbne port 80\. På /,
  );

  // Waiting for the CA: what engine/issue.ts waits for is a phrase the window translates.
  const never = new AbortController();
  const gaveUp = await pollUntil(
    async () => ({ data: 'pending' }),
    () => false,
    { firstMs: 1, quickMs: 1, quickForMs: 1, maxMs: 1, timeoutMs: 0 },
    never.signal,
    'the CA to issue the certificate',
  ).catch((e: CertdeskError) => e);
  assert.ok(gaveUp instanceof CertdeskError && gaveUp.text, String(gaveUp));
  assert.match(gaveUp.message, /^Gave up waiting for the CA to issue the certificate\. Try again/);
  assert.match(sayText(da, gaveUp.text), /at CA'en udsteder certifikatet\./);
  never.abort();
  const stopped = await pollUntil(
    async () => ({ data: 1 }),
    () => true,
    { firstMs: 1, quickMs: 1, quickForMs: 1, maxMs: 1, timeoutMs: 1 },
    never.signal,
    'x',
  ).catch((e: CertdeskError) => e);
  assert.equal(
    sayText(fi, (stopped as CertdeskError).text as Text),
    'Peruttu. Mitään ei muutettu; aloita uudelleen, kun olet valmis.',
  );

  // Errors still built from English alone (engine/issue.ts, storage/store.ts, the issuance
  // service, acme client fallbacks): the window's error (safeError) and the history match them.
  for (const [english, key] of [
    ['Cancelled. Nothing was changed; start again when you are ready.', 'failure.cancelled'],
    [
      'Certificate a.example is already being renewed. Wait for it to finish.',
      'failure.alreadyRenewing',
    ],
    ['Certdesk could not create the order.', 'failure.couldNot'],
    [
      'The CA sent a challenge token that is not base64url; Certdesk refused to use it.',
      'failure.badToken',
    ],
  ] as const) {
    const shape = safeError(new CertdeskError('internal', english));
    assert.equal(shape.text?.key, key, english);
    assert.notEqual(sayText(zh, shape.text as Text), english);
    assert.deepEqual(textFromEnglish(english), shape.text);
  }
  // A bug's error (not a CertdeskError) gets the translated "unexpected" sentence.
  const bug = safeError(new TypeError('x is undefined'));
  assert.equal(bug.text?.key, 'failure.internal');
  assert.match(sayText(hu, bug.text as Text), /^Valami váratlan hiba történt/);
});
