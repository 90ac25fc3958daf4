// Issue 18: paused accounts and named rate limits, with the real Pebble behind the test CA proxy
// (test/helpers/ca-proxy.ts): Pebble has neither, so the proxy answers the chosen newOrder with
// Let's Encrypt's documented problem and Retry-After; everything else is Pebble's own answer.
// Asserted: the paused answer stops every retry for that name (this certificate and another of the
// same account holding the name; nothing more reaches the CA) until the person says it is
// unpaused; the CLI prints the unpause page, the window's handler hands it over as a link; each
// other rate limit is named with the time to retry, and the ARI exemption is said where it applies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startCaProxy, type CaProxy } from '../helpers/ca-proxy.ts';
import { runCli } from '../helpers/cli.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../src-main/api/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let proxy: CaProxy;
let dataDir: string;
const UNPAUSE = 'https://portal.letsencrypt.org/sfe/v1/unpause?jwt=abc.def.ghi';
const RATE = 'urn:ietf:params:acme:error:rateLimited';

before(async () => {
  pebble = await startPebble();
  proxy = await startCaProxy(pebble);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-paused-'));
});
after(async () => {
  await proxy?.stop();
  await pebble?.stop();
});

const opts = () => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  proxy.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
const cli = (...args: string[]) => runCli([...args, ...opts()]);
const show = async (id: string) => JSON.parse((await cli('show', id, '--json')).stdout);

