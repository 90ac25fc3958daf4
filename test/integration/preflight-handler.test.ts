// The wizard's pre-flight step goes through the same handler in the app and in browser mode: the
// findings come back through the contract (checked by its schema), per name, for the account's CA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../src-main/api/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

test("preflight:run answers every check for the account's CA, names attached, details as text", async () => {
  const engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-pf-h-')),
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  const handlers = createHandlers({ engine, emit: () => {}, face: 'browser' });
  const acct = await dispatch(handlers, 'account:create', {
    directoryUrl: pebble.directoryUrl,
    email: 'pf@example.org',
    agreeTos: true,
  });
  assert.ok(acct.ok, JSON.stringify(acct));
  const r = await dispatch(handlers, 'preflight:run', {
    names: ['wizard.preflight.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  assert.ok(r.ok, JSON.stringify(r));
  const results = (
    r.value as { results: { check: string; verdict: string; name?: string; details?: string }[] }
  ).results;
  const outbound = results.find((x) => x.check === 'outbound');
  assert.equal(
    outbound?.verdict,
    'pass',
    "the directory of the account's CA (Pebble) is reachable with the engine's root",
  );
  assert.equal(results.find((x) => x.check === 'http-01')?.verdict, 'pass');
  assert.equal(results.find((x) => x.check === 'dns')?.name, 'wizard.preflight.example.test');
  assert.ok(
    results.some((x) => typeof x.details === 'string' && x.details.length > 0),
    'technical details for "Show details"',
  );
});
