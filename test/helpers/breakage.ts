// Breaking a file of the data folder as a failing disk, a bad sync tool or a newer Certdesk would
// (issue 22): cut short, overwritten with random bytes, emptied, deleted, or a record rewritten in
// a future format. Used by the store-level matrix (test/unit/storage/breakage-matrix.test.ts) and
// the one that renews through Pebble (test/integration/breakage-renewal.test.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA } from '../../src-main/storage/schema.ts';

export type Break = 'truncated' | 'random bytes' | 'emptied' | 'deleted' | 'future version';
export const BREAKS: Break[] = [
  'truncated',
  'random bytes',
  'emptied',
  'deleted',
  'future version',
];

/** Breaks `file` (and its last good generation with alsoPrev) in place. */
export function breakFile(file: string, how: Break, alsoPrev = false): void {
  const files = alsoPrev ? [file, `${file}.prev`] : [file];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (how === 'truncated') writeFileSync(f, text.slice(0, Math.floor(text.length / 2)));
    if (how === 'random bytes') writeFileSync(f, randomBytes(200));
    if (how === 'emptied') writeFileSync(f, '');
    if (how === 'deleted') rmSync(f);
    if (how === 'future version') {
      const j = JSON.parse(text) as Record<string, unknown>;
      if ('format' in j) j.format = CURRENT_SCHEMA + 1;
      else j.schemaVersion = CURRENT_SCHEMA + 1;
      writeFileSync(f, JSON.stringify(j));
    }
  }
}

/** The damaged copies kept beside `file` (`<name>.damaged-<time>`). */
export const damagedBeside = (file: string): string[] =>
  readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.damaged-`));
