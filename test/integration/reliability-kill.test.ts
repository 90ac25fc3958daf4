// Issue 8: the process is killed (SIGKILL: no handler, no flush) at every step of a renewal, of a
// first issuance and of an export: at each progress step (test/helpers/kill-child.ts), and just
// before each file-system change it makes in the data folder or the export folder
// (test/helpers/fault.ts, preloaded). After every kill: the store opens, the old certificate is
// still there and usable (openssl: the chain verifies against Pebble's root and the key matches
// it), and the next attempt succeeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import {
  FAULT_PRELOAD,
  faultEnv,
  listTree,
  portIsClosed,
  recordCounts,
  type FaultSpec,
} from '../helpers/fault.ts';
import { KILL_CHILD, type ChildJob } from '../helpers/kill-child.ts';
import { openssl, verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { IssueStep } from '../../src-main/shared/types.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let root = '';
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-kill-${p}-`));
const counts = {
  progressStepKills: 0,
  fileSystemKillsRenewal: 0,
  fileSystemKillsIssuance: 0,
  fileSystemKillsExport: 0,
  retriesAfterKillSucceeded: 0,
  storeOpenedAfterKill: 0,
  oldCertificateUsableAfterKill: 0,
  tempFilesLeftBehind: 0,
};

before(async () => {
  // No authorization reuse: every renewal goes through validation, so every step happens.
  pebble = await startPebble({ authzReuse: 0, nonceRejectPercent: 0 });
  root = await pebble.rootPem(0);
});
after(async () => {
  await pebble?.stop();
  recordCounts('reliability-kill', counts);
});

type ChildOut = {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: Record<string, unknown> | null;
  stderr: string;
};

function runChild(
  job: ChildJob,
  env: Record<string, string> = {},
  preload = false,
): Promise<ChildOut> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(preload ? ['--import', FAULT_PRELOAD] : []), KILL_CHILD],
      {
        env: {
          ...process.env,
          CERTDESK_KEYCHAIN: 'off',
          CERTDESK_CHILD: JSON.stringify(job),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child timed out: ${stderr}`));
    }, 60_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').filter(Boolean).at(-1);
      resolve({
        code,
        signal,
        out: line ? (JSON.parse(line) as Record<string, unknown>) : null,
        stderr,
      });
    });
  });
}

async function newDataDir(): Promise<{ dataDir: string; certId: string; caCertPath: string }> {
  const dataDir = path.join(tmp('data'), 'd');
  const e = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    poll: { firstMs: 20, maxMs: 200 },
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'kill@example.org',
    agreeTos: true,
  });
  const r = await e.issue({
    names: ['kill.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  return { dataDir, certId: r.certificate.id, caCertPath: pebble.caCertPath };
}

/** The store opens; the current certificate is whole: chain verifies, key matches; returns its serial. */
async function assertUsable(dataDir: string, certId: string, what: string): Promise<string> {
  const e = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    poll: { firstMs: 20, maxMs: 200 },
  });
  counts.storeOpenedAfterKill += 1;
  const c = e.getCertificate(certId);
  assert.ok(c.serial && c.chainPem, `${what}: a current certificate`);
  const m = await e.keyMaterial(certId);
  const v = await verifyChain(c.chainPem, root);
  assert.ok(v.ok, `${what}: the chain verifies: ${v.output}`);
  const dir = tmp('check');
  writeFileSync(path.join(dir, 'cert.pem'), m.certPem);
  writeFileSync(path.join(dir, 'key.pem'), m.keyPem);
  const fromCert = await openssl(['x509', '-in', path.join(dir, 'cert.pem'), '-noout', '-pubkey']);
  const fromKey = await openssl(['pkey', '-in', path.join(dir, 'key.pem'), '-pubout']);
  assert.equal(fromCert.code, 0);
  assert.equal(fromKey.code, 0, fromKey.stderr);
  assert.equal(fromCert.stdout, fromKey.stdout, `${what}: the stored key matches the certificate`);
  counts.oldCertificateUsableAfterKill += 1;
  return c.serial;
}

/** The next attempt succeeds (in a fresh process, as the next scheduler run or CLI call would). */
async function assertNextRenewalWorks(
  dataDir: string,
  certId: string,
  caCertPath: string,
  serialBefore: string,
  what: string,
): Promise<void> {
  const r = await runChild({
    action: 'renew',
    dataDir,
    certId,
    caCertPath,
    httpPort: pebble.httpPort,
  });
  assert.equal(
    r.code,
    0,
    `${what}: the next renewal succeeds: ${JSON.stringify(r.out)} ${r.stderr}`,
  );
  assert.notEqual(r.out?.serial, serialBefore);
  assert.equal(await assertUsable(dataDir, certId, `${what} (after retry)`), r.out?.serial);
  assert.ok(await portIsClosed(pebble.httpPort));
  counts.retriesAfterKillSucceeded += 1;
}

