// Issue 18 in Hungarian: why a name is refused is said in the person's language (names:check
// sends a Text), and with an IP address among the names the "how can the CA reach you?" step
// disables DNS validation and says why (RFC 8738 section 7). ca-proxy adds the profiles in front
// of the real Pebble (Pebble 2.4 has none).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import {
  launchBrowser,
  literal,
  newPage,
  openApp,
  rendererBuilt,
  shot,
  startStack,
  translator,
  type Stack,
} from './support.ts';

const skip = rendererBuilt() ? false : 'the renderer is not built: run node scripts/build.ts first';
const t = translator('hu');
let stack: Stack;
let proxy: CaProxy;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  if (skip) return;
  stack = await startStack();
  proxy = await startCaProxy(stack.pebble, {
    profiles: { classic: 'Classic', shortlived: 'Certificates valid for 160 hours' },
    ipProfiles: ['shortlived'],
  });
  await stack.engine.createAccount({
    directoryUrl: proxy.directoryUrl,
    email: 'ip@example.org',
    agreeTos: true,
  });
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser, { locale: 'hu-HU' }));
});
after(async () => {
  await browser?.close();
  await proxy?.stop();
  await stack?.stop();
});

test(
  '[hu] name problems in Hungarian; DNS validation disabled for an IP address',
  { skip },
  async () => {
    await openApp(page, stack.server);
    await page.getByRole('button', { name: t('dashboard.emptyAction'), exact: true }).click();
    const names = page.getByLabel(t('names.label'), { exact: true });
    await names.fill('127.0.0.1 exa_mple.com');
    const ipSentence = t('engine.names.ipNeedsProfile', { input: '127.0.0.1' });
    await page.getByText(ipSentence).waitFor();
    await page
      .getByText(t('engine.names.badPart', { input: 'exa_mple.com', label: 'exa_mple' }))
      .waitFor();
    assert.doesNotMatch(
      await page.locator('main').innerText(),
      /is an IP address|characters a domain/,
    );
    await shot(page, 'hu-wizard-name-problems');

    await names.fill('127.0.0.1');
    await page.getByText(t('names.more'), { exact: true }).click();
    await page.getByLabel(t('profiles.label'), { exact: true }).selectOption('shortlived');
    await page.getByText(t('names.ok', { count: 1 })).waitFor();
    await page.getByRole('button', { name: t('common.next'), exact: true }).click();

    // Even with a DNS provider at hand, DNS validation cannot be chosen for an address.
    await page
      .getByRole('group', { name: literal(t('route.q.dns')) })
      .getByLabel(t('route.a.dns.cloudflare'), { exact: true })
      .check();
    const dns = page.getByRole('radio', {
      name: new RegExp(literal(t('route.name.dns-01')).source),
    });
    assert.equal(await dns.isDisabled(), true);
    assert.equal(await dns.isChecked(), false);
    await page.getByText(t('profiles.noDnsForIp')).waitFor();
    await shot(page, 'hu-wizard-ip-route');
    assert.deepEqual(errors, []);
  },
);
