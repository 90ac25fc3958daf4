// Issue 15 "change the route later", in the browser: a certificate issued with the built-in web
// server (real Pebble) moves to SFTP upload from its own page. The person changes the route in
// the wizard's form, saves, and the page names the new route; main stored it with the password
// sealed, and the page never sees the password again: reopening the form shows an empty field
// with "leave empty to keep the stored one", which goes away when the server changes.
// In both faces (test/e2e/faces.ts): browser mode, and the real Electron app where its binary is
// installed, else reported as skipped with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const t = translator('en');
const NAME = 'reroute.e2e.example.test';
const PASSWORD = 'pw-E2E-route-change-7c41';
for (const face of faces())
  describe(face.name, () => {
    const skip = notBuilt || face.skip;
    let run: FaceRun;
    let page: Page;
    let errors: string[];
    let certId = '';

    before(async () => {
      if (skip) return;
      run = await face.start({ locale: 'en-US' });
      ({ page, errors } = run);
      await run.engine.createAccount({
        directoryUrl: run.pebble.directoryUrl,
        email: 'reroute@example.org',
        agreeTos: true,
      });
      certId = (
        await run.engine.issue({
          names: [NAME],
          challenge: { type: 'http-01', httpMode: 'builtin' },
        })
      ).certificate.id;
    });
    after(async () => {
      await run?.stop();
    });

    const routeName = (mode: 'builtin' | 'sftp') =>
      `${t('route.name.http-01')} – ${t(`details.http.${mode}`)}`;
    // The route editor's own fields: the page now also has the deployment form (issue 17), whose
    // fields carry some of the same labels (User name, Password).
    const field = (key: string) =>
      page
        .getByRole('form', { name: t('cert.routeEdit.title') })
        .getByLabel(t(`details.field.${key}`), { exact: true });
    const facts = () => page.locator('dl.facts');

    test(
      `[${face.name}] the certificate page changes the route to SFTP: saved without issuing, named on the page, password kept in main`,
      { skip },
      async () => {
        await run.open();
        await page
          .getByRole('button', { name: literal(NAME) })
          .first()
          .click();
        await page.getByRole('heading', { name: t('cert.chain') }).waitFor();
        assert.ok(
          (await facts().innerText()).includes(routeName('builtin')),
          'the page names the route it has now',
        );
        const serial = run.engine.getStored(certId).current?.serial;

        await page.getByRole('button', { name: t('cert.routeChange'), exact: true }).click();
        const editor = page.getByRole('form', { name: t('cert.routeEdit.title') });
        await editor.waitFor();
        assert.equal(
          await page.evaluate(() => document.activeElement?.textContent),
          t('cert.routeEdit.title'),
          'the focus moves to the form',
        );
        // Filled from the stored route: http-01, built-in.
        assert.ok(await editor.getByLabel(t('route.name.http-01'), { exact: true }).isChecked());
        assert.ok(await editor.getByLabel(t('details.http.builtin'), { exact: true }).isChecked());

        await editor.getByLabel(t('details.http.sftp'), { exact: true }).check();
        // Saving without the password is stopped in the page, with the field named.
        await field('uploadHost').fill('127.0.0.1');
        await field('uploadPort').fill('2222');
        await field('uploadUser').fill('site');
        await field('uploadDir').fill('public_html');
        await editor.getByRole('button', { name: t('common.save'), exact: true }).click();
        await editor.getByText(t('details.required')).first().waitFor();
        assert.equal(
          await page.evaluate(() => document.activeElement?.id.endsWith('-uploadPassword')),
          true,
          'the focus is on the missing password',
        );
        await field('uploadPassword').fill(PASSWORD);
        await checkA11y(page, 'change the route');
        await editor.getByRole('button', { name: t('common.save'), exact: true }).click();

        await page
          .getByRole('status')
          .filter({ hasText: t('cert.routeEdit.saved', { route: routeName('sftp') }) })
          .waitFor();
        await page.waitForFunction(
          (s) => document.querySelector('dl.facts')?.textContent?.includes(s),
          routeName('sftp'),
        );
        assert.equal(await editor.count(), 0, 'the form closed');
        await shot(page, 'cert-change-route');

        const stored = run.engine.getStored(certId);
        assert.deepEqual(stored.challenge, {
          type: 'http-01',
          httpMode: 'sftp',
          host: '127.0.0.1:2222',
          user: 'site',
          remoteRoot: 'public_html',
        });
        assert.equal(stored.current?.serial, serial, 'nothing was issued');
        assert.equal(stored.attempts.length, 1);
        assert.deepEqual(run.engine.storedSecretNames(certId), ['sftpPassword']);

        // Reopened: the same fields, the password empty with a hint that it is kept.
        await page.getByRole('button', { name: t('cert.routeChange'), exact: true }).click();
        await editor.waitFor();
        assert.equal(await field('uploadHost').inputValue(), '127.0.0.1');
        assert.equal(await field('uploadPort').inputValue(), '2222');
        assert.equal(await field('uploadPassword').inputValue(), '');
        await editor.getByText(t('details.keepStored')).waitFor();
        await shot(page, 'cert-change-route-form');
        assert.ok(
          !(await page.content()).includes(PASSWORD),
          'the password never came back to the page',
        );
        // Another server: the stored password does not follow, so the hint goes and the field is needed.
        await field('uploadHost').fill('ssh2.example.test');
        assert.equal(await editor.getByText(t('details.keepStored')).count(), 0);
        await editor.getByRole('button', { name: t('common.save'), exact: true }).click();
        await editor.getByText(t('details.required')).first().waitFor();
        await editor.getByRole('button', { name: t('common.cancel'), exact: true }).click();
        assert.equal(
          (run.engine.getStored(certId).challenge as { host: string }).host,
          '127.0.0.1:2222',
          'cancel changed nothing',
        );
        assert.deepEqual(errors, []);
      },
    );
  });
