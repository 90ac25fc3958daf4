// Issue 15 in Danish: SFTP (real sshd, password) and RFC 2136 (real BIND, TSIG) walked from the
// names step through pre-flight, issuance, the dashboard and "Renew now" with the texts of
// src-renderer/i18n/da.ts, so the translated forms and findings are covered too. BIND is the DNS
// of this file (every name has the address 127.0.0.1) and the CA resolves through it. In each face
// of faces.ts: browser mode, and the real Electron app where its binary is installed (else skipped,
// with the reason).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from './support.ts';
import { forEachFace, type FaceRun } from './faces.ts';
import { count, openRouteUi, type RouteUi } from './routes-support.ts';
import { startBind, type Bind } from '../helpers/bind.ts';
import { createUnixUser, listTree, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { startStaticWeb, type StaticWeb } from '../helpers/static-web.ts';

forEachFace((face, skip) => {
  let ui: RouteUi;
  let stack: FaceRun;
  let bind: Bind;
  let user: UnixUser;
  let sshd: Sshd;
  let web: StaticWeb;

  before(async () => {
    if (skip) return;
    bind = await startBind({ zone: 'example.test', records: ['* IN A 127.0.0.1'] });
    ({ ui, run: stack } = await openRouteUi(face, 'da', 'da-DK', {
      pebble: { dnsServer: bind.server, authzReuse: 0 },
      engine: { dnsResolver: bind.server },
    }));
    user = await createUnixUser();
    sshd = await startSshd({ user });
    web = await startStaticWeb({ port: stack.pebble.httpPort, sites: { '*': user.webRoot } });
  });

  after(async () => {
    for (const stop of [
      () => web?.stop(),
      () => sshd?.stop(),
      () => user?.remove(),
      () => stack?.stop(),
      () => bind?.stop(),
    ]) {
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
    }
  });

  /** No English text of the form left on the page (the Danish run must not fall back). */
  async function noEnglish(keys: string[]): Promise<void> {
    const en = translator('en');
    const main = await ui.page.locator('main').innerText();
    for (const k of keys)
      if (en(k) !== ui.tx(k)) assert.ok(!main.includes(en(k)), `"${en(k)}" shown in English`);
    assert.doesNotMatch(main, /--[a-z]+-[a-z]/, 'no CLI flag on the form');
  }

  test(
    `[${face.name}] [da] SFTP med adgangskode: udstedt og fornyet fra vinduet, uden at spørge igen`,
    { skip },
    async () => {
      assert.equal(await ui.page.evaluate(() => document.documentElement.lang), 'da');
      const name = 'sftp.dansk.example.test';
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'no'],
          ['upload', 'sftp'],
        ],
        'http-01',
      );
      assert.ok(await ui.label('details.http.sftp').isChecked());
      await ui.label('details.field.uploadHost').fill('127.0.0.1');
      await ui.label('details.field.uploadPort').fill(String(sshd.port));
      await ui.label('details.field.uploadUser').fill(user.name);
      assert.ok(await ui.label('details.uploadAuth.password').isChecked());
      await ui.label('details.field.uploadPassword').fill(user.password);
      await ui.label('details.field.uploadDir').fill('public_html');
      await noEnglish([
        'details.field.uploadHost',
        'details.field.uploadUser',
        'details.field.uploadDir',
        'details.uploadAuth.legend',
        'details.uploadAuth.key',
        'details.uploadLegend.sftp',
        'details.uploadDirHint',
      ]);
      await ui.shot('da-route-sftp-details');
      await ui.button('common.next').click();
      const { checks } = await ui.preflight();
      ui.expectFinding(checks, 'pass', 'preflight.http.reachable', {
        name,
        port: stack.pebble.httpPort,
      });
      const logins = () => count(sshd.logTail(1e6), /Accepted password for /);
      const l0 = logins();
      const c = await ui.issue([name], 'da-route-sftp-issue');
      assert.equal(logins() - l0, 1);
      await ui.renewFromDashboard(c);
      assert.equal(logins() - l0, 2, 'the renewal logged in again with the sealed password');
      assert.deepEqual(listTree(user.webRoot), []);
      assert.equal(await sshd.waitNoSessions(), 0);
    },
  );

  test(
    `[${face.name}] [da] RFC 2136 med TSIG-nøgle: udstedt og fornyet fra vinduet; ingen TXT-post tilbage`,
    { skip },
    async () => {
      const name = 'rfc.dansk.example.test';
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'no'],
          ['upload', 'none'],
          ['dns', 'rfc2136'],
        ],
        'dns-01',
      );
      assert.ok(await ui.label('details.dns.rfc2136').isChecked());
      await ui.label('details.field.rfc2136Server').fill(bind.server);
      await ui.label('details.field.tsigName').fill(bind.keyName);
      await ui.label('details.field.tsigSecret').fill(bind.keySecret);
      await noEnglish([
        'details.rfc2136Legend',
        'details.field.rfc2136Server',
        'details.field.rfc2136Zone',
        'details.field.tsigSecret',
        'details.rfc2136ServerHint',
        'details.dnsRisk',
      ]);
      await ui.shot('da-route-rfc2136-details');
      await ui.button('common.next').click();
      const { checks } = await ui.preflight();
      assert.ok(
        checks.some((x) => x.text.includes(`_acme-challenge.${name}`)),
        checks.map((x) => x.text).join('\n'),
      );
      assert.ok(!checks.some((x) => x.verdict === 'fail'));
      const c = await ui.issue([name], 'da-route-rfc2136-issue');
      assert.deepEqual(await bind.txt(`_acme-challenge.${name}`), []);
      await ui.renewFromDashboard(c);
      assert.deepEqual(await bind.txt(`_acme-challenge.${name}`), []);
      ui.noPageErrors();
    },
  );
});
