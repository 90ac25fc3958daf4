// Issue 19 "Every word in the person's language": with the language set to Danish, the tray
// (through startDesktop and the electron stand-in), a desktop notification (the real notifier and
// desktop channel), and an e-mail (the real SMTP channel, received by a real SMTP server) are
// Danish, with no English left; changing the setting redraws the tray in the new language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startDesktop,
  type DesktopContext,
  type RenewalScheduler,
} from '../../../src-main/app/desktop.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { desktopChannel, makeNotice } from '../../../src-main/engine/renewal/notifier.ts';
import { engineNotifier, noticeLanguage } from '../../../src-main/engine/renewal/service.ts';
import { emailChannel } from '../../../src-main/engine/renewal/notify-email.ts';
import { MAIN_RESOURCES } from '../../../src-main/shared/main-i18n.ts';
import { startSmtp } from '../../helpers/smtp.ts';
import { fakeElectron } from './fake-electron.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

type Tree = { [k: string]: string | Tree };
const words = (t: Tree): Set<string> => {
  const out = new Set<string>();
  const walk = (x: Tree) => {
    for (const v of Object.values(x))
      if (typeof v === 'string')
        for (const w of v.replace(/\{\{\w+\}\}/g, ' ').match(/[A-Za-z]{4,}/g) ?? [])
          out.add(w.toLowerCase());
      else walk(v);
  };
  walk(t);
  return out;
};
// English words of the main process's texts that Danish never uses ("Certdesk" is in both).
const danish = words(MAIN_RESOURCES.da as unknown as Tree);
const englishOnly = [...words(MAIN_RESOURCES.en as unknown as Tree)].filter((w) => !danish.has(w));
function assertNoEnglish(text: string, what: string): void {
  const found = (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) =>
    englishOnly.includes(w.toLowerCase()),
  );
  assert.deepEqual(found, [], `${what} still has English: ${text}`);
}

const NOW = Date.parse('2026-03-16T00:00:00Z');

/** A scheduler that never renews: the tray only needs its state and its buttons here. */
function idleScheduler(): RenewalScheduler {
  return { start: () => {}, stop: () => {}, kick: () => {}, pause: () => {}, onState: () => {} };
}

async function danishEngine(): Promise<Engine> {
  const engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-da-')),
    app: 'Certdesk desktop',
  });
  await engine.store.update((d) => {
    d.settings.language = 'da';
  });
  return engine;
}

test('the tray menu and tooltip are Danish, and follow a change of the setting', async () => {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-da-tray-')), 'Certdesk');
  const f = fakeElectron({ userData });
  let engine: Engine | null = null;
  let ctx: DesktopContext | null = null;
  const handle = startDesktop(f.electron, {
    channels: [],
    registerIpc: () => () => {},
    openRuntime: async (c) => {
      ctx = c;
      engine = await danishEngine();
      return {
        engine,
        dispatch: async () => ({ ok: true, value: null }),
        scheduler: idleScheduler(),
      };
    },
    createLogger: () => silentLogger,
    argv: ['certdesk'],
    env: { LANG: 'en_US.UTF-8' },
    platform: 'linux',
  });
  f.ready();
  assert.equal(await handle.ready, 'running');
  const tray = f.trays[0];
  assert.equal(tray.tooltip, 'Certdesk: ingen certifikater endnu');
  const labels = tray.menu.filter((m) => m.label).map((m) => m.label!);
  assert.deepEqual(labels, [
    'ingen certifikater endnu',
    'Åbn Certdesk',
    'Forny alle nu',
    'Sæt fornyelser på pause',
    'Afslut Certdesk',
  ]);
  for (const l of [tray.tooltip, ...labels]) assertNoEnglish(l, 'the tray');
  tray.click('Sæt fornyelser på pause', true);
  assert.equal(tray.tooltip, 'Certdesk: ingen certifikater endnu (fornyelser sat på pause)');

  // The window saves another language: the tray speaks it at once.
  await engine!.store.update((d) => {
    d.settings.language = 'fi';
  });
  ctx!.emit({ type: 'settings-changed' });
  assert.match(tray.tooltip, /^Certdesk: ei vielä varmenteita/);
  assert.ok(tray.menu.some((m) => m.label === 'Avaa Certdesk'));
  f.app.quit();
});

test('a desktop notification is Danish: the notice is made in the setting and shown as is', async () => {
  const f = fakeElectron({ userData: mkdtempSync(path.join(os.tmpdir(), 'certdesk-da-note-')) });
  const engine = await danishEngine();
  const { createDesktopNotifier } = await import('../../../src-main/app/notifications.ts');
  const shown = createDesktopNotifier({
    Notification: f.electron.Notification,
    onOpen: () => {},
  });
  const notifier = engineNotifier(
    engine,
    desktopChannel((d) => shown.notify(d)),
  );
  const lang = noticeLanguage(engine);
  assert.equal(lang, 'da');
  const notice = makeNotice(
    'expiring',
    { id: 'c1', names: ['example.com', 'www.example.com'], notAfter: '2026-03-20T00:00:00Z' },
    NOW,
    {},
    lang,
  );
  const r = await notifier.notify(notice);
  assert.deepEqual(r.sent, ['desktop']);
  const note = f.notifications.at(-1)!;
  assert.equal(note.options.title, 'Udløber snart: example.com og www.example.com');
  assert.match(
    note.options.body,
    /^Certifikatet for example\.com og www\.example\.com udløber 2026-03-20 00:00 UTC \(om 4 dage\)/,
  );
  assertNoEnglish(note.options.title, 'the notification title');
  assertNoEnglish(note.options.body, 'the notification body');
  // The test message of Settings too.
  const t = await notifier.test('desktop');
  assert.equal(t.sent, true);
  assert.equal(f.notifications.at(-1)!.options.title, 'Testbesked fra Certdesk');
  assertNoEnglish(f.notifications.at(-1)!.options.body, 'the test notification');
});

test('an e-mail is Danish: subject, message, the lines under it and the footer', async () => {
  const smtp = await startSmtp();
  try {
    const notice = makeNotice(
      'renewal-failed',
      {
        id: 'cert-123',
        names: ['example.com', 'www.example.com', 'shop.example.com', 'x.example.com'],
        notAfter: '2026-03-20T00:00:00Z',
      },
      NOW,
      {},
      'da',
    );
    await emailChannel({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      from: 'certdesk@example.com',
      to: 'admin@example.com',
    }).send(notice);
    const [m] = await smtp.waitFor(1);
    assert.equal(
      m.subject,
      '[Certdesk] Fornyelse mislykkedes: example.com, www.example.com og 2 mere',
    );
    assert.match(
      m.text,
      /^Certdesk kunne ikke forny certifikatet for example\.com, www\.example\.com og 2 mere, som udløber 2026-03-20 00:00 UTC \(om 4 dage\)\. Certdesk prøver igen af sig selv/,
    );
    assert.match(m.text, /Navne på certifikatet:\n {2}example\.com\n/);
    assert.match(m.text, /Udløber: 2026-03-20 00:00 UTC/);
    assert.match(m.text, /Certifikat-id: cert-123/);
    assert.match(m.text, /Sendt af Certdesk\./);
    assertNoEnglish(m.subject, 'the subject');
    assertNoEnglish(m.text, 'the e-mail');
  } finally {
    await smtp.stop();
  }
});
