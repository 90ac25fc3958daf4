// Issue 18: the certificate's history in the person's language. A failed renewal is kept with its
// Text (here: the CA's rejectedIdentifier answer, served by ca-proxy in front of the real Pebble,
// which issued the certificate). Entries an earlier Certdesk wrote hold English alone: a data
// folder holding such entries is opened again, and cert:get gives each one that is a known
// sentence its Text, which the window says in Danish; an unknown sentence stays English, a Text
// whose key this version does not know is replaced, and the files on disk are not rewritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../src-main/api/index.ts';
import type { Attempt } from '../../src-main/shared/types.ts';
import type { Text } from '../../src-main/shared/engine-text.ts';
import { sayText } from '../../src-renderer/engine-text.ts';
import { translator } from '../e2e/support.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let proxy: CaProxy;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-history-text-'));
const open = () =>
  Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });

before(async () => {
  pebble = await startPebble();
  proxy = await startCaProxy(pebble);
});
after(async () => {
  await proxy?.stop();
  await pebble?.stop();
});

// What versions before issue 18 wrote for a failure: the English sentence, no Text.
const OLD: Attempt[] = [
  {
    at: '2026-10-01T08:00:00.000Z',
    trigger: 'scheduled',
    outcome: 'failure',
    errorCode: 'connection',
    message:
      'The CA could not connect to your server for www.example.com. Check that the name points to this server and that the port (80 for http-01, 443 for tls-alpn-01) is open to the internet.',
  },
  {
    at: '2026-10-02T08:00:00.000Z',
    trigger: 'manual',
    outcome: 'failure',
    errorCode: 'invalid-input',
    message:
      'The CA does not offer the profile "longlived". Choose one of its profiles: classic, tlsserver, shortlived.',
  },
  {
    at: '2026-10-03T08:00:00.000Z',
    trigger: 'scheduled',
    outcome: 'failure',
    errorCode: 'internal',
    message: 'A sentence no version of Certdesk has ever said.',
  },
  {
    at: '2026-10-04T08:00:00.000Z',
    trigger: 'scheduled',
    outcome: 'failure',
    errorCode: 'tls',
    message: 'The CA had a TLS problem talking to your server. Check the server on port 443.',
    // As a later version might have written it: a key this version does not know.
    text: { key: 'acme.tlsRenamedLater' } as unknown as Text,
  },
];

