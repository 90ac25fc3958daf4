// The CLI face of the upload route (src-main/cli/upload-options.ts): options become a
// ChallengeConfig the solver understands, credentials are read from files (never argv), and
// options given to the wrong route are named instead of silently ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UPLOAD_OPTS } from '../../../../../src-main/cli/upload-options.ts';
import { challengeFromOptions } from '../../../../../src-main/cli/challenge-options.ts';
import type { CliContext, Values } from '../../../../../src-main/cli/context.ts';
import type { ChallengeConfig } from '../../../../../src-main/shared/types.ts';
import { routeKey } from '../../../../../src-main/shared/route.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-upload-cli-'));
const file = (name: string, content: string): string => {
  const f = path.join(dir, name);
  writeFileSync(f, content, { mode: 0o600 });
  return f;
};
const ctxOf = (values: Values): CliContext => ({
  values,
  positionals: [],
  json: false,
  quiet: false,
  progress: () => {},
  out: () => {},
  err: () => {},
  engine: () => {
    throw new Error('not used');
  },
  engineOptions: () => {
    throw new Error('not used');
  },
});
const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

/** The CLI's own parser, as `issue` and `check` call it; `route` stands for the options that chose it. */
type RouteChoice = { type: ChallengeConfig['type']; httpMode?: string; dnsMode?: string };
function apply(
  values: Values,
  route?: RouteChoice,
): { cfg: ChallengeConfig; secrets: Record<string, string> } {
  const chosen: Values = route
    ? {
        challenge: route.type,
        ...(route.httpMode && !values['http-mode'] ? { 'http-mode': route.httpMode } : {}),
        ...(route.dnsMode ? { 'dns-mode': route.dnsMode } : {}),
      }
    : {};
  const { challenge, secrets } = challengeFromOptions(ctxOf({ ...chosen, ...values }));
  return { cfg: challenge, secrets: secrets as Record<string, string> };
}

test('every option the brief names exists, with help text', () => {
  for (const name of [
    'sftp-host',
    'sftp-user',
    'sftp-password-file',
    'sftp-key-file',
    'sftp-passphrase-file',
    'sftp-host-key',
    'ftp-host',
    'ftp-user',
    'ftp-password-file',
    'ftp-tls',
    'ftp-insecure-tls',
    'remote-root',
  ]) {
    assert.ok(UPLOAD_OPTS[name]?.help, name);
  }
});

test('SFTP with a password file: --sftp-host alone picks the mode; the password comes from the file', () => {
  const { cfg, secrets } = apply({
    'sftp-host': 'sftp.example.com:2222',
    'sftp-user': 'site1',
    'sftp-password-file': file('pw', 's3cret pass\n'),
    'remote-root': 'public_html',
  });
  assert.equal(routeKey(cfg), 'http-01:sftp');
  assert.deepEqual(cfg, {
    type: 'http-01',
    httpMode: 'sftp',
    remoteRoot: 'public_html',
    host: 'sftp.example.com:2222',
    user: 'site1',
  });
  assert.deepEqual(secrets, { sftpPassword: 's3cret pass' });
  assert.ok(!JSON.stringify(cfg).includes('s3cret'), 'no credential in the stored config');
});

test('SFTP with a key, its passphrase, a pinned host key and a timeout', () => {
  const pin = `SHA256:${'A'.repeat(43)}`;
  const { cfg, secrets } = apply(
    {
      'http-mode': 'sftp',
      'sftp-host': 'h',
      'sftp-user': 'u',
      'sftp-key-file': file('k', KEY),
      'sftp-passphrase-file': file('pp', 'open sesame'),
      'sftp-host-key': pin,
      'remote-root': '.',
      'upload-timeout': '5',
      'skip-upload-check': true,
    },
    { type: 'http-01', httpMode: 'sftp' },
  );
  assert.ok(cfg.type === 'http-01' && cfg.httpMode === 'sftp');
  assert.equal(cfg.hostKey, pin);
  assert.equal(cfg.connectTimeout, 5);
  assert.equal(cfg.selfCheck, false);
  assert.equal(secrets.sftpPrivateKey, KEY);
  assert.equal(secrets.sftpPassphrase, 'open sesame');
});

