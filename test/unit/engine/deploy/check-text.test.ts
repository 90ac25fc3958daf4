// Issue 17: every sentence a deployment target's check or run gives the window is a Text (key and
// values), so the window says it in the person's language while the CLI prints the English. Each
// case below is what a person can type into the "Where is this certificate used?" form (or a
// folder a local target meets); the error must carry a Text whose English is the CLI's message
// and whose Danish, Chinese, Finnish and Hungarian are real translations with the values filled in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { say } from '../../../../src-main/shared/engine-text.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import type { DeployTargetConfig } from '../../../../src-main/shared/deploy.ts';
import { checkConfig } from '../../../../src-main/engine/deploy/service.ts';
import { checkFolder } from '../../../../src-main/engine/export/writer.ts';
import { checkPfxPassword } from '../../../../src-main/engine/export/pkcs12.ts';
import { translator } from '../../../helpers/renderer-i18n.ts';
import { sayText } from '../../../../src-renderer/engine-text.ts';

const LANGS = ['da', 'zh', 'fi', 'hu'].map((l) => [l, translator(l)] as const);

const sftp = (
  o: Partial<Extract<DeployTargetConfig, { kind: 'sftp' }>> = {},
): DeployTargetConfig => ({
  kind: 'sftp',
  host: 'ssh.example.com',
  user: 'site',
  remoteDir: 'certs',
  ...o,
});
const ftp = (
  o: Partial<Extract<DeployTargetConfig, { kind: 'ftp' }>> = {},
): DeployTargetConfig => ({
  kind: 'ftp',
  host: 'ftp.example.com',
  user: 'site',
  remoteDir: 'certs',
  ...o,
});
const pw = { password: 'secret-1' };

/** [what the person did, the check, the Text key expected, a value the sentence must show] */
const CASES: [string, () => unknown, string, string?][] = [
  ['SFTP without password or key', () => checkConfig(sftp(), {}), 'deployCheck.sftpLogin'],
  ['SFTP without a server', () => checkConfig(sftp({ host: ' ' }), pw), 'deployCheck.sftpHost'],
  ['SFTP without a user', () => checkConfig(sftp({ user: '' }), pw), 'deployCheck.sftpUser'],
  [
    'SFTP without a folder',
    () => checkConfig(sftp({ remoteDir: '' }), pw),
    'deployCheck.sftpFolder',
  ],
  [
    'SFTP server that is no address',
    () => checkConfig(sftp({ host: 'ssh example com' }), pw),
    'deployCheck.badHostSftp',
    'ssh example com',
  ],
  [
    'SFTP port out of range',
    () => checkConfig(sftp({ host: 'ssh.example.com:70000' }), pw),
    'deployCheck.badPort',
    '70000',
  ],
  [
    'a folder that climbs with ..',
    () => checkConfig(sftp({ remoteDir: '../etc' }), pw),
    'deployCheck.remoteClimbsHome',
    '../etc',
  ],
  [
    'a host key that is no fingerprint',
    () => checkConfig(sftp({ hostKey: 'AAAA-not-a-key' }), pw),
    'deployCheck.hostKey',
    'AAAA-not-a-key',
  ],
  [
    'a command of two lines',
    () => checkConfig(sftp({ command: 'reload\nrm -rf /' }), pw),
    'deployCheck.commandOneLine',
  ],
  [
    'a user name with a line break',
    () => checkConfig(sftp({ user: 'a\nb' }), pw),
    'deployCheck.controlChars',
  ],
  ['FTP without password', () => checkConfig(ftp(), {}), 'deployCheck.ftpPassword'],
  [
    'FTP server that is no address',
    () => checkConfig(ftp({ host: 'ftp example' }), pw),
    'deployCheck.badHostFtp',
  ],
  ['FTP without a user', () => checkConfig(ftp({ user: ' ' }), pw), 'deployCheck.ftpUser'],
  [
    'cPanel without a token',
    () => checkConfig({ kind: 'cpanel', url: 'https://host.example:2083', user: 'me' }, {}),
    'deployCheck.cpanelToken',
  ],
  [
    'cPanel over plain http',
    () =>
      checkConfig({ kind: 'cpanel', url: 'http://host.example', user: 'me' }, { apiToken: 'x' }),
    'deployCheck.cpanelHttps',
  ],
  [
    'cPanel address that is no URL',
    () => checkConfig({ kind: 'cpanel', url: 'https://exa mple', user: 'me' }, { apiToken: 'x' }),
    'deployCheck.cpanelAddress',
    'https://exa mple',
  ],
  [
    'cPanel without a user',
    () => checkConfig({ kind: 'cpanel', url: 'host.example', user: '' }, { apiToken: 'x' }),
    'deployCheck.cpanelUser',
  ],
  [
    'a local folder left empty',
    () => checkConfig({ kind: 'local', dir: ' ' }, {}),
    'deployCheck.localFolder',
  ],
  [
    'a place by hand without a name',
    () => checkConfig({ kind: 'manual', label: '' }, {}),
    'deployCheck.manualLabel',
  ],
  [
    'PFX files without a password',
    () => checkConfig({ kind: 'local', dir: '/tmp/x', preset: 'iis' }, {}),
    'deployCheck.pfxPassword',
  ],
  [
    'an unknown preset',
    () => checkConfig(sftp({ preset: 'lighttpd' }), pw),
    'deployCheck.unknownPreset',
    'lighttpd',
  ],
  ['paste fields only', () => checkConfig(sftp({ format: 'paste' }), pw), 'deployCheck.pasteOnly'],
  ['a PFX password too short', () => checkPfxPassword('abc'), 'exportCheck.pfxShort', '4'],
];

