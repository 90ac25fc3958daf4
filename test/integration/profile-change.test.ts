// Issue 18: changing the ACME profile of a certificate that already exists, from the CLI
// (`certdesk profile`) and from the window's channel (cert:setProfile), and the renewal that
// follows asking for the new one. Pebble 2.4 has no profiles: the proxy of
// test/helpers/ca-proxy.ts adds meta.profiles and records each newOrder's payload; the orders
// themselves are validated and issued by the real Pebble.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Pebble } from '../helpers/pebble.ts';
import type { CaProxy } from '../helpers/ca-proxy.ts';
import { startProfilesStack, type ProfilesStack } from '../helpers/profiles-stack.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../src-main/api/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let stack: ProfilesStack;
let pebble: Pebble;
let proxy: CaProxy;
let dataDir: string;
// Pebble rejects a few nonces on purpose (PEBBLE_WFE_NONCEREJECT) and the client sends the
// request again: orders are counted by those Pebble accepted.
const accepted = (p: CaProxy) => p.newOrders.filter((o) => o.status === 201);

before(async () => {
  stack = await startProfilesStack('change@example.org');
  ({ pebble, proxy, dataDir } = stack);
});
after(async () => {
  await stack?.stop();
});

const cli = (args: string[]) => stack.cli(args);
type CertJson = { id: string; profile: string | null; serial: string };
const json = async <T = CertJson>(args: string[]): Promise<T> => {
  const r = await cli([...args, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};

test('certdesk profile: shows the CA profiles, refuses an unknown one with the list, changes it; the renewal asks for the new one', async () => {
  const issued = await json(['issue', '-d', 'change.example.test', '--profile', 'classic']);
  assert.equal(proxy.newOrders.at(-1)?.profile, 'classic');

  // The CA's own list and descriptions, beside the one the certificate asks for.
  const listed = await json<{ profile: string; profiles: { name: string }[] }>([
    'profile',
    issued.id,
  ]);
  assert.equal(listed.profile, 'classic');
  assert.deepEqual(
    listed.profiles.map((p) => p.name),
    ['classic', 'tlsserver', 'shortlived'],
  );
  const human = await cli(['profile', 'change.example.test']);
  assert.equal(human.code, 0, human.stderr);
  assert.match(human.stdout, /asks for:\s+classic/);
  assert.match(human.stdout, /shortlived\s+Certificates valid for 160 hours/);

  // Unknown: refused with the CA's list; nothing kept, nothing ordered.
  const orders = proxy.newOrders.length;
  const ordered = accepted(proxy).length;
  const bad = await cli(['profile', issued.id, 'longlived']);
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /does not offer the profile "longlived"/);
  assert.match(bad.stderr, /classic, tlsserver, shortlived/);
  assert.equal((await json(['show', issued.id])).profile, 'classic', 'unchanged');

  // Changed: kept, shown, and nothing ordered until the renewal.
  const changed = await json(['profile', issued.id, 'shortlived']);
  assert.equal(changed.profile, 'shortlived');
  assert.equal((await json(['show', issued.id])).profile, 'shortlived');
  assert.equal(proxy.newOrders.length, orders, 'changing the profile orders nothing');

  const renewed = await cli(['renew', '--id', issued.id, '--force']);
  assert.equal(renewed.code, 0, renewed.stderr);
  const order = proxy.newOrders.at(-1);
  assert.equal(accepted(proxy).length, ordered + 1);
  assert.equal(order?.profile, 'shortlived', 'the renewal asked for the new profile');
  assert.equal(order?.status, 201, 'Pebble accepted the order');
  const after = await json(['show', issued.id]);
  assert.notEqual(after.serial, issued.serial, 'a new certificate');
  assert.equal(after.profile, 'shortlived');

  // Back to the CA's default: the next newOrder carries no profile at all.
  const back = await json(['profile', issued.id, '--ca-default']);
  assert.equal(back.profile, null);
  const again = await cli(['renew', '--id', issued.id, '--force']);
  assert.equal(again.code, 0, again.stderr);
  assert.equal('profile' in (proxy.newOrders.at(-1)?.payload ?? {}), false);
});

test('the window channel cert:setProfile: unknown refused as a Text with the list, an IP name keeps a profile that allows it, the renewal asks for the new one', async () => {
  const engine = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  const events: unknown[] = [];
  const handlers = createHandlers({ engine, emit: (e) => events.push(e), face: 'browser' });
  const ip = await engine.issue({
    names: ['127.0.0.1'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    profile: 'shortlived',
  });
  const id = ip.certificate.id;

  const unknown = await dispatch(handlers, 'cert:setProfile', { id, profile: 'longlived' });
  assert.equal(unknown.ok, false);
  if (!unknown.ok) {
    assert.equal(unknown.error.code, 'invalid-input');
    assert.deepEqual(unknown.error.text, {
      key: 'profile.unknown',
      params: { profile: 'longlived', list: 'classic, tlsserver, shortlived' },
    });
  }
  // RFC 8738: at this CA only shortlived allows an IP address, so the certificate keeps it.
  const ipRefused = await dispatch(handlers, 'cert:setProfile', { id, profile: 'classic' });
  assert.equal(ipRefused.ok, false);
  if (!ipRefused.ok)
    assert.deepEqual(ipRefused.error.text, {
      key: 'profile.ipKeeps',
      params: { name: '127.0.0.1', list: 'shortlived' },
    });
  const toDefault = await dispatch(handlers, 'cert:setProfile', { id, profile: null });
  assert.equal(toDefault.ok, false, 'the CA default does not allow an IP address either');
  assert.equal(engine.getCertificate(id).profile, 'shortlived', 'unchanged');
  assert.deepEqual(events, [], 'nothing changed, so nothing announced');

  // A DNS name may move between the CA's profiles; the window hears of the change.
  const dns = await engine.issue({
    names: ['window.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const set = await dispatch(handlers, 'cert:setProfile', {
    id: dns.certificate.id,
    profile: 'tlsserver',
  });
  assert.ok(set.ok, JSON.stringify(set));
  if (set.ok) assert.equal((set.value as { profile?: string }).profile, 'tlsserver');
  assert.deepEqual(events, [{ type: 'cert-changed', id: dns.certificate.id }]);
  const renew = await dispatch(handlers, 'cert:renew', { id: dns.certificate.id });
  assert.ok(renew.ok, JSON.stringify(renew));
  assert.equal(proxy.newOrders.at(-1)?.profile, 'tlsserver');
  assert.deepEqual(proxy.newOrders.at(-1)?.identifiers, [
    { type: 'dns', value: 'window.example.test' },
  ]);
});
