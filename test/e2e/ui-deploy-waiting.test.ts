// Issue 17 in the window: "Reminders for targets Certdesk cannot reach". Against real Pebble, a
// certificate gets a place the person updates by hand (a router); after "Renew now" it waits for
// them: the dashboard says "Waiting for you" above the table, the certificate page shows the steps
// with the files the router asked for by name (saved by main, the key at 0600, never sent to the
// page) or the paste fields, and "Done" ends the wait, which the History then records in the
// person's language. In browser mode also: the live-site check that sees the new certificate
// (a real nginx) ends the wait by itself, and a served certificate in its last tenth is urgent.
// Both faces of test/e2e/faces.ts; screenshots for the user guide with CERTDESK_SCREENSHOTS=1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  checkA11y,
  literal,
  rendererBuilt,
  ROOT,
  SCREENSHOTS,
  shot,
  translator,
} from './support.ts';
import { faces, type Face, type FaceRun } from './faces.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';

const LABEL = 'Router admin page';
const NOTES = 'System > Certificates > Upload, then Apply.';

function waitingFlow(face: Face, lng: string, locale: string, name: string, files: boolean): void {
  const skip = rendererBuilt() ? face.skip : 'the renderer is not built: run node scripts/build.ts';
  // The site-check port (nginx starts after the app) and the clock are the in-process engine's.
  const browserOnly =
    face.name === 'browser' ? false : "moves the server engine's clock and site-check port";
  const t = translator(lng);
  const tx = (key: string, vars?: Record<string, unknown>): string => {
    const s = t(key, vars ?? {});
    assert.notEqual(s, key, `the ${lng} translation has ${key}`);
    return s;
  };
  const prefix = lng === 'en' ? '' : `${lng}-`;
  let run: FaceRun;
  let page: Page;
  let nginx: Nginx | null = null;
  let certId = '';
  let offset = 0;
  const keyAnswers: string[] = [];
  const out = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-router-'));
  const snap = async (file: string) => {
    if (face.name === 'browser') await shot(page, `${prefix}${file}`);
  };
  // One part of a long page (the place's card, the History) for the user guide.
  const snapOf = async (part: Locator, file: string) => {
    if (face.name !== 'browser' || !SCREENSHOTS) return;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    const to = path.join(ROOT, 'docs/screenshots', `${prefix}${file}.png`);
    await part.screenshot({ path: to, animations: 'disabled' });
  };
  const button = (key: string, scope?: ReturnType<Page['locator']>) =>
    (scope ?? page).getByRole('button', { name: tx(key), exact: true });
  const router = () => page.locator('li.deploy-target[data-kind=manual]');
  const box = () => page.getByTestId('waiting-box');
  const row = () => page.locator('table.certs tbody tr').filter({ hasText: name });
  const dashboard = () =>
    page
      .getByRole('link', { name: tx('nav.dashboard') })
      .or(page.getByRole('button', { name: tx('nav.dashboard') }))
      .first()
      .click();
  const openCert = () => row().getByRole('button', { name, exact: true }).click();
  const serial = () => run.engine.getStored(certId).current!.serial;

  before(async () => {
    if (skip) return;
    // Browser mode's engine keeps this clock, so the urgent tenth can be reached without waiting;
    // the app has no variable for a clock (stack-options.ts), so its face keeps the real one.
    const clock = {
      now: () => Date.now() + offset,
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
    };
    run = await face.start({
      locale,
      ...(face.name === 'browser' ? { stack: { engine: { clock } } } : {}),
    });
    page = run.page;
    // Whatever the window is answered, no private key is in it (R8).
    page.on('response', (r) => {
      if (r.url().includes('/api/'))
        void r.text().then(
          (b) => keyAnswers.push(b),
          () => {},
        );
    });
    await run.engine.createAccount({
      directoryUrl: run.pebble.directoryUrl,
      email: 'router@example.org',
      agreeTos: true,
    });
    const issued = await run.engine.issue({
      names: [name],
      challenge: { type: 'http-01', httpMode: 'builtin' },
    });
    certId = issued.certificate.id;
  });
  after(async () => {
    for (const stop of [() => nginx?.stop(), () => run?.stop()])
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
    rmSync(out, { recursive: true, force: true });
  });

  test(
    `[${lng}, ${face.name}] a router updated by hand: after "Renew now" the dashboard says "Waiting for you" and the page shows the steps`,
    { skip },
    async () => {
      await run.open();
      await openCert();
      const form = page.locator('form.deploy-add');
      await form.getByLabel(tx('deploy.kind'), { exact: true }).selectOption('manual');
      await form.getByLabel(tx('deploy.label'), { exact: true }).fill(LABEL);
      await form.getByLabel(tx('deploy.notes'), { exact: true }).fill(NOTES);
      const asks = form.getByLabel(tx('reminders.add.files'), { exact: true });
      assert.equal(await asks.inputValue(), 'cpanel', 'paste fields by default');
      if (files) await asks.selectOption('nginx');
      await button('deploy.add', form).click();
      // The first certificate waits for the person too; they had put it in place already.
      await router().getByText(tx('deploy.waiting'), { exact: true }).waitFor();
      await button('deploy.done', router()).click();
      await router()
        .getByText(tx('deploy.waiting'), { exact: true })
        .waitFor({ state: 'detached' });

      const before = serial();
      await button('cert.renewNow').click();
      await page
        .getByText(literal(tx('cert.renewed', { date: '' }).split(' ')[0]))
        .first()
        .waitFor();
      await router().getByText(tx('deploy.waiting'), { exact: true }).waitFor();
      assert.notEqual(serial(), before, 'renewed');

      await dashboard();
      await box()
        .getByRole('heading', { name: tx('reminders.dashboard.title') })
        .waitFor();
      assert.match(
        await box().innerText(),
        literal(tx('reminders.dashboard.where', { where: LABEL })),
      );
      assert.match(await box().innerText(), literal(name));
      await row().getByText(tx('reminders.dashboard.rowBadge')).waitFor();
      assert.equal(await box().locator('.urgent-text').count(), 0, 'not urgent: time is left');
      await checkA11y(page, 'dashboard: waiting for you');
      await snap('deploy-waiting-dashboard');

      await box()
        .getByRole('button', { name: literal(tx('reminders.dashboard.showSteps')) })
        .click();
      const steps = page.locator('.waiting-steps');
      await steps
        .getByRole('heading', { name: tx('reminders.steps.title', { label: LABEL }) })
        .waitFor();
      await steps.getByText(tx('reminders.steps.open', { label: LABEL })).waitFor();
      await steps.getByText(NOTES).waitFor();
      if (files) {
        await steps.locator('code', { hasText: 'fullchain.pem' }).waitFor();
        await steps.locator('code', { hasText: 'privkey.pem' }).waitFor();
        await steps.getByLabel(tx('reminders.steps.folder'), { exact: true }).fill(out);
        await button('reminders.steps.saveFiles', steps).click();
        await steps.locator('p.ok-text', { hasText: 'privkey.pem' }).waitFor();
        assert.deepEqual(readdirSync(out).sort(), ['fullchain.pem', 'privkey.pem']);
        assert.equal(statSync(path.join(out, 'privkey.pem')).mode & 0o777, 0o600);
      } else {
        await steps.getByText(tx('reminders.steps.key')).waitFor();
        const cert = steps.getByLabel(tx('export.paste.certificate'), { exact: true });
        await page.waitForFunction(
          (el) => (el as HTMLTextAreaElement | null)?.value.includes('BEGIN CERTIFICATE'),
          await cert.elementHandle(),
        );
        await button('export.saveKey', steps).waitFor();
      }
      assert.doesNotMatch(await page.content(), /PRIVATE KEY/);
      await checkA11y(page, 'certificate: steps for a router');
      await snapOf(router(), 'deploy-waiting-steps');
      assert.deepEqual(run.errors, []);
    },
  );

  test(
    `[${lng}, ${face.name}] "Done": the wait ends on the page and the dashboard, and the History says so in ${lng}`,
    { skip },
    async () => {
      await button('deploy.done', router()).click();
      await page.locator('.waiting-steps').waitFor({ state: 'detached' });
      const entry = page.locator('ol.timeline li.deploy-run-done').first();
      await entry.getByText(tx('engine.reminders.doneByYou', { label: LABEL })).waitFor();
      await entry.getByText(tx('reminders.history.done'), { exact: true }).waitFor();
      const waiting = page.locator('ol.timeline li.deploy-run-waiting').first();
      await waiting.getByText(tx('engine.deploy.waiting', { label: LABEL })).waitFor();
      assert.equal(await page.locator('ol.timeline [lang="en"]').count(), 0, 'no English there');
      await entry.getByText(`${tx('deploy.kinds.manual')}: ${LABEL}`).waitFor();
      await snapOf(page.locator('ol.timeline'), 'deploy-waiting-history');
      await dashboard();
      await row().waitFor();
      assert.equal(await box().count(), 0, 'nothing waits any more');
      assert.equal(await row().getByText(tx('reminders.dashboard.rowBadge')).count(), 0);
      assert.ok(keyAnswers.length > 0);
      for (const b of keyAnswers) assert.doesNotMatch(b, /PRIVATE KEY/);
      assert.deepEqual(run.errors, []);
    },
  );

  test(
    `[${lng}, ${face.name}] the live-site check sees the new certificate served: the wait ends by itself; in its last tenth it is urgent`,
    { skip: skip || browserOnly },
    async () => {
      const m = await run.engine.keyMaterial(certId);
      nginx = await startNginx({ chainPem: [m.certPem, ...m.chainPem].join(''), keyPem: m.keyPem });
      run.engine.opts.siteCheckPort = nginx.httpsPort;
      await openCert();
      await button('cert.renewNow').click();
      await router().getByText(tx('deploy.waiting'), { exact: true }).waitFor();
      // The certificate nginx still serves is the one before: urgent near its end.
      const prev = run.engine.getStored(certId).previous!;
      const life = Date.parse(prev.notAfter) - Date.parse(prev.notBefore);
      offset = Date.parse(prev.notAfter) - life / 20 - Date.now();
      await dashboard();
      await box().locator('.urgent-text').waitFor();
      assert.match((await box().getAttribute('class')) ?? '', /urgent/);
      await checkA11y(page, 'dashboard: urgent');
      await snapOf(box(), 'deploy-waiting-urgent');
      await box()
        .getByRole('button', { name: literal(tx('reminders.dashboard.showSteps')) })
        .click();
      await page.locator('.waiting-steps.urgent .urgent-text').waitFor();
      await snapOf(router(), 'deploy-waiting-steps-urgent');
      offset = 0;

      const now = await run.engine.keyMaterial(certId);
      await nginx.serve([now.certPem, ...now.chainPem].join(''), now.keyPem);
      await button('siteCheck.checkNow').click();
      await page
        .locator('ol.timeline li.deploy-run-done')
        .first()
        .getByText(tx('engine.reminders.doneServed', { label: LABEL }))
        .waitFor();
      await page.locator('.waiting-steps').waitFor({ state: 'detached' });
      await dashboard();
      await row().waitFor();
      assert.equal(await box().count(), 0, 'the check ended the wait');
      assert.deepEqual(run.errors, []);
    },
  );
}

for (const face of faces())
  for (const [lng, locale, name, files] of [
    ['en', 'en-US', 'router.example.test', true],
    ['fi', 'fi-FI', 'reititin.example.test', false],
  ] as const)
    describe(`${face.name} ${lng}`, () => waitingFlow(face, lng, locale, name, files));
