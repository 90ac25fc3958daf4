// Issue 17: "Each run is recorded in the certificate's history" - success and failure per target,
// with its detail, as a Text the window says in the person's language. Runs made by the real
// DeployService (a local folder written, then gone; a place updated by hand waiting, then Done;
// a target removed since), read back through the window's channels (deploy:history, and the
// steps and reminders of the waiting place) with the contract's checks, as the window gets them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../../src-main/api/index.ts';
import type {
  DeployHistoryEntry,
  ManualSteps,
  ReminderView,
} from '../../../src-main/shared/reminders.ts';
import { say } from '../../../src-main/shared/engine-text.ts';
import { DAY_MS, HOUR_MS } from '../../../src-main/shared/durations.ts';
import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';
import { sayText } from '../../../src-renderer/engine-text.ts';
import { seedRenewedCertificate, waitAtManualPlace } from '../../helpers/renewed-cert.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
/** The window's own translations, as the History renders a Text. */
function translator(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.t;
}
const dirs: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), `certdesk-hist-${p}-`));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function call<T>(h: ReturnType<typeof createHandlers>, channel: string, input: unknown) {
  const r = await dispatch(h, channel, input);
  assert.ok(r.ok, `${channel}: ${JSON.stringify(r)}`);
  return r.value as T;
}

test('every deployment run is in the history: deployed, failed with its reason, waiting, Done, removed', async () => {
  const now = Date.now();
  const engine = await Engine.open({ dataDir: tmp('data') });
  const { id } = await seedRenewedCertificate(engine, {
    name: 'history.example.test',
    previous: { notBefore: now - 60 * DAY_MS, notAfter: now + 30 * DAY_MS },
    current: { notBefore: now - HOUR_MS, notAfter: now + 90 * DAY_MS },
  });
  const h = createHandlers({ engine, emit: () => {} });

  // A folder on this computer: written, then the folder is gone and the next run fails.
  const folder = path.join(tmp('out'), 'site');
  mkdirSync(folder);
  const local = await engine.deploy.add(id, { kind: 'local', dir: folder, preset: 'nginx' });
  const ok = await engine.deploy.run(id, { targetId: local.id, trigger: 'manual' });
  assert.equal(ok[0].run.ok, true);
  assert.deepEqual(readdirSync(folder).sort(), ['fullchain.pem', 'privkey.pem']);
  rmSync(folder, { recursive: true });
  const bad = await engine.deploy.run(id, { targetId: local.id, trigger: 'retry' });
  assert.equal(bad[0].run.ok, false);

  // A router updated by hand: waiting after the renewal, then the person says Done.
  const router = await waitAtManualPlace(engine, id, {
    label: 'Router admin page',
    preset: 'nginx',
  });

  // The steps name the files the router asked for; no file's contents, never the key (R8).
  const steps = await call<ManualSteps>(h, 'deploy:steps', { id, targetId: router });
  assert.deepEqual(
    steps.files.map((f) => [f.name, f.kind, f.secret]),
    [
      ['fullchain.pem', 'fullchain', false],
      ['privkey.pem', 'key', true],
    ],
  );
  assert.equal(steps.preset, 'nginx');
  assert.equal(steps.urgent, false);
  assert.doesNotMatch(JSON.stringify(steps), /BEGIN|PRIVATE KEY/);
  const reminders = await call<ReminderView[]>(h, 'deploy:reminders', {});
  assert.deepEqual(
    reminders.map((r) => [r.certId, r.targets.map((t) => t.label), r.urgent]),
    [[id, ['Router admin page'], false]],
  );
  await call(h, 'deploy:done', { id, targetId: router });
  assert.deepEqual(await call(h, 'deploy:reminders', {}), [], 'Done: nothing waits');

  // A place added and removed again: its run stays in the history, said as "removed since".
  const gone = await waitAtManualPlace(engine, id, { label: 'Old NAS' });
  await call(h, 'deploy:remove', { id, targetId: gone });

  const history = await call<DeployHistoryEntry[]>(h, 'deploy:history', { id });
  assert.deepEqual(
    history.map((e) => [e.targetId, e.kind, e.trigger, e.outcome]),
    [
      [local.id, 'local', 'manual', 'ok'],
      [local.id, 'local', 'retry', 'failed'],
      [router, 'manual', 'renewed', 'waiting'],
      [router, 'manual', 'done', 'done'],
      [gone, null, 'renewed', 'waiting'],
    ],
  );
  const [deployed, failed, waiting, done, removed] = history;
  assert.equal(deployed.where, folder);
  assert.deepEqual(deployed.text, { key: 'deploy.deployed', params: { where: folder } });
  assert.ok(failed.errorCode, 'the failure keeps its code');
  assert.ok(failed.message, 'and its reason');
  assert.equal(waiting.where, 'by hand: Router admin page');
  assert.equal(waiting.label, 'Router admin page', "the person's own words for the window");
  assert.equal(waiting.text?.key, 'deploy.waiting');
  assert.deepEqual(done.text, {
    key: 'reminders.doneByYou',
    params: { label: 'Router admin page' },
  });
  assert.equal(done.serial, engine.getStored(id).current!.serial);
  assert.equal(removed.where, null);
  // Stored as a key and values: English and Danish say it from the same record.
  assert.equal(say(done.text!), 'You said the new certificate is in place at Router admin page.');
  assert.equal(
    sayText(translator('da'), done.text!),
    'Du sagde, at det nye certifikat er på plads i Router admin page.',
  );
  const stored = JSON.stringify(engine.getStored(id).deployRuns);
  assert.doesNotMatch(stored, /You said the new certificate/, 'no English sentence stored for it');
});
