// Issue 18 in the window, in each face of faces.ts, against the real Pebble (ca-proxy in front of
// it where Pebble lacks the feature: the paused-account and rate-limit answers).
// English: a new user adds a custom CA with its practice (staging) directory, asks the wizard for
// an RSA certificate beside the ECDSA one, the trial run goes to the practice directory, both are
// issued, the certificate page shows the second one and the export writes both sets (R17).
// Hungarian: the CA pauses the account; the certificate page shows why, the button to the unpause
// page, and sends nothing more until "I have unpaused it", which renews; a rate limit is named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { openssl } from '../helpers/openssl.ts';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const UNPAUSE = 'https://portal.letsencrypt.org/sfe/v1/unpause?jwt=e2e.token.1';
const RATE = 'urn:ietf:params:acme:error:rateLimited';

for (const face of faces()) {
  const skip = rendererBuilt() ? face.skip : 'the renderer is not built: run scripts/build.ts';
  const browserMode = face.name === 'browser';

  test(
    `[en, ${face.name}] dual ECDSA + RSA from the wizard, trial run at the practice directory, both sets exported`,
    { skip },
    async () => {
      const t = translator('en');
      const run = await face.start({ locale: 'en-US' });
      try {
        const { page, errors } = run;
        const button = (key: string) => page.getByRole('button', { name: t(key), exact: true });
        const snap = (n: string) => (browserMode ? shot(page, n) : Promise.resolve());
        // The "practice directory" is the same Pebble under another address: what it is used for
        // shows in the account made there.
        const practice = run.pebble.directoryUrl.replace('127.0.0.1', 'localhost');
        await run.open();
        await page.getByText(t('account.advanced')).click();
        await page.getByLabel(t('account.ca.custom'), { exact: true }).check();
        await page
          .getByLabel(t('account.directoryUrl'), { exact: true })
          .fill(run.pebble.directoryUrl);
        await button('account.lookUp').click();
        await page.getByLabel(t('keysLimits.staging.label'), { exact: true }).fill(practice);
        await page.getByLabel(t('account.email'), { exact: true }).fill('dual@example.org');
        await page.getByLabel(t('account.agree'), { exact: true }).check();
        await checkA11y(page, 'first run with a practice directory');
        await snap('first-run-staging');
        await button('firstRun.create').click();
        await page
          .locator('h1')
          .filter({ hasText: literal(t('dashboard.emptyTitle')) })
          .waitFor();
        assert.equal(run.engine.listAccounts()[0].stagingDirectoryUrl, practice);

        await button('dashboard.emptyAction').click();
        await page.getByLabel(t('names.label'), { exact: true }).fill('dual.example.test');
        await page.getByText(t('names.more')).click();
        await page.getByLabel(t('keysLimits.dual.label'), { exact: true }).check();
        const twinKey = page.getByLabel(t('keysLimits.dual.twinKey'), { exact: true });
        assert.equal(await twinKey.inputValue(), 'rsa2048');
        await checkA11y(page, 'wizard: dual certificate');
        await snap('wizard-dual');
        await button('common.next').click();
        const radio = (q: string, a: string) =>
          page
            .getByRole('group', { name: literal(t(`route.q.${q}`)) })
            .getByLabel(t(`route.a.${q}.${a}`), { exact: true });
        await radio('server', 'yes').check();
        await radio('port80', 'yes').check();
        await radio('webserver', 'no').check();
        await button('common.next').click();
        await button('common.next').click();
        // The trial run at the custom CA's practice directory, asked for by the person.
        await page.getByRole('heading', { name: t('preflight.trialTitle') }).waitFor();
        await page.waitForFunction(
          (running) => !document.body.textContent?.includes(running),
          t('preflight.running'),
        );
        await button('preflight.trialButton').click();
        await page.getByText(t('preflight.trialOk')).waitFor({ timeout: 60_000 });
        assert.ok(
          run.engine.listAccounts().some((a) => a.directoryUrl === practice),
          'the trial ran at the practice directory the person gave',
        );
        assert.equal(run.engine.listCertificates().length, 0, 'nothing of the trial is kept');
        await snap('wizard-preflight-staging');
        const go = page.getByRole('button', {
          name: new RegExp(
            [t('preflight.get'), t('preflight.anyway'), t('preflight.skip')]
              .map((s) => literal(s).source)
              .join('|'),
          ),
        });
        await go.click();
        await page
          .locator('h1')
          .filter({ hasText: literal(t('done.title').split('{{')[0].trim()) })
          .waitFor({ timeout: 60_000 });
        const [c] = run.engine.listCertificates();
        const full = run.engine.getCertificate(c.id);
        assert.equal(full.keyType, 'ec256');
        assert.equal(full.twin?.keyType, 'rsa2048', 'the RSA twin was issued with it');

        // The export writes both sets, and says so.
        await page.getByText(t('keysLimits.dual.exportNote')).waitFor();
        await page.getByLabel(t('export.preset.nginx'), { exact: true }).check();
        await page.getByText(t('engine.dual.where.nginx')).waitFor();
        const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-dual-'));
        await page.getByLabel(t('export.folder'), { exact: true }).fill(dir);
        await checkA11y(page, 'export: dual');
        await snap('export-dual');
        await button('export.run').click();
        await page
          .getByText(
            new RegExp(`^${literal(t('export.done', { count: 2 }).split('2')[0]).source}\\d+`),
          )
          .first()
          .waitFor();
        const sets = readdirSync(dir).sort();
        assert.deepEqual(sets, ['dual.example.test-ecdsa', 'dual.example.test-rsa']);
        for (const [set, alg] of [
          ['ecdsa', 'id-ecPublicKey'],
          ['rsa', 'rsaEncryption'],
        ]) {
          const f = path.join(dir, `dual.example.test-${set}`, 'fullchain.pem');
          assert.ok(existsSync(f), f);
          const r = await openssl(['x509', '-in', f, '-noout', '-text']);
          assert.match(r.stdout, new RegExp(`Public Key Algorithm: ${alg}`));
        }

        // The done step names the second certificate too.
        await page.getByText(t('keysLimits.dual.twin'), { exact: true }).waitFor();
        await button('done.open').click();
        await page.getByText(t('keysLimits.dual.twin'), { exact: true }).waitFor();
        await page.getByText(/RSA 2048.*renewed together with this one/).waitFor();
        await checkA11y(page, 'certificate page: dual');
        await snap('certificate-dual');
        assert.deepEqual(errors, []);
      } finally {
        await run.stop();
      }
    },
  );

  test(
    `[hu, ${face.name}] a paused account: the box, the unpause page, nothing sent until "I have unpaused it"; a rate limit named`,
    { skip },
    async () => {
      const t = translator('hu');
      const run: FaceRun = await face.start({ locale: 'hu-HU' });
      let proxy: CaProxy | undefined;
      try {
        const { page, errors } = run;
        proxy = await startCaProxy(run.pebble);
        await run.engine.createAccount({
          directoryUrl: proxy.directoryUrl,
          email: 'szunet@example.org',
          agreeTos: true,
        });
        const made = await run.engine.issue({
          names: ['szunet.example.test'],
          challenge: { type: 'http-01', httpMode: 'builtin' },
        });
        const id = made.certificate.id;
        const button = (key: string) => page.getByRole('button', { name: t(key), exact: true });
        const orders = () => proxy!.newOrders.length;
        proxy.respond(
          { kind: 'newOrder', times: 1 },
          {
            status: 429,
            problem: {
              type: RATE,
              detail: `Your account is temporarily prevented from requesting certificates for szunet.example.test and possibly others. Please visit: ${UNPAUSE}`,
              status: 429,
            },
          },
        );
        await run.open();
        await page
          .getByRole('button', { name: literal('szunet.example.test') })
          .first()
          .click();
        await button('cert.renewNow').click();
        const box = page.getByRole('region', { name: t('keysLimits.paused.title') });
        await box.waitFor();
        await box.getByText(t('engine.limits.paused', { names: 'szunet.example.test' })).waitFor();
        const link = box.getByRole('link', { name: t('keysLimits.paused.open') });
        assert.equal(await link.getAttribute('href'), UNPAUSE);
        await checkA11y(page, 'certificate page: paused');
        if (browserMode) await shot(page, 'hu-certificate-paused');
        // Renewing again sends nothing to the CA for the paused name.
        const before = orders();
        await button('cert.renewNow').click();
        await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
        await page.waitForTimeout(500);
        assert.equal(orders(), before, 'no order while paused');
        assert.ok(run.engine.getCertificate(id).paused, 'still paused');

        // A rate limit on the renewal after "I have unpaused it" is named, with when to retry.
        proxy.respond(
          { kind: 'newOrder', times: 1 },
          {
            status: 429,
            headers: { 'Retry-After': '3600' },
            problem: {
              type: RATE,
              detail: 'too many new orders recently: see https://letsencrypt.org/docs/rate-limits/',
              status: 429,
            },
          },
        );
        await button('keysLimits.paused.done').click();
        await page.getByText(t('engine.limits.newOrders').slice(0, 30)).first().waitFor();
        if (browserMode) await shot(page, 'hu-certificate-rate-limit');
        assert.equal(orders(), before + 1, 'the unpaused certificate was ordered');

        await button('cert.renewNow').click();
        await page
          .getByText(t('cert.renewed', { date: '' }).split(':')[0].slice(0, 12))
          .first()
          .waitFor({ timeout: 60_000 });
        assert.equal(await box.count(), 0, 'the box is gone');
        assert.equal(run.engine.getCertificate(id).paused, undefined);
        assert.deepEqual(errors, []);
      } finally {
        await proxy?.stop();
        await run.stop();
      }
    },
  );
}
