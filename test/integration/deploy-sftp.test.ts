// Issue 17, deployment targets over SFTP/SSH against a real OpenSSH sshd, and a local folder,
// driven through the CLI as a person would: a Pebble-issued certificate is uploaded into a remote
// folder (key 0600), the remote command's exit status and last lines are recorded, a renewal
// deploys again, and every error case gives its sentence with the fix, leaves the earlier files
// exactly as they were and shows the target's last good deployment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startSshd, type Sshd } from '../helpers/sshd.ts';
import { startDeployStack, type DeployStack } from '../helpers/deploy-stack.ts';

let s: DeployStack;
let sshd: Sshd;
let id: string;

const cli = (...args: string[]) => s.cli(...args);
const remoteFolder = (name: string, owner: 'user' | 'root' = 'user', oldFiles = true): string =>
  s.remoteFolder(name, owner, oldFiles);
const sftpArgs = (dir: string, pwFile = path.join(s.work, 'pw.txt')): string[] =>
  s.sftpArgs(sshd.port, dir, pwFile);
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
  s = await startDeployStack({ prefix: 'deploy', email: 'deploy@example.org' });
  sshd = s.adopt(await startSshd({ user: s.user, commands: true }));
  s.secretFile('pw.txt', s.user.password);
  s.secretFile('wrong.txt', 'not-the-password');
  id = await s.issue('deploy.example.test');
});

after(() => s?.stop());

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
  assert.equal(key.uid, s.user.uid);
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
  if (dir) s.assertUnchanged(dir);
  assert.doesNotMatch(
    add.stdout + add.stderr,
    new RegExp(s.user.password.replace(/[-+]/g, '\\$&')),
  );
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
    sftpArgs(pwDir, path.join(s.work, 'wrong.txt')),
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
