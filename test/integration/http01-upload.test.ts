// Issue 3 "http-01 for shared hosting" (R10/R11): certificates from a real Pebble whose VA fetches
// the challenge file that Certdesk uploaded over SFTP (real OpenSSH sshd, password and key) or
// FTP/FTPS (real vsftpd) into a throwaway account's public_html, which a stand-in for the hosting
// provider's web server serves on Pebble's httpPort. After every test: no challenge file or
// folder is left on the server and no session is left open. Misconfigurations end in an error
// code plus a sentence that names the cause and the fix, without the credentials.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import {
  childPids,
  createUnixUser,
  listTree,
  startSshd,
  type Sshd,
  type UnixUser,
} from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startStaticWeb, type StaticWeb } from '../helpers/static-web.ts';
import { freePort } from '../helpers/ports.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { IssueStep } from '../../src-main/shared/types.ts';
import {
  createUploadSolver,
  knownHostSecretName,
} from '../../src-main/engine/challenges/upload/index.ts';
import type { ChallengeContext } from '../../src-main/engine/challenges/types.ts';
import { silentLogger } from '../../src-main/engine/ports.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let user: UnixUser;
let sshd: Sshd;
let ftpd: Ftpd;
let web: StaticWeb;
let engine: Engine;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));

async function newEngine(): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('upload-eng'),
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'hosting@example.org',
    agreeTos: true,
  });
  return e;
}

before(async () => {
  pebble = await startPebble({ authzReuse: 0 });
  user = await createUnixUser();
  sshd = await startSshd({ user });
  ftpd = await startFtpd({ user });
  // The "hosting provider's web server": every name on this account is served from public_html.
  web = await startStaticWeb({ port: pebble.httpPort, sites: { '*': user.webRoot } });
  engine = await newEngine();
});

after(async () => {
  // Each in turn, whatever failed before: no process, user or folder may outlive the file.
  for (const stop of [
    () => web?.stop(),
    () => ftpd?.stop(),
    () => sshd?.stop(),
    () => user?.remove(),
    () => pebble?.stop(),
  ]) {
    await Promise.resolve()
      .then(stop)
      .catch((e: Error) => console.error('cleanup:', e.message));
  }
});

afterEach(async () => {
  assert.deepEqual(
    listTree(user.webRoot),
    [],
    'no challenge file or folder is left in the web root',
  );
  assert.ok(
    !listTree(user.home).some((p) => p.startsWith('.well-known')),
    'nothing left in the login folder either',
  );
  assert.equal(await sshd.waitNoSessions(), 0, 'no SFTP session left open');
  assert.equal(await ftpd.waitNoSessions(), 0, 'no FTP session left open');
});

type UploadExtra = {
  host?: string;
  remoteRoot?: string;
  selfCheck?: boolean;
  hostKey?: string;
  tls?: boolean;
  insecureTls?: boolean;
};
const sftpOptions = (extra: UploadExtra = {}) => ({
  host: `127.0.0.1:${sshd.port}`,
  user: user.name,
  remoteRoot: 'public_html',
  ...extra,
});
const ftpOptions = (extra: UploadExtra = {}) => ({
  host: `127.0.0.1:${ftpd.port}`,
  user: user.name,
  remoteRoot: 'public_html',
  ...extra,
});
const count = (text: string, re: RegExp): number =>
  text.match(new RegExp(re.source, 'g'))?.length ?? 0;
type Err = Error & { code?: string; detail?: string };

