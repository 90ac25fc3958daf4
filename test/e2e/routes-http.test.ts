// Issue 15, "every route issued from the window, against real servers": the http-01 routes and
// tls-alpn-01, each walked in English from the names step through pre-flight, the live issuance,
// the dashboard and "Renew now", against real peers: a folder served on the CA's http-01 port
// (webroot), OpenSSH's sshd (SFTP with a password, and with a passphrase-protected key file),
// vsftpd (FTP, and FTPS with "accept the server's own certificate"), a file the person places by
// hand (manual), and Certdesk's own TLS listener on the CA's tls-alpn-01 port. Afterwards no
// challenge file, session or listener is left. The renderer must be built (node scripts/build.ts).
// In each face of faces.ts: browser mode, and the real Electron app where its binary is installed
// (else skipped, with the reason); screenshots come from browser mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forEachFace, type FaceRun } from './faces.ts';
import { count, openRouteUi, type RouteUi } from './routes-support.ts';
import { createUnixUser, listTree, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startStaticWeb, type StaticWeb } from '../helpers/static-web.ts';
import { portIsClosed } from '../helpers/fault.ts';

forEachFace((face, skip) => {
  let ui: RouteUi;
  let stack: FaceRun;
  let user: UnixUser;
  let sshd: Sshd;
  let ftpd: Ftpd;
  let web: StaticWeb;
  let dir: string;

  before(async () => {
    if (skip) return;
    // No authorization reuse: every renewal must prove the names again, through the same route.
    ({ ui, run: stack } = await openRouteUi(face, 'en', 'en-US', {
      pebble: { authzReuse: 0 },
      engine: { httpHost: '127.0.0.1' },
    }));
    dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-routes-'));
    user = await createUnixUser();
    sshd = await startSshd({ user });
    ftpd = await startFtpd({ user });
    // The hosting provider's web server on the CA's http-01 port: the account's public_html for
    // every name, except the names whose folder is set below.
    web = await startStaticWeb({ port: stack.pebble.httpPort, sites: { '*': user.webRoot } });
  });

  after(async () => {
    for (const stop of [
      () => web?.stop(),
      () => ftpd?.stop(),
      () => sshd?.stop(),
      () => user?.remove(),
      () => stack?.stop(),
    ]) {
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const next = () => ui.button('common.next').click();

  test(
    `[${face.name}] webroot: a folder the web server on the CA's port serves; file placed, fetched, removed; renewal unattended`,
    { skip },
    async () => {
      const name = 'webroot.example.test';
      const root = path.join(dir, 'site');
      mkdirSync(root);
      web.setSite(name, root);
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'yes'],
          ['port80', 'yes'],
          ['webserver', 'yes'],
        ],
        'http-01',
      );
      assert.ok(
        await ui.label('details.http.webroot').isChecked(),
        'the answers chose the web folder',
      );
      await ui.label('details.field.webroot').fill(root);
      await ui.shot('route-webroot-details');
      await next();
      const { checks, allGood } = await ui.preflight();
      // The self-check placed a test file in the folder and fetched it as the CA will.
      ui.expectFinding(checks, 'pass', 'preflight.http.ok', { name });
      assert.ok(allGood, JSON.stringify(checks));
      const c = await ui.issue([name], 'route-webroot-issue');
      assert.ok(
        web.requests.some((l) =>
          new RegExp(`^GET ${name}/\\.well-known/acme-challenge/\\S+ -> 200$`).test(l),
        ),
        web.requests.join('\n'),
      );
      await ui.renewFromDashboard(c);
      assert.deepEqual(
        listTree(root).filter((p) => !p.endsWith('/')),
        [],
        'no challenge file left in the web root',
      );
    },
  );

  async function uploadForm(mode: 'sftp' | 'ftp', port: number): Promise<void> {
    assert.ok(await ui.label(`details.http.${mode}`).isChecked(), `the answers chose ${mode}`);
    await ui.label('details.field.uploadHost').fill('127.0.0.1');
    await ui.label('details.field.uploadPort').fill(String(port));
    await ui.label('details.field.uploadUser').fill(user.name);
    await ui.label('details.field.uploadDir').fill('public_html');
  }

  async function uploadRoute(o: {
    name: string;
    mode: 'sftp' | 'ftp';
    port: number;
    fill: () => Promise<void>;
    shot: string;
    logins: () => number;
  }): Promise<void> {
    await ui.names([o.name]);
    await ui.answer(
      [
        ['server', 'no'],
        ['upload', o.mode],
      ],
      'http-01',
    );
    await uploadForm(o.mode, o.port);
    await o.fill();
    await ui.shot(`${o.shot}-details`);
    // Nothing on the details step names a CLI flag.
    assert.doesNotMatch(await ui.page.locator('main').innerText(), /--[a-z]+-[a-z]/);
    await next();
    const { checks } = await ui.preflight();
    // Certdesk cannot place a test file before the upload: it says so, and checks the web server answers.
    ui.expectFinding(checks, 'pass', 'preflight.http.reachable', {
      name: o.name,
      port: stack.pebble.httpPort,
    });
    assert.ok(!checks.some((c) => c.verdict === 'fail'), JSON.stringify(checks));
    const before = o.logins();
    const c = await ui.issue([o.name], `${o.shot}-issue`);
    assert.equal(o.logins() - before, 1, 'one login for the issuance');
    assert.ok(
      web.requests.some((l) =>
        new RegExp(`^GET ${o.name}/\\.well-known/acme-challenge/\\S+ -> 200$`).test(l),
      ),
      web.requests.join('\n'),
    );
    await ui.renewFromDashboard(c);
    assert.equal(o.logins() - before, 2, 'the renewal logged in again with the sealed credentials');
    assert.deepEqual(listTree(user.webRoot), [], 'no challenge file or folder left on the server');
    assert.equal(await sshd.waitNoSessions(), 0, 'no SFTP session left open');
    assert.equal(await ftpd.waitNoSessions(), 0, 'no FTP session left open');
  }

  test(
    `[${face.name}] SFTP with a password (real sshd): uploaded, validated, removed; renewal logs in again unattended`,
    { skip },
    async () => {
      await uploadRoute({
        name: 'sftp-pw.example.test',
        mode: 'sftp',
        port: sshd.port,
        shot: 'route-sftp',
        fill: async () => {
          assert.ok(
            await ui.label('details.uploadAuth.password').isChecked(),
            'password is the default',
          );
          await ui.label('details.field.uploadPassword').fill(user.password);
        },
        logins: () => count(sshd.logTail(1e6), /Accepted password for /),
      });
    },
  );

  test(
    `[${face.name}] SFTP with a passphrase-protected private key file (real sshd)`,
    { skip },
    async () => {
      const keyFile = path.join(dir, 'id_ed25519');
      writeFileSync(keyFile, sshd.encryptedKeyPem, { mode: 0o600 });
      await uploadRoute({
        name: 'sftp-key.example.test',
        mode: 'sftp',
        port: sshd.port,
        shot: 'route-sftp-key',
        fill: async () => {
          await ui.label('details.uploadAuth.key').check();
          await ui.label('details.field.uploadKey').setInputFiles(keyFile);
          await ui.page
            .getByText(ui.tx('details.uploadKeyChosen', { name: 'id_ed25519' }))
            .waitFor();
          await ui.label('details.field.uploadPassphrase').fill(sshd.keyPassphrase);
          assert.equal(
            await ui.label('details.field.uploadPassword').count(),
            0,
            'no password field for a key login',
          );
        },
        logins: () => count(sshd.logTail(1e6), /Accepted publickey for /),
      });
    },
  );

  test(
    `[${face.name}] FTP without TLS (real vsftpd): the person turns FTPS off; uploaded, validated, removed; renewal unattended`,
    { skip },
    async () => {
      const tlsBefore = count(ftpd.logTail(1e7), /"AUTH TLS"/);
      await uploadRoute({
        name: 'ftp.example.test',
        mode: 'ftp',
        port: ftpd.port,
        shot: 'route-ftp',
        fill: async () => {
          assert.ok(await ui.label('details.field.uploadTls').isChecked(), 'FTPS is on by default');
          await ui.label('details.field.uploadTls').uncheck();
          assert.equal(await ui.label('details.field.uploadInsecureTls').count(), 0);
          await ui.label('details.field.uploadPassword').fill(user.password);
        },
        logins: () => count(ftpd.logTail(1e7), /OK LOGIN/),
      });
      assert.equal(count(ftpd.logTail(1e7), /"AUTH TLS"/), tlsBefore, 'plain FTP, as chosen');
    },
  );

  test(
    `[${face.name}] FTPS (real vsftpd, test CA): refused until "accept the server's own certificate" is ticked, and the window says so in its own words`,
    { skip },
    async () => {
      const name = 'ftps.example.test';
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'no'],
          ['upload', 'ftp'],
        ],
        'http-01',
      );
      await uploadForm('ftp', ftpd.port);
      await ui.label('details.field.uploadPassword').fill(user.password);
      await next();
      await ui.preflight();
      await ui.getIt().click();
      const failure = ui.page.locator('.error[role=alert]');
      await failure.waitFor({ timeout: 60_000 });
      const said = await failure.locator('.error-text').innerText();
      assert.match(said, /could not be verified/);
      // The window's fix is its checkbox, not a command-line flag the person cannot type anywhere.
      assert.doesNotMatch(said, /--ftp-insecure-tls/, said);
      assert.ok(said.includes(ui.tx('details.field.uploadInsecureTls')), said);
      assert.deepEqual(listTree(user.webRoot), []);
      await failure
        .getByRole('button', { name: ui.tx('issue.changeDetails'), exact: true })
        .click();
      await ui.heading('details.title.http-01');
      assert.ok(await ui.label('details.field.uploadTls').isChecked());
      await ui.label('details.field.uploadInsecureTls').check();
      await ui.shot('route-ftps-details');
      await next();
      const { checks } = await ui.preflight();
      ui.expectFinding(checks, 'pass', 'preflight.http.reachable', {
        name,
        port: stack.pebble.httpPort,
      });
      const logins = () => count(ftpd.logTail(1e7), /OK LOGIN/);
      const tls = () => count(ftpd.logTail(1e7), /"AUTH TLS"/);
      const [l0, t0] = [logins(), tls()];
      const c = await ui.issue([name], 'route-ftps-issue');
      assert.equal(logins() - l0, 1);
      assert.ok(tls() > t0, 'the session was encrypted');
      await ui.renewFromDashboard(c);
      assert.equal(logins() - l0, 2, 'the renewal logged in again');
      assert.ok(tls() >= t0 + 2, 'both sessions encrypted');
      assert.deepEqual(listTree(user.webRoot), []);
      assert.equal(await ftpd.waitNoSessions(), 0);
    },
  );

  test(
    `[${face.name}] manual http-01: the page shows the file name and content with copy buttons; the person places the file; renewal asks again`,
    { skip },
    async () => {
      const name = 'manual-http.example.test';
      const site = path.join(dir, 'manual-site');
      mkdirSync(site);
      web.setSite(name, site);
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'no'],
          ['upload', 'none'],
          ['dns', 'none'],
        ],
        'http-01',
      );
      assert.ok(
        await ui.label('details.http.manual').isChecked(),
        'the answers chose placing the file by hand',
      );
      await ui.shot('route-manual-http-details');
      await next();
      const { checks } = await ui.preflight();
      // Without a file in place yet, the check can only say the web server answers.
      ui.expectFinding(checks, 'pass', 'preflight.http.reachable', {
        name,
        port: stack.pebble.httpPort,
      });
      // The person's turn: read the file name and content from the page, place the file, continue.
      const place = async (runShot?: string) => {
        const prompt = ui.page.locator('section.prompt');
        await prompt
          .getByRole('heading', { name: ui.tx('run.yourTurn') })
          .waitFor({ timeout: 60_000 });
        const fileName = (
          await prompt.locator(`dt:text-is("${ui.tx('run.field.filename')}") + dd code`).innerText()
        ).trim();
        const content = (
          await prompt.locator(`dt:text-is("${ui.tx('run.field.content')}") + dd code`).innerText()
        ).trim();
        for (const f of ['filename', 'content'])
          assert.ok(
            await prompt
              .getByRole('button', {
                name: ui.tx('common.copyWhat', { what: ui.tx(`run.field.${f}`) }),
              })
              .isVisible(),
            `a copy button for ${f}`,
          );
        const rel = fileName.replace(/^\/+/, '');
        assert.match(rel, /^(\.well-known\/acme-challenge\/)?[\w-]{20,}$/, fileName);
        const file = path.join(site, '.well-known/acme-challenge', path.basename(rel));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
        if (runShot) await ui.shot(runShot);
        await prompt.getByRole('button', { name: ui.tx('run.continue') }).click();
        return file;
      };
      let placed = '';
      const c = await ui.issue([name], 'route-manual-http-issue', async () => {
        placed = await place('route-manual-http-prompt');
      });
      assert.ok(
        web.requests.some((l) =>
          new RegExp(`^GET ${name}/\\.well-known/acme-challenge/\\S+ -> 200$`).test(l),
        ),
      );
      // The file was the person's to place and is the person's to remove.
      rmSync(placed);
      // A manual route cannot renew unattended: "Renew now" opens its page, which asks again.
      await ui.button('done.toDashboard').click();
      await ui.heading('dashboard.title');
      await ui.page
        .getByRole('row', { name: name })
        .getByRole('button', { name: ui.tx('dashboard.renew') })
        .click();
      await ui.page.getByRole('heading', { name: ui.tx('cert.chain') }).waitFor();
      await ui.button('cert.renewNow').click();
      placed = await place();
      await ui.page.getByText(ui.head('cert.renewed')).waitFor({ timeout: 60_000 });
      rmSync(placed);
      ui.assertRenewed(c);
      assert.deepEqual(
        listTree(site).filter((p) => !p.endsWith('/')),
        [],
      );
    },
  );

  test(
    `[${face.name}] tls-alpn-01: only port 443 open; the built-in TLS listener answers the CA, then the port is free again`,
    { skip },
    async () => {
      const name = 'alpn.example.test';
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'yes'],
          ['port80', 'no'],
        ],
        'tls-alpn-01',
      );
      await ui.page.getByText(ui.tx('details.tlsAlpnNote')).waitFor();
      await ui.shot('route-tls-alpn-details');
      await next();
      const { checks, allGood } = await ui.preflight();
      // The listener was opened for the check and the name answered with a test certificate.
      ui.expectFinding(checks, 'pass', 'preflight.tls.ok', { name, port: stack.pebble.tlsPort });
      assert.ok(allGood, JSON.stringify(checks));
      assert.ok(await portIsClosed(stack.pebble.tlsPort), 'the pre-flight listener is gone');
      const c = await ui.issue([name], 'route-tls-alpn-issue');
      assert.ok(await portIsClosed(stack.pebble.tlsPort), 'the listener is gone after issuance');
      await ui.renewFromDashboard(c);
      assert.ok(await portIsClosed(stack.pebble.tlsPort), 'and after the renewal');
      ui.noPageErrors();
    },
  );
});
