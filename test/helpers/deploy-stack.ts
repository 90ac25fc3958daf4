// What every deployment test through the CLI sets up (issue 17): Pebble, a throwaway Unix account
// the SFTP/FTP servers log in as, a private data folder with an account at Pebble, a work folder
// for credential files, and folders in the account's home holding "earlier" files that a failed
// deployment must leave exactly as they were. Servers a test starts (sshd, vsftpd, the cPanel
// stand-in, nginx) are adopted, so they stop before the account is removed and Pebble stops last.
import assert from 'node:assert/strict';
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble, type PebbleOptions } from './pebble.ts';
import { createUnixUser, type UnixUser } from './sshd.ts';
import { pebbleCliArgs, runCli, type CliResult } from './cli.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { StoredCertificate } from '../../src-main/storage/schema.ts';

export const OLD_FULLCHAIN = 'OLD FULLCHAIN\n';
export const OLD_KEY = 'OLD KEY\n';

/** A folder in the account's home, with earlier files unless told otherwise; root-owned = not writable. */
export function remoteFolder(
  user: UnixUser,
  name: string,
  owner: 'user' | 'root' = 'user',
  oldFiles = true,
): string {
  const dir = path.join(user.home, name);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (oldFiles) {
    writeFileSync(path.join(dir, 'fullchain.pem'), OLD_FULLCHAIN);
    writeFileSync(path.join(dir, 'privkey.pem'), OLD_KEY, { mode: 0o600 });
  }
  if (owner === 'user')
    for (const p of [dir, ...readdirSync(dir).map((f) => path.join(dir, f))])
      chownSync(p, user.uid, user.gid);
  return dir;
}

/** The earlier files are exactly as they were and no temporary file is left. */
export function assertUnchanged(dir: string): void {
  assert.equal(readFileSync(path.join(dir, 'fullchain.pem'), 'utf8'), OLD_FULLCHAIN);
  assert.equal(readFileSync(path.join(dir, 'privkey.pem'), 'utf8'), OLD_KEY);
  assert.deepEqual(
    readdirSync(dir).sort(),
    ['fullchain.pem', 'privkey.pem'],
    'no temporary file is left',
  );
}

export type DeployStack = {
  pebble: Pebble;
  user: UnixUser;
  dataDir: string;
  /** Credential files the person would keep (password and token files), outside the data folder. */
  work: string;
  /** Extra environment of every CLI run (e.g. NODE_EXTRA_CA_CERTS for the cPanel stand-in). */
  env: Record<string, string>;
  /** The global options that point the CLI at this data folder and Pebble. */
  common(): string[];
  cli(...args: string[]): Promise<CliResult>;
  /** A 0600 file holding `value` (a password or token file, as `--…-file` options read). */
  secretFile(name: string, value: string): string;
  /** A folder in the account's home, with earlier files unless told otherwise; root-owned = not writable. */
  remoteFolder(name: string, owner?: 'user' | 'root', oldFiles?: boolean): string;
  /** The earlier files are exactly as they were and no temporary file is left. */
  assertUnchanged(dir: string): void;
  /** `deploy add` options of an SFTP target with the account's password file, nginx's files. */
  sftpArgs(port: number, dir: string, passwordFile: string): string[];
  /** Issues a certificate through the CLI; its id. */
  issue(name: string, ...extra: string[]): Promise<string>;
  /** The stored record, read as another process would (a fresh Engine on the data folder). */
  stored(id: string): Promise<StoredCertificate>;
  /** The current certificate as a server would be given it. */
  material(id: string): Promise<{ chainPem: string; keyPem: string }>;
  /** Stops `server` with the stack (before the account is removed). */
  adopt<T extends { stop(): Promise<void> | void }>(server: T): T;
  stop(): Promise<void>;
};

export async function startDeployStack(o: {
  /** Names the temporary folders (certdesk-<prefix>-…). */
  prefix: string;
  email: string;
  pebble?: PebbleOptions;
}): Promise<DeployStack> {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const adopted: { stop(): Promise<void> | void }[] = [];
  const pebble = await startPebble(o.pebble);
  let user: UnixUser;
  try {
    user = await createUnixUser();
  } catch (e) {
    await pebble.stop();
    throw e;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `certdesk-${o.prefix}-`));
  const work = mkdtempSync(path.join(os.tmpdir(), `certdesk-${o.prefix}-work-`));
  const env: Record<string, string> = {};
  const common = (): string[] => pebbleCliArgs(dataDir, pebble);
  const cli = (...args: string[]) => runCli([...args, ...common()], { env });
  const open = () => Engine.open({ dataDir, app: `${o.prefix} test` });
  const stack: DeployStack = {
    pebble,
    user,
    dataDir,
    work,
    env,
    common,
    cli,
    secretFile(name, value) {
      const f = path.join(work, name.replace(/[^\w.-]/g, '_'));
      writeFileSync(f, `${value}\n`, { mode: 0o600 });
      return f;
    },
    remoteFolder: (name, owner = 'user', oldFiles = true) =>
      remoteFolder(user, name, owner, oldFiles),
    assertUnchanged,
    sftpArgs: (port, dir, passwordFile) => [
      '--sftp-host',
      `127.0.0.1:${port}`,
      '--sftp-user',
      user.name,
      '--sftp-password-file',
      passwordFile,
      '--remote-dir',
      dir,
      '--preset',
      'nginx',
    ],
    async issue(name, ...extra) {
      const r = await cli('issue', '-d', name, ...extra, '--json');
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout).id as string;
    },
    async stored(id) {
      return (await open()).getStored(id);
    },
    async material(id) {
      const m = await (await open()).keyMaterial(id);
      return { chainPem: [m.certPem, ...m.chainPem].join(''), keyPem: m.keyPem };
    },
    adopt(server) {
      adopted.push(server);
      return server;
    },
    async stop() {
      const stops = [
        ...adopted.reverse().map((s) => () => s.stop()),
        () => user.remove(),
        () => pebble.stop(),
      ];
      for (const stop of stops)
        await Promise.resolve()
          .then(stop)
          .catch((e: Error) => console.error('cleanup:', e.message));
    },
  };
  try {
    const a = await cli(
      'account',
      'create',
      '--directory',
      pebble.directoryUrl,
      '--email',
      o.email,
      '--agree-tos',
    );
    assert.equal(a.code, 0, a.stderr);
  } catch (e) {
    await stack.stop();
    throw e;
  }
  return stack;
}