test('SFTP with a password: two names over one session, a certificate that verifies, the host key remembered', async () => {
  const loginsBefore = count(sshd.logTail(1e6), /Accepted password for /);
  const steps: IssueStep[] = [];
  const r = await engine.issue({
    names: ['sftp-pw.example.test', 'www.sftp-pw.example.test'],
    challenge: { type: 'http-01', httpMode: 'sftp', ...sftpOptions() },
    secrets: { sftpPassword: user.password },
    onProgress: (s) => steps.push(s),
  });
  assert.deepEqual([...r.certificate.names].sort(), [
    'sftp-pw.example.test',
    'www.sftp-pw.example.test',
  ]);
  const k = await engine.keyMaterial(r.certificate.id);
  assert.ok((await verifyChain([k.certPem, ...k.chainPem].join(''), await pebble.rootPem(0))).ok);
  assert.equal(
    count(sshd.logTail(1e6), /Accepted password for /) - loginsBefore,
    1,
    'one SFTP login for both names',
  );
  assert.ok(
    steps.some((s) =>
      /Uploaded the challenge file for www\.sftp-pw\.example\.test/.test(s.message),
    ),
  );
  assert.ok(
    steps.some((s) => /answers with the uploaded file/.test(s.message)),
    'the self-check ran',
  );
  assert.ok(
    web.requests.some((l) =>
      /^GET www\.sftp-pw\.example\.test\/\.well-known\/acme-challenge\/\S+ -> 200$/.test(l),
    ),
    web.requests.join('\n'),
  );
  assert.ok(!JSON.stringify(steps).includes(user.password), 'the password never shows in progress');
  assert.ok(
    engine.store.read().secrets[`global:${knownHostSecretName('127.0.0.1', sshd.port)}`],
    'trust on first use: the host key is stored',
  );
});

test('SFTP with a passphrase-protected private key', async () => {
  const before = count(sshd.logTail(1e6), /Accepted publickey for /);
  const r = await engine.issue({
    names: ['sftp-key.example.test'],
    challenge: { type: 'http-01', httpMode: 'sftp', ...sftpOptions() },
    secrets: { sftpPrivateKey: sshd.encryptedKeyPem, sftpPassphrase: sshd.keyPassphrase },
  });
  assert.equal(r.certificate.names[0], 'sftp-key.example.test');
  assert.equal(count(sshd.logTail(1e6), /Accepted publickey for /) - before, 1);
});

test('FTP: two names at once over one control connection, certificate issued, file and folders removed', async () => {
  const loginsBefore = count(ftpd.logTail(1e7), /OK LOGIN/);
  const r = await engine.issue({
    names: ['ftp.example.test', 'www.ftp.example.test'],
    challenge: { type: 'http-01', httpMode: 'ftp', ...ftpOptions() },
    secrets: { ftpPassword: user.password },
  });
  const k = await engine.keyMaterial(r.certificate.id);
  assert.ok((await verifyChain([k.certPem, ...k.chainPem].join(''), await pebble.rootPem(0))).ok);
  assert.equal(
    count(ftpd.logTail(1e7), /OK LOGIN/) - loginsBefore,
    1,
    'one FTP login for both names',
  );
});

test('FTPS (explicit TLS): an unverifiable certificate is refused with the fix, and accepted when asked to', async () => {
  await assert.rejects(
    engine.issue({
      names: ['ftps-strict.example.test'],
      challenge: { type: 'http-01', httpMode: 'ftp', ...ftpOptions({ tls: true }) },
      secrets: { ftpPassword: user.password },
    }),
    (e: Err) => {
      assert.equal(e.code, 'tls');
      assert.match(
        e.message,
        /could not be verified: its certificate is not signed by an authority this computer trusts/,
      );
      // The engine's sentence names no flag (the window shows it too); the CLI adds the flag (see the CLI test below).
      assert.match(
        e.message,
        /if your provider confirms this certificate, turn on "Accept the server's own certificate \(self-signed\)"/,
      );
      assert.doesNotMatch(e.message, /--[a-z]/);
      return true;
    },
  );
  const tlsBefore = count(ftpd.logTail(1e7), /"AUTH TLS"/);
  const r = await engine.issue({
    names: ['ftps.example.test'],
    challenge: {
      type: 'http-01',
      httpMode: 'ftp',
      ...ftpOptions({ tls: true, insecureTls: true }),
    },
    secrets: { ftpPassword: user.password },
  });
  assert.equal(r.certificate.names[0], 'ftps.example.test');
  assert.ok(count(ftpd.logTail(1e7), /"AUTH TLS"/) > tlsBefore, 'the session was encrypted');
});

test('unreachable SFTP server: says which host and port, and what to check', async () => {
  const closed = await freePort();
  await assert.rejects(
    engine.issue({
      names: ['unreachable.example.test'],
      challenge: {
        type: 'http-01',
        httpMode: 'sftp',
        ...sftpOptions({ host: `127.0.0.1:${closed}` }),
      },
      secrets: { sftpPassword: user.password },
    }),
    (e: Err) => {
      assert.equal(e.code, 'solver');
      assert.equal(
        e.message,
        `Certdesk could not connect to 127.0.0.1 port ${closed}: check the host name and port your hosting provider gives, and that SFTP is enabled for your account.`,
      );
      return true;
    },
  );
});

