// docs/ARCHITECTURE.md must match the tree (issue 16): a newcomer finds each behaviour from it, so
// every file it names exists, and every function it names beside a file is in that file. A split or
// a rename that forgets the doc fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const doc = readFileSync(path.join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
const LAYERS = ['shared', 'storage', 'engine', 'api', 'app', 'cli', 'web'];
const ROOTED = ['src-main', 'src-renderer', 'scripts', 'test', 'bench', 'docs'];

/** A backticked path as a path from the repository root; `engine/core.ts` means src-main's. */
function fromRoot(p: string): string | null {
  const first = p.split('/')[0];
  if (ROOTED.includes(first)) return p;
  if (LAYERS.includes(first)) return `src-main/${p}`;
  return null;
}

/** `file.ts:fn.method` -> the file and `fn`; `file.ts` -> the file alone. */
function split(span: string): { file: string; ident?: string } {
  const m = /^([^\s:]+\.(?:tsx?|md|js))(?::([A-Za-z_$][\w$]*))?/.exec(span);
  return m ? { file: m[1], ...(m[2] ? { ident: m[2] } : {}) } : { file: span };
}

const isTemplate = (s: string): boolean => /[<>*{}]/.test(s);
const exists = (rel: string): boolean => existsSync(path.join(root, rel));
const text = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');
const identIn = (rel: string, ident: string): boolean =>
  new RegExp(`\\b${ident.replace(/\$/g, '\\$')}\\b`).test(text(rel));

/** Each line's backticked spans, in order, with what follows each span up to the next one. */
function spans(line: string): { span: string; next?: string }[] {
  const out: { span: string; next?: string }[] = [];
  const re = /`([^`]+)`/g;
  let m: RegExpExecArray | null;
  const found: { span: string; end: number; start: number }[] = [];
  while ((m = re.exec(line))) found.push({ span: m[1], start: m.index, end: re.lastIndex });
  found.forEach((f, i) => {
    const after = found[i + 1];
    // "`file.ts` `fn`": the function written right after its file.
    const adjacent = after && line.slice(f.end, after.start) === ' ' ? after.span : undefined;
    out.push({ span: f.span, ...(adjacent ? { next: adjacent } : {}) });
  });
  return out;
}

test('every src-main path docs/ARCHITECTURE.md names exists (the doc matches the tree)', () => {
  const missing: string[] = [];
  let named = 0;
  for (const line of doc.split('\n')) {
    for (const { span } of spans(line)) {
      if (!span.startsWith('src-main/') || isTemplate(span)) continue;
      named += 1;
      if (!exists(split(span).file)) missing.push(span);
    }
  }
  assert.ok(named > 20, `only ${named} src-main paths found: did the doc's format change?`);
  assert.deepEqual(missing, [], 'paths in docs/ARCHITECTURE.md that are not in the tree');
});

test('the short paths (engine/core.ts, test/..., scripts/...) exist too', () => {
  const missing: string[] = [];
  for (const line of doc.split('\n')) {
    for (const { span } of spans(line)) {
      if (isTemplate(span) || !span.includes('/') || /\s/.test(split(span).file)) continue;
      const rel = fromRoot(split(span).file);
      if (rel !== null && !exists(rel)) missing.push(span);
    }
  }
  assert.deepEqual(missing, []);
});

test('a bare file name is in a folder its line names (e.g. `policy.ts` in engine/renewal/)', () => {
  const missing: string[] = [];
  for (const line of doc.split('\n')) {
    const all = spans(line).map((s) => s.span);
    const folders = new Set<string>();
    for (const s of all) {
      const rel = fromRoot(split(s).file);
      if (rel === null || isTemplate(rel) || !exists(rel)) continue;
      folders.add(statSync(path.join(root, rel)).isDirectory() ? rel : path.posix.dirname(rel));
    }
    for (const s of all) {
      const { file } = split(s);
      if (file.includes('/') || !/^[\w.-]+\.tsx?$/.test(file) || file.endsWith('.d.ts')) continue;
      if (folders.size === 0) continue; // no folder on this line to read it against
      if (![...folders].some((f) => exists(`${f}/${file}`))) missing.push(`${file} (${line})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('a function named with its file (`file.ts:fn` or `file.ts` `fn`) is in that file', () => {
  const missing: string[] = [];
  for (const line of doc.split('\n')) {
    for (const { span, next } of spans(line)) {
      const { file, ident } = split(span);
      const rel = fromRoot(file);
      if (rel === null || isTemplate(rel) || !exists(rel) || !/\.tsx?$/.test(rel)) continue;
      const fn = ident ?? (next && /^[A-Za-z_$][\w$]*$/.test(next) ? next : undefined);
      if (fn && !identIn(rel, fn)) missing.push(`${rel}: ${fn}`);
    }
  }
  assert.deepEqual(missing, []);
});
