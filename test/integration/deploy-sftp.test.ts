// Issue 17, deployment targets over SFTP/SSH against a real OpenSSH sshd, and a local folder,
// driven through the CLI as a person would: a Pebble-issued certificate is uploaded into a remote
// folder (key 0600), the remote command's exit status and last lines are recorded, a renewal
// deploys again, and every error case gives its sentence with the fix, leaves the earlier files
// exactly as they were and shows the target's last good deployment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chmodSync,
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
import { createUnixUser, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { runCli } from '../helpers/cli.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let user: UnixUser;
let sshd: Sshd;
let dataDir: string;
let work: string;
let id: string;

const common = (): string[] => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
const cli = (...args: string[]) => runCli([...args, ...common()]);

/** A folder in the account's home, owned by the account (or by root: not writable for it). */
function remoteFolder(name: string, owner: 'user' | 'root' = 'user', oldFiles = true): string {
  const dir = path.join(user.home, name);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (oldFiles) {
    writeFileSync(path.join(dir, 'fullchain.pem'), 'OLD FULLCHAIN\n');
    writeFileSync(path.join(dir, 'privkey.pem'), 'OLD KEY\n', { mode: 0o600 });
  }
  if (owner === 'user') {
    chownSync(dir, user.uid, user.gid);
    for (const f of readdirSync(dir)) chownSync(path.join(dir, f), user.uid, user.gid);
  }
  return dir;
}
const sftpArgs = (dir: string, pwFile = path.join(work, 'pw.txt')): string[] => [
  '--sftp-host',
  `127.0.0.1:${sshd.port}`,
  '--sftp-user',
  user.name,
  '--sftp-password-file',
  pwFile,
  '--remote-dir',
  dir,
  '--preset',
  'nginx',
];
const served = (dir: string): string =>
  new X509Certificate(readFileSync(path.join(dir, 'fullchain.pem'))).serialNumber;
const listing = (dir: string): string[] => readdirSync(dir).sort();
async function targets(): Promise<
  {
    id: string;
    lastRun: {
      ok: boolean;
      trigger: string;
      command?: { exitCode: number; outputTail: string[] };
    } | null;
    lastGood: unknown;
    retryAt: string | null;
    where: string;
  }[]
> {
  const r = await cli('deploy', 'list', id, '--json');
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

before(async () => {
  pebble = await startPebble();
  user = await createUnixUser();
  sshd = await startSshd({ user, commands: true });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deploy-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deploy-work-'));
  writeFileSync(path.join(work, 'pw.txt'), `${user.password}\n`, { mode: 0o600 });
  writeFileSync(path.join(work, 'wrong.txt'), 'not-the-password\n', { mode: 0o600 });
  const a = await cli(
    'account',
    'create',
    '--directory',
    pebble.directoryUrl,
    '--email',
    'deploy@example.org',
    '--agree-tos',
  );
  assert.equal(a.code, 0, a.stderr);
  const r = await cli('issue', '-d', 'deploy.example.test', '--json');
  assert.equal(r.code, 0, r.stderr);
  id = JSON.parse(r.stdout).id;
});

after(async () => {
  for (const stop of [() => sshd?.stop(), () => user?.remove(), () => pebble?.stop()])
    await Promise.resolve()
      .then(stop)
      .catch((e: Error) => console.error('cleanup:', e.message));
});

let good: string;

test('SFTP target: files in place with the key at 0600, the remote command recorded; a renewal deploys again', async () => {
  good = remoteFolder('site');
  const add = await cli(
    'deploy',
    'add',
    id,
    ...sftpArgs(good),
    '--then',
    `head -c 27 ${'site'}/fullchain.pem; echo; echo reloaded`,
  );
  assert.equal(add.code, 0, add.stdout + add.stderr);
  assert.match(add.stdout, /ok\s+SFTP/);
  assert.match(add.stdout, /command exit status: 0/);
  assert.match(
    add.stdout,
    /\| -----BEGIN CERTIFICATE-----/,
    'the command saw the new file in place',
  );
  assert.match(add.stdout, /\| reloaded/);
  const key = statSync(path.join(good, 'privkey.pem'));
  assert.equal(key.mode & 0o777, 0o600, 'the key is readable by its owner only');
  assert.equal(key.uid, user.uid);
  assert.match(readFileSync(path.join(good, 'privkey.pem'), 'utf8'), /BEGIN PRIVATE KEY/);
  assert.deepEqual(listing(good), ['fullchain.pem', 'privkey.pem'], 'no temporary file is left');
  const first = served(good);

  const [t] = await targets();
  assert.equal(t.lastRun?.ok, true);
  assert.equal(t.lastRun?.command?.exitCode, 0);
  assert.ok(t.lastGood);

  const renew = await cli('renew', '--id', id, '--force');
  assert.equal(renew.code, 0, renew.stdout + renew.stderr);
  assert.notEqual(served(good), first, 'the renewed certificate was uploaded');
  const [after1] = await targets();
  assert.equal(after1.lastRun?.trigger, 'renewed');
  assert.equal(after1.lastRun?.ok, true);
});

test('"Test" checks login and write permission and changes nothing', async () => {
  const [t] = await targets();
  const before = listing(good);
  const r = await cli('deploy', 'test', id, t.id);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /connected to .* and may write there; nothing was changed/);
  assert.deepEqual(listing(good), before);
});

async function failing(args: string[], dir: string | null, sentence: RegExp): Promise<string> {
  const add = await cli('deploy', 'add', id, ...args);
  assert.equal(add.code, 1, `${add.stdout}\n${add.stderr}`);
  assert.match(add.stdout, sentence);
  assert.match(add.stdout, /no good deployment yet|last good deployment/);
  if (dir) {
    assert.equal(readFileSync(path.join(dir, 'fullchain.pem'), 'utf8'), 'OLD FULLCHAIN\n');
    assert.equal(readFileSync(path.join(dir, 'privkey.pem'), 'utf8'), 'OLD KEY\n');
    assert.deepEqual(listing(dir), ['fullchain.pem', 'privkey.pem'], 'no temporary file is left');
  }
  assert.doesNotMatch(add.stdout + add.stderr, new RegExp(user.password.replace(/[-+]/g, '\\$&')));
  return add.stdout;
}

test('errors: each is one sentence with the fix and leaves the earlier files as they were', async () => {
  const cmdDir = remoteFolder('cmd');
  const out = await failing(
    [
      ...sftpArgs(cmdDir),
      '--then',
      'echo checking; echo "nginx: configuration test failed" >&2; exit 3',
    ],
    cmdDir,
    /ended with exit status 3, so Certdesk put the earlier files back: fix what its last lines of output say/,
  );
  assert.match(out, /command exit status: 3/);
  assert.match(out, /\| nginx: configuration test failed/);

  await failing(
    sftpArgs('does-not-exist'),
    null,
    /The folder "does-not-exist" does not exist on 127\.0\.0\.1 port \d+: create it there/,
  );
  const locked = remoteFolder('locked', 'root');
  await failing(
    sftpArgs(locked),
    locked,
    /may not write into ".*locked" on 127\.0\.0\.1 port \d+: give it write permission there/,
  );
  const pwDir = remoteFolder('pw');
  await failing(
    sftpArgs(pwDir, path.join(work, 'wrong.txt')),
    pwDir,
    /refused the user name or password/,
  );

  // A failed target waits for its next try with the renewal backoff.
  const list = await targets();
  assert.ok(list.filter((t) => t.retryAt).length >= 4, JSON.stringify(list, null, 1));
});

test('a changed host key: nothing uploaded, the last good deployment is shown', async () => {
  const [t] = await targets();
  const before = readFileSync(path.join(good, 'fullchain.pem'), 'utf8');
  await sshd.replaceHostKey();
  const r = await cli('deploy', 'run', id, t.id);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /The server's identity changed/);
  assert.match(r.stdout, /last good deployment: \d{4}-\d\d-\d\d/);
  assert.equal(readFileSync(path.join(good, 'fullchain.pem'), 'utf8'), before);
});

test("local folder target: today's re-export plus command, as a target", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deploy-local-'));
  chmodSync(dir, 0o700);
  const r = await cli(
    'deploy',
    'add',
    id,
    '--local-dir',
    dir,
    '--preset',
    'nginx',
    '--then',
    'echo "local $CERTDESK_CERT_ID"',
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`\\| local ${id}`));
  assert.equal(statSync(path.join(dir, 'privkey.pem')).mode & 0o777, 0o600);
  const show = await cli('show', id);
  assert.match(
    show.stdout,
    new RegExp(`exports to:\\s+${dir}`),
    'it is the remembered export of issue 6',
  );
});