test('wrong SFTP password and wrong FTP password: refused credentials, never repeated back', async () => {
  const wrong = 'not-the-password-4711';
  await assert.rejects(
    engine.issue({
      names: ['bad-sftp.example.test'],
      challenge: { type: 'http-01', httpMode: 'sftp', ...sftpOptions() },
      secrets: { sftpPassword: wrong },
    }),
    (e: Err) => {
      assert.equal(e.code, 'credentials-refused');
      assert.match(
        e.message,
        new RegExp(
          `The server refused the user name or password for "${user.name}" on 127\\.0\\.0\\.1 port ${sshd.port}: check them in your hosting control panel`,
        ),
      );
      assert.ok(!`${e.message} ${e.detail}`.includes(wrong));
      assert.doesNotMatch(e.message, /\n\s+at /, 'no stack trace');
      return true;
    },
  );
  await assert.rejects(
    engine.issue({
      names: ['bad-ftp.example.test'],
      challenge: { type: 'http-01', httpMode: 'ftp', ...ftpOptions() },
      secrets: { ftpPassword: wrong },
    }),
    (e: Err) => {
      assert.equal(e.code, 'credentials-refused');
      assert.match(
        e.message,
        new RegExp(
          `The FTP server refused the user name or password for "${user.name}" on 127\\.0\\.0\\.1 port ${ftpd.port}: check them in your hosting control panel \\(FTP accounts\\)`,
        ),
      );
      assert.ok(!`${e.message} ${e.detail}`.includes(wrong));
      return true;
    },
  );
});

test('wrong web root: the self-check finds the 404 before the CA is asked, and the upload is undone', async () => {
  const errors: string[] = [];
  await assert.rejects(
    engine.issue({
      names: ['wrong-root.example.test'],
      // The login folder exists and is writable, but the site is served from public_html.
      challenge: { type: 'http-01', httpMode: 'sftp', ...sftpOptions({ remoteRoot: '.' }) },
      secrets: { sftpPassword: user.password },
      onProgress: (s) => {
        if (s.step === 'validation') errors.push(s.message);
      },
    }),
    (e: Err) => {
      assert.equal(e.code, 'webroot');
      assert.match(
        e.message,
        /^The file was uploaded to \.well-known\/acme-challenge\/[\w-]+ on 127\.0\.0\.1 port \d+, but http:\/\/wrong-root\.example\.test\/\.well-known\/acme-challenge\/[\w-]+ answers 404 Not Found: check that the remote folder is the site's web root/,
      );
      return true;
    },
  );
  assert.ok(
    !errors.some((m) => /The CA is checking/.test(m)),
    'the CA was never asked to validate',
  );
});

test('missing web root and a web root the account may not write: named, with the fix', async () => {
  await assert.rejects(
    engine.issue({
      names: ['missing-root.example.test'],
      challenge: {
        type: 'http-01',
        httpMode: 'sftp',
        ...sftpOptions({ remoteRoot: 'public_htm' }),
      },
      secrets: { sftpPassword: user.password },
    }),
    (e: Err) =>
      e.code === 'webroot' &&
      /The folder "public_htm" does not exist on 127\.0\.0\.1 port \d+, or this account may not open it: .*folders in your login folder: public_html\)\./.test(
        e.message,
      ),
  );
  // A folder of another owner, as a read-only FTP account would see its web root.
  const locked = path.join(user.home, 'locked_html');
  mkdirSync(locked, { mode: 0o755 });
  try {
    await assert.rejects(
      engine.issue({
        names: ['locked-root.example.test'],
        challenge: {
          type: 'http-01',
          httpMode: 'ftp',
          ...ftpOptions({ remoteRoot: 'locked_html' }),
        },
        secrets: { ftpPassword: user.password },
      }),
      (e: Err) => {
        assert.equal(e.code, 'webroot');
        assert.match(
          e.message,
          new RegExp(
            `does not let "${user.name}" create the folder locked_html/\\.well-known\\. Check that this account may change the site's web root`,
          ),
        );
        return true;
      },
    );
    assert.deepEqual(listTree(locked), []);
  } finally {
    rmSync(locked, { recursive: true, force: true });
  }
});

