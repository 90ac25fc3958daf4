// Issue 17, deployment targets through the CLI: FTP and FTPS against a real vsftpd, cPanel's UAPI
// SSL::install_ssl against a local stand-in that follows cPanel's documented request and answer
// shapes (test/helpers/fake-cpanel.ts: no real cPanel can run here), and a target the person
// updates by hand (waits for "Done"). Errors: one sentence with the fix, earlier files unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { X509Certificate } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { createUnixUser, type UnixUser } from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startFakeCpanel, type FakeCpanel } from '../helpers/fake-cpanel.ts';
import { runCli } from '../helpers/cli.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const NAME = 'panel.example.test';
let pebble: Pebble;
let user: UnixUser;
let ftpd: Ftpd;
let cpanel: FakeCpanel;
let dataDir: string;
let work: string;
let id: string;

const cli = (...args: string[]) =>
  runCli(
    [
      ...args,
      '--data-dir',
      dataDir,
      '--ca-cert',
      pebble.caCertPath,
      '--http-port',
      String(pebble.httpPort),
      '--dns-resolver',
      `127.0.0.1:${pebble.dnsPort}`,
    ],
    { env: { NODE_EXTRA_CA_CERTS: cpanel.caCertPath } },
  );
const secret = (name: string, value: string): string => {
  const f = path.join(work, name);
  writeFileSync(f, `${value}\n`, { mode: 0o600 });
  return f;
};
function folder(name: string, owner: 'user' | 'root' = 'user'): string {
  const dir = path.join(user.home, name);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  writeFileSync(path.join(dir, 'fullchain.pem'), 'OLD FULLCHAIN\n');
  writeFileSync(path.join(dir, 'privkey.pem'), 'OLD KEY\n', { mode: 0o600 });
  if (owner === 'user')
    for (const p of [dir, ...readdirSync(dir).map((f) => path.join(dir, f))])
      chownSync(p, user.uid, user.gid);
  return dir;
}
const ftpArgs = (dir: string, pw = user.password): string[] => [
  '--ftp-host',
  `127.0.0.1:${ftpd.port}`,
  '--ftp-user',
  user.name,
  '--ftp-password-file',
  secret(`ftp-${dir}.txt`, pw),
  '--remote-dir',
  dir,
  '--preset',
  'nginx',
];
const unchanged = (dir: string): void => {
  assert.equal(readFileSync(path.join(dir, 'fullchain.pem'), 'utf8'), 'OLD FULLCHAIN\n');
  assert.equal(readFileSync(path.join(dir, 'privkey.pem'), 'utf8'), 'OLD KEY\n');
  assert.deepEqual(readdirSync(dir).sort(), ['fullchain.pem', 'privkey.pem']);
};

before(async () => {
  pebble = await startPebble();
  user = await createUnixUser();
  ftpd = await startFtpd({ user });
  cpanel = await startFakeCpanel({ user: 'siteowner', token: 'GOODTOKEN123', domains: [NAME] });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deploy2-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deploy2-work-'));
  const a = await cli(
    'account',
    'create',
    '--directory',
    pebble.directoryUrl,
    '--email',
    'd@example.org',
    '--agree-tos',
  );
  assert.equal(a.code, 0, a.stderr);
  const r = await cli('issue', '-d', NAME, '--json');
  assert.equal(r.code, 0, r.stderr);
  id = JSON.parse(r.stdout).id;
});

after(async () => {
  for (const stop of [
    () => cpanel?.stop(),
    () => ftpd?.stop(),
    () => user?.remove(),
    () => pebble?.stop(),
  ])
    await Promise.resolve()
      .then(stop)
      .catch((e: Error) => console.error('cleanup:', e.message));
});

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
