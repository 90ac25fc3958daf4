// Issue 19 in the window: Settings > "Keep renewing when I am signed out". Ticking the box installs
// the OS timer, here the face's recording stand-in (never this machine's systemd or cron; in the
// Electron face the app's own, told by CERTDESK_TEST_TIMER_ROOT): the page then says what the OS
// reports (a systemd timer, at which times), unticking removes it, and a refusal by the OS is said
// in the person's language with what to do. In each face of faces.ts: browser mode, and the real
// Electron app where its binary is installed (else skipped, with the reason).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkA11y, translator } from './support.ts';
import { describeFaces } from './faces.ts';

const t = translator('en');

describeFaces({ locale: 'en-US', email: 'unattended@example.org' }, ({ face, skip, run, snap }) => {
  test(
    `[${face.name}] ticking the box installs the timer and the page says what the OS reports`,
    { skip },
    async () => {
      const stack = run();
      const { page, errors } = stack;
      await stack.open();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t('nav.settings') })
        .click();
      const box = page.getByLabel(t('unattended.checkbox'), { exact: true });
      await page.getByText(t('unattended.off')).waitFor();
      // Browser mode has no login item: the page says, without a command line, what does the
      // same, naming this very checkbox (the desktop app shows its own checkbox instead).
      if (face.name === 'browser')
        await page
          .getByText(t('settings.launchBrowser', { option: t('unattended.checkbox') }))
          .waitFor();
      assert.equal(await box.isChecked(), false);

      // click, not check(): the box shows what the OS reports, so it turns on only once the timer is
      // installed; check() asserts the state right after its click and fails when that takes a moment.
      await box.click();
      const kind = t('unattended.kind.systemd');
      await page.getByText(t('unattended.on', { kind, times: '' }).split(' at ')[0]).waitFor();
      assert.equal(await box.isChecked(), true);
      assert.ok(
        stack.timer.calls.includes('systemctl --user enable --now certdesk-renew.timer'),
        String(stack.timer.calls),
      );
      const unit = path.join(stack.timer.root, 'home/.config/systemd/user/certdesk-renew.timer');
      assert.ok(existsSync(unit), 'the stand-in holds the installed timer unit');
      const text = await page.locator('main').innerText();
      assert.match(text, /every day at \d\d:\d\d and \d\d:\d\d\./);
      await checkA11y(page, 'settings-unattended');
      await page.getByText(t('unattended.checkbox'), { exact: true }).scrollIntoViewIfNeeded();
      await snap('settings-unattended-on');

      await box.click();
      await page.getByText(t('unattended.off')).waitFor();
      assert.equal(await box.isChecked(), false);
      assert.equal(existsSync(unit), false);

      // The OS refuses: one sentence with what to do, the OS's own words behind "Show details".
      stack.timer.failWith = 'Access denied';
      await box.click();
      await page.getByRole('alert').getByText(t('unattended.error.permission-denied')).waitFor();
      assert.equal(await box.isChecked(), false);
      await snap('settings-unattended-refused');
      stack.timer.failWith = null;
      assert.deepEqual(errors, []);
    },
  );
});
