// Issue 5 end to end against a real Pebble: a certificate issued, exported to a remembered folder,
// made due with a fake clock on the Engine, and renewed by the scheduler: a new serial, the export
// files rewritten, the attempt history persisted across Engine.open. Then the CLI: `list` and
// `show` say why and when, `renew` without --force skips what needs the person, --force renews.
// Pebble 2.4 has no ARI (renewalInfo): the ARI path is tested in test/unit/engine/renewal/ari.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import {
  createScheduler,
  engineAdapter,
  type SchedulerEvent,
} from '../../src-main/engine/renewal/index.ts';
import type { Clock } from '../../src-main/engine/ports.ts';
import { HOUR_MS } from '../../src-main/shared/durations.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let dataDir: string;
let certId: string;
const tmp = (p: string): string => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));

before(async () => {
  pebble = await startPebble();
  dataDir = tmp('renewal');
});
after(async () => {
  await pebble?.stop();
});

const cli = (args: string[]) =>
  runCli([
    ...args,
    '--data-dir',
    dataDir,
    '--ca-cert',
    pebble.caCertPath,
    '--http-port',
    String(pebble.httpPort),
    '--dns-resolver',
    `127.0.0.1:${pebble.dnsPort}`,
  ]);
const serialOf = (pem: string): string => new X509Certificate(pem).serialNumber.toLowerCase();

test('the scheduler renews a due certificate from Pebble, re-exports it, and the history survives a restart', async () => {
  let offset = 0;
  const clock: Clock = {
    now: () => Date.now() + offset,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  const engineOpts = {
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
    clock,
  };
  const engine = await Engine.open(engineOpts);
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'renew@example.org',
    agreeTos: true,
  });
  const issued = await engine.issue({
    names: ['renew.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  certId = issued.certificate.id;
  const stored = engine.getStored(certId);
  assert.ok(stored.current?.ariCertId, 'certID (RFC 9773) kept at issuance');
  const exportDir = tmp('renewal-export');
  const ex = await engine.exportCertificate(certId, {
    dir: exportDir,
    format: 'pem',
    remember: true,
  });
  const certFile = ex.files.find((f) => f.kind === 'cert')!.path;
  const oldSerial = serialOf(readFileSync(certFile, 'utf8'));
  assert.equal(oldSerial, stored.current?.serial);

  // Not due today: planned at one third of Pebble's 5-year lifetime left.
  const before = engine.listCertificates()[0];
  assert.equal(before.status, 'valid');
  assert.match(before.renewalReason ?? '', /one third of the \d+-day lifetime left/);
  // Move the Engine's clock just past that time: the scheduler renews on its first pass.
  offset = Date.parse(before.nextRenewalAt!) - Date.now() + HOUR_MS;
  assert.ok(Date.parse(engine.listCertificates()[0].nextRenewalAt!) <= clock.now());

  const events: SchedulerEvent[] = [];
  const done = new Promise<SchedulerEvent>((resolve) => {
    const sched = createScheduler({
      engine: engineAdapter(engine),
      clock,
      random: () => 0.3,
      startDelayMaxMs: 500,
      onEvent: (e) => {
        events.push(e);
        // The renewed certificate (notBefore is Pebble's real now) would be due again on this
        // shifted clock: stop after the first renewal.
        if (e.type === 'renewed' || e.type === 'failed') {
          void sched.stop();
          resolve(e);
        }
      },
    });
    sched.start();
  });
  let guard: NodeJS.Timeout | undefined;
  const ev = await Promise.race([
    done,
    new Promise<never>((_, rej) => {
      guard = setTimeout(
        () => rej(new Error(`no renewal in 60 s: ${JSON.stringify(events.slice(-3))}`)),
        60_000,
      );
    }),
  ]).finally(() => clearTimeout(guard));
  assert.equal(ev.type, 'renewed', JSON.stringify(ev));
  if (ev.type !== 'renewed') return;
  assert.deepEqual(
    ev.exports.map((e) => [e.dir, e.ok]),
    [[exportDir, true]],
  );

  const after = engine.getStored(certId);
  assert.notEqual(after.current?.serial, oldSerial, 'a new certificate');
  assert.equal(after.previous?.serial, oldSerial);
  assert.equal(
    serialOf(readFileSync(certFile, 'utf8')),
    after.current?.serial,
    'the export file was rewritten',
  );
  const keyFile = ex.files.find((f) => f.secret)!.path;
  assert.ok(
    new X509Certificate(readFileSync(certFile, 'utf8')).checkPrivateKey(
      (await import('node:crypto')).createPrivateKey(readFileSync(keyFile, 'utf8')),
    ),
    'key and certificate match',
  );

  // A new process sees the same history.
  const again = await Engine.open(engineOpts);
  const attempts = again.getStored(certId).attempts;
  assert.deepEqual(
    attempts.map((a) => [a.trigger, a.outcome]),
    [
      ['cli', 'success'],
      ['scheduled', 'success'],
    ],
  );
  assert.equal(again.getStored(certId).exports[0].lastOutcome, 'ok');
});

test('CLI: list and show say why and when; renew skips what needs the person; --force renews by hand', async () => {
  // A CAA failure recorded by a renewal (as the CA would answer): no automatic retry.
  const engine = await Engine.open({ dataDir });
  const at = new Date().toISOString();
  await engine.store.update((d) => {
    d.certificates[certId].attempts.push({
      at,
      trigger: 'scheduled',
      outcome: 'failure',
      errorCode: 'caa',
      message: 'A CAA record in your DNS does not allow this CA to issue.',
    });
  });
  const list = await cli(['list', '--json']);
  assert.equal(list.code, 0, list.stderr);
  const [c] = JSON.parse(list.stdout);
  for (const k of [
    'id',
    'names',
    'status',
    'notBefore',
    'notAfter',
    'nextRenewalAt',
    'renewalReason',
    'lastAttempt',
  ])
    assert.ok(k in c, k);
  assert.equal(c.status, 'needs-attention');
  assert.equal(c.nextRenewalAt, null);
  assert.match(c.renewalReason, /needs you: a CAA record/);
  assert.equal(c.lastAttempt.errorCode, 'caa');
  assert.match(c.lastAttempt.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.match(c.notAfter, /Z$/);

  const text = await cli(['list']);
  assert.match(text.stdout, /needs-attention/);
  assert.match(text.stdout, /why: needs you: a CAA record/);
  assert.match(text.stdout, /last attempt: .* failure \(scheduled\) caa:/);
  const show = await cli(['show', certId]);
  assert.match(show.stdout, /next renewal: +- \(needs you/);

  const skip = await cli(['renew']);
  assert.equal(skip.code, 1, 'exit 1: something needs the person');
  assert.match(
    skip.stderr,
    new RegExp(
      `Skipping renew\\.example\\.test \\(${certId}\\): needs you: .*certdesk renew --id ${certId} --force`,
    ),
  );
  assert.equal(engine.getStored(certId).attempts.length, 3, 'no attempt made');

  const forced = await cli(['renew', '--id', certId, '--force', '--json']);
  assert.equal(forced.code, 0, forced.stderr);
  const after = await cli(['show', certId, '--json']);
  const s = JSON.parse(after.stdout);
  assert.equal(s.status, 'valid');
  assert.equal(s.lastAttempt.outcome, 'success');
  assert.match(s.renewalReason, /one third/);
});
