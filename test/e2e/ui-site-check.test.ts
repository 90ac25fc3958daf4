// Issue 17 in the window (browser mode, Chromium): the dashboard's "Served" column and the
// certificate page's live-site check against a real nginx on loopback serving a certificate Pebble
// issued (current, then outdated after a renewal nginx has not picked up); the HTTP-to-HTTPS
// redirect and the HSTS line under the nginx preset (R18); the webhook format picked in Settings
// and its test message arriving at the local ntfy stand-in. Screenshots for the user guide with
// CERTDESK_SCREENSHOTS=1. Both faces of test/e2e/faces.ts; the Electron face is skipped, with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { startChatServices, type ChatServices } from '../helpers/chat-services.ts';
import { selfSignedEc } from '../helpers/openssl.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const t = translator('en');
const NAME = 'served.example.test';
for (const face of faces())
  describe(face.name, () => {
    const skip = notBuilt || face.skip;
    let run: FaceRun;
    let nginx: Nginx;
    let chat: ChatServices;
    let page: Page;
    let errors: string[];
    let certId = '';

    async function material() {
      const m = await run.engine.keyMaterial(certId);
      return { chainPem: [m.certPem, ...m.chainPem].join(''), keyPem: m.keyPem };
    }

    before(async () => {
      if (skip) return;
      // nginx starts first (on a self-signed certificate) so both faces are told its port at
      // start: the window checks port 443, this site listens on a test port
      // (EngineOptions.siteCheckPort, CERTDESK_TEST_SITE_CHECK_PORT in the Electron app).
      const first = selfSignedEc(NAME);
      nginx = await startNginx({ chainPem: first.cert, keyPem: first.key });
      run = await face.start({
        locale: 'en-US',
        stack: { engine: { siteCheckPort: nginx.httpsPort } },
      });
      ({ page, errors } = run);
      await run.engine.createAccount({
        directoryUrl: run.pebble.directoryUrl,
        email: 'served@example.org',
        agreeTos: true,
      });
      certId = (
        await run.engine.issue({
          names: [NAME],
          challenge: { type: 'http-01', httpMode: 'builtin' },
        })
      ).certificate.id;
      const m = await material();
      await nginx.serve(m.chainPem, m.keyPem);
      chat = await startChatServices();
    });
    after(async () => {
      await chat?.stop();
      await nginx?.stop();
      await run?.stop();
    });

    const button = (key: string, o?: Record<string, unknown>) =>
      page.getByRole('button', { name: t(key, o), exact: true });
    const servedTable = () => page.locator('table.site-check');

    test(
      `[${face.name}] the certificate page checks what nginx serves: new certificate, then the old one after a renewal; the dashboard says so`,
      { skip },
      async () => {
        await run.open();
        const row = page.locator('table.certs tbody tr').filter({ hasText: NAME });
        await row.getByText(t('siteCheck.state.none')).waitFor();
        await row.getByRole('button', { name: NAME, exact: true }).click();
        await page.getByRole('heading', { name: t('siteCheck.title') }).waitFor();
        await page.getByText(t('siteCheck.never')).waitFor();
        await button('siteCheck.checkNow').click();
        await servedTable().getByText('127.0.0.1').waitFor();
        await servedTable().getByText(t('siteCheck.state.current')).waitFor();
        assert.match(await servedTable().innerText(), /Serves the newest certificate/);
        await checkA11y(page, 'certificate with site check');

        await run.engine.renew(certId, { trigger: 'manual' });
        await button('siteCheck.checkNow').click();
        await servedTable().getByText(t('siteCheck.state.outdated')).waitFor();
        assert.match(await servedTable().innerText(), /Still serves an older certificate/);
        await page.locator('h2', { hasText: t('siteCheck.title') }).scrollIntoViewIfNeeded();
        await shot(page, 'site-check-outdated');

        await page
          .getByRole('link', { name: t('nav.dashboard') })
          .or(page.getByRole('button', { name: t('nav.dashboard') }))
          .first()
          .click();
        await row.getByText(t('siteCheck.state.outdated')).waitFor();
        await shot(page, 'dashboard-served');

        await nginx.serve(...(Object.values(await material()) as [string, string]));
        await row.getByRole('button', { name: NAME, exact: true }).click();
        await button('siteCheck.checkNow').click();
        await servedTable().getByText(t('siteCheck.state.current')).waitFor();
        await shot(page, 'site-check-current');
        assert.deepEqual(errors, []);
      },
    );

    test(
      `[${face.name}] under the nginx preset: the redirect keeps the CA's path on plain HTTP; HSTS is optional, 60 days, with its warning`,
      { skip },
      async () => {
        await page.locator('summary', { hasText: t('cert.exportAgain') }).click();
        const details = page.locator('details.https-advice');
        await details.locator('summary').click();
        const snippet = await details.locator('pre').first().innerText();
        assert.match(snippet, literal('location /.well-known/acme-challenge/'));
        assert.match(snippet, literal(`server_name ${NAME};`));
        assert.match(snippet, literal('return 301 https://$host$request_uri;'));
        await details.getByText(literal(t('https.hstsWarning', { days: 60 }))).waitFor();
        await details.getByLabel(t('https.hsts', { days: 60 })).check();
        assert.match(
          await details.innerText(),
          literal('Strict-Transport-Security "max-age=5184000" always;'),
        );
        await checkA11y(page, 'https advice');
        await details.scrollIntoViewIfNeeded();
        await shot(page, 'https-redirect');
      },
    );

    test(
      `[${face.name}] Settings: the webhook format is recognised from the address, can be picked, and "Send a test message" uses it`,
      { skip },
      async () => {
        await page
          .getByRole('link', { name: t('nav.settings') })
          .or(page.getByRole('button', { name: t('nav.settings') }))
          .first()
          .click();
        const url = page.getByLabel(t('settings.webhookUrl'), { exact: true });
        const format = page.getByLabel(t('notifyFormat.format'), { exact: true });
        await url.fill('https://hooks.slack.com/services/T0/B0/x');
        await format
          .locator('option', { hasText: t('notifyFormat.auto', { format: 'Slack' }) })
          .waitFor({ state: 'attached' });
        await url.fill(`${chat.base}/ntfy/certdesk-alerts`);
        await format.selectOption('ntfy');
        const form = page.locator('form').filter({ has: url });
        await form.getByRole('button', { name: t('common.save') }).click();
        await button('settings.test.webhook').click();
        await page.getByText(t('settings.testSent')).waitFor();
        assert.equal(chat.received.length, 1);
        assert.equal(chat.received[0].service, 'ntfy');
        assert.deepEqual(chat.refused, []);
        assert.equal(run.engine.settings.public().webhook?.format, 'ntfy');
        await checkA11y(page, 'settings webhook format');
        await form.scrollIntoViewIfNeeded();
        await shot(page, 'settings-webhook-format');
      },
    );
  });
