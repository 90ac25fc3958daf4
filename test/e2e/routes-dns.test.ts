// Issue 15, "every route issued from the window, against real servers": the dns-01 routes that
// renew unattended, each walked in English from the names step through pre-flight, the live
// issuance, the dashboard and "Renew now". One real BIND 9 is the DNS of this file: the CA
// (Pebble) and Certdesk resolve through it, RFC 2136 updates go to it with a TSIG key, the exec
// script updates it with nsupdate, and the stand-ins for acme-dns and Cloudflare's API
// (test/helpers/fake-*.ts; acme-dns is not packaged for Debian) publish their records in it.
// Afterwards BIND has no TXT record at _acme-challenge and the Cloudflare stand-in no record.
// In each face of faces.ts: browser mode, and the real Electron app where its binary is installed
// (else skipped, with the reason). The script route differs by face only where the faces do: browser
// mode refuses to store a command, the desktop app asks in its native dialog first (issue 20).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerMessageBoxes, forEachFace, type FaceRun } from './faces.ts';
import { ALLOW_BUTTON } from '../../src-main/app/command-dialog.ts';
import type { CertificateSummary } from '../../src-main/shared/types.ts';
import { bindRecords, openRouteUi, type RouteUi } from './routes-support.ts';
import { startBind, type Bind } from '../helpers/bind.ts';
import { startFakeAcmeDns, type FakeAcmeDns } from '../helpers/fake-acme-dns.ts';
import { startFakeCloudflare, type FakeCloudflare } from '../helpers/fake-cloudflare.ts';
import type { ChallTestSrv } from '../helpers/pebble.ts';

const CF_TOKEN = 'cf-scoped-token-for-e2e-0123456789';

