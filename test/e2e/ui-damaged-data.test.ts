// Issue 22 on the screen (browser mode): a data folder made against Pebble, then a certificate's
// record and its last good generation overwritten, then the master key deleted; each time the
// window opens on the damaged folder and shows the notice at the top, in English and in Danish
// (the list of what is missing in the person's language), with no serious axe finding. The
// screenshots of docs/RELIABILITY.md and the user guide (section 9) come from here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openRuntime } from '../../src-main/api/runtime.ts';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';
import { timerStandIn } from '../helpers/timer-stand-in.ts';
import {
  RENDERER_DIR,
  checkA11y,
  launchBrowser,
  newPage,
  openApp,
  rendererBuilt,
  shot,
  startStack,
  translator,
  type Stack,
} from './support.ts';

let stack: Stack | null = null;
let browser: Browser | null = null;
let shopId = '';
const servers: WebServer[] = [];

before(async () => {
  if (!rendererBuilt()) return;
  stack = await startStack();
  browser = await launchBrowser();
  const e = stack.engine;
  await e.createAccount({
    directoryUrl: stack.pebble.directoryUrl,
    email: 'me@example.org',
    agreeTos: true,
  });
  for (const name of ['shop.example.test', 'www.example.test']) {
    const r = await e.issue({ names: [name], challenge: { type: 'http-01', httpMode: 'builtin' } });
    if (name.startsWith('shop')) shopId = r.certificate.id;
  }
});
after(async () => {
  for (const s of servers) await s.close().catch(() => {});
  await browser?.close().catch(() => {});
  await stack?.stop();
});

/** A copy of the e2e data folder, broken by `breakIt`, served by a new browser-mode server. */
async function serveBroken(breakIt: (dir: string) => void): Promise<WebServer> {
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-damaged-')), 'd');
  cpSync(stack!.dataDir, dataDir, { recursive: true });
  breakIt(dataDir);
  const runtime = await openRuntime({
    face: 'browser',
    timer: timerStandIn(),
    dataDir,
    app: 'Certdesk e2e',
    caCertPem: stack!.pebble.caCertPem,
    httpPort: stack!.pebble.httpPort,
  });
  const server = await startWebServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    rendererDir: RENDERER_DIR,
  });
  servers.push(server);
  return server;
}

/** The notice matching `wanted` as the window shows it (the others put away with "Got it"). */
async function noticeIn(
  server: WebServer,
  locale: string,
  name: string,
  wanted: RegExp,
): Promise<string> {
  const { page, errors, context } = await newPage(browser!, { locale });
  await openApp(page, server);
  const note = page.getByRole('note').filter({ hasText: wanted });
  await note.waitFor();
  // A folder without a keychain also says where the keys are sealed: read once, put away here.
  for (const other of await page.getByRole('note').filter({ hasNotText: wanted }).all())
    await other.getByRole('button').click();
  await checkA11y(page, name);
  // The first-run screen would also show this machine failing to reach the real CA: no picture.
  if (name !== 'account-lost-first-run') await shot(page, name);
  const said = (await note.innerText()).trim();
  assert.deepEqual(errors, []);
  await context.close();
  return said;
}

test('a certificate record and its last good copy overwritten: the window says what was rebuilt and what is missing', async (t) => {
  if (!stack) return t.skip('the renderer is not built (node scripts/build.ts)');
  const server = await serveBroken((d) => {
    for (const f of ['certificate.json', 'certificate.json.prev'])
      writeFileSync(path.join(d, 'certs', shopId, f), 'garbage from a bad sync');
  });
  const en = await noticeIn(server, 'en-US', 'damaged-data-notice', /The records of/);
  assert.match(en, /The records of shop\.example\.test could not be read/);
  assert.match(en, /Still missing: route, route secrets, history, and export destinations\./);
  const da = await noticeIn(server, 'da-DK', 'da-damaged-data-notice', /Oplysningerne om/);
  assert.ok(da.startsWith(translator('da')('notices.restored-files').split('{{')[0]), da);
  assert.match(
    da,
    /Mangler stadig: bevis for kontrol, adgangskoder og tokens til beviset, historik og eksportmål\./,
  );
});

test('the master key deleted: the window says no key opens, and the way back', async (t) => {
  if (!stack) return t.skip('the renderer is not built (node scripts/build.ts)');
  let keyFile = '';
  const server = await serveBroken((d) => {
    keyFile = path.join(d, 'master.key');
    rmSync(keyFile);
  });
  const en = await noticeIn(server, 'en-US', 'master-key-missing-notice', /master key/);
  assert.ok(
    en.includes(
      `The master key that opens the saved private keys is missing (the file ${keyFile})`,
    ),
    en,
  );
  assert.match(en, /Restore it from a backup of the data folder/);
});

test('the only account lost for good: first run shows, and above it the notice that says why', async (t) => {
  if (!stack) return t.skip('the renderer is not built (node scripts/build.ts)');
  const server = await serveBroken((d) => {
    const [file] = readdirSync(path.join(d, 'accounts')).filter((f) => f.endsWith('.json'));
    for (const f of [file, `${file}.prev`]) writeFileSync(path.join(d, 'accounts', f), '');
  });
  const en = await noticeIn(server, 'en-US', 'account-lost-first-run', /could not be read/);
  assert.match(en, /^The file of account [0-9a-f]+ could not be read and no good copy was left/);
});