function tempFiles(dataDir: string): string[] {
  return listTree(dataDir).filter((f) => /\.tmp$|\.tmp-|~$/.test(f));
}

const STEPS: IssueStep['step'][] = [
  'account',
  'order',
  'authorization',
  'validation',
  'cleanup',
  'finalize',
  'download',
  'done',
];

test(`renewal killed at each of its ${STEPS.length} progress steps: the old certificate stays usable, the next renewal succeeds`, async () => {
  const { dataDir, certId, caCertPath } = await newDataDir();
  for (const step of STEPS) {
    const before = await assertUsable(dataDir, certId, `before ${step}`);
    const r = await runChild(
      { action: 'renew', dataDir, certId, caCertPath, httpPort: pebble.httpPort },
      { CERTDESK_KILL_STEP: step },
    );
    assert.equal(r.signal, 'SIGKILL', `killed at ${step}: ${JSON.stringify(r.out)} ${r.stderr}`);
    counts.progressStepKills += 1;
    const after = await assertUsable(dataDir, certId, `killed at ${step}`);
    // Only "done" comes after the new certificate is recorded; before it, the old one is current.
    if (step === 'done')
      assert.notEqual(after, before, 'the new certificate was complete when killed at "done"');
    else
      assert.equal(
        after,
        before,
        `killed at ${step}: the old certificate is still the current one`,
      );
    assert.ok(await portIsClosed(pebble.httpPort), "the dead process's listener is gone");
    await assertNextRenewalWorks(dataDir, certId, caCertPath, after, `killed at ${step}`);
  }
  counts.tempFilesLeftBehind += tempFiles(dataDir).length;
});

const DATA_OPS = [
  'openSync',
  'writeFileSync',
  'renameSync',
  'unlinkSync',
  'rmSync',
  'mkdirSync',
  'p:open',
  'p:writeFile',
  'p:rename',
  'p:unlink',
  'p:mkdir',
  'p:rm',
];

async function dryRun(job: ChildJob, match: string): Promise<{ op: string; path: string }[]> {
  const countTo = path.join(tmp('count'), 'calls.json');
  const r = await runChild(
    job,
    faultEnv({ ops: DATA_OPS, match, countTo } satisfies FaultSpec),
    true,
  );
  assert.equal(r.code, 0, `dry run: ${JSON.stringify(r.out)} ${r.stderr}`);
  return (JSON.parse(readFileSync(countTo, 'utf8')) as { calls: { op: string; path: string }[] })
    .calls;
}

test('renewal killed just before each file-system change it makes in the data folder', async () => {
  const { dataDir, certId, caCertPath } = await newDataDir();
  const job: ChildJob = { action: 'renew', dataDir, certId, caCertPath, httpPort: pebble.httpPort };
  const match = dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const calls = await dryRun(job, match);
  assert.ok(calls.length >= 4, `the renewal changes files: ${JSON.stringify(calls)}`);
  for (let k = 1; k <= calls.length; k++) {
    const before = await assertUsable(dataDir, certId, `before fs kill ${k}`);
    const r = await runChild(job, faultEnv({ ops: DATA_OPS, match, killAt: k }), true);
    // The call list can differ a little from run to run (lock retries); a run with fewer calls just finishes.
    if (r.signal !== 'SIGKILL') {
      assert.equal(r.code, 0, r.stderr);
      continue;
    }
    counts.fileSystemKillsRenewal += 1;
    const after = await assertUsable(
      dataDir,
      certId,
      `fs kill ${k} (${calls[k - 1]?.op} ${path.relative(dataDir, calls[k - 1]?.path ?? '')})`,
    );
    await assertNextRenewalWorks(dataDir, certId, caCertPath, after, `fs kill ${k}`);
    void before;
  }
  counts.tempFilesLeftBehind += tempFiles(dataDir).length;
});

