// Runs @doyensec/electronegativity over the Electron glue (src-main/app) and fails on any finding
// above LOW that .electronegativity-allow.json does not explain (issue 8: "no finding above low left
// unexplained"). Usage: node scripts/electronegativity.ts [--input DIR] [--out FILE.csv]
// The findings go to test-output/electronegativity.csv; a summary is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Finding = {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
};
export type AllowEntry = { issue: string; file?: string; reason: string; test?: string };

/** RFC 4180-ish CSV (quoted fields may hold commas, quotes and newlines), as electronegativity writes it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

export function parseFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  const idx = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const col = {
    issue: idx('issue'),
    severity: idx('severity'),
    confidence: idx('confidence'),
    file: idx('filename'),
    location: idx('location'),
    sample: idx('sample'),
    description: idx('description'),
  };
  if (col.issue < 0 || col.severity < 0)
    throw new Error(`unexpected electronegativity CSV header: ${header.join(',')}`);
  return rows.map((r) => ({
    issue: r[col.issue]?.trim() ?? '',
    severity: r[col.severity]?.trim().toUpperCase() ?? '',
    confidence: r[col.confidence]?.trim() ?? '',
    file: r[col.file]?.trim() ?? '',
    location: r[col.location]?.trim() ?? '',
    sample: r[col.sample]?.trim() ?? '',
    description: r[col.description]?.trim() ?? '',
  }));
}

const rank = (s: string): number => {
  const i = SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);
  return i < 0 ? SEVERITIES.length : i; // an unknown severity counts as the worst
};

/** Findings above LOW with no allow-list entry (same issue, and same file when the entry names one). */
export function unexplained(findings: Finding[], allow: AllowEntry[]): Finding[] {
  return findings.filter(
    (f) =>
      rank(f.severity) > rank('LOW') &&
      !allow.some((a) => a.issue === f.issue && (!a.file || a.file === f.file)),
  );
}

export function loadAllowList(file: string): AllowEntry[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { allow?: AllowEntry[] };
  const list = data.allow ?? [];
  for (const a of list) {
    if (!a.issue || !a.reason || a.reason.trim().length < 20)
      throw new Error(
        `${file}: every entry needs an issue and a real reason (${JSON.stringify(a)})`,
      );
  }
  return list;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: 'src-main/app' },
      out: { type: 'string', default: 'test-output/electronegativity.csv' },
    },
  });
  const out = path.resolve(root, values.out!);
  mkdirSync(path.dirname(out), { recursive: true });
  rmSync(out, { force: true });
  const electronVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const bin = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const scan = (): Finding[] | null => {
    rmSync(out, { force: true });
    const r = spawnSync(
      process.execPath,
      [
        bin,
        '-i',
        path.resolve(root, values.input!),
        '-o',
        out,
        '-r',
        '-v',
        'false',
        '-e',
        electronVersion,
      ],
      { cwd: root, encoding: 'utf8', timeout: 300_000 },
    );
    if (r.status !== 0 || !existsSync(out)) {
      process.stderr.write(`electronegativity did not run (exit ${r.status}): ${r.stderr}\n`);
      return null;
    }
    return parseFindings(readFileSync(out, 'utf8'));
  };
  const allow = loadAllowList(path.join(root, '.electronegativity-allow.json'));
  let findings = scan();
  if (!findings) return 2;
  // electronegativity 1.10 sometimes clobbers the start of its own CSV (two writes race; seen about
  // one run in five): a row that does not begin with a check's name. Scan again (up to 5 times)
  // until the file is whole; a real finding is in every whole file.
  const whole = (): boolean =>
    readFileSync(out, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== '')
      .every((l) => /^[A-Z0-9_]+,"/.test(l));
  for (let i = 0; i < 5 && !whole(); i++) findings = scan() ?? findings;
  if (!whole()) {
    process.stderr.write(`electronegativity wrote a damaged report five times: ${out}\n`);
    return 2;
  }
  const bad = unexplained(findings, allow);
  for (const f of findings) {
    const why = allow.find((a) => a.issue === f.issue && (!a.file || a.file === f.file));
    console.log(
      `${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location}${why ? `  (allowed: ${why.reason})` : ''}`,
    );
  }
  for (const a of allow)
    if (!findings.some((f) => f.issue === a.issue && (!a.file || a.file === f.file)))
      console.log(
        `note: allow-list entry ${a.issue}${a.file ? ` ${a.file}` : ''} matched nothing; remove it?`,
      );
  console.log(
    `electronegativity: ${findings.length} finding(s), ${bad.length} above LOW unexplained; CSV in ${path.relative(root, out)}`,
  );
  return bad.length ? 1 : 0;
}

if (import.meta.main) process.exitCode = main();
