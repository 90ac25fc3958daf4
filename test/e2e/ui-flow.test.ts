// Issue 7 "done when", in English: a new user opens browser mode, completes first run against a
// real CA (Pebble, custom directory URL, agrees to its terms), gets a certificate through the
// built-in http-01 server with the keyboard only, sees it on the dashboard with its renewal date,
// exports a PFX that openssl opens, looks at the certificate page and settings, and completes the
// manual dns-01 route by adding the TXT record the page shows. axe-core checks every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openssl } from '../helpers/openssl.ts';
import { checkA11y, launchBrowser, newPage, openApp, rendererBuilt, shot, startStack, type Stack } from './support.ts';

const skip = rendererBuilt() ? false : 'the renderer is not built: run node scripts/build.ts first';
let stack: Stack;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  if (skip) return;
  stack = await startStack();
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Tab until `target` has the focus: proves it is reachable from the keyboard, with a visible focus ring. */
async function tabTo(p: Page, target: ReturnType<Page['locator']>, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused control shows a focus ring');
      return;
    }
    await p.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${target} with Tab`);
}

/** Radio groups take one Tab stop; the arrow keys move (and select) within them, as in any native form. */
async function chooseRadio(p: Page, group: RegExp, label: string): Promise<void> {
  const g = p.getByRole('group', { name: group });
  const target = g.getByLabel(label, { exact: true });
  const radios = g.getByRole('radio');
  const checked = g.locator('input[type=radio]:checked');
  await tabTo(p, (await checked.count()) > 0 ? checked : radios.first());
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await p.keyboard.press('ArrowDown');
  assert.ok(await target.isChecked(), `${label} chosen with the arrow keys`);
}

async function headingFocused(p: Page, text: RegExp): Promise<void> {
  const h = p.locator('h1');
  await assert.doesNotReject(h.filter({ hasText: text }).waitFor());
  // Focus management: a new screen or step puts the focus on its heading.
  await p.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

test('first run: custom CA directory URL, terms read from the directory, explicit agreement', { skip }, async () => {
  await openApp(page, stack.server);
  await headingFocused(page, /Welcome to Certdesk/);
  await checkA11y(page, 'first run');
  await shot(page, 'first-run');

  await page.getByText('Advanced: other certificate authorities').click();
  await page.getByLabel('Other CA (directory URL)').check();
  await page.getByLabel('ACME directory URL').fill(stack.pebble.directoryUrl);
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByLabel('Your e-mail address').fill('owner@example.org');
  // Terms of Service come from the CA's directory (R2): the link is the one Pebble publishes.
  const tos = page.getByRole('link', { name: /Terms of Service/ });
  await tos.waitFor();
  const href = await tos.getAttribute('href');
  assert.equal(href, (await stack.pebble.directory() as { meta: { termsOfService: string } }).meta.termsOfService);

  // Without the agreement the form says why and does not create an account.
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Tick the box to agree').waitFor();
  assert.equal(stack.engine.listAccounts().length, 0);
  await checkA11y(page, 'first run with errors');

  await page.getByLabel('I have read and agree to the Terms of Service').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await headingFocused(page, /No certificates yet/);
  assert.equal(stack.engine.listAccounts().length, 1);
  assert.ok(stack.engine.listAccounts()[0].tosAgreed);
  await checkA11y(page, 'empty dashboard');
  await shot(page, 'dashboard-empty');
});

test('wizard with the keyboard only: names, route questions, built-in http-01, pre-flight, issuance, done', { skip }, async () => {
  const start = page.getByRole('button', { name: 'Get your first certificate' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');

  await headingFocused(page, /Which names/);
  const names = page.getByLabel('Domain names');
  await tabTo(page, names);
  await page.keyboard.type('www.e2e.example.test, e2e.example.test');
  await page.getByText('Looks good: 2 names.').waitFor();
  await checkA11y(page, 'wizard: names');
  await shot(page, 'wizard-names');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await headingFocused(page, /How can the certificate authority reach you/);
  // "Is this computer the web server?" Yes -> port 80 open? Yes -> no web server program: built-in.
  await chooseRadio(page, /Is this computer the web server/, 'Yes');
  await page.keyboard.press('Space'); // the first radio of a group is focused, not yet chosen
  await chooseRadio(page, /port 80/, 'Yes');
  await page.keyboard.press('Space');
  await chooseRadio(page, /web server program/, 'No');
  await page.getByRole('heading', { name: 'Recommended: A file on your web site (HTTP)' }).waitFor();
  await checkA11y(page, 'wizard: route');
  await shot(page, 'wizard-route');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await headingFocused(page, /Where should the file go/);
  assert.ok(await page.getByLabel('Certdesk answers by itself (built-in web server)').isChecked());
  await checkA11y(page, 'wizard: details');
  await shot(page, 'wizard-details-http');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await headingFocused(page, /Check before asking the CA/);
  const go = page.getByRole('button', { name: /Get the certificate|Try anyway|Skip the checks/ });
  await go.waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Checking…'));
  // The checks ran against the account's CA and came back: findings, not an error box.
  await page.locator('li.check').first().waitFor();
  assert.ok(await page.locator('li.check-pass').count() >= 3, 'several checks passed (names, DNS, port 80, http-01 self-check)');
  assert.equal(await page.locator('.error-box, [role=alert]').filter({ hasText: /could not check/ }).count(), 0);
  await checkA11y(page, 'wizard: pre-flight');
  await shot(page, 'wizard-preflight');
  await tabTo(page, go);
  await page.keyboard.press('Enter');

  await headingFocused(page, /Your certificate is ready/);
  await checkA11y(page, 'wizard: done');
  // The live steps were shown while it ran; the result names the renewal date.
  const c = stack.engine.listCertificates();
  assert.equal(c.length, 1);
  assert.deepEqual([...c[0].names].sort(), ['e2e.example.test', 'www.e2e.example.test']);
  await shot(page, 'wizard-done');
});

test('done: export a PFX with a password; openssl opens it', { skip }, async () => {
  await page.getByLabel('IIS / Windows (PFX)').check();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-export-'));
  await page.getByLabel('Folder to write into').fill(dir);
  await page.getByLabel('Password for the PFX file').fill('e2e-secret-1');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByText(/Wrote 1 file/).waitFor();
  await checkA11y(page, 'export result');
  await shot(page, 'export-pfx');
  const pfx = readdirSync(dir).find((f) => f.endsWith('.pfx'));
  assert.ok(pfx, `a .pfx in ${readdirSync(dir).join(', ')}`);
  const r = await openssl(['pkcs12', '-info', '-in', path.join(dir, pfx), '-passin', 'pass:e2e-secret-1', '-nokeys']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /BEGIN CERTIFICATE/);
  assert.match(r.stdout, /e2e\.example\.test/);
  // The page never received the key (R8).
  assert.doesNotMatch(await page.content(), /PRIVATE KEY/);
});

test('dashboard: the certificate with status, lifetime bar and renewal date; light and dark', { skip }, async () => {
  await page.getByRole('button', { name: 'Go to your certificates' }).click();
  await headingFocused(page, /Your certificates/);
  const row = page.getByRole('row', { name: /e2e\.example\.test/ });
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /Valid/);
  assert.match(text, /days left/);
  const cert = stack.engine.listCertificates()[0];
  const renewal = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.parse(cert.nextRenewalAt!));
  assert.ok(text.includes(renewal), `renewal date ${renewal} in: ${text}`);
  assert.match(text, /one third of the \d+-day lifetime/);
  await checkA11y(page, 'dashboard');
  await shot(page, 'dashboard-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkA11y(page, 'dashboard (dark)');
  await shot(page, 'dashboard-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('certificate page: names, key type, chain, history, export destination; settings', { skip }, async () => {
  await page.getByRole('button', { name: /e2e\.example\.test/ }).first().click();
  await page.getByRole('heading', { name: 'Issuer chain' }).waitFor();
  const body = await page.locator('main').innerText();
  assert.match(body, /ECDSA P-256/);
  assert.match(body, /Pebble Intermediate/i);
  assert.match(body, /Succeeded/);
  assert.match(body, /certdesk-e2e-export-/, 'the remembered export destination');
  await checkA11y(page, 'certificate page');
  await shot(page, 'certificate');
  await page.getByRole('button', { name: 'Revoke…' }).click();
  await page.getByRole('heading', { name: 'Revoke this certificate?' }).waitFor();
  await checkA11y(page, 'revoke confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await headingFocused(page, /Settings/);
  assert.match(await page.locator('main').innerText(), /owner@example\.org/);
  await checkA11y(page, 'settings');
  await shot(page, 'settings');
});

test('manual dns-01: the page shows the TXT record with copy buttons; adding it in DNS and continuing completes', { skip }, async () => {
  await page.getByRole('button', { name: 'New certificate' }).click();
  await headingFocused(page, /Which names/);
  await page.getByLabel('Domain names').fill('*.wild.example.test');
  await page.getByText('Looks good: 1 name.').waitFor();
  await page.getByText(/is a wildcard/).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await headingFocused(page, /How can the certificate authority reach you/);
  await page.getByRole('group', { name: /change your domain's DNS/ }).getByLabel('Yes, by hand on my provider\'s web page').check();
  await page.getByRole('heading', { name: 'Recommended: A DNS record' }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await headingFocused(page, /Where is your DNS/);
  assert.ok(await page.getByLabel('I will add it myself at my DNS provider').isChecked());
  await checkA11y(page, 'wizard: details dns');
  await shot(page, 'wizard-details-dns');
  await page.getByRole('button', { name: 'Next' }).click();
  await headingFocused(page, /Check before asking the CA/);
  await page.getByRole('button', { name: /Get the certificate|Try anyway|Skip the checks/ }).click();

  // The person's turn: the record to create, each value with a copy button.
  const prompt = page.locator('section.prompt');
  await prompt.getByRole('heading', { name: 'Your turn' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Your turn');
  const nameValue = (await prompt.locator('dt:text-is("Name") + dd code').innerText()).trim();
  const txtValue = (await prompt.locator('dt:text-is("Value") + dd code').innerText()).trim();
  assert.match(nameValue, /^_acme-challenge\.wild\.example\.test\.$/);
  assert.match(txtValue, /^[A-Za-z0-9_-]{43}$/);
  assert.ok(await prompt.getByRole('button', { name: 'Copy Value' }).isVisible());
  await checkA11y(page, 'manual dns prompt');
  await shot(page, 'wizard-manual-dns');
  await stack.pebble.chall!.setTxt(nameValue, txtValue);
  await prompt.getByRole('button', { name: 'I\'ve added it — continue' }).click();
  await headingFocused(page, /Your certificate is ready/);
  assert.ok(stack.engine.listCertificates().some((c) => c.names.includes('*.wild.example.test')));
  assert.deepEqual(errors, [], 'no page errors or CSP violations');
});
