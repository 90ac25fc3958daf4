// Issue 5 "done when": a real renewal against Pebble end to end as a server renewing from cron does
// it, including the re-export and a notification delivered to a real SMTP server; then a failing
// renewal, whose notice is sent once a day and not again on the next failed run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { startSmtp, type SmtpServer } from '../helpers/smtp.ts';

let pebble: Pebble;
let smtp: SmtpServer;
let dataDir: string;
let out: string;
const common = () => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];

before(async () => {
  // No authorization reuse: every renewal is validated again, so a broken port 80 shows.
  pebble = await startPebble({ authzReuse: 0 });
  smtp = await startSmtp({ auth: { user: 'ops', password: 'mail-secret-42' } });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-renew-mail-'));
  out = mkdtempSync(path.join(os.tmpdir(), 'certdesk-renew-mail-out-'));
});
after(async () => {
  await smtp?.stop();
  await pebble?.stop();
});

const serial = (file: string) => new X509Certificate(readFileSync(file)).serialNumber;

test('cron-style: renew re-exports and e-mails the result; a failure is e-mailed once a day', async () => {
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--directory',
        pebble.directoryUrl,
        '--email',
        'owner@example.org',
        '--agree-tos',
        ...common(),
      ])
    ).code,
    0,
  );
  const issued = await runCli(['issue', '-d', 'mail.renew.example.test', '--json', ...common()]);
  assert.equal(issued.code, 0, issued.stderr);
  const id = JSON.parse(issued.stdout).id as string;
  const ex = await runCli([
    'export',
    id,
    '--format',
    'fullchain',
    '--out',
    out,
    '--remember',
    ...common(),
  ]);
  assert.equal(ex.code, 0, ex.stderr);
  const files = readdirSync(out).filter((f) => f.endsWith('.pem') && !/key/.test(f));
  const certFile = path.join(out, files[0]);
  const firstSerial = serial(certFile);

  // The person's password file lives outside the data folder, whose every file is checked below.
  const pw = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-renew-mail-pw-')), 'smtp-pw');
  writeFileSync(pw, 'mail-secret-42\n', { mode: 0o600 });
  const n = await runCli([
    'notify',
    '--email-to',
    'ops@example.org',
    '--email-from',
    'certdesk@example.org',
    '--smtp-host',
    '127.0.0.1',
    '--smtp-port',
    String(smtp.port),
    '--smtp-user',
    'ops',
    '--smtp-password-file',
    pw,
    '--success',
    'on',
    '--test',
    'email',
    ...common(),
  ]);
  assert.equal(n.code, 0, n.stdout + n.stderr);
  await smtp.waitFor(1);
  assert.match(smtp.messages[0].subject, /test/i);

  // A successful renewal: new serial in the remembered export folder, and an e-mail that says so.
  const ok = await runCli(['renew', '--id', id, '--force', ...common()]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.notEqual(
    serial(certFile),
    firstSerial,
    'the export was written again with the renewed certificate',
  );
  const [, renewed] = await smtp.waitFor(2);
  assert.match(renewed.subject, /^\[Certdesk\] Renewed: mail\.renew\.example\.test/);
  assert.deepEqual(renewed.to, ['ops@example.org']);
  assert.equal(renewed.user, 'ops');

  // Port 80 taken by a site that answers 404: the renewal fails, the old certificate stays, one e-mail.
  const squatter = http.createServer((_q, s) => {
    s.statusCode = 404;
    s.end();
  });
  await new Promise<void>((resolve) => squatter.listen(pebble.httpPort, '127.0.0.1', resolve));
  try {
    const renewedSerial = serial(certFile);
    const bad = await runCli(['renew', '--id', id, '--force', ...common()]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /failed: /);
    const [, , failed] = await smtp.waitFor(3);
    assert.match(failed.subject, /^\[Certdesk\] Renewal failed: mail\.renew\.example\.test/);
    assert.match(failed.text, /mail\.renew\.example\.test/);
    assert.equal(
      serial(certFile),
      renewedSerial,
      'a failed renewal leaves the exported certificate alone',
    );
    // The same problem again the same day: no second message.
    assert.equal((await runCli(['renew', '--id', id, '--force', ...common()])).code, 1);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(
      smtp.messages.length,
      3,
      'one message per certificate per day for the same problem',
    );
    const shown = await runCli(['show', id, '--json', ...common()]);
    const j = JSON.parse(shown.stdout);
    assert.equal(j.lastAttempt.outcome, 'failure');
    assert.match(j.nextRenewalAt, /^\d{4}-\d\d-\d\dT/);
  } finally {
    await new Promise((r) => squatter.close(r));
  }
  // The SMTP password never shows in what Certdesk stored in the clear or printed.
  // Every file of the data folder (one per record since issue 22).
  for (const f of readdirSync(dataDir, { recursive: true, withFileTypes: true }))
    if (f.isFile())
      assert.ok(!readFileSync(path.join(f.parentPath, f.name), 'utf8').includes('mail-secret-42'));
});

test('the desktop renewal service: paused, it still warns of expiry; resumed, it renews and says so', async () => {
  const { Engine } = await import('../../src-main/engine/engine.ts');
  const { createRenewalService } = await import('../../src-main/engine/renewal/service.ts');
  const { desktopChannel } = await import('../../src-main/engine/renewal/notifier.ts');
  process.env.CERTDESK_KEYCHAIN = 'off';
  let offset = 0;
  const clock = {
    now: () => Date.now() + offset,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
  };
  const engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-svc-')),
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
    clock,
  });
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'svc@example.org',
    agreeTos: true,
  });
  const { certificate } = await engine.issue({
    names: ['svc.renew.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  await engine.store.update((d) => {
    d.settings.renewalsPaused = true;
    d.settings.notifyOnSuccess = true;
  });
  // 95% of the lifetime gone: less than a tenth left.
  const nb = Date.parse(certificate.notBefore!);
  const na = Date.parse(certificate.notAfter!);
  offset = nb + (na - nb) * 0.95 - Date.now();

  const shown: { title: string; certificateId?: string; urgency?: string }[] = [];
  const changed: string[] = [];
  let wake: (() => void) | null = null;
  const service = createRenewalService({
    engine,
    desktop: desktopChannel((d) => {
      shown.push(d);
      wake?.();
    }),
    onCertChanged: (id) => changed.push(id),
    scheduler: { startDelayMaxMs: 200, wakeJitterMs: 0, random: () => 0.5 },
  });
  const until = async (pred: () => boolean, what: string) => {
    const end = Date.now() + 60_000;
    while (!pred()) {
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(shown)}`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 100);
      });
    }
  };
  try {
    service.start();
    await until(
      () => shown.some((s) => /^Expires soon: svc\.renew\.example\.test/.test(s.title)),
      'the expiry warning',
    );
    const warn = shown.find((s) => /^Expires soon/.test(s.title))!;
    assert.equal(warn.certificateId, certificate.id, 'a click opens that certificate');
    assert.equal(warn.urgency, 'critical');
    assert.equal(
      engine.getStored(certificate.id).current?.serial,
      certificate.serial,
      'paused: nothing renewed',
    );

    service.pause(false);
    await until(
      () => shown.some((s) => /^Renewed: svc\.renew\.example\.test/.test(s.title)),
      'the renewal',
    );
    assert.notEqual(engine.getStored(certificate.id).current?.serial, certificate.serial);
    assert.ok(changed.includes(certificate.id), 'the UI is told the certificate changed');
    assert.equal(
      shown.filter((s) => /^Expires soon/.test(s.title)).length,
      1,
      'the warning was not repeated',
    );
  } finally {
    await service.stop();
  }
});
