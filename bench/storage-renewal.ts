// Issue 22: what saving one renewal costs with 10,000 certificates in the data folder: the bytes
// this process writes (the kernel's wchar count in /proc/self/io) and the time taken. It does what
// issuance.ts does when a renewal is saved: the new version's files, then one update of the record,
// then the oldest version's folder removed. Written against the Storage port only, so the same file
// measured the single-file store (before) and the per-certificate layout (after).
//   node bench/storage-renewal.ts [--certs N] [--runs N]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../src-main/storage/store.ts';
import { writeBenchStore } from './scale.ts';
import { median } from './stats.ts';

export type RenewalSaveResults = {
  certs: number;
  runs: number;
  bytesWritten: number;
  msMedian: number;
};

/** Bytes this process has passed to write() so far (Linux); NaN elsewhere. */
function writtenBytes(): number {
  try {
    const m = /^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

const CHAIN =
  `-----BEGIN CERTIFICATE-----\n${'A'.repeat(64)}\n`.repeat(40) + '-----END CERTIFICATE-----\n';
const KEY = `-----BEGIN PRIVATE KEY-----\n${'B'.repeat(64)}\n-----END PRIVATE KEY-----\n`;

export async function renewalSave(n = 10_000, runs = 9): Promise<RenewalSaveResults> {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-renewal-'));
  try {
    writeBenchStore(dir, n);
    const store = await Store.open(dir);
    store.read();
    // One save first, untimed: the first write of a data folder may do one-time work (a migration).
    await saveOne(store, 'warm', 0);
    const ms: number[] = [];
    const bytes: number[] = [];
    for (let r = 1; r <= runs; r++) {
      const id = ((r * 997) % n).toString(16).padStart(12, '0');
      const b0 = writtenBytes();
      const t0 = performance.now();
      await saveOne(store, id, r);
      ms.push(performance.now() - t0);
      bytes.push(writtenBytes() - b0);
    }
    return { certs: n, runs, bytesWritten: median(bytes), msMedian: median(ms) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function saveOne(store: Store, id: string, r: number): Promise<void> {
  const certId = id === 'warm' ? '000000000001' : id;
  const version = `v${r + 2}`;
  await store.writeVersion(certId, version, CHAIN, KEY);
  const at = new Date().toISOString();
  await store.update((d) => {
    const cur = d.certificates[certId];
    d.certificates[certId] = {
      ...cur,
      previous: cur.current,
      attempts: [
        ...cur.attempts,
        { at, trigger: 'scheduled' as const, outcome: 'success' as const },
      ].slice(-100),
      current: {
        version,
        notBefore: at,
        notAfter: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        serial: `${r}`,
        issuer: 'Bench CA',
        chainIssuers: ['Bench CA', 'Bench Root'],
        issuedAt: at,
      },
    };
  });
  store.removeVersion(certId, 'v1');
}

export type RenewalSaveFigures = {
  /** Measured once on the single-file store (5efef63), kept in storage-renewal-before.json. */
  before: RenewalSaveResults & { what: string };
  after: RenewalSaveResults;
};

/** This checkout's figures beside the single-file store's (npm run bench and this script). */
export async function renewalSaveFigures(n = 10_000, runs = 9): Promise<RenewalSaveFigures> {
  const after = await renewalSave(n, runs);
  const before = JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'storage-renewal-before.json'), 'utf8'),
  ) as RenewalSaveFigures['before'];
  return { before, after };
}

if (import.meta.main) {
  const a = process.argv.slice(2);
  const certs = Number(a[a.indexOf('--certs') + 1]) || 10_000;
  const runs = Number(a[a.indexOf('--runs') + 1]) || 9;
  process.stdout.write(JSON.stringify(await renewalSaveFigures(certs, runs), null, 2) + '\n');
}
