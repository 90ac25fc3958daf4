// Issue 17: what a deployment target's check refuses is a Text (key and values), so the window
// says it in the person's language: in Hungarian, an SFTP place without a password or key file.
// Both faces of faces.ts; a screenshot with CERTDESK_SCREENSHOTS=1 (browser mode only).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { shot, translator } from './support.ts';
import { describeFaces } from './faces.ts';
import { text } from '../../src-main/shared/engine-text.ts';
import { sayText } from '../../src-renderer/engine-text.ts';

const NAME = 'hely.example.test';

describeFaces({ locale: 'hu-HU', email: 'hu@example.org' }, ({ face, skip, run }) => {
  const t = translator('hu');
  before(async () => {
    if (skip) return;
    await run().engine.issue({
      names: [NAME],
      challenge: { type: 'http-01', httpMode: 'builtin' },
    });
  });

  test(
    `[hu, ${face.name}] SFTP without a password or key file: the form says so in Hungarian`,
    { skip },
    async () => {
      const page = run().page;
      await run().open();
      const row = page.locator('table.certs tbody tr').filter({ hasText: NAME });
      await row.getByRole('button', { name: NAME, exact: true }).click();
      const form = page.locator('section.deploy-panel form.deploy-add');
      const field = (k: string) => form.getByLabel(t(`deploy.${k}`), { exact: true });
      await field('host').fill('ssh.example.test');
      await field('user').fill('site');
      await field('remoteDir').fill('certs');
      await form.getByRole('button', { name: t('deploy.add'), exact: true }).click();
      const headline = form.locator('[role=alert] p.error-text').first();
      await headline.waitFor();
      const said = await headline.innerText();
      assert.equal(said, sayText(t, text('deployCheck.sftpLogin')));
      assert.equal(said, 'Az SFTP-hez a fiók jelszava vagy egy privát kulcs kell.');
      assert.equal(await headline.getAttribute('lang'), null, 'not the English fallback');
      if (face.name === 'browser') await shot(page, 'hu-deploy-check-refused', form);
      assert.deepEqual(run().errors, []);
    },
  );
});
