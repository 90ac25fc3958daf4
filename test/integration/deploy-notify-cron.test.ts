// Issue 17 from cron: `certdesk renew` renews at Pebble, then its SFTP target (a real sshd) refuses
// the saved password because it was changed on the server. The person who renews from cron hears of
// it exactly as the app's user does (one deploy-failed notice, built by the same code as the
// scheduler's: engine/renewal/deploy-notice.ts), through the channels of Settings: a local
// webhook (our JSON) and a real SMTP server, in the language chosen in Settings (Hungarian here).
// The earlier files on the server stay as they were; once the password is fixed, the next cron
// run tries the deployment again when its backoff allows, as the app's scheduler would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { run, startSshd, type Sshd } from '../helpers/sshd.ts';
import { startSmtp, type SmtpServer } from '../helpers/smtp.ts';
import { startDeployStack, type DeployStack } from '../helpers/deploy-stack.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { mainT } from '../../src-main/shared/main-i18n.ts';
import { HOUR_MS } from '../../src-main/shared/durations.ts';

const NAME = 'cron.deploy.example.test';
let s: DeployStack;
let sshd: Sshd;
let smtp: SmtpServer;
let hook: http.Server;
const posted: Record<string, unknown>[] = [];
let wake: (() => void) | null = null;

before(async () => {
  s = await startDeployStack({ prefix: 'deploy-cron', email: 'cron@example.org' });
  sshd = s.adopt(await startSshd({ user: s.user }));
  smtp = s.adopt(await startSmtp());
  hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      posted.push(JSON.parse(body) as Record<string, unknown>);
      res.statusCode = 204;
      res.end();
      wake?.();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  s.adopt({ stop: () => new Promise<void>((r) => hook.close(() => r())) });
});
after(() => s?.stop());

async function posts(n: number): Promise<Record<string, unknown>[]> {
  const end = Date.now() + 30_000;
  while (posted.length < n) {
    if (Date.now() > end) throw new Error(`${posted.length} of ${n} webhook posts arrived`);
    await new Promise<void>((r) => {
      wake = r;
      setTimeout(r, 200);
    });
  }
  return posted;
}

test('certdesk renew from cron: the SFTP password changed, the deploy-failed notice reaches the webhook and e-mail in Hungarian', async () => {
  const id = await s.issue(NAME);
  const dir = s.remoteFolder('site', 'user', false);
  const add = await s.cli(
    'deploy',
    'add',
    id,
    ...s.sftpArgs(sshd.port, dir, s.secretFile('pw.txt', s.user.password)),
  );
  assert.equal(add.code, 0, add.stdout + add.stderr);
  const deployed = readFileSync(path.join(dir, 'fullchain.pem'), 'utf8');
  assert.match(deployed, /BEGIN CERTIFICATE/);

  const port = (hook.address() as AddressInfo).port;
  const n = await s.cli(
    'notify',
    '--webhook',
    `http://127.0.0.1:${port}/certdesk`,
    '--webhook-format',
    'json',
    '--email-to',
    'ops@example.org',
    '--email-from',
    'certdesk@example.org',
    '--smtp-host',
    '127.0.0.1',
    '--smtp-port',
    String(smtp.port),
  );
  assert.equal(n.code, 0, n.stdout + n.stderr);
  // The language chosen in the window's Settings (settings:set goes through this same service).
  const engine = await Engine.open({ dataDir: s.dataDir, app: 'deploy-notify-cron test' });
  await engine.settings.update({ language: 'hu' });

  await run('chpasswd', [], `${s.user.name}:changed-${Date.now()}\n`);
  const r = await s.cli('renew', '--id', id, '--force');
  assert.equal(r.code, 1, 'a failed deployment makes the cron run fail');
  assert.match(r.stderr, /refused the user name or password/);
  assert.equal(
    readFileSync(path.join(dir, 'fullchain.pem'), 'utf8'),
    deployed,
    'the earlier files stay',
  );
  const renewed = (await s.stored(id)).current!;

  const t = mainT('hu');
  const title = t('notice.deployFailedTitle', { who: NAME });
  assert.equal(title, `Sikertelen telepítés: ${NAME}`);
  const [notice] = await posts(1);
  assert.equal(notice.kind, 'deploy-failed');
  assert.equal(notice.certId, id);
  assert.equal(notice.lang, 'hu');
  assert.equal(notice.title, title);
  assert.equal(notice.notAfter, renewed.notAfter, 'the renewed certificate is named');
  const where = `SFTP ${s.user.name}@127.0.0.1:${sshd.port}:${dir}`;
  assert.ok(
    String(notice.message).startsWith(t('notice.deployFailed', { who: NAME, where })),
    String(notice.message),
  );
  assert.match(String(notice.message), /refused the user name or password/);
  assert.ok(String(notice.message).endsWith(t('notice.deployFailedRetry')));

  const [mail] = await smtp.waitFor(1);
  assert.deepEqual(mail.to, ['ops@example.org']);
  assert.ok(mail.text.includes(t('notice.deployFailed', { who: NAME, where })), mail.text);
  assert.doesNotMatch(mail.text + JSON.stringify(notice), new RegExp(s.user.password));

  // Once a day per certificate, as for a failed renewal: the next cron run sends nothing new.
  assert.equal((await s.cli('renew', '--id', id, '--force')).code, 1);
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(posted.length, 1);
  assert.equal(smtp.messages.length, 1);

  // The password is fixed on the server; the failed deployment's next try comes (the renewal
  // backoff, here an hour later): the next cron run deploys the renewed certificate, with nothing
  // due to renew.
  await run('chpasswd', [], `${s.user.name}:${s.user.password}\n`);
  const later = await Engine.open({ dataDir: s.dataDir, app: 'deploy-notify-cron test' });
  await later.store.update((d) => {
    for (const r of d.certificates[id].deployRuns ?? [])
      r.at = new Date(Date.parse(r.at) - HOUR_MS).toISOString();
  });
  const retried = await s.cli('renew');
  assert.equal(retried.code, 0, retried.stdout + retried.stderr);
  assert.match(retried.stderr + retried.stdout, /deploying again to SFTP .*: ok/);
  assert.equal(
    new X509Certificate(readFileSync(path.join(dir, 'fullchain.pem'))).serialNumber.toLowerCase(),
    (await s.stored(id)).current!.serial.replace(/:/g, '').toLowerCase(),
    'the renewed certificate is on the server',
  );
  const [target] = JSON.parse((await s.cli('deploy', 'list', id, '--json')).stdout) as {
    lastRun: { ok: boolean; trigger: string };
  }[];
  assert.deepEqual([target.lastRun.ok, target.lastRun.trigger], [true, 'retry']);
  assert.equal(posted.length, 1, 'a good retry sends no failure notice');
});