test('FTP and FTPS: --ftp-insecure-tls implies TLS', () => {
  const plain = apply({
    'ftp-host': 'ftp.example.com',
    'ftp-user': 'u',
    'ftp-password-file': file('fpw', 'pw'),
    'remote-root': 'www',
  });
  assert.equal(routeKey(plain.cfg), 'http-01:ftp');
  assert.deepEqual(plain.cfg, {
    type: 'http-01',
    httpMode: 'ftp',
    remoteRoot: 'www',
    host: 'ftp.example.com',
    user: 'u',
  });
  assert.deepEqual(plain.secrets, { ftpPassword: 'pw' });
  const tls = apply({
    'ftp-host': 'ftp.example.com',
    'ftp-user': 'u',
    'ftp-password-file': file('fpw', 'pw'),
    'remote-root': 'www',
    'ftp-insecure-tls': true,
  });
  assert.ok(tls.cfg.type === 'http-01' && tls.cfg.httpMode === 'ftp');
  assert.equal(tls.cfg.tls, true);
  assert.equal(tls.cfg.insecureTls, true);
});

test('mistakes are named with the fix', () => {
  const bad = (values: Values, re: RegExp, cfg?: RouteChoice) =>
    assert.throws(
      () => apply(values, cfg),
      (e: Error & { code?: string }) => e.code === 'invalid-input' && re.test(e.message),
      String(re),
    );
  bad(
    { 'sftp-host': 'h', 'sftp-user': 'u', 'sftp-password-file': file('pw2', 'x') },
    /needs the site's web root .*--remote-root/,
  );
  bad(
    { 'sftp-host': 'h', 'sftp-user': 'u', 'remote-root': 'www' },
    /--sftp-password-file FILE or --sftp-key-file FILE/,
  );
  bad(
    {
      'sftp-host': 'h',
      'sftp-user': 'u',
      'remote-root': 'www',
      'sftp-password-file': file('pw3', 'x'),
      'sftp-passphrase-file': file('pp2', 'x'),
    },
    /give --sftp-key-file too/,
  );
  bad(
    {
      'sftp-host': 'h',
      'sftp-user': 'u',
      'remote-root': 'www',
      'sftp-key-file': file('pub', 'ssh-ed25519 AAAA me@host'),
    },
    /not a private key file .*\.pub file is the public half/,
  );
  bad(
    {
      'sftp-host': 'h',
      'sftp-user': 'u',
      'remote-root': 'www',
      'sftp-password-file': file('pw4', 'x'),
      'sftp-host-key': 'aa:bb:cc',
    },
    /SHA256: followed by 43 characters/,
  );
  bad(
    {
      'sftp-host': 'h',
      'sftp-user': 'u',
      'remote-root': '../etc',
      'sftp-password-file': file('pw5', 'x'),
    },
    /without "\.\."/,
  );
  bad({ 'sftp-host': 'h', 'ftp-host': 'f' }, /either --sftp-host or --ftp-host/);
  bad(
    { 'http-mode': 'sftp', 'sftp-host': 'h', 'ftp-tls': true },
    /--ftp-tls belongs to --http-mode ftp/,
    { type: 'http-01', httpMode: 'sftp' },
  );
  bad(
    { 'http-mode': 'webroot', 'remote-root': 'www' },
    /--remote-root belongs to uploading .* leave --remote-root out/,
    { type: 'http-01', httpMode: 'webroot' },
  );
  bad({ 'sftp-host': 'h' }, /belongs to uploading/, { type: 'dns-01', dnsMode: 'manual' });
  bad(
    {
      'ftp-host': 'f',
      'ftp-user': 'u',
      'remote-root': 'www',
      'ftp-password-file': path.join(dir, 'missing'),
    },
    /Cannot read the FTP password/,
  );
});

test('no upload options: the built-in route, nothing else', () => {
  const { cfg, secrets } = apply({ 'http-mode': 'builtin' });
  assert.deepEqual(cfg, { type: 'http-01', httpMode: 'builtin' });
  assert.deepEqual(secrets, {});
});

test('challengeFromOptions alone, as the issue command calls it', () => {
  const ctx = ctxOf({
    'sftp-host': 'sftp.example.com',
    'sftp-user': 'u',
    'sftp-password-file': file('pw6', 'pw'),
    'remote-root': 'public_html',
  });
  const { challenge, secrets } = challengeFromOptions(ctx);
  assert.ok(challenge.type === 'http-01' && challenge.httpMode === 'sftp');
  assert.equal(challenge.host, 'sftp.example.com');
  assert.equal(secrets.sftpPassword, 'pw');
});
