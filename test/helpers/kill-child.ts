// Test-only child process for the kill-at-every-step tests (issue 8): opens the engine on a data
// folder and runs one renewal, issuance or export, SIGKILLing itself at a chosen progress step
// (CERTDESK_KILL_STEP=finalize, optionally CERTDESK_KILL_NTH=2 for the 2nd such step). Kills at the
// file-system level come from fault.ts, preloaded with `node --import`. Prints one JSON line when
// it finishes without being killed. Nothing in src-main knows about this file.
//
//   CERTDESK_CHILD='{"action":"renew","dataDir":"...","certId":"...","caCertPath":"...","httpPort":5002}'
import { readFileSync } from 'node:fs';
import { Engine } from '../../src-main/engine/engine.ts';
import { createFileLogger } from '../../src-main/storage/file-logger.ts';
import type { IssueStep } from '../../src-main/shared/types.ts';
import type { ChallengeConfig } from '../../src-main/shared/types.ts';

export type ChildJob = {
  action: 'renew' | 'issue' | 'export';
  dataDir: string;
  caCertPath?: string;
  httpPort?: number;
  app?: string;
  certId?: string;
  names?: string[];
  challenge?: ChallengeConfig;
  directoryUrl?: string;
  exportDir?: string;
  format?: 'pem' | 'pfx' | 'fullchain' | 'der' | 'combined';
  password?: string;
  /** Hold the certificate's lock this long before starting (two-process tests). */
  holdMs?: number;
};

export const KILL_CHILD = new URL(import.meta.url).pathname;

async function main(): Promise<void> {
  const job = JSON.parse(process.env.CERTDESK_CHILD ?? '{}') as ChildJob;
  const killStep = process.env.CERTDESK_KILL_STEP as IssueStep['step'] | undefined;
  const nth = Number(process.env.CERTDESK_KILL_NTH ?? 1);
  let seen = 0;
  const onProgress = (s: IssueStep) => {
    if (killStep && s.step === killStep && ++seen === nth) process.kill(process.pid, 'SIGKILL');
  };
  const engine = await Engine.open({
    dataDir: job.dataDir,
    app: job.app ?? 'Certdesk test child',
    ...(job.caCertPath ? { caCertPem: readFileSync(job.caCertPath, 'utf8') } : {}),
    ...(job.httpPort ? { httpPort: job.httpPort } : {}),
    logger: createFileLogger(job.dataDir),
    poll: { firstMs: 20, maxMs: 200 },
  });
  if (job.holdMs) {
    const release = engine.store.lockCertificate(job.certId!);
    process.stdout.write(JSON.stringify({ holding: true, pid: process.pid }) + '\n');
    await new Promise((r) => setTimeout(r, job.holdMs));
    release();
    process.stdout.write(JSON.stringify({ ok: true, released: true }) + '\n');
    return;
  }
  if (job.action === 'renew') {
    const r = await engine.renew(job.certId!, { onProgress });
    process.stdout.write(JSON.stringify({ ok: true, serial: r.certificate.serial }) + '\n');
  } else if (job.action === 'issue') {
    const r = await engine.issue({
      names: job.names!,
      challenge: job.challenge ?? { type: 'http-01', httpMode: 'builtin' },
      ...(job.directoryUrl ? { directoryUrl: job.directoryUrl } : {}),
      force: true,
      onProgress,
    });
    process.stdout.write(
      JSON.stringify({ ok: true, id: r.certificate.id, serial: r.certificate.serial }) + '\n',
    );
  } else {
    const r = await engine.exportCertificate(job.certId!, {
      dir: job.exportDir!,
      format: job.format ?? 'pem',
      overwrite: true,
      ...(job.password ? { password: job.password } : {}),
    });
    process.stdout.write(JSON.stringify({ ok: true, files: r.files.map((f) => f.path) }) + '\n');
  }
}

if (import.meta.main) {
  main().catch((e: { code?: string; message?: string }) => {
    process.stdout.write(JSON.stringify({ ok: false, code: e.code, message: e.message }) + '\n');
    process.exitCode = 1;
  });
}
