// The engine's sentences travel as key + params (src-main/shared/engine-text.ts): the engine says
// them in English for the CLI and logs, and the renderer says the same Text in the person's
// language, phrases inside phrases included. Unit-level; the e2e flows check the screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next, { type TFunction } from 'i18next';
import { isText, said, say, text, type Text } from '../../../src-main/shared/engine-text.ts';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';
import { engineSentence, renewalReasonText, sayText } from '../../../src-renderer/engine-text.ts';
import { dnsVerdict } from '../../../src-main/engine/preflight/dns.ts';
import { caaVerdict } from '../../../src-main/engine/preflight/caa.ts';

function t(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.t;
}

const nested: Text = text('preflight.dns01.noneAnswered', {
  where: text('preflight.dns01.whereCname', {
    record: '_acme-challenge.example.com',
    target: 'x.auth.example.net',
  }),
  servers: text('preflight.dns01.serversOf', { zone: 'auth.example.net' }),
  silent: 'ns1 (192.0.2.1)',
});

test('English: a Text and its sentence, phrases inside phrases and plural forms included', () => {
  assert.equal(
    say(nested),
    '_acme-challenge.example.com points to x.auth.example.net (CNAME delegation), so the TXT record goes there, but none of the name servers of auth.example.net answered from this computer (ns1 (192.0.2.1)).',
  );
  assert.equal(
    say(text('preflight.names.ok', { count: 1 })),
    'The name is written correctly for a certificate.',
  );
  assert.equal(
    say(text('preflight.names.ok', { count: 3 })),
    'All 3 names are written correctly for a certificate.',
  );
  const s = said('progress.order', { name: 'example.com' });
  assert.deepEqual(s, {
    message: 'Asking the CA for a certificate for example.com',
    text: { key: 'progress.order', params: { name: 'example.com' } },
  });
});

test('the renderer says the same Text as the engine in English', () => {
  for (const x of [
    nested,
    text('preflight.names.ok', { count: 1 }),
    text('preflight.names.ok', { count: 4 }),
    text('preflight.firewall.fixBlocked', { port: 80, command: text('preflight.firewall.cmdMac') }),
  ]) {
    assert.equal(sayText(t('en'), x), say(x));
  }
});

test('every other language says it in its own words, with every value filled in', () => {
  for (const lng of ['da', 'zh', 'fi', 'hu']) {
    const s = sayText(t(lng), nested);
    assert.doesNotMatch(s, /\{\{|\}\}/, `${lng}: a placeholder left: ${s}`);
    for (const v of [
      '_acme-challenge.example.com',
      'x.auth.example.net',
      'auth.example.net',
      'ns1 (192.0.2.1)',
    ])
      assert.ok(s.includes(v), `${lng}: ${v} in ${s}`);
    assert.doesNotMatch(
      s,
      /CNAME delegation|answered from this computer/,
      `${lng}: English left in ${s}`,
    );
    assert.notEqual(
      sayText(t(lng), text('preflight.caa.none', { name: 'example.com' })),
      say(text('preflight.caa.none', { name: 'example.com' })),
    );
  }
});

test('a sentence without a Text stays English and says so (lang="en"); with one, it is translated', () => {
  assert.deepEqual(engineSentence(t('hu'), 'Something the engine said.', undefined), {
    text: 'Something the engine said.',
    lang: 'en',
  });
  const r = engineSentence(t('hu'), say(nested), nested);
  assert.equal(r.lang, undefined);
  assert.notEqual(r.text, say(nested));
});

test('pre-flight findings carry their Text, and their English is the Text said', () => {
  const findings = [
    dnsVerdict({
      name: 'example.com',
      needsAddress: true,
      warnPrivate: true,
      lookup: { v4: [], v6: [], errors: [], nxdomain: true },
    }),
    dnsVerdict({
      name: 'example.com',
      needsAddress: true,
      warnPrivate: false,
      lookup: { v4: ['192.0.2.1'], v6: [], errors: [], nxdomain: false },
      probe: { port: 80, results: new Map([['192.0.2.1', null]]) },
    }),
    caaVerdict({
      name: 'example.com',
      wildcard: false,
      identities: ['letsencrypt.org'],
      lookup: { kind: 'none', walked: ['example.com', 'com'] },
    }),
  ];
  for (const f of findings) {
    assert.ok(f.text, `${f.message} has a Text`);
    assert.equal(say(f.text), f.message);
    if (f.fix) assert.equal(say(f.fixText!), f.fix);
  }
  assert.equal(findings[1].message, 'example.com points to 192.0.2.1, and it answers on port 80.');
});

test('the IPC contract takes only well-formed Texts', () => {
  assert.ok(isText(nested));
  assert.ok(
    isText({ key: 'preflight.names.ok', params: { count: 2 } }),
    'a plural key without its suffix',
  );
  assert.ok(!isText({ key: 'preflight.nope' }), 'unknown key');
  assert.ok(
    !isText({ key: 'progress.order', params: { name: { evil: true } } }),
    'a param that is neither text nor Text',
  );
  assert.ok(!isText({ key: 'progress.order', params: ['x'] }), 'params as a list');
  let deep: Text = text('progress.cleanup');
  for (let i = 0; i < 10; i++) deep = text('progress.order', { name: deep });
  assert.ok(!isText(deep), 'nesting is bounded');
  assert.ok(!isText('progress.order') && !isText(null));
});

test("a date the engine sends reads as a date in the person's language, not as ISO 8601", () => {
  const done = text('progress.done', { date: '2031-12-02T03:51:08.000Z' });
  for (const lng of ['en', 'da', 'zh', 'fi', 'hu']) {
    const s = sayText(t(lng), done);
    assert.doesNotMatch(s, /2031-12-02T|\.000Z/, `${lng}: ${s}`);
    assert.match(s, /2031/, `${lng}: ${s}`);
  }
});

test("renewal reasons: the dashboard says the engine's Text in the person's language, phrases inside included (issue 16)", () => {
  const reason = text('renewal.manual', {
    reason: text('renewal.closeToExpiry', {
      reason: text('renewal.retryWait', {
        attempt: 3,
        delay: text('renewal.delay.minutes', { count: 100 }),
      }),
    }),
  });
  assert.ok(isText(reason), 'a reason nested three deep still passes the contract');
  const english = say(reason);
  assert.equal(
    english,
    'retry 3 after a failure: waiting 100 minutes; close to expiry, so tries come at least every 100 minutes; the manual method needs you: renew it by hand',
  );
  const c = { renewalReason: english, renewalText: reason };
  assert.equal(renewalReasonText(t('en'), c), english);
  const da = renewalReasonText(t('da'), c);
  assert.match(da, /forsøg 3 efter en fejl: venter 100 minutter/);
  assert.match(da, /den manuelle metode kræver dig/);
  for (const lng of ['zh', 'fi', 'hu']) {
    const said = renewalReasonText(t(lng), c);
    assert.notEqual(said, english, lng);
    assert.doesNotMatch(said, /\{\{|renewal\./, lng);
  }
  // An older main without the Text: its English is shown as it came.
  assert.equal(renewalReasonText(t('da'), { renewalReason: 'x', renewalText: null }), 'x');
});
