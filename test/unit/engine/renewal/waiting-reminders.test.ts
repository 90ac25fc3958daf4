// Issue 17: "The tray and a notification remind once a day until either the live-site check sees
// the new certificate or the person says 'Done'. The reminder becomes urgent when the certificate
// being served has less than 1/10 of its lifetime left." The renewal service's own pass
// (sendDueNotices, run after every scheduler pass) over a real engine and store with an injected
// clock; the wait is made by the engine (a manual target run after a renewal) and ended by the
// engine's "Done" and by its live-site check against a real TLS server on this computer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../../src-main/engine/engine.ts';
import { createRenewalService } from '../../../../src-main/engine/renewal/service.ts';
import { desktopChannel } from '../../../../src-main/engine/renewal/notifier.ts';
import { deployHistory } from '../../../../src-main/engine/deploy/history.ts';
import { DAY_MS, HOUR_MS } from '../../../../src-main/shared/durations.ts';
import { freePort } from '../../../helpers/ports.ts';
import {
  seedRenewal,
  seedRenewedCertificate,
  waitAtManualPlace,
} from '../../../helpers/renewed-cert.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Shown = { title: string; body: string; certificateId?: string; urgency?: string };

test('a place updated by hand: reminded once a day, urgent near the end, until Done or served', async () => {
  const T0 = Date.parse('2026-06-01T09:00:00Z');
  let now = T0;
  const clock = {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
  };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-remind-'));
  dirs.push(dataDir);
  // The live-site check connects here; nothing listens until the person "puts it in place".
  const port = await freePort();
  const engine = await Engine.open({ dataDir, clock, siteCheckPort: port });
  // The old certificate (still served) has 12 of its 90 days left; the new one is fresh.
  const { id } = await seedRenewedCertificate(engine, {
    name: 'localhost',
    previous: { notBefore: T0 - 78 * DAY_MS, notAfter: T0 + 12 * DAY_MS },
    current: { notBefore: T0 - HOUR_MS, notAfter: T0 + 90 * DAY_MS },
  });
  const targetId = await waitAtManualPlace(engine, id, {
    label: 'Router admin page',
    notes: 'System > Certificates > Upload, then Apply.',
  });

  const shown: Shown[] = [];
  const service = createRenewalService({ engine, desktop: desktopChannel((d) => shown.push(d)) });
  const pass = async (): Promise<Shown[]> => {
    const before = shown.length;
    await service.sendDueNotices();
    return shown.slice(before).filter((s) => /certificate in place/.test(s.title));
  };

  const first = await pass();
  assert.equal(first.length, 1, JSON.stringify(shown));
  assert.equal(first[0].title, 'Put the new certificate in place: localhost');
  assert.match(first[0].body, /Router admin page/);
  assert.match(first[0].body, /System > Certificates > Upload, then Apply\./);
  assert.equal(first[0].urgency, 'normal');
  assert.equal(first[0].certificateId, id, 'a click opens this certificate');

  now = T0 + 2 * HOUR_MS;
  assert.deepEqual(await pass(), [], 'not twice in one day');
  now = T0 + DAY_MS + HOUR_MS;
  const nextDay = await pass();
  assert.equal(nextDay.length, 1, 'again the next day');
  assert.equal(nextDay[0].urgency, 'normal');

  // Under a tenth of the old certificate's 90 days left (under 9 days): urgent, critical.
  now = T0 + 3 * DAY_MS + 2 * HOUR_MS;
  const urgent = await pass();
  assert.equal(urgent.length, 1);
  assert.match(urgent[0].title, /^Urgent: put the new certificate in place: localhost$/);
  assert.equal(urgent[0].urgency, 'critical');
  assert.match(urgent[0].body, /expires/);

  // The person says "Done" (the window's and the CLI's path): no reminder any more.
  await engine.deploy.markManualDone(id, targetId);
  now = T0 + 5 * DAY_MS;
  assert.deepEqual(await pass(), [], 'Done ends the reminders');

  // The next renewal waits again; the site then serves it, and the daily check ends the wait.
  const renewed = await seedRenewal(engine, id, {
    notBefore: now - HOUR_MS,
    notAfter: now + 90 * DAY_MS,
  });
  await engine.deploy.run(id, { targetId, trigger: 'renewed' });
  now += DAY_MS + HOUR_MS;
  assert.equal((await pass()).length, 1, 'the new renewal waits for the person again');
  const site = https.createServer({ cert: renewed.cert, key: renewed.key }, (_q, r) => r.end());
  await new Promise<void>((r) => site.listen({ port, host: '::', ipv6Only: false }, r));
  try {
    await engine.checkSite(id); // the scheduler's daily check
  } finally {
    site.close();
    site.closeAllConnections();
  }
  assert.equal(engine.getStored(id).siteCheck?.state, 'current');
  now += DAY_MS + HOUR_MS;
  assert.deepEqual(await pass(), [], 'the check that saw it served ends the reminders');

  // Each step is in the certificate's history, said as a Text (not English).
  const h = deployHistory(engine.getStored(id)).filter((e) => e.targetId === targetId);
  assert.deepEqual(
    h.map((e) => [e.outcome, e.text?.key]),
    [
      ['waiting', 'deploy.waiting'],
      ['done', 'reminders.doneByYou'],
      ['waiting', 'deploy.waiting'],
      ['done', 'reminders.doneServed'],
    ],
  );
  assert.equal(h[3].serial, renewed.serial);
  await service.stop();
});
