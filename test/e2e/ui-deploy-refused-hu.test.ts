// Issue 17: what a deployment target's check refuses is a Text (key and values), so the window
// says it in the person's language: in Hungarian, an SFTP place without a password or key file.
// Both faces of faces.ts; a screenshot with CERTDESK_SCREENSHOTS=1 (browser mode only).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rendererBuilt, shot, translator } from './support.ts';
import { faces, type Face, type FaceRun } from './faces.ts';
import { text } from '../../src-main/shared/engine-text.ts';
import { sayText } from '../../src-renderer/engine-text.ts';

const NAME = 'hely.example.test';

/** Issue 17: what the add form refuses is said in the person's language (the check's Text). */
function refusedInHungarian(face: Face): void {
  const skip = rendererBuilt() ? face.skip : 'the renderer is not built: run node scripts/build.ts';
  const t = translator('hu');
  let run: FaceRun;
  before(async () => {
    if (skip) return;
    run = await face.start({ locale: 'hu-HU' });
    await run.engine.createAccount({
      directoryUrl: run.pebble.directoryUrl,
      email: 'hu@example.org',
      agreeTos: true,
    });
    await run.engine.issue({
      names: [NAME],
      challenge: { type: 'http-01', httpMode: 'builtin' },
    });
  });
  after(() => run?.stop());

  test(
    `[hu, ${face.name}] SFTP without a password or key file: the form says so in Hungarian`,
    { skip },
    async () => {
      const page = run.page;
      await run.open();
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
      assert.deepEqual(run.errors, []);
    },
  );
}

for (const face of faces()) describe(`${face.name} hu`, () => refusedInHungarian(face));