forEachFace((face, skip) => {
  let ui: RouteUi;
  let stack: FaceRun;
  let bind: Bind;
  let adns: FakeAcmeDns;
  let cf: FakeCloudflare;
  let dir: string;

  before(async () => {
    if (skip) return;
    // Every name of the zone has an address (127.0.0.1); the key may change TXT and CNAME records.
    bind = await startBind({
      zone: 'example.test',
      records: ['* IN A 127.0.0.1'],
      updateTypes: ['TXT', 'CNAME'],
    });
    const records = bindRecords(bind) as unknown as ChallTestSrv;
    adns = await startFakeAcmeDns({ chall: records, domain: 'auth.example.test' });
    cf = await startFakeCloudflare({ token: CF_TOKEN, zones: ['example.test'], chall: records });
    ({ ui, run: stack } = await openRouteUi(face, 'en', 'en-US', {
      pebble: { dnsServer: bind.server, authzReuse: 0 },
      engine: {
        dnsResolver: bind.server,
        // The window has no field for Cloudflare's API address (people use Cloudflare's own): a
        // route without one is sent to the stand-in, as the CA's DNS is answered by BIND.
        cloudflareApiForTests: cf.api,
      },
    }));
    dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-dns-'));
  });

  after(async () => {
    for (const stop of [
      () => stack?.stop(),
      () => cf?.stop(),
      () => adns?.stop(),
      () => bind?.stop(),
    ]) {
      await Promise.resolve()
        .then(stop)
        .catch((e: Error) => console.error('cleanup:', e.message));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const next = () => ui.button('common.next').click();

  /** Pre-flight of a dns-01 route: the name's record and the servers it will be checked at. */
  async function dnsPreflight(name: string): Promise<void> {
    const { checks } = await ui.preflight();
    const mine = checks.filter((c) => c.text.includes(`_acme-challenge.${name}`));
    assert.ok(
      mine.length >= 1,
      `a dns-01 finding about _acme-challenge.${name}:\n${checks.map((c) => `${c.verdict}: ${c.text}`).join('\n')}`,
    );
    assert.ok(
      !checks.some((c) => c.verdict === 'fail'),
      checks.map((c) => `${c.verdict}: ${c.text}`).join('\n'),
    );
    // No http-01 or port checks: nothing on this computer has to be reachable.
    assert.ok(
      !checks.some((c) =>
        c.text.includes(
          ui.tx('engine.preflight.http.reachable', { name, port: stack.pebble.httpPort }),
        ),
      ),
    );
  }

  async function dnsRoute(o: {
    name: string;
    mode: string;
    fill: () => Promise<void>;
    shot: string;
    during?: () => Promise<void>;
  }) {
    await ui.names([o.name]);
    await ui.answer(
      [
        ['server', 'no'],
        ['upload', 'none'],
        ['dns', o.mode],
      ],
      'dns-01',
    );
    assert.ok(await ui.label(`details.dns.${o.mode}`).isChecked(), `the answers chose ${o.mode}`);
    await o.fill();
    await ui.shot(`${o.shot}-details`);
    assert.doesNotMatch(
      await ui.page.locator('main').innerText(),
      /--[a-z]+-[a-z]/,
      'no CLI flag on the form',
    );
    await next();
    await dnsPreflight(o.name);
    return ui.issue([o.name], `${o.shot}-issue`, o.during);
  }

  test(
    `[${face.name}] RFC 2136 (real BIND, TSIG): record added and removed, renewal unattended with the sealed key`,
    { skip },
    async () => {
      const name = 'rfc.example.test';
      const c = await dnsRoute({
        name,
        mode: 'rfc2136',
        shot: 'route-rfc2136',
        fill: async () => {
          await ui.label('details.field.rfc2136Server').fill(bind.server);
          await ui.label('details.field.tsigName').fill(bind.keyName);
          await ui.label('details.field.tsigSecret').fill(bind.keySecret);
        },
      });
      assert.deepEqual(await bind.txt(`_acme-challenge.${name}`), [], 'no TXT left after issuance');
      await ui.renewFromDashboard(c);
      assert.deepEqual(
        await bind.txt(`_acme-challenge.${name}`),
        [],
        'no TXT left after the renewal',
      );
    },
  );

  test(
    `[${face.name}] exec: the person's own script (nsupdate against BIND) is called present/cleanup; renewal unattended`,
    { skip },
    async () => {
      const name = 'exec.example.test';
      const log = path.join(dir, 'hook.log');
      const script = path.join(dir, 'dns-hook.sh');
      writeFileSync(
        script,
        `#!/bin/sh
echo "$1 $2" >> '${log}'
case "$1" in
  present) op="update add $2 60 TXT \\"$3\\"" ;;
  cleanup) op="update delete $2 TXT \\"$3\\"" ;;
  *) echo "unknown action $1" >&2; exit 2 ;;
esac
printf 'server 127.0.0.1 ${bind.port}\\nzone ${bind.zone}\\n%s\\nsend\\n' "$op" | nsupdate -y '${bind.algorithm}:${bind.keyName}:${bind.keySecret}'
`,
        { mode: 0o755 },
      );
      await ui.names([name]);
      await ui.answer(
        [
          ['server', 'no'],
          ['upload', 'none'],
          ['dns', 'exec'],
        ],
        'dns-01',
      );
      await ui.label('details.field.execCommand').fill(script);
      await ui.shot('route-exec-details');
      await next();
      await dnsPreflight(name);
      let c: CertificateSummary;
      if (ui.browserMode) {
        // Browser mode does not set a command Certdesk will run (issue 20): the wizard gets as far
        // as ordering, then the window says where to set it, and nothing ran.
        await ui.getIt().click();
        await ui.page
          .getByRole('alert')
          .filter({ hasText: 'Set commands from the desktop app or the CLI' })
          .waitFor();
        await ui.shot('route-exec-refused');
        assert.equal(existsSync(log), false, 'the script never ran');
        assert.equal(
          stack.engine.listCertificates().filter((x) => x.names.includes(name)).length,
          0,
        );
        // The person sets it where commands are set (certdesk issue --dns-mode exec --dns-exec …):
        // the same engine call; from then on the window renews it unattended.
        c = (
          await stack.engine.issue({
            names: [name],
            challenge: { type: 'dns-01', dnsMode: 'exec', command: script },
            trigger: 'cli',
          })
        ).certificate;
      } else {
        // The desktop app shows the command in its native dialog before storing it (issue 20,
        // src-main/app/command-dialog.ts); the person reads it there and allows it.
        const shown = await answerMessageBoxes(stack.electron!, ALLOW_BUTTON);
        c = await ui.issue([name], 'route-exec-issue');
        const boxes = await shown();
        assert.equal(boxes.length, 1, 'asked once, before the command was stored');
        assert.ok(boxes[0].detail.includes(script), boxes[0].detail);
      }
      assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), [
        `present _acme-challenge.${name}.`,
        `cleanup _acme-challenge.${name}.`,
      ]);
      await ui.renewOnDashboard(c, true);
      assert.equal(
        readFileSync(log, 'utf8').trim().split('\n').length,
        4,
        'the script ran again for the renewal',
      );
      assert.deepEqual(await bind.txt(`_acme-challenge.${name}`), []);
    },
  );

  test(
    `[${face.name}] Cloudflare (API stand-in, scoped token): record created then deleted; renewal unattended with the sealed token`,
    { skip },
    async () => {
      const name = 'cf.example.test';
      const posts = () => cf.requests.filter((r) => r.startsWith('POST ')).length;
      const c = await dnsRoute({
        name,
        mode: 'cloudflare',
        shot: 'route-cloudflare',
        fill: () => ui.label('details.field.cloudflareToken').fill(CF_TOKEN),
      });
      assert.equal(posts(), 1);
      assert.deepEqual(cf.records(), [], 'the record was deleted');
      await ui.renewFromDashboard(c);
      assert.equal(posts(), 2, 'the renewal created its record with the sealed token');
      assert.deepEqual(cf.records(), []);
      assert.deepEqual(await bind.txt(`_acme-challenge.${name}`), []);
    },
  );

  test(
    `[${face.name}] acme-dns (documented-API stand-in): registers, shows the one CNAME to create, then renews without asking`,
    { skip },
    async () => {
      const name = 'adns.example.test';
      const c = await dnsRoute({
        name,
        mode: 'acme-dns',
        shot: 'route-acme-dns',
        fill: () => ui.label('details.field.acmeDnsServer').fill(adns.url),
        during: async () => {
          // The person's one-time step: the CNAME shown, created in the zone.
          const prompt = ui.page.locator('section.prompt');
          await prompt
            .getByRole('heading', { name: ui.tx('run.yourTurn') })
            .waitFor({ timeout: 60_000 });
          const cname = (
            await prompt.locator(`dt:text-is("${ui.tx('run.field.name')}") + dd code`).innerText()
          ).trim();
          const target = (
            await prompt.locator(`dt:text-is("${ui.tx('run.field.target')}") + dd code`).innerText()
          ).trim();
          assert.equal(cname.replace(/\.$/, ''), `_acme-challenge.${name}`);
          assert.match(target, /\.auth\.example\.test\.?$/);
          await ui.shot('route-acme-dns-prompt');
          await bindRecords(bind).setCname(cname, target);
          await prompt.getByRole('button', { name: ui.tx('run.continue') }).click();
        },
      });
      assert.equal(adns.registrations(), 1);
      await ui.renewFromDashboard(c);
      assert.equal(adns.registrations(), 1, 'the saved registration was used again');
      assert.ok(
        adns.requests.filter((r) => r === 'POST /update').length >= 2,
        'the renewal updated the TXT through acme-dns',
      );
      ui.noPageErrors();
    },
  );
});
