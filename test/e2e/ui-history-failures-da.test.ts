// Issue 18 leftovers, seen in the window: a certificate's History says failures that used to be
// English only (the CA unreachable, a cancelled renewal) in Danish, and the renewal reason writes
// the 160-hour lifetime as "6,7" (not "6.7"). The certificate is stored by
// test/helpers/short-lived.ts with its account at a ca-proxy in front of the real Pebble; the
// proxy is stopped, so the renewal really fails to reach the CA (engine/acme/ca-http.ts).
// Screenshot: docs/screenshots/da-history-translated.png. Both faces (test/e2e/faces.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startCaProxy } from '../helpers/ca-proxy.ts';
import { storeShortLived } from '../helpers/short-lived.ts';
import { checkA11y, literal, rendererBuilt, shot, translator } from './support.ts';
import { faces, type FaceRun } from './faces.ts';

const notBuilt = rendererBuilt()
  ? false
  : 'the renderer is not built: run node scripts/build.ts first';
const NAME = 'historik.e2e.example.test';
const da = translator('da');

for (const face of faces())
  describe(face.name, () => {
    const skip = notBuilt || face.skip;
    let run: FaceRun;
    let page: Page;
    let errors: string[];
    let host = '';

    before(async () => {
      if (skip) return;
      run = await face.start({ locale: 'da-DK' });
      ({ page, errors } = run);
      const gone = await startCaProxy(run.pebble);
      host = new URL(gone.directoryUrl).host;
      const account = await run.engine.createAccount({
        directoryUrl: gone.directoryUrl,
        email: 'historik@example.org',
        agreeTos: true,
      });
      const id = await storeShortLived(run.engine, {
        id: 'historik160h',
        name: NAME,
        hours: 160,
        accountId: account.id,
        profile: 'shortlived',
      });
      await gone.stop();
      await assert.rejects(run.engine.renew(id), { code: 'ca-unreachable' });
      const abort = new AbortController();
      abort.abort();
      await assert.rejects(run.engine.renew(id, { signal: abort.signal }), { code: 'cancelled' });
    });
    after(async () => {
      await run?.stop();
    });

    test(
      `[${face.name}] the History says the unreachable CA and the cancelled renewal in Danish`,
      { skip },
      async () => {
        await run.open();
        await page
          .getByRole('button', { name: literal(NAME) })
          .first()
          .click();
        const history = page.locator('.timeline');
        const unreachable = da('engine.failure.caUnreachable', { host });
        await history.getByText(unreachable, { exact: true }).waitFor();
        await history.getByText(da('engine.failure.cancelled'), { exact: true }).waitFor();
        assert.equal(
          await history.getByText(/Certdesk cannot reach the CA|Cancelled\./).count(),
          0,
          'no English failure is left in the History',
        );
        // The 160-hour lifetime, written the Danish way.
        const reason = await page.locator('.reason').first().innerText();
        assert.match(reason, /6,7-dages levetid/);
        await checkA11y(page, 'certificate page: translated history');
        await shot(page, 'da-history-translated');
        assert.deepEqual(errors, []);
      },
    );
  });