test("changed host key: refused with 'forget the host key', nothing uploaded; pinning the new key works", async () => {
  // Its own sshd (same account) and engine: the others keep their remembered key.
  const moving = await startSshd({ user });
  try {
    const eng = await newEngine();
    const opts = { host: `127.0.0.1:${moving.port}`, user: user.name, remoteRoot: 'public_html' };
    await eng.issue({
      names: ['hostkey-1.example.test'],
      challenge: { type: 'http-01', httpMode: 'sftp', ...opts },
      secrets: { sftpPassword: user.password },
    });
    const oldKey = moving.hostKeyFingerprint;
    const newKey = await moving.replaceHostKey();
    const loginsBefore = count(moving.logTail(1e6), /Accepted password for /);
    await assert.rejects(
      eng.issue({
        names: ['hostkey-2.example.test'],
        challenge: { type: 'http-01', httpMode: 'sftp', ...opts },
        secrets: { sftpPassword: user.password },
      }),
      (e: Err) => {
        assert.equal(e.code, 'host-key-changed');
        assert.match(
          e.message,
          /^The server's identity changed: 127\.0\.0\.1 port \d+ now shows the host key /,
        );
        assert.ok(e.message.includes(newKey) && e.message.includes(oldKey), e.message);
        assert.match(
          e.message,
          /did not log in or upload anything, because someone may be intercepting the connection; if you expected this .*choose "Trust the new key" and try again\./,
        );
        // The flag moved to the CLI's face: the CLI run in the test below shows --sftp-host-key NEWKEY.
        assert.doesNotMatch(e.message, /--[a-z]/);
        return true;
      },
    );
    assert.equal(
      count(moving.logTail(1e6), /Accepted password for /),
      loginsBefore,
      'no login happened',
    );
    // The person checked the new key with the provider and pins it: accepted, and remembered.
    await eng.issue({
      names: ['hostkey-3.example.test'],
      challenge: { type: 'http-01', httpMode: 'sftp', ...opts, hostKey: newKey },
      secrets: { sftpPassword: user.password },
    });
    await eng.issue({
      names: ['hostkey-4.example.test'],
      challenge: { type: 'http-01', httpMode: 'sftp', ...opts },
      secrets: { sftpPassword: user.password },
    });
    assert.equal(await moving.waitNoSessions(), 0);
  } finally {
    await moving.stop();
  }
});

test('a session the server drops between upload and cleanup is opened again, so the file still goes (SFTP and FTP)', async () => {
  const ctx: ChallengeContext = {
    identifier: 'dropped.example.test',
    wildcard: false,
    token: 'dropped_evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ',
    keyAuthorization: 'dropped.thumb',
    dnsTxtValue: '',
    signal: new AbortController().signal,
    progress: () => {},
    log: silentLogger,
  };
  const env = {
    secret: (n: string) =>
      n === 'sftpPassword' || n === 'ftpPassword' ? user.password : undefined,
    saveSecret: async () => {},
    log: silentLogger,
  };
  for (const [mode, options, serverPid] of [
    ['sftp', sftpOptions({ selfCheck: false, hostKey: sshd.hostKeyFingerprint }), sshd.pid],
    ['ftp', ftpOptions({ selfCheck: false }), ftpd.pid],
  ] as const) {
    const solver = createUploadSolver({ type: 'http-01', httpMode: mode, ...options }, env);
    try {
      await solver.start!();
      await solver.present(ctx);
      assert.deepEqual(
        listTree(user.webRoot),
        ['.well-known/', '.well-known/acme-challenge/', `.well-known/acme-challenge/${ctx.token}`],
        mode,
      );
      for (const pid of childPids(serverPid)) process.kill(pid, 'SIGKILL'); // the server hangs up
      await solver.cleanup(ctx);
    } finally {
      await solver.stop!();
    }
    assert.deepEqual(listTree(user.webRoot), [], `${mode}: nothing left after the reconnection`);
  }
});

