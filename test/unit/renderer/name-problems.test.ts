// Issue 18: why a name cannot go on a certificate travels as a Text (names:check), so the wizard
// says it in the person's language while the CLI keeps the English sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next, { type TFunction } from 'i18next';
import { checkNames, MAX_NAMES } from '../../../src-main/engine/names.ts';
import { say } from '../../../src-main/shared/engine-text.ts';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';
import { sayText } from '../../../src-renderer/engine-text.ts';

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

// [names, challenge, allowIp]: one problem each, every key of engineText.names.
const cases: [string[], 'http-01' | 'dns-01', boolean][] = [
  [[], 'http-01', false],
  [Array.from({ length: MAX_NAMES + 1 }, (_, i) => `n${i}.example.com`), 'http-01', false],
  [['example.com', 'EXAMPLE.com'], 'http-01', false],
  [['  '], 'http-01', false],
  [['192.0.2.1'], 'http-01', false],
  [['192.0.2.1'], 'dns-01', true],
  [['exa mple.com'], 'http-01', false],
  [['https://example.com/'], 'http-01', false],
  [['www.*.example.com'], 'http-01', false],
  [['*.example.com'], 'http-01', false],
  [['a'.repeat(250) + '.com'], 'http-01', false],
  [['a..example.com'], 'http-01', false],
  [['localhost'], 'http-01', false],
  [[`${'a'.repeat(64)}.example.com`], 'http-01', false],
  [['exa_mple.com'], 'http-01', false],
  [['example.123'], 'http-01', false],
];
const problems = cases.map(([names, challenge, allowIp]) => {
  const r = checkNames(names, challenge, { allowIp });
  assert.equal(r.problems.length, 1, JSON.stringify(names).slice(0, 60));
  return r.problems[0];
});

test('every name rule has its own Text, and the CLI English is that Text said in English', () => {
  const keys = new Set(problems.map((p) => p.text.key));
  assert.equal(keys.size, cases.length, 'one key per rule');
  for (const p of problems) assert.equal(p.reason, say(p.text));
  assert.match(problems[4].reason, /"192\.0\.2\.1" is an IP address.*shortlived/);
  assert.match(problems[1].reason, /at most 100 names, and there are 101/);
});

for (const lng of ['en', 'da', 'zh', 'fi', 'hu']) {
  test(`${lng}: the wizard says each name problem in that language, with the name in it`, () => {
    const tr = t(lng);
    for (const p of problems) {
      const s = sayText(tr, p.text);
      assert.doesNotMatch(s, /\{\{|engine\.names/, `${lng} ${p.text.key}: ${s}`);
      if (p.input.trim()) assert.ok(s.includes(p.input.trim()), `${lng} ${p.text.key}: ${s}`);
      if (lng === 'en') assert.equal(s, p.reason);
      else assert.notEqual(s, p.reason, `${lng} ${p.text.key} is still English`);
    }
  });
}

test('the Danish and Hungarian IP-address sentences name the shortlived profile', () => {
  const ip = problems[4].text;
  assert.match(sayText(t('da'), ip), /^"192\.0\.2\.1" er en IP-adresse\..*"shortlived"/);
  assert.match(sayText(t('hu'), ip), /^"192\.0\.2\.1" egy IP-cím\..*"shortlived"/);
});
