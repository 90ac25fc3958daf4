// Issue 18 in the window: the wizard offers the CA's profiles under "More options" with the CA's
// own descriptions and the note on shorter lifetimes; the chosen one reaches newOrder and is shown
// on the certificate page, with the CA's suggested renewal window (ARI) and its explanation link.
// Pebble 2.4 has no profiles or ARI: ca-proxy adds them in front of the real Pebble, which
// validates and issues the certificate. In both faces (test/e2e/faces.ts): browser mode, and the
// real Electron app where its binary is installed, else reported as skipped with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startCaProxy, certIdWithOpenssl, type CaProxy } from '../helpers/ca-proxy.ts';
import { splitChain } from '../helpers/openssl.ts';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const t = translator('en');
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

    before(async () => {
      if (skip) return;
      run = await face.start({ locale: 'en-US' });
      ({ page, errors } = run);
      proxy = await startCaProxy(run.pebble, { profiles: PROFILES, ipProfiles: ['shortlived'] });
      await run.engine.createAccount({
        directoryUrl: proxy.directoryUrl,
        email: 'profiles@example.org',
        agreeTos: true,
      });
    });
    after(async () => {
      await proxy?.stop();
      await run?.stop();
    });

    const button = (key: string) => page.getByRole('button', { name: t(key), exact: true });
    const radio = (question: string, answer: string) =>
      page
        .getByRole('group', { name: literal(t(`route.q.${question}`)) })
        .getByLabel(t(`route.a.${question}.${answer}`), { exact: true });

    test(
      `[${face.name}] the wizard offers the CA profiles; the chosen one is ordered and shown on the certificate page`,
      { skip },
      async () => {
        await run.open();
        await button('dashboard.emptyAction').click();
        await page.getByLabel(t('names.label'), { exact: true }).fill('profile.example.test');
        await page.getByText(t('names.more')).click();
        const select = page.getByLabel(t('profiles.label'), { exact: true });
        await select.waitFor();
        // The CA's default first, then the CA's own names, each with the CA's own description.
        assert.deepEqual(await select.locator('option').allInnerTexts(), [
          t('profiles.caDefault'),
          'classic',
          'tlsserver',
          'shortlived',
        ]);
        for (const d of Object.values(PROFILES)) await page.getByText(d).waitFor();
        await page.getByText(t('profiles.shorter')).waitFor();
        // An IP address is refused under the CA's default, naming the profile that allows it, and
        // accepted once that profile is chosen (RFC 8738).
        const names = page.getByLabel(t('names.label'), { exact: true });
        await names.fill('127.0.0.1');
        await page.getByText(/IP address.*"shortlived"/).waitFor();
        await select.selectOption('shortlived');
        await page.getByText(t('profiles.ipAllowed')).waitFor();
        await page.getByText(t('names.ok', { count: 1 })).waitFor();
        await names.fill('profile.example.test');
        await checkA11y(page, 'wizard: names with profiles');
        await shot(page, 'wizard-profiles');

        await button('common.next').click();
        await radio('server', 'yes').check();
        await radio('port80', 'yes').check();
        await radio('webserver', 'no').check();
        await button('common.next').click();
        await button('common.next').click();
        const go = page.getByRole('button', {
          name: new RegExp(
            [t('preflight.get'), t('preflight.anyway'), t('preflight.skip')]
              .map((s) => literal(s).source)
              .join('|'),
          ),
        });
        await go.waitFor();
        await page.waitForFunction(
          (running) => !document.body.textContent?.includes(running),
          t('preflight.running'),
        );
        await go.click();
        await page
          .locator('h1')
          .filter({ hasText: literal(t('done.title').split('{{')[0].trim()) })
          .waitFor();
        assert.equal(proxy.newOrders.at(-1)?.profile, 'shortlived', 'newOrder carried the profile');

        // The CA's suggested window and its explanation, once Certdesk has asked the CA (RFC 9773).
        const [c] = run.engine.listCertificates();
        const leaf = splitChain(run.engine.getCertificate(c.id).chainPem ?? '')[0];
        proxy.setRenewalInfo(await certIdWithOpenssl(leaf), {
          start: '2031-03-01T00:00:00Z',
          end: '2031-03-03T00:00:00Z',
          explanationURL: 'https://ca.example/why-this-window',
        });
        await run.engine.refreshRenewalInfo(c.id, { force: true });

        await button('done.open').click();
        const shown = page.getByTestId('cert-profile');
        await shown.waitFor();
        assert.equal(await shown.innerText(), 'shortlived');
        await page.getByText(t('profiles.caWindowTitle')).waitFor();
        const why = page.getByRole('link', { name: t('profiles.caWhy') });
        assert.equal(await why.getAttribute('href'), 'https://ca.example/why-this-window');
        await checkA11y(page, 'certificate page with profile and CA window');
        await shot(page, 'certificate-profile');
        assert.deepEqual(errors, []);
      },
    );
  });
