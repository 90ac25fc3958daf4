// A real server end to end (issue 17): Debian nginx on loopback serves, with TLS on a test port, a
// certificate Certdesk issued from Pebble. (1) The certificate is renewed: the site is outdated;
// an SFTP target (a real sshd on localhost) uploads the new files into nginx's folder and reloads
// nginx with its remote command; the check that follows every deployment, and site-check, see
// "current". (2) A target Certdesk cannot reach ("manual") leaves the old certificate in place:
// the renewal waits for the person, the check says outdated, the reminder (urgent near the old
// certificate's end) is there until the site serves the new certificate. Through the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chownSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startSshd, type Sshd } from '../helpers/sshd.ts';
import { startNginx } from '../helpers/nginx.ts';
import { startDeployStack, type DeployStack } from '../helpers/deploy-stack.ts';
import { reminderNotice, reminderOf } from '../../src-main/engine/deploy/reminders.ts';

let s: DeployStack;
let sshd: Sshd;

const cli = (...args: string[]) => s.cli(...args);
const issue = (name: string): Promise<string> => s.issue(name, '--key', 'ec256');
const stored = (id: string) => s.stored(id);
const material = (id: string) => s.material(id);
async function siteCheck(id: string, port: number): Promise<{ code: number; states: string[] }> {
  const r = await cli('site-check', id, '--port', String(port), '--json');
  assert.ok(r.code === 0 || r.code === 1, r.stdout + r.stderr);
  const rows = JSON.parse(r.stdout) as { state: string; servedSerial: string }[];
  return { code: r.code, states: rows.map((x) => x.state) };
}

before(async () => {
  s = await startDeployStack({ prefix: 'sc-deploy', email: 'site@example.org' });
  sshd = s.adopt(await startSshd({ user: s.user, commands: true }));
  s.secretFile('pw.txt', s.user.password);
});

after(() => s?.stop());

test('renewed, deployed over SFTP, nginx reloaded by the remote command: outdated, then current', async () => {
  const id = await issue('served.deploy.example.test');
  // nginx runs as the SFTP account and reads its files from the account's folder.
  const dir = path.join(s.user.home, 'nginx-tls');
  mkdirSync(dir, { recursive: true });
  chownSync(dir, s.user.uid, s.user.gid);
  const first = await material(id);
  const nginx = s.adopt(
    await startNginx({
      ...first,
      certPath: path.join(dir, 'fullchain.pem'),
      keyPath: path.join(dir, 'privkey.pem'),
      user: { uid: s.user.uid, gid: s.user.gid },
    }),
  );
  assert.deepEqual((await siteCheck(id, nginx.httpsPort)).states, ['current']);

  const renew = await cli('renew', '--id', id, '--force');
  assert.equal(renew.code, 0, renew.stdout + renew.stderr);
  const before = await siteCheck(id, nginx.httpsPort);
  assert.equal(before.code, 1);
  assert.deepEqual(before.states, ['outdated'], 'nginx still serves the first certificate');

  const add = await cli(
    'deploy',
    'add',
    id,
    ...s.sftpArgs(sshd.port, dir, path.join(s.work, 'pw.txt')),
    '--then',
    `kill -HUP "$(cat ${nginx.pidFile})"`,
    '--site-check-port',
    String(nginx.httpsPort),
  );
  assert.equal(add.code, 0, add.stdout + add.stderr);
  const renewed = (await stored(id)).current!.serial.toLowerCase();
  await nginx.waitServing(renewed);
  // The check that follows every deployment recorded the result for the dashboard and the page.
  const after1 = await stored(id);
  assert.equal(after1.siteCheck?.state, 'current', JSON.stringify(after1.siteCheck));
  assert.equal(after1.siteCheck?.serial, after1.current!.serial);
  const now = await siteCheck(id, nginx.httpsPort);
  assert.equal(now.code, 0);
  assert.deepEqual(now.states, ['current']);

  // The next renewal deploys by itself; the check after it sees the newest certificate again.
  const again = await cli(
    'renew',
    '--id',
    id,
    '--force',
    '--site-check-port',
    String(nginx.httpsPort),
  );
  assert.equal(again.code, 0, again.stdout + again.stderr);
  const third = await stored(id);
  assert.notEqual(third.current!.serial, after1.current!.serial);
  assert.equal(third.siteCheck?.serial, third.current!.serial);
  assert.equal(third.siteCheck?.state, 'current', JSON.stringify(third.siteCheck));
});

test('a target Certdesk cannot reach: the old certificate stays, outdated, reminded until served', async () => {
  const id = await issue('manual.deploy.example.test');
  const first = await material(id);
  const oldSerial = (await stored(id)).current!.serial;
  const nginx = s.adopt(await startNginx(first));
  const add = await cli(
    'deploy',
    'add',
    id,
    '--manual',
    'Router admin page',
    '--notes',
    'System > Certificates > Upload, then Apply.',
    '--no-run',
  );
  assert.equal(add.code, 0, add.stdout + add.stderr);

  const renew = await cli(
    'renew',
    '--id',
    id,
    '--force',
    '--site-check-port',
    String(nginx.httpsPort),
  );
  assert.equal(renew.code, 0, renew.stdout + renew.stderr);
  const cert = await stored(id);
  assert.notEqual(cert.current!.serial, oldSerial);
  // The check after the renewal's deployment step: the site still serves the old certificate.
  assert.equal(cert.siteCheck?.state, 'outdated', JSON.stringify(cert.siteCheck));
  assert.deepEqual((await siteCheck(id, nginx.httpsPort)).states, ['outdated']);
  const waiting = await cli('deploy', 'waiting', '--json');
  assert.equal(waiting.code, 0, waiting.stderr);
  assert.deepEqual(
    (JSON.parse(waiting.stdout) as { certId: string; label: string }[]).map((w) => [
      w.certId,
      w.label,
    ]),
    [[id, 'Router admin page']],
  );

  // The reminder: the exact steps, calm while the old certificate has time, urgent below 1/10.
  const cert2 = await stored(id);
  const prev = cert2.previous!;
  const lifetime = Date.parse(prev.notAfter) - Date.parse(prev.notBefore);
  const calm = reminderOf(cert2, Date.now())!;
  assert.ok(calm, 'a reminder while the old certificate is served');
  assert.equal(calm.served?.serial.toLowerCase(), oldSerial.toLowerCase());
  assert.equal(calm.urgent, false);
  const late = Date.parse(prev.notAfter) - lifetime / 20;
  const urgent = reminderOf(cert2, late)!;
  assert.equal(urgent.urgent, true);
  const n = reminderNotice(urgent, late, 'da');
  assert.equal(n.kind, 'waiting-for-you');
  assert.equal(n.urgent, true);
  assert.match(n.title, /^Haster/);
  assert.match(n.message, /Router admin page/);
  assert.match(n.message, /System > Certificates > Upload, then Apply\./);

  // The person puts it in place by hand; the live-site check sees it and the reminder stops.
  await nginx.serve(...(Object.values(await material(id)) as [string, string]));
  assert.deepEqual((await siteCheck(id, nginx.httpsPort)).states, ['current']);
  assert.equal(reminderOf(await stored(id), Date.now()), null);
  const none = await cli('deploy', 'waiting', '--json');
  assert.deepEqual(JSON.parse(none.stdout), []);
});
