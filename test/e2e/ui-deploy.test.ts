// Issue 17 in the window: the wizard's "Where is this certificate used?" step after Done. A new
// user adds an SFTP target with a password against a real OpenSSH sshd (test/helpers/sshd.ts),
// tests it, deploys, and the files are on the server with the key at 0600; then the server's
// password changes and "Deploy now" fails with one sentence in the person's language, the earlier
// files stay, and the last good deployment is shown. English and Danish; screenshots for the user
// guide with CERTDESK_SCREENSHOTS=1 (browser mode only).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, statSync, chownSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type Face, type FaceRun } from './faces.ts';
import { createUnixUser, run, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';

function deployFlow(face: Face, lng: string, locale: string, domain: string): void {
  const skip = rendererBuilt() ? face.skip : 'the renderer is not built: run node scripts/build.ts';
  const t = translator(lng);
  const tx = (key: string, vars?: Record<string, unknown>): string => {
    const s = t(key, vars ?? {});
    assert.notEqual(s, key, `the ${lng} translation has ${key}`);
    return s;
  };
  const prefix = lng === 'en' ? '' : `${lng}-`;
  let stack: FaceRun;
  let page: Page;
  let user: UnixUser;
  let sshd: Sshd;
  let remote = '';
  const snap = async (name: string) => {
    if (face.name === 'browser') await shot(page, `${prefix}${name}`);
  };
  const button = (key: string, scope?: ReturnType<Page['locator']>) =>
    (scope ?? page).getByRole('button', { name: tx(key), exact: true });
  const panel = () => page.locator('section.deploy-panel');
  const target = () => panel().locator('li.deploy-target[data-kind=sftp]');

  before(async () => {
    if (skip) return;
    user = await createUnixUser();
    sshd = await startSshd({ user });
    remote = path.join(user.home, 'certs');
    mkdirSync(remote, { mode: 0o755 });
    chownSync(remote, user.uid, user.gid);
    stack = await face.start({ locale });
    page = stack.page;
    await stack.engine.createAccount({
      directoryUrl: stack.pebble.directoryUrl,
      email: 'deploy@example.org',
      agreeTos: true,
    });
  });
  after(async () => {
    for (const stop of [() => stack?.stop(), () => sshd?.stop(), () => user?.remove()])
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
  });

  test(
    `[${lng}, ${face.name}] after Done: add an SFTP place with a password, test it, the files are on the server with the key at 0600`,
    { skip },
    async () => {
      await stack.open();
      await button('dashboard.emptyAction').click();
      await page.getByLabel(tx('names.label'), { exact: true }).fill(domain);
      await button('common.next').click();
      const answer = async (q: string, a: string) =>
        page
          .getByRole('group', { name: literal(tx(`route.q.${q}`)) })
          .getByLabel(tx(`route.a.${q}.${a}`), { exact: true })
          .check();
      await answer('server', 'yes');
      await answer('port80', 'yes');
      await answer('webserver', 'no');
      await button('common.next').click();
      await page.getByLabel(tx('details.http.builtin'), { exact: true }).waitFor();
      await button('common.next').click();
      await page
        .getByRole('button', {
          name: new RegExp(
            [tx('preflight.get'), tx('preflight.anyway')].map((s) => literal(s).source).join('|'),
          ),
        })
        .click();
      await page
        .locator('h1')
        .filter({ hasText: tx('done.title').split('{{')[0].trim() })
        .waitFor();
      await page.getByRole('heading', { name: tx('deploy.title') }).waitFor();
      await panel().getByText(tx('deploy.none')).waitFor();

      const form = panel().locator('form.deploy-add');
      const field = (k: string) => form.getByLabel(tx(`deploy.${k}`), { exact: true });
      assert.equal(await field('kind').inputValue(), 'sftp', 'SFTP is offered first');
      await field('host').fill(`127.0.0.1:${sshd.port}`);
      await field('user').fill(user.name);
      await field('password').fill(user.password);
      await field('remoteDir').fill(remote);
      await checkA11y(page, 'deploy: add sftp');
      await form.scrollIntoViewIfNeeded();
      await snap('deploy-add-sftp');
      await button('deploy.add', form).click();
      await target()
        .getByText(literal(tx('deploy.lastOk', { at: '' }).trim()))
        .waitFor();

      const key = statSync(path.join(remote, 'privkey.pem'));
      assert.equal(key.mode & 0o777, 0o600, 'the key is readable by its owner only');
      assert.match(readFileSync(path.join(remote, 'privkey.pem'), 'utf8'), /PRIVATE KEY/);
      assert.match(readFileSync(path.join(remote, 'fullchain.pem'), 'utf8'), /BEGIN CERTIFICATE/);
      assert.deepEqual(readdirSync(remote).sort(), ['fullchain.pem', 'privkey.pem']);

      await button('deploy.test', target()).click();
      await target().locator('p.ok-text', { hasText: '127.0.0.1' }).last().waitFor();
      assert.deepEqual(readdirSync(remote).sort(), ['fullchain.pem', 'privkey.pem']);
      assert.equal(await target().locator('[lang="en"]').count(), 0, 'no sentence in English');
      await checkA11y(page, 'deploy: target deployed');
      await target().scrollIntoViewIfNeeded();
      await snap('deploy-sftp-ok');
      assert.deepEqual(stack.errors, []);
    },
  );

  test(
    `[${lng}, ${face.name}] the password changed on the server: one sentence in ${lng}, the earlier files stay, the last good deployment shown`,
    { skip },
    async () => {
      const before = readFileSync(path.join(remote, 'fullchain.pem'), 'utf8');
      await run('chpasswd', [], `${user.name}:changed-${Date.now()}\n`);
      await button('deploy.deployNow', target()).click();
      const failed = target().locator('p.error-text').first();
      await failed.waitFor();
      assert.match(await failed.innerText(), literal(tx('deploy.lastFailed', { at: '' }).trim()));
      const said = await target().locator('p.deploy-reason').innerText();
      // One sentence with the fix: the refused login and where to check it.
      assert.match(said, literal(`${sshd.port}`));
      assert.equal(said.trim().split(/[.。]\s/).length, 1, said);
      assert.equal(await target().locator('[lang="en"]').count(), 0, 'no sentence in English');
      assert.doesNotMatch(said, literal(user.password));
      await target()
        .getByText(literal(tx('deploy.lastGood', { at: '' }).trim()))
        .waitFor();
      assert.equal(readFileSync(path.join(remote, 'fullchain.pem'), 'utf8'), before);
      assert.deepEqual(readdirSync(remote).sort(), ['fullchain.pem', 'privkey.pem']);
      await target().scrollIntoViewIfNeeded();
      await snap('deploy-sftp-failed');
      assert.deepEqual(stack.errors, []);
    },
  );
}

for (const face of faces())
  for (const [lng, locale, domain] of [
    ['en', 'en-US', 'deploy.example.test'],
    ['da', 'da-DK', 'udrul.example.test'],
  ])
    describe(`${face.name} ${lng}`, () => deployFlow(face, lng, locale, domain));
