// Issue 18 on the certificate page: "Change profile" offers the CA's own profiles with its
// descriptions and the note on shorter lifetimes; the saved one is shown, and the renewal
// started from the page asks the CA for it. When the CA stopped offering the chosen profile, the
// page says so with the CA's current list and nothing changes.
// Pebble 2.4 has no profiles: ca-proxy adds them in front of the real Pebble, which validates
// and issues. In both faces (test/e2e/faces.ts): browser mode, and the real Electron app where
// its binary is installed, else reported as skipped with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const t = translator('en');
const NAME = 'change-profile.e2e.example.test';
const PROFILES = {
  classic: 'The same profile you have been getting all along',
  tlsserver: 'Certificates for TLS servers only, valid 45 days',
  shortlived: 'Certificates valid for 160 hours, also for IP addresses',
};
for (const face of faces())
  describe(face.name, () => {
    const skip = notBuilt || face.skip;
    let run: FaceRun;
    let proxy: CaProxy;
    let page: Page;
    let errors: string[];
    let certId = '';

    before(async () => {
      if (skip) return;
      run = await face.start({ locale: 'en-US' });
      ({ page, errors } = run);
      proxy = await startCaProxy(run.pebble, { profiles: PROFILES, ipProfiles: ['shortlived'] });
      await run.engine.createAccount({
        directoryUrl: proxy.directoryUrl,
        email: 'change-profile@example.org',
        agreeTos: true,
      });
      certId = (
        await run.engine.issue({
          names: [NAME],
          challenge: { type: 'http-01', httpMode: 'builtin' },
          profile: 'classic',
        })
      ).certificate.id;
    });
    after(async () => {
      await proxy?.stop();
      await run?.stop();
    });

    const shown = () => page.getByTestId('cert-profile');
    const form = () => page.getByRole('form', { name: t('profiles.changeTitle') });

    test(
      `[${face.name}] the certificate page changes the profile; it is shown and the renewal from the page asks for it`,
      { skip },
      async () => {
        await run.open();
        await page
          .getByRole('button', { name: literal(NAME) })
          .first()
          .click();
        await shown().waitFor();
        assert.equal(await shown().innerText(), 'classic');

        await page.getByRole('button', { name: t('profiles.change'), exact: true }).click();
        await form().waitFor();
        assert.equal(
          await page.evaluate(() => document.activeElement?.textContent),
          t('profiles.changeTitle'),
          'the focus moves to the form',
        );
        const select = form().getByLabel(t('profiles.label'), { exact: true });
        await select.waitFor();
        // The CA's default first, then the CA's own names, each with the CA's own description,
        // the plain-words note on shorter lifetimes, and what saving does.
        assert.deepEqual(await select.locator('option').allInnerTexts(), [
          t('profiles.caDefault'),
          'classic',
          'tlsserver',
          'shortlived',
        ]);
        assert.equal(await select.inputValue(), 'classic', 'the stored profile is chosen');
        for (const d of Object.values(PROFILES)) await form().getByText(d).waitFor();
        await form().getByText(t('profiles.shorter')).waitFor();
        await form().getByText(t('profiles.changeNext')).waitFor();
        await select.selectOption('shortlived');
        await checkA11y(page, 'certificate page: change the profile');
        await shot(page, 'certificate-profile-change');

        const orders = proxy.newOrders.length;
        // Pebble rejects a few nonces on purpose and the client sends again: count accepted ones.
        const accepted = () => proxy.newOrders.filter((o) => o.status === 201).length;
        const ordered = accepted();
        await form()
          .getByRole('button', { name: t('profiles.save'), exact: true })
          .click();
        await page
          .getByRole('status')
          .filter({ hasText: t('profiles.saved', { profile: 'shortlived' }) })
          .waitFor();
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="cert-profile"]')?.textContent === 'shortlived',
        );
        assert.equal(run.engine.getCertificate(certId).profile, 'shortlived', 'kept in main');
        assert.equal(proxy.newOrders.length, orders, 'saving ordered nothing');

        // "The next renewal uses it": renewed from the page, the newOrder asks for shortlived.
        await page.getByRole('button', { name: t('cert.renewNow'), exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: literal(t('cert.renewed').split('{{')[0]) })
          .waitFor();
        assert.equal(accepted(), ordered + 1);
        assert.equal(proxy.newOrders.at(-1)?.profile, 'shortlived');
        assert.equal(proxy.newOrders.at(-1)?.status, 201, 'Pebble accepted the order');
        assert.equal(await shown().innerText(), 'shortlived');
        assert.deepEqual(errors, []);
      },
    );

    test(
      `[${face.name}] a profile the CA no longer offers is refused with the CA's list, and nothing changes`,
      { skip },
      async () => {
        // Still on the certificate page of the test above (the address holds a one-time token).
        await page.getByRole('button', { name: t('profiles.change'), exact: true }).click();
        const select = form().getByLabel(t('profiles.label'), { exact: true });
        await select.waitFor();
        // The CA drops tlsserver after the page has read its list.
        proxy.configure({
          profiles: { classic: PROFILES.classic, shortlived: PROFILES.shortlived },
        });
        await select.selectOption('tlsserver');
        await form()
          .getByRole('button', { name: t('profiles.save'), exact: true })
          .click();
        await form()
          .getByRole('alert')
          .getByText(
            t('engine.profile.unknown', { profile: 'tlsserver', list: 'classic, shortlived' }),
          )
          .waitFor();
        assert.equal(run.engine.getCertificate(certId).profile, 'shortlived', 'unchanged');
        await form()
          .getByRole('button', { name: t('common.cancel'), exact: true })
          .click();
        assert.equal(await shown().innerText(), 'shortlived');
        assert.deepEqual(errors, []);
      },
    );
  });
