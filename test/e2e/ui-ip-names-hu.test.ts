// Issue 18 in Hungarian: why a name is refused is said in the person's language (names:check
// sends a Text), and with an IP address among the names the "how can the CA reach you?" step
// disables DNS validation and says why (RFC 8738 section 7). ca-proxy adds the profiles in front
// of the real Pebble (Pebble 2.4 has none). In each face of faces.ts: browser mode, and the real
// Electron app where its binary is installed (else skipped, with the reason).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { literal, translator } from './support.ts';
import { describeFaces } from './faces.ts';

const t = translator('hu');
let proxy: CaProxy | undefined;

describeFaces(
  {
    locale: 'hu-HU',
    email: 'ip@example.org',
    directory: async (run) => {
      proxy = await startCaProxy(run.pebble, {
        profiles: { classic: 'Classic', shortlived: 'Certificates valid for 160 hours' },
        ipProfiles: ['shortlived'],
      });
      return proxy.directoryUrl;
    },
  },
  ({ face, skip, run, snap }) => {
    after(async () => {
      await proxy?.stop();
      proxy = undefined;
    });

    test(
      `[hu, ${face.name}] name problems in Hungarian; DNS validation disabled for an IP address`,
      { skip },
      async () => {
        const { page, errors } = run();
        await run().open();
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
        await snap('hu-wizard-name-problems');

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
        await snap('hu-wizard-ip-route');
        assert.deepEqual(errors, []);
      },
    );
  },
);
