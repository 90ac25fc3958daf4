// Issue 17 in the window, the targets beside SFTP with a password (ui-deploy.test.ts): on the
// certificate page's "Where is this certificate used?", a person adds, tests and deploys to
//  - web hosting over FTPS (a real vsftpd; its test CA trusted as a host's public CA would be),
//  - cPanel with an API token (test/helpers/fake-cpanel.ts: cPanel's documented UAPI shapes),
//  - another server over SFTP with key login (a real sshd; the key is a file the person picks,
//    with its passphrase),
//  - a folder on this computer;
// each time the files (or cPanel's installed certificate) are checked with openssl and the window
// says the deployment worked. One failure each shows its one sentence with the fix: a wrong FTP
// password, a cPanel token refused, a wrong key passphrase, a folder that does not exist. (What the
// add form refuses, in Hungarian: ui-deploy-refused-hu.test.ts.)
// Screenshots for the user guide with CERTDESK_SCREENSHOTS=1 (browser mode only).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkA11y, literal, shot, translator } from './support.ts';
import { forEachFace, startWithAccount, type Face, type FaceRun } from './faces.ts';
import { createUnixUser, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startFakeCpanel, type FakeCpanel } from '../helpers/fake-cpanel.ts';
import { assertDeployedPair } from '../helpers/openssl.ts';
import { assertUnchanged, remoteFolder } from '../helpers/deploy-stack.ts';
import { text, type Text } from '../../src-main/shared/engine-text.ts';
import { sayText } from '../../src-renderer/engine-text.ts';

const NAME = 'targets.example.test';
const TOKEN = 'GOODTOKEN123';

/** A deployed pair checked with openssl against this certificate's current version. */
const checkPem = async (run: FaceRun, id: string, certPem: string, keyPem: string) =>
  assertDeployedPair(certPem, keyPem, {
    serial: run.engine.getStored(id).current!.serial,
    rootPem: await run.pebble.rootPem(0),
  });

/** nginx's files in a folder: fullchain.pem and privkey.pem (0600), nothing else. */
async function checkFolder(run: FaceRun, id: string, dir: string): Promise<void> {
  assert.deepEqual(readdirSync(dir).sort(), ['fullchain.pem', 'privkey.pem']);
  assert.equal(statSync(path.join(dir, 'privkey.pem')).mode & 0o777, 0o600);
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  await checkPem(run, id, read('fullchain.pem'), read('privkey.pem'));
}

