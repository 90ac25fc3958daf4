// The proxy field of Settings (issue 19): what settings:set accepts, what settings:get gives back,
// and that the address saved is the one every outgoing connection then takes (proxyFor).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../../src-main/api/index.ts';
import { proxyFor, useSettingsProxy } from '../../../src-main/engine/net/proxy.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let engine: Engine;
before(async () => {
  engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-proxyset-')),
  });
  // As the desktop app, browser mode and the CLI do once the store is open.
  useSettingsProxy(() => engine.store.read().settings.proxy);
});
after(() => useSettingsProxy(() => null));

const env = { HTTPS_PROXY: 'http://from-env:1', NO_PROXY: '' };

test('a saved proxy comes back from settings:get and carries the next connection', async () => {
  const handlers = createHandlers({ engine, emit: () => {} });
  const r = await dispatch(handlers, 'settings:set', {
    proxy: { url: 'proxy.corp.example:3128', noProxy: 'intranet.example,  10.0.0.0/8' },
  });
  assert.equal(r.ok, true, JSON.stringify(r));
  const got = await dispatch(handlers, 'settings:get', {});
  assert.ok(got.ok);
  assert.deepEqual((got.value as { proxy: unknown }).proxy, {
    url: 'http://proxy.corp.example:3128',
    noProxy: 'intranet.example, 10.0.0.0/8',
  });
  assert.equal(
    proxyFor('https://acme-v02.api.letsencrypt.org/directory', { env })?.label,
    'http://proxy.corp.example:3128',
  );
  assert.equal(proxyFor('https://ca.intranet.example/dir', { env }), null, 'its own list');
  // Emptied: the environment's HTTPS_PROXY applies again.
  const cleared = await dispatch(handlers, 'settings:set', { proxy: { url: ' ' } });
  assert.ok(cleared.ok);
  assert.equal((cleared.value as { proxy: unknown }).proxy, null);
  assert.equal(proxyFor('https://ca.example', { env })?.label, 'http://from-env:1');
});

test('an address that is not a proxy, or one with a password, is refused with what to do', async () => {
  const handlers = createHandlers({ engine, emit: () => {} });
  for (const [url, said] of [
    ['socks5://proxy:1080', /not a proxy address.*http:\/\/proxy\.example\.com:3128/],
    ['http://me:secret@proxy:3128', /does not keep proxy passwords.*HTTPS_PROXY/],
    ['http://proxy:3128/path', /only a scheme, a server name and a port/],
  ] as const) {
    const r = await dispatch(handlers, 'settings:set', { proxy: { url } });
    assert.equal(r.ok, false, url);
    if (!r.ok) {
      assert.equal(r.error.code, 'invalid-input');
      assert.match(r.error.message, said);
      assert.doesNotMatch(r.error.message, /secret/);
    }
  }
  assert.doesNotMatch(JSON.stringify(engine.store.read().settings), /secret/);
});