test('first issuance of a new certificate killed at each progress step and file-system change: the store opens, the other certificate is untouched, the retry succeeds', async () => {
  const { dataDir, certId, caCertPath } = await newDataDir();
  const job: ChildJob = {
    action: 'issue',
    dataDir,
    caCertPath,
    httpPort: pebble.httpPort,
    names: ['second.kill.example.test'],
    directoryUrl: pebble.directoryUrl,
  };
  const match = dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const calls = await dryRun({ ...job, names: ['dry.kill.example.test'] }, match);
  const plans: { env: Record<string, string>; preload: boolean; label: string }[] = [
    ...STEPS.map((step) => ({
      env: { CERTDESK_KILL_STEP: step },
      preload: false,
      label: `step ${step}`,
    })),
    ...calls.map((c, i) => ({
      env: faultEnv({ ops: DATA_OPS, match, killAt: i + 1 }),
      preload: true,
      label: `fs ${i + 1} ${c.op}`,
    })),
  ];
  const serial = await assertUsable(dataDir, certId, 'first certificate');
  for (const [i, plan] of plans.entries()) {
    const names = [`n${i}.kill.example.test`];
    const r = await runChild({ ...job, names }, plan.env, plan.preload);
    if (r.signal !== 'SIGKILL') {
      assert.equal(r.code, 0, r.stderr);
      continue;
    }
    if (plan.preload) counts.fileSystemKillsIssuance += 1;
    else counts.progressStepKills += 1;
    assert.equal(
      await assertUsable(dataDir, certId, `issuance killed at ${plan.label}`),
      serial,
      'the other certificate is untouched',
    );
    const e = await Engine.open({ dataDir, caCertPem: pebble.caCertPem });
    const half = e.listCertificates().find((c) => c.names[0] === names[0]);
    // Killed before the store update: not recorded, or recorded without a certificate. Killed
    // after it (the step "done", the lock's removal): recorded, and then it must be whole.
    if (half?.serial)
      await assertUsable(dataDir, half.id, `${plan.label}: a certificate recorded before the kill`);
    // The retry of the same request succeeds.
    const again = await runChild({ ...job, names });
    assert.equal(
      again.code,
      0,
      `${plan.label}: retry: ${JSON.stringify(again.out)} ${again.stderr}`,
    );
    await assertUsable(dataDir, String(again.out?.id), `${plan.label}: retried certificate`);
    counts.retriesAfterKillSucceeded += 1;
  }
  counts.tempFilesLeftBehind += tempFiles(dataDir).length;
});

test('export killed just before each file it writes: the files of the earlier export stay whole, the next export succeeds', async () => {
  const { dataDir, certId, caCertPath } = await newDataDir();
  for (const format of ['pem', 'pfx'] as const) {
    const outDir = tmp(`export-${format}`);
    const job: ChildJob = {
      action: 'export',
      dataDir,
      certId,
      caCertPath,
      exportDir: outDir,
      format,
      ...(format === 'pfx' ? { password: 'kill-test-pw' } : {}),
    };
    const first = await runChild(job);
    assert.equal(first.code, 0, first.stderr);
    const files = (first.out?.files as string[]).map((f) => path.basename(f)).sort();
    const snapshot = new Map(files.map((f) => [f, readFileSync(path.join(outDir, f))]));
    const match = outDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const calls = await dryRun(job, match);
    assert.ok(calls.length >= 1, JSON.stringify(calls));
    for (let k = 1; k <= calls.length; k++) {
      const r = await runChild(job, faultEnv({ ops: DATA_OPS, match, killAt: k }), true);
      if (r.signal !== 'SIGKILL') {
        assert.equal(r.code, 0, r.stderr);
        continue;
      }
      counts.fileSystemKillsExport += 1;
      // Same certificate, so every file must be byte-identical to the earlier export or (PFX:
      // fresh salt) still open with the password: never half written, never missing.
      const now = readdirSync(outDir)
        .filter((f) => !f.startsWith('.'))
        .sort();
      assert.deepEqual(now, files, `${format} kill ${k}: the same files are there`);
      for (const f of files) {
        const buf = readFileSync(path.join(outDir, f));
        if (format === 'pem')
          assert.ok(buf.equals(snapshot.get(f)!), `${format} kill ${k}: ${f} is whole`);
        else if (/\.(pfx|p12)$/.test(f))
          assert.equal(
            (
              await openssl([
                'pkcs12',
                '-in',
                path.join(outDir, f),
                '-nokeys',
                '-passin',
                'pass:kill-test-pw',
              ])
            ).code,
            0,
            `${f} opens`,
          );
      }
      const again = await runChild(job);
      assert.equal(again.code, 0, `${format} kill ${k}: the next export succeeds: ${again.stderr}`);
      counts.retriesAfterKillSucceeded += 1;
    }
    counts.tempFilesLeftBehind += readdirSync(outDir).filter((f) => f.startsWith('.')).length;
  }
});