test('a paused account stops every retry for the name until the person says it is unpaused', async () => {
  // Set up through the engine (no CLI spawns): the account and three certificates the test needs;
  // the CLI runs below are the behaviours under test.
  const engine = await Engine.open({
    dataDir,
    caCertPem: proxy.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  await engine.createAccount({
    directoryUrl: proxy.directoryUrl,
    email: 'p@example.org',
    agreeTos: true,
  });
  const issue = async (...names: string[]) =>
    (await engine.issue({ names, challenge: { type: 'http-01', httpMode: 'builtin' } })).certificate
      .id;
  const one = await issue('a.paused.test');
  const two = await issue('a.paused.test', 'b.paused.test');
  const other = await issue('c.other.test');

  proxy.respond(
    { kind: 'newOrder', times: 1 },
    {
      status: 429,
      problem: {
        type: RATE,
        detail: `Your account is temporarily prevented from requesting certificates for a.paused.test and possibly others. Please visit: ${UNPAUSE}`,
        status: 429,
      },
    },
  );
  const r = await cli('renew', '--id', one, '--force');
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /paused this account for a\.paused\.test/);
  assert.match(r.stderr, /fix why validation fails/);
  assert.ok(r.stderr.includes(`open this page: ${UNPAUSE}`), r.stderr);
  assert.match(r.stderr, /renew --id \S+ --unpaused/);

  const s1 = await show(one);
  const s2 = await show(two);
  assert.equal(s1.status, 'needs-attention');
  assert.equal(s1.paused.url, UNPAUSE);
  assert.equal(s2.status, 'needs-attention', 'another certificate with the name waits too');
  assert.deepEqual(s2.paused.names, ['a.paused.test']);
  assert.equal((await show(other)).paused, undefined, 'other names go on');
  assert.equal(s1.nextRenewalAt, null, 'no automatic retry is planned');

  // Nothing more reaches the CA for the name: not the cron run, not a forced renewal.
  const orders = proxy.newOrders.length;
  const cron = await cli('renew');
  assert.ok(cron.stderr.includes(`open ${UNPAUSE}`), cron.stderr);
  const forced = await cli('renew', '--id', two, '--force');
  assert.notEqual(forced.code, 0);
  assert.ok(forced.stderr.includes(UNPAUSE));
  assert.equal(proxy.newOrders.length, orders, 'no order was sent for a paused name');

  // The window: "Renew now" answers the same error with the page as a link; "I have unpaused it"
  // lifts the mark for both certificates and renews.
  const handlers = createHandlers({ engine, emit: () => {}, face: 'browser' });
  const refused = await dispatch(handlers, 'cert:renew', { id: one });
  assert.ok(!refused.ok);
  assert.equal(refused.error.code, 'account-paused');
  assert.equal(refused.error.link, UNPAUSE);
  assert.equal(refused.error.text?.key, 'limits.paused');
  assert.ok(!String(refused.error.detail ?? '').includes('jwt='), 'the token stays out of details');
  const un = await dispatch(handlers, 'cert:unpaused', { id: one, runId: 'unpause-1' });
  assert.ok(un.ok, JSON.stringify(un));
  const renewed = (un.value as { certificate: { paused?: unknown; serial: string } }).certificate;
  assert.equal(renewed.paused, undefined);
  assert.notEqual(renewed.serial, s1.serial, 'renewed');
  assert.equal((await show(two)).paused, undefined, 'the other certificate may renew again');
  assert.equal(proxy.newOrders.length, orders + 1);
});

test('rate limits are named, with when to retry from Retry-After, and the ARI exemption where it applies', async () => {
  const certId = (
    await show(
      (JSON.parse((await cli('list', '--json')).stdout) as { id: string; names: string[] }[]).find(
        (c) => c.names[0] === 'c.other.test',
      )!.id,
    )
  ).id as string;
  const at = new Date(Date.now() + 3600_000);
  // A retry time inside the certificate's life, as the CA's detail writes it.
  const later = new Date(Date.now() + 3 * 86_400_000);
  const laterIso = `${later.toISOString().slice(0, 19)}.000Z`;
  const laterText = `${laterIso.slice(0, 10)} ${laterIso.slice(11, 19)} UTC`;
  proxy.respond(
    { kind: 'newOrder', times: 1 },
    {
      status: 429,
      headers: { 'Retry-After': '3600' },
      problem: {
        type: RATE,
        detail:
          'too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-12-09 09:13:16 UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-identifiers',
        status: 429,
      },
    },
  );
  const dup = await cli('issue', '-d', 'dup.example.test');
  assert.notEqual(dup.code, 0);
  assert.match(dup.stderr, /exact set of names already got too many certificates/);
  assert.match(dup.stderr, /tries again after \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  const ra = Date.parse(/retry after: (\S+)/.exec(dup.stderr)?.[1] ?? '');
  assert.ok(Math.abs(ra - at.getTime()) < 60_000, 'Retry-After (3600 s) sets the time');
  assert.match(dup.stderr, /exempts from this limit/, 'renewals with ARI are exempt: said');

  proxy.respond(
    { kind: 'newOrder', times: 1 },
    {
      status: 429,
      problem: {
        type: RATE,
        detail: `too many failed authorizations (5) for "c.other.test" in the last 1h0m0s, retry after ${laterText}: see https://letsencrypt.org/docs/failed-validation-limit/`,
        status: 429,
      },
    },
  );
  const fv = await cli('renew', '--id', certId, '--force');
  assert.equal(fv.code, 1);
  assert.match(fv.stderr, /validation for c\.other\.test failed too often/);
  assert.ok(fv.stderr.includes(`tries again after ${laterText.slice(0, 16)} UTC`), fv.stderr);
  assert.doesNotMatch(fv.stderr, /exempts/, 'failed validations are never exempt');
  const s = await show(certId);
  assert.equal(s.lastAttempt.retryAfter, laterIso, 'the time in the detail');
  assert.ok(Date.parse(s.nextRenewalAt) >= Date.parse(laterIso), 'no retry before');

  proxy.respond(
    { kind: 'newOrder', times: 1 },
    {
      status: 429,
      headers: { 'Retry-After': '120' },
      problem: {
        type: RATE,
        detail:
          'too many new orders (300) from this account in the last 3h0m0s: see https://letsencrypt.org/docs/rate-limits/#new-orders-per-account',
        status: 429,
      },
    },
  );
  const no = await cli('issue', '-d', 'orders.example.test', '--json');
  const err = JSON.parse(no.stdout).error;
  assert.equal(err.code, 'rate-limited');
  assert.equal(err.text.params.first.key, 'limits.newOrders');
  assert.ok(Math.abs(Date.parse(err.retryAfter) - (Date.now() + 120_000)) < 60_000);
});
