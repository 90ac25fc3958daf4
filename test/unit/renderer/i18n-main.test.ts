// Issue 19: the main process's strings (tray, desktop notifications, e-mails, webhook/chat
// messages; src-main/shared/main-text/*) obey the rules of i18n.test.ts: every language has every
// key of English, no other keys, no empty text, the same {{placeholders}}; and every literal
// t('key') in the main process names a string of English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MAIN_RESOURCES } from '../../../src-main/shared/main-i18n.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();

const { en, ...others } = MAIN_RESOURCES;
const reference = leaves(en as unknown as Tree);

for (const [code, lang] of Object.entries(others)) {
  test(`main process, ${code}: the same keys as English, each translated, with the same placeholders`, () => {
    const mine = leaves(lang as unknown as Tree);
    assert.deepEqual(
      [...reference.keys()].filter((k) => !mine.has(k)),
      [],
      `${code} lacks keys`,
    );
    assert.deepEqual(
      [...mine.keys()].filter((k) => !reference.has(k)),
      [],
      `${code} has extra keys`,
    );
    for (const [k, v] of mine) {
      assert.ok(v.trim() !== '', `${code}.${k} is empty`);
      assert.deepEqual(
        placeholders(v),
        placeholders(reference.get(k)!),
        `${code}.${k}: placeholders`,
      );
    }
    const same = [...mine].filter(
      ([k, v]) => v === reference.get(k) && /[a-z]{4,}\s+[a-z]{4,}/i.test(v),
    );
    assert.deepEqual(
      same.map(([k]) => k),
      [],
      `${code}: sentences still in English`,
    );
  });
}

test("every literal t('key') in the main process's translated files names a string of English", () => {
  const root = path.resolve(import.meta.dirname, '../../../src-main');
  const plural = /_(zero|one|two|few|many|other)$/;
  const known = new Set([...reference.keys()].flatMap((k) => [k, k.replace(plural, '')]));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => {
    if (!/\.ts$/.test(f)) return false;
    return /\bmainT\b/.test(readFileSync(path.join(root, f), 'utf8'));
  });
  const missing: string[] = [];
  let seen = 0;
  for (const f of files) {
    for (const m of readFileSync(path.join(root, f), 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
      seen += 1;
      if (!known.has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
  }
  assert.ok(files.length >= 5 && seen > 30, `found the translated files (${files.join(', ')})`);
  assert.deepEqual(missing, []);
});