async function thrown(fn: () => unknown): Promise<CertdeskError> {
  try {
    await fn();
  } catch (e) {
    assert.ok(e instanceof CertdeskError, String(e));
    return e;
  }
  assert.fail('no error');
}

function checkTranslated(e: CertdeskError, key: string, shows?: string): void {
  assert.ok(e.text, `${e.message}: has a Text`);
  assert.equal(e.text.key, key, e.message);
  assert.equal(e.message, say(e.text), 'the CLI prints the English of the same Text');
  if (shows) assert.ok(e.message.includes(shows), e.message);
  for (const [lng, tl] of LANGS) {
    const s = sayText(tl, e.text);
    assert.notEqual(s, e.message, `${lng}: ${key} is translated`);
    assert.doesNotMatch(s, /\{\{|engine\./, `${lng}: ${key} has its values: ${s}`);
    if (shows) assert.ok(s.includes(shows), `${lng}: ${s} shows ${shows}`);
  }
}

for (const [what, fn, key, shows] of CASES)
  test(`${what}: one sentence as a Text, translated in every language`, async () => {
    checkTranslated(await thrown(fn), key, shows);
  });

test("a local target's folder: missing, or a file, is said in the person's language", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-check-text-'));
  const missing = path.join(dir, 'nowhere');
  checkTranslated(await thrown(() => checkFolder(missing)), 'exportCheck.missing', missing);
  const file = path.join(dir, 'a-file');
  writeFileSync(file, 'x');
  checkTranslated(await thrown(() => checkFolder(file)), 'exportCheck.notFolder', file);
});

test('Danish and Hungarian say the refused SFTP login fix in their own words', async () => {
  const e = await thrown(() => checkConfig(sftp(), {}));
  assert.equal(e.message, "SFTP needs the account's password or a private key.");
  const [[, da], , , [, hu]] = LANGS;
  assert.equal(sayText(da, e.text!), 'SFTP kræver kontoens adgangskode eller en privat nøgle.');
  assert.equal(sayText(hu, e.text!), 'Az SFTP-hez a fiók jelszava vagy egy privát kulcs kell.');
});