function targetsWalk(face: Face, skip: string | false): void {
  const t = translator('en');
  let run: FaceRun;
  let page: Page;
  let user: UnixUser;
  let sshd: Sshd;
  let ftpd: Ftpd;
  let cpanel: FakeCpanel;
  let id = '';
  const snap = async (name: string, el: Locator) => {
    if (face.name !== 'browser') return;
    await el.scrollIntoViewIfNeeded();
    await shot(page, name, el);
  };
  const panel = () => page.locator('section.deploy-panel');
  const form = () => panel().locator('form.deploy-add');
  const field = (k: string) => form().getByLabel(t(`deploy.${k}`), { exact: true });
  const target = (kind: string, where: string) =>
    panel().locator(`li.deploy-target[data-kind=${kind}]`).filter({ hasText: where });
  const add = () =>
    form()
      .getByRole('button', { name: t('deploy.add'), exact: true })
      .click();
  const deployed = (li: Locator) =>
    li.getByText(literal(t('deploy.lastOk', { at: '' }).trim())).waitFor();
  const tested = async (li: Locator, says: string) => {
    await li.getByRole('button', { name: t('deploy.test'), exact: true }).click();
    await li.locator('p.ok-text', { hasText: says }).last().waitFor();
  };
  /** The failure's sentence, with "no good deployment yet"; the password never on the page. */
  async function failed(li: Locator, expected: Text, oneSentence = true): Promise<void> {
    const reason = li.locator('p.deploy-reason');
    await reason.waitFor();
    const said = (await reason.innerText()).trim();
    assert.equal(said, sayText(t, expected));
    if (oneSentence) assert.equal(said.split(/[.。]\s/).length, 1, said);
    await li.getByText(t('deploy.noGood')).waitFor();
    assert.doesNotMatch(await panel().innerText(), literal(user.password));
  }
  const folder = (name: string, oldFiles: boolean) => remoteFolder(user, name, 'user', oldFiles);
  const ftpForm = async (dir: string, password: string) => {
    await field('kind').selectOption('ftp');
    await field('host').fill(`127.0.0.1:${ftpd.port}`);
    await field('user').fill(user.name);
    await field('password').fill(password);
    await field('remoteDir').fill(dir);
  };
  const cpanelForm = async (token: string, domain = '') => {
    await field('kind').selectOption('cpanel');
    await field('cpanelUrl').fill(cpanel.url);
    await field('user').fill('siteowner');
    await field('apiToken').fill(token);
    await field('domain').fill(domain);
  };
  const sftpKeyForm = async (dir: string, passphrase: string) => {
    await field('kind').selectOption('sftp');
    await field('host').fill(`127.0.0.1:${sshd.port}`);
    await field('user').fill(user.name);
    const keyFile = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-key-')),
      'id_ed25519',
    );
    writeFileSync(keyFile, sshd.encryptedKeyPem, { mode: 0o600 });
    await form().getByLabel(t('details.field.uploadKey'), { exact: true }).setInputFiles(keyFile);
    await form()
      .getByText(t('details.uploadKeyChosen', { name: 'id_ed25519' }))
      .waitFor();
    await form().getByLabel(t('details.field.uploadPassphrase'), { exact: true }).fill(passphrase);
    await field('remoteDir').fill(dir);
  };

  before(async () => {
    if (skip) return;
    user = await createUnixUser();
    sshd = await startSshd({ user });
    ftpd = await startFtpd({ user });
    cpanel = await startFakeCpanel({ user: 'siteowner', token: TOKEN, domains: [NAME] });
    run = await startWithAccount(face, {
      locale: 'en-US',
      email: 'targets@example.org',
      trust: [ftpd.caCertPem, readFileSync(cpanel.caCertPath, 'utf8')],
    });
    page = run.page;
    id = (
      await run.engine.issue({
        names: [NAME],
        challenge: { type: 'http-01', httpMode: 'builtin' },
      })
    ).certificate.id;
  });
  after(async () => {
    for (const stop of [
      () => run?.stop(),
      () => cpanel?.stop(),
      () => ftpd?.stop(),
      () => sshd?.stop(),
      () => user?.remove(),
    ])
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
  });

  test(
    `[${face.name}] FTPS to web hosting: added, deployed, tested; a wrong password is one sentence`,
    { skip },
    async () => {
      await run.open();
      const row = page.locator('table.certs tbody tr').filter({ hasText: NAME });
      await row.getByRole('button', { name: NAME, exact: true }).click();
      await panel().getByText(t('deploy.none')).waitFor();

      const dir = folder('ftpsite', false);
      await ftpForm('ftpsite', user.password);
      assert.equal(await form().getByLabel(t('deploy.ftps')).isChecked(), true, 'FTPS by default');
      assert.equal(await form().locator('input[type=file]').count(), 0, 'no key file for FTP');
      await checkA11y(page, 'deploy: add ftp');
      await snap('deploy-add-ftp', form());
      await add();
      const ok = target('ftp', 'ftpsite');
      await deployed(ok);
      assert.match(await ok.innerText(), /FTPS /);
      await checkFolder(run, id, dir);
      await tested(ok, 'ftpsite');
      assert.deepEqual(
        readdirSync(dir).sort(),
        ['fullchain.pem', 'privkey.pem'],
        'Test changes nothing',
      );

      const pwDir = folder('ftp-pw', true);
      await ftpForm('ftp-pw', 'not-the-password');
      await add();
      const bad = target('ftp', 'ftp-pw');
      await failed(
        bad,
        text('error.ftpLogin', { user: user.name, server: `127.0.0.1 port ${ftpd.port}` }),
      );
      assertUnchanged(pwDir);
      await snap('deploy-ftp-failed', bad);
      assert.deepEqual(run.errors, []);
    },
  );

  test(
    `[${face.name}] cPanel with an API token: installed and tested; a refused token is one sentence`,
    { skip },
    async () => {
      await cpanelForm(TOKEN);
      await checkA11y(page, 'deploy: add cpanel');
      await snap('deploy-add-cpanel', form());
      await add();
      const ok = target('cpanel', 'siteowner').first();
      await deployed(ok);
      assert.equal(cpanel.installed.length, 1);
      assert.equal(cpanel.installed[0].domain, NAME);
      await checkPem(
        run,
        id,
        cpanel.installed[0].cert + cpanel.installed[0].cabundle,
        cpanel.installed[0].key,
      );
      await tested(ok, 'siteowner');
      assert.equal(cpanel.installed.length, 1, 'Test installs nothing');

      await cpanelForm('REVOKED', NAME);
      await add();
      const bad = target('cpanel', `for ${NAME}`);
      await failed(
        bad,
        text('deploy.cpanelToken', { server: new URL(cpanel.url).host, user: 'siteowner' }),
      );
      assert.equal(cpanel.installed.length, 1, 'nothing installed with a refused token');
      assert.doesNotMatch(await panel().innerText(), /REVOKED|GOODTOKEN/);
      await snap('deploy-cpanel-refused', bad);
      assert.deepEqual(run.errors, []);
    },
  );

  test(
    `[${face.name}] SFTP with a key file the person picks: deployed and tested; a wrong passphrase is one sentence`,
    { skip },
    async () => {
      const dir = folder('keysite', false);
      await sftpKeyForm(dir, sshd.keyPassphrase);
      assert.equal(await form().locator('textarea').count(), 0, 'no box to paste a key into');
      await checkA11y(page, 'deploy: add sftp with a key');
      await snap('deploy-add-sftp-key', form());
      await add();
      const ok = target('sftp', 'keysite');
      await deployed(ok);
      await checkFolder(run, id, dir);
      await tested(ok, 'keysite');
      assert.doesNotMatch(await page.content(), /OPENSSH PRIVATE KEY/, 'the key never comes back');

      const wrongDir = folder('key-wrong', true);
      await sftpKeyForm(wrongDir, 'not the passphrase');
      await add();
      await failed(target('sftp', 'key-wrong'), text('deployCheck.sftpBadPassphrase'), false);
      assertUnchanged(wrongDir);
      assert.deepEqual(run.errors, []);
    },
  );

  test(
    `[${face.name}] a folder on this computer: deployed and tested; a folder that does not exist says so`,
    { skip },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-local-'));
      await field('kind').selectOption('local');
      await field('dir').fill(dir);
      await add();
      const ok = target('local', dir).first();
      await deployed(ok);
      await checkFolder(run, id, dir);
      await tested(ok, dir);

      const missing = path.join(dir, 'not-there');
      await field('kind').selectOption('local');
      await field('dir').fill(missing);
      await add();
      await failed(
        target('local', missing),
        text('exportCheck.missing', { folder: missing }),
        false,
      );
      await checkA11y(page, 'deploy: every target');
      await snap('deploy-targets', panel());
      assert.deepEqual(run.errors, []);
    },
  );
}

forEachFace(targetsWalk);