test('a failed renewal is kept with its Text; old English entries are read back as Texts', async () => {
  const engine = await open();
  await engine.createAccount({
    directoryUrl: proxy.directoryUrl,
    email: 'history@example.org',
    agreeTos: true,
  });
  const { certificate } = await engine.issue({
    names: ['history.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const id = certificate.id;

  // New: the CA refuses the renewal's order; the entry carries the Text beside the English.
  proxy.respond(
    { kind: 'newOrder', times: 1 },
    {
      status: 400,
      problem: {
        type: 'urn:ietf:params:acme:error:rejectedIdentifier',
        detail: 'Policy forbids issuing for name',
      },
    },
  );
  await assert.rejects(engine.renew(id), { code: 'rejected-identifier' });
  const failed = engine.getStored(id).attempts.at(-1);
  assert.equal(failed?.outcome, 'failure');
  assert.deepEqual(failed?.text, { key: 'acme.rejectedIdentifier', params: { who: '' } });
  assert.match(failed?.message ?? '', /^The CA will not issue certificates for this name/);

  // Old: entries in English only, as an earlier version kept them in certificate.json.
  await engine.store.update((d) => {
    const c = d.certificates[id];
    c.attempts = [...OLD, ...c.attempts.slice(0, 1)];
    c.attempts.push(OLD[3]);
  });
  const file = path.join(dataDir, 'certs', id, 'certificate.json');
  const onDisk = readFileSync(file, 'utf8');

  // Opened again (another process, as the desktop app after an update would).
  const again = await open();
  const handlers = createHandlers({ engine: again, emit: () => {}, face: 'app' });
  const got = await dispatch(handlers, 'cert:get', { id });
  assert.ok(got.ok, JSON.stringify(got));
  const attempts = (got.value as { attempts: Attempt[] }).attempts;
  assert.deepEqual(attempts[0].text, {
    key: 'acme.connection',
    params: { who: { key: 'acme.forName', params: { name: 'www.example.com' } } },
  });
  assert.deepEqual(attempts[1].text, {
    key: 'profile.unknown',
    params: { profile: 'longlived', list: 'classic, tlsserver, shortlived' },
  });
  assert.equal(attempts[2].text, undefined, 'an unknown sentence stays English');
  assert.equal(attempts[2].message, OLD[2].message);
  assert.deepEqual(attempts[3].text, { key: 'acme.tls', params: { who: '' } });
  assert.deepEqual(attempts.at(-1)?.text, { key: 'acme.tls', params: { who: '' } });
  // The list (its last attempt has the unknown key) still answers.
  const list = await dispatch(handlers, 'cert:list', {});
  assert.ok(list.ok, JSON.stringify(list));

  // The window says them in Danish.
  const da = translator('da');
  assert.equal(
    sayText(da, attempts[0].text as Text),
    "CA'en kunne ikke forbinde til din server (www.example.com). Kontrollér, at navnet peger på denne server, og at porten (80 for http-01, 443 for tls-alpn-01) er åben mod internettet.",
  );
  assert.equal(
    sayText(da, attempts[1].text as Text),
    'CA\'en tilbyder ikke profilen "longlived". Vælg en af dens profiler: classic, tlsserver, shortlived.',
  );
  // Mapped when read: the record on disk is as it was written.
  assert.equal(readFileSync(file, 'utf8'), onDisk);
});

// Issue 18 leftovers: failures whose errors had only English (the CA unreachable, a cancelled
// renewal, a certificate locked by another Certdesk) reach the history and the window as Texts.
test('CA unreachable, cancelled and locked failures: kept with a Text, said in Danish and Finnish', async () => {
  const engine = await open();
  const gone = await startCaProxy(pebble);
  after(() => gone.stop()); // stopped below; again here in case an assertion fails before
  const account = await engine.createAccount({
    directoryUrl: gone.directoryUrl,
    email: 'unreachable@example.org',
    agreeTos: true,
  });
  const { certificate } = await engine.issue({
    names: ['unreachable.example.test'],
    accountId: account.id,
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const id = certificate.id;
  const host = new URL(gone.directoryUrl).host;
  await gone.stop(); // the CA's address now refuses connections

  await assert.rejects(engine.renew(id), { code: 'ca-unreachable' });
  const abort = new AbortController();
  abort.abort();
  await assert.rejects(engine.renew(id, { signal: abort.signal }), { code: 'cancelled' });

  const handlers = createHandlers({ engine, emit: () => {}, face: 'app' });
  const got = await dispatch(handlers, 'cert:get', { id });
  assert.ok(got.ok, JSON.stringify(got));
  const [unreachable, cancelled] = (got.value as { attempts: Attempt[] }).attempts.slice(-2);
  assert.deepEqual(unreachable.text, { key: 'failure.caUnreachable', params: { host } });
  // The CLI and logs keep the English.
  assert.match(unreachable.message ?? '', /^Certdesk cannot reach the CA \(127\.0\.0\.1:\d+\)\./);
  assert.deepEqual(cancelled.text, { key: 'failure.cancelled' });
  const da = translator('da');
  assert.equal(
    sayText(da, unreachable.text as Text),
    `Certdesk kan ikke nå CA'en (${host}). Kontrollér din internetforbindelse, og at udgående HTTPS (port 443) er tilladt, og prøv så igen.`,
  );
  assert.equal(
    sayText(da, cancelled.text as Text),
    'Annulleret. Intet blev ændret; start igen, når du er klar.',
  );

  // Another Certdesk (on another computer sharing the folder) renews this certificate: the
  // window's Renew now is refused with a Text (storage/store.ts still builds only the English).
  writeFileSync(
    path.join(dataDir, 'certs', `${id}.lock`),
    JSON.stringify({ pid: 4242, app: 'Certdesk CLI', host: 'elsewhere', since: '2026-11-01' }),
  );
  const busy = await dispatch(handlers, 'cert:renew', { id });
  assert.ok(!busy.ok);
  assert.equal(busy.error.code, 'store-locked');
  assert.deepEqual(busy.error.text, {
    key: 'failure.certBusy',
    params: { app: 'Certdesk CLI', pid: '4242', since: '2026-11-01' },
  });
  assert.equal(
    sayText(translator('fi'), busy.error.text as Text),
    'Tätä varmennetta uusii juuri nyt Certdesk CLI (prosessi 4242, alkaen 2026-11-01). Odota, että se valmistuu.',
  );
});
