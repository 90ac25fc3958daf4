// Issue 18: the certificate's history in the person's language. A failed renewal is kept with its
// Text (here: the CA's rejectedIdentifier answer, served by ca-proxy in front of the real Pebble,
// which issued the certificate). Entries an earlier Certdesk wrote hold English alone: a data
// folder holding such entries is opened again, and cert:get gives each one that is a known
// sentence its Text, which the window says in Danish; an unknown sentence stays English, a Text
// whose key this version does not know is replaced, and the files on disk are not rewritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
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
