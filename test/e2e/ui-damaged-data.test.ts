// Issue 22 on the screen, in both faces of faces.ts: a data folder made against Pebble, then a certificate's
// record and its last good generation overwritten, then the master key deleted; each time the
// window opens on the damaged folder and shows the notice at the top, in English and in Danish
// (the list of what is missing in the person's language), with no serious axe finding. The
// screenshots of docs/RELIABILITY.md and the user guide (section 9) come from here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkA11y, shot, startStack, translator, type Stack } from './support.ts';
import { forEachFace, type Face } from './faces.ts';

forEachFace((face, skip) => {
  let stack: Stack | null = null;
  let shopId = '';

  // The folder is made once, with the stack's engine and Pebble; each test opens a broken copy.
  before(async () => {
    if (skip) return;
    stack = await startStack();
    const e = stack.engine;
    await e.createAccount({
      directoryUrl: stack.pebble.directoryUrl,
      email: 'me@example.org',
      agreeTos: true,
    });
    for (const name of ['shop.example.test', 'www.example.test']) {
      const r = await e.issue({
        names: [name],
        challenge: { type: 'http-01', httpMode: 'builtin' },
      });
      if (name.startsWith('shop')) shopId = r.certificate.id;
    }
  });
  after(async () => {
    await stack?.stop();
  });

  /**
   * The notice matching `wanted` as the window shows it (the others put away with "Got it"), in
   * the face opened on a copy of the folder broken by `breakIt`.
   */
  async function noticeIn(
    o: { face: Face; locale: string; name: string; wanted: RegExp },
    breakIt: (dir: string) => void,
  ): Promise<string> {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-damaged-')), 'd');
    cpSync(stack!.dataDir, dataDir, { recursive: true });
    breakIt(dataDir);
    const run = await o.face.start({ locale: o.locale, stack: { dataDir } });
    try {
      const { page, errors } = run;
      await run.open();
      const note = page.getByRole('note').filter({ hasText: o.wanted });
      await note.waitFor();
      // A folder without a keychain also says where the keys are sealed: read once, put away.
      for (const other of await page.getByRole('note').filter({ hasNotText: o.wanted }).all())
        await other.getByRole('button').click();
      await checkA11y(page, o.name);
      // The first-run screen would also show this machine failing to reach the real CA.
      if (o.name !== 'account-lost-first-run' && o.face.name === 'browser')
        await shot(page, o.name);
      const said = (await note.innerText()).trim();
      assert.deepEqual(errors, []);
      return said;
    } finally {
      await run.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  }

  test('a certificate record and its last good copy overwritten: the window says what was rebuilt and what is missing', async (t) => {
    if (skip) return t.skip(skip);
    const breakIt = (d: string) => {
      for (const f of ['certificate.json', 'certificate.json.prev'])
        writeFileSync(path.join(d, 'certs', shopId, f), 'garbage from a bad sync');
    };
    const en = await noticeIn(
      { face, locale: 'en-US', name: 'damaged-data-notice', wanted: /The records of/ },
      breakIt,
    );
    assert.match(en, /The records of shop\.example\.test could not be read/);
    assert.match(en, /Still missing: route, route secrets, history, and export destinations\./);
    const da = await noticeIn(
      { face, locale: 'da-DK', name: 'da-damaged-data-notice', wanted: /Oplysningerne om/ },
      breakIt,
    );
    assert.ok(da.startsWith(translator('da')('notices.restored-files').split('{{')[0]), da);
    assert.match(
      da,
      /Mangler stadig: bevis for kontrol, adgangskoder og tokens til beviset, historik og eksportmål\./,
    );
  });

  test('the master key deleted: the window says no key opens, and the way back', async (t) => {
    if (skip) return t.skip(skip);
    let keyFile = '';
    const en = await noticeIn(
      { face, locale: 'en-US', name: 'master-key-missing-notice', wanted: /master key/ },
      (d) => {
        keyFile = path.join(d, 'master.key');
        rmSync(keyFile);
      },
    );
    assert.ok(
      en.includes(
        `The master key that opens the saved private keys is missing (the file ${keyFile})`,
      ),
      en,
    );
    assert.match(en, /Restore it from a backup of the data folder/);
  });

  test('the only account lost for good: first run shows, and above it the notice that says why', async (t) => {
    if (skip) return t.skip(skip);
    const en = await noticeIn(
      { face, locale: 'en-US', name: 'account-lost-first-run', wanted: /could not be read/ },
      (d) => {
        const [file] = readdirSync(path.join(d, 'accounts')).filter((f) => f.endsWith('.json'));
        for (const f of [file, `${file}.prev`]) writeFileSync(path.join(d, 'accounts', f), '');
      },
    );
    assert.match(en, /^The file of account [0-9a-f]+ could not be read and no good copy was left/);
  });
});
