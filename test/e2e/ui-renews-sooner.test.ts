// Issue 18, "the dashboard says in plain words why a certificate renews sooner than the person may
// expect": a 160-hour certificate of the shortlived profile says it renews at half its lifetime,
// about every 80 hours; a 45-day one (tlsserver) about every 30 days; a 90-day one says nothing
// extra. In English, then in Danish after the language is changed in Settings.
// No CA here issues such lifetimes (Pebble 2.4: 5 years, no profiles), so the three certificates
// are stored by test/helpers/short-lived.ts with exactly those lifetimes; the account is the real
// Pebble's. In both faces (test/e2e/faces.ts); the Electron face is skipped where its binary is
// missing, with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { storeShortLived } from '../helpers/short-lived.ts';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const SHORT = 'shortlived.e2e.example.test';
const MONTH = 'tlsserver.e2e.example.test';
const USUAL = 'classic.e2e.example.test';

for (const face of faces())
  describe(face.name, () => {
    const skip = notBuilt || face.skip;
    let run: FaceRun;
    let page: Page;
    let errors: string[];

    before(async () => {
      if (skip) return;
      run = await face.start({ locale: 'en-US' });
      ({ page, errors } = run);
      const account = await run.engine.createAccount({
        directoryUrl: run.pebble.directoryUrl,
        email: 'sooner@example.org',
        agreeTos: true,
      });
      const common = { accountId: account.id };
      await storeShortLived(run.engine, {
        ...common,
        id: 'sooner160h',
        name: SHORT,
        hours: 160,
        profile: 'shortlived',
      });
      await storeShortLived(run.engine, {
        ...common,
        id: 'sooner45d',
        name: MONTH,
        hours: 45 * 24,
        profile: 'tlsserver',
      });
      await storeShortLived(run.engine, { ...common, id: 'usual90d', name: USUAL, hours: 90 * 24 });
    });
    after(async () => {
      await run?.stop();
    });

    const row = (name: string) => page.getByRole('row').filter({ hasText: literal(name) });
    const sooner = (name: string) => row(name).locator('.sooner');
    const expectOn = async (lng: string) => {
      const t = translator(lng);
      await row(SHORT).waitFor();
      assert.equal(
        await sooner(SHORT).innerText(),
        t('profiles.soonerHours', { hours: 160, every: 80 }),
        `${lng}: the 160-hour certificate says why it renews every 80 hours`,
      );
      assert.equal(
        await sooner(MONTH).innerText(),
        t('profiles.soonerDays', { days: 45, every: 30 }),
        `${lng}: the 45-day certificate says it renews about every 30 days`,
      );
      assert.equal(
        await sooner(USUAL).count(),
        0,
        `${lng}: a 90-day certificate says nothing more`,
      );
    };

    test(
      `[${face.name}] the dashboard says why short-lived certificates renew sooner, in English and in Danish`,
      { skip },
      async () => {
        await run.open();
        await expectOn('en');
        await checkA11y(page, 'dashboard: renews sooner');
        await shot(page, 'dashboard-renews-sooner');

        // The person switches the window to Danish in Settings; the dashboard follows.
        const nav = (lng: string, key: string) =>
          page
            .getByRole('navigation')
            .getByRole('button', { name: translator(lng)(key), exact: true });
        await nav('en', 'nav.settings').click();
        await page
          .getByLabel(translator('en')('settings.language'), { exact: true })
          .selectOption('da');
        await nav('da', 'nav.dashboard').click();
        await expectOn('da');
        await shot(page, 'da-dashboard-renews-sooner');
        assert.deepEqual(errors, []);
      },
    );
  });