test('the CLI as a hosting customer runs it: issue --sftp-host / --ftp-host with password files, then list', async () => {
  const { runCli } = await import('../helpers/cli.ts');
  const { writeFileSync } = await import('node:fs');
  const dataDir = tmp('upload-cli');
  const pwFile = path.join(dataDir, 'pw.txt');
  writeFileSync(pwFile, `${user.password}\n`, { mode: 0o600 });
  const common = [
    '--data-dir',
    dataDir,
    '--ca-cert',
    pebble.caCertPath,
    '--http-port',
    String(pebble.httpPort),
    '--dns-resolver',
    `127.0.0.1:${pebble.dnsPort}`,
  ];
  const acct = await runCli([
    'account',
    'create',
    '--directory',
    pebble.directoryUrl,
    '--email',
    'cli@example.org',
    '--agree-tos',
    ...common,
  ]);
  assert.equal(acct.code, 0, acct.stderr);
  const sftp = await runCli([
    'issue',
    '-d',
    'cli-sftp.example.test',
    '--sftp-host',
    `127.0.0.1:${sshd.port}`,
    '--sftp-user',
    user.name,
    '--sftp-password-file',
    pwFile,
    '--sftp-host-key',
    sshd.hostKeyFingerprint,
    '--remote-root',
    'public_html',
    '--json',
    ...common,
  ]);
  assert.equal(sftp.code, 0, sftp.stderr);
  assert.equal(JSON.parse(sftp.stdout).challenge.httpMode, 'sftp');
  const ftp = await runCli([
    'issue',
    '-d',
    'cli-ftp.example.test',
    '--ftp-host',
    `127.0.0.1:${ftpd.port}`,
    '--ftp-user',
    user.name,
    '--ftp-password-file',
    pwFile,
    '--remote-root',
    'public_html',
    '--json',
    ...common,
  ]);
  assert.equal(ftp.code, 0, ftp.stderr);
  assert.equal(JSON.parse(ftp.stdout).challenge.httpMode, 'ftp');
  // The password went to the sealed store, never into the config the CLI prints.
  assert.ok(!sftp.stdout.includes(user.password) && !ftp.stdout.includes(user.password));
  // A mistake gets a sentence, exit 2, and nothing is ordered.
  const bad = await runCli([
    'issue',
    '-d',
    'cli-bad.example.test',
    '--sftp-host',
    `127.0.0.1:${sshd.port}`,
    '--sftp-user',
    user.name,
    ...common,
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /needs .*--(sftp-password-file|sftp-key-file)|--remote-root/);
  // The engine's sentences name no flag (the window shows them too); the CLI adds its own.
  const ftps = await runCli([
    'issue',
    '-d',
    'cli-ftps.example.test',
    '--ftp-host',
    `127.0.0.1:${ftpd.port}`,
    '--ftp-user',
    user.name,
    '--ftp-password-file',
    pwFile,
    '--ftp-tls',
    '--remote-root',
    'public_html',
    ...common,
  ]);
  assert.notEqual(ftps.code, 0);
  assert.match(
    ftps.stderr,
    /could not be verified: its certificate is not signed by an authority this computer trusts/,
  );
  assert.match(ftps.stderr, /add --ftp-insecure-tls/);
  const wrongPin = `SHA256:${'A'.repeat(43)}`;
  const pinned = await runCli([
    'issue',
    '-d',
    'cli-pin.example.test',
    '--sftp-host',
    `127.0.0.1:${sshd.port}`,
    '--sftp-user',
    user.name,
    '--sftp-password-file',
    pwFile,
    '--sftp-host-key',
    wrongPin,
    '--remote-root',
    'public_html',
    ...common,
  ]);
  assert.notEqual(pinned.code, 0);
  assert.match(pinned.stderr, /The server's identity changed/);
  assert.ok(pinned.stderr.includes(`--sftp-host-key ${sshd.hostKeyFingerprint}`), pinned.stderr);
  const root = await runCli([
    'issue',
    '-d',
    'cli-root.example.test',
    '--sftp-host',
    `127.0.0.1:${sshd.port}`,
    '--sftp-user',
    user.name,
    '--sftp-password-file',
    pwFile,
    '--remote-root',
    'public_htm',
    ...common,
  ]);
  assert.notEqual(root.code, 0);
  assert.match(root.stderr, /The folder "public_htm" does not exist .*\(CLI: --remote-root\)/);
});
