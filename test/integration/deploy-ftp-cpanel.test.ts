// Issue 17, deployment targets through the CLI: FTP and FTPS against a real vsftpd, cPanel's UAPI
// SSL::install_ssl against a local stand-in that follows cPanel's documented request and answer
// shapes (test/helpers/fake-cpanel.ts: no real cPanel can run here), and a target the person
// updates by hand (waits for "Done"). Errors: one sentence with the fix, earlier files unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startFakeCpanel, type FakeCpanel } from '../helpers/fake-cpanel.ts';
import { startDeployStack, type DeployStack } from '../helpers/deploy-stack.ts';

const NAME = 'panel.example.test';
let s: DeployStack;
let ftpd: Ftpd;
let cpanel: FakeCpanel;
let id: string;

const cli = (...args: string[]) => s.cli(...args);
const secret = (name: string, value: string): string => s.secretFile(name, value);
const folder = (name: string, owner: 'user' | 'root' = 'user'): string =>
  s.remoteFolder(name, owner);
const ftpArgs = (dir: string, pw = s.user.password): string[] => [
  '--ftp-host',
  `127.0.0.1:${ftpd.port}`,
  '--ftp-user',
  s.user.name,
  '--ftp-password-file',
  secret(`ftp-${dir}.txt`, pw),
  '--remote-dir',
  dir,
  '--preset',
  'nginx',
];
const unchanged = (dir: string): void => s.assertUnchanged(dir);

before(async () => {
  s = await startDeployStack({ prefix: 'deploy2', email: 'd@example.org' });
  ftpd = s.adopt(await startFtpd({ user: s.user }));
  cpanel = s.adopt(
    await startFakeCpanel({ user: 'siteowner', token: 'GOODTOKEN123', domains: [NAME] }),
  );
  s.env.NODE_EXTRA_CA_CERTS = cpanel.caCertPath;
  id = await s.issue(NAME);
});

after(() => s?.stop());

test('FTP and FTPS: the files replace the earlier ones, the key at 0600', async () => {
  const dir = folder('ftpsite');
  const r = await cli('deploy', 'add', id, ...ftpArgs('ftpsite'));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /ok\s+FTP /);
  assert.match(readFileSync(path.join(dir, 'fullchain.pem'), 'utf8'), /BEGIN CERTIFICATE/);
  assert.equal(statSync(path.join(dir, 'privkey.pem')).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(dir).sort(), ['fullchain.pem', 'privkey.pem']);

  const tlsDir = folder('ftpssite');
  const s = await cli('deploy', 'add', id, ...ftpArgs('ftpssite'), '--ftps-insecure');
  assert.equal(s.code, 0, s.stdout + s.stderr);
  assert.match(s.stdout, /ok\s+FTPS /);
  assert.match(readFileSync(path.join(tlsDir, 'fullchain.pem'), 'utf8'), /BEGIN CERTIFICATE/);
});

test('FTP errors: wrong password, missing folder, no write permission; nothing changed', async () => {
  const pw = folder('ftp-pw');
  const bad = await cli('deploy', 'add', id, ...ftpArgs('ftp-pw', 'wrong-password'));
  assert.equal(bad.code, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /The FTP server refused the user name or password/);
  assert.match(bad.stdout, /no good deployment yet/);
  unchanged(pw);

  const missing = await cli('deploy', 'add', id, ...ftpArgs('nowhere'));
  assert.equal(missing.code, 1);
  assert.match(
    missing.stdout,
    /The folder "nowhere" does not exist on 127\.0\.0\.1 port \d+: create it there/,
  );

  const locked = folder('ftp-locked', 'root');
  const denied = await cli('deploy', 'add', id, ...ftpArgs('ftp-locked'));
  assert.equal(denied.code, 1, denied.stdout);
  assert.match(denied.stdout, /may not write into "ftp-locked" .*: give it write permission there/);
  unchanged(locked);
});

test('cPanel: SSL::install_ssl with the token; a refused token is one sentence', async () => {
  const good = secret('token.txt', 'GOODTOKEN123');
  const r = await cli(
    'deploy',
    'add',
    id,
    '--cpanel-url',
    cpanel.url,
    '--cpanel-user',
    'siteowner',
    '--cpanel-token-file',
    good,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(cpanel.installed.length, 1);
  const show = JSON.parse((await cli('show', id, '--json')).stdout);
  assert.equal(
    new X509Certificate(cpanel.installed[0].cert).serialNumber.toLowerCase(),
    show.serial.replace(/:/g, '').toLowerCase(),
  );
  assert.equal(cpanel.installed[0].domain, NAME);

  const list = JSON.parse((await cli('deploy', 'list', id, '--json')).stdout) as {
    id: string;
    config: { kind: string };
  }[];
  const t = list.find((x) => x.config.kind === 'cpanel')!;
  const tested = await cli('deploy', 'test', id, t.id);
  assert.equal(tested.code, 0, tested.stderr);
  assert.match(tested.stdout, /accepted the API token for "siteowner"; nothing was changed/);
  assert.equal(cpanel.installed.length, 1, 'Test installs nothing');

  const wrong = secret('bad-token.txt', 'REVOKED');
  const w = await cli(
    'deploy',
    'add',
    id,
    '--cpanel-url',
    cpanel.url,
    '--cpanel-user',
    'siteowner',
    '--cpanel-token-file',
    wrong,
  );
  assert.equal(w.code, 1, w.stdout + w.stderr);
  assert.match(
    w.stdout,
    /cPanel at 127\.0\.0\.1:\d+ refused the API token for "siteowner": create a new token in cPanel/,
  );
  assert.doesNotMatch(w.stdout + w.stderr, /REVOKED|GOODTOKEN/);
});

test('a place Certdesk cannot reach waits for the person until "Done"', async () => {
  const r = await cli('deploy', 'add', id, '--manual', 'Router admin page');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /waiting .*Router admin page/);
  const waiting = JSON.parse((await cli('deploy', 'waiting', '--json')).stdout) as {
    certId: string;
    targetId: string;
    label: string;
  }[];
  assert.equal(waiting.length, 1);
  assert.equal(waiting[0].certId, id);
  assert.equal(waiting[0].label, 'Router admin page');
  const done = await cli('deploy', 'done', id, waiting[0].targetId);
  assert.equal(done.code, 0, done.stderr);
  assert.deepEqual(JSON.parse((await cli('deploy', 'waiting', '--json')).stdout), []);
});
