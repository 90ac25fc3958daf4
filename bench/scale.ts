// 10,000 managed certificates: store load, a scheduler tick (planning every certificate), memory.
import { mkdtempSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store, STORE_FILE } from '../src-main/storage/store.ts';
import { openRuntime } from '../src-main/api/runtime.ts';
import { median } from './stats.ts';
import { timerStandIn } from '../test/helpers/timer-stand-in.ts';

export type ScaleResults = {
  certs: number;
  storeBytes: number;
  loadMs: number;
  tickMedianMs: number;
  heapMb: number;
  rssMb: number;
};

/** A data folder with n managed certificates (and one account), as the app would have written it. */
export function writeBenchStore(dir: string, n: number): void {
  const now = Date.now();
  const certificates: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const id = i.toString(16).padStart(12, '0');
    const life = [90, 45, 6, 64][i % 4] * 86_400_000;
    const nb = now - Math.floor((((i * 7919) % 100) / 100) * life);
    certificates[id] = {
      id,
      names: [`site${i}.example.com`, `www.site${i}.example.com`],
      accountId: 'acct',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'builtin' },
      createdAt: new Date(nb).toISOString(),
      current: {
        version: 'v1',
        notBefore: new Date(nb).toISOString(),
        notAfter: new Date(nb + life).toISOString(),
        serial: id,
        issuer: 'Bench CA',
        chainIssuers: ['Bench CA', 'Bench Root'],
        issuedAt: new Date(nb).toISOString(),
      },
      previous: null,
      attempts:
        i % 10 === 0
          ? [
              {
                at: new Date(now - 3_600_000).toISOString(),
                trigger: 'scheduled',
                outcome: 'failure',
                errorCode: 'connection',
                message: 'The CA could not connect to your server.',
              },
            ]
          : [],
      exports: [],
    };
  }
  const accounts = {
    acct: {
      id: 'acct',
      caId: 'letsencrypt',
      directoryUrl: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'bench@example.com',
      keyType: 'ec256',
      accountUrl: 'https://acme.example/acct/1',
      createdAt: new Date(now).toISOString(),
      tosAgreed: new Date(now).toISOString(),
      keySealed: '',
    },
  };
  writeFileSync(
    path.join(dir, STORE_FILE),
    JSON.stringify({
      // The single-file format (schema 2): fast to write here; opening it moves it to the folder
      // layout (issue 22), as a real folder from an earlier version is moved.
      schemaVersion: 2,
      secretBackend: 'file',
      accounts,
      certificates,
      secrets: {},
      settings: {},
    }),
  );
  writeFileSync(path.join(dir, 'master.key'), Buffer.alloc(32, 1).toString('base64'), {
    mode: 0o600,
  });
}

export async function scale(n = 10_000): Promise<ScaleResults> {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  writeBenchStore(dir, n);
  // The bench store is written in the single-file format; open it once to move it to the folder
  // layout (issue 22), so the load below is what every later start does.
  await Store.open(dir);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const store = await Store.open(dir);
  store.read();
  const loadMs = performance.now() - t0;
  const { engine } = await openRuntime({ face: 'cli', dataDir: dir, timer: timerStandIn() });
  const ticks: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    engine.listCertificates();
    ticks.push(performance.now() - t);
  }
  globalThis.gc?.();
  const mem = process.memoryUsage();
  return {
    certs: n,
    storeBytes: folderBytes(dir),
    loadMs,
    tickMedianMs: median(ticks),
    heapMb: (mem.heapUsed - heap0) / 1e6,
    rssMb: mem.rss / 1e6,
  };
}

/** The bytes of every file in the data folder (the records, the marker, the key). */
function folderBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile()) n += statSync(path.join(f.parentPath, f.name)).size;
  return n;
}
