// Internationalised names on the dashboard and the certificate page: main computes the Unicode
// form (node:url; the renderer has no node modules and the URL API keeps punycode), the contract
// carries it, and the screens show bücher.test with xn--bcher-kva.test as a smaller detail.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlers, dispatch, type Handlers } from '../../../src-main/api/index.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import type { Output } from '../../../src-main/shared/contract.ts';
import { readableName, readableNames } from '../../../src-renderer/format.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const stored: StoredCertificate = {
  id: 'idn0cert0002',
  names: ['xn--bcher-kva.test', 'www.example.test'],
  accountId: 'acct00000001',
  keyType: 'ec256',
  challenge: { type: 'http-01', httpMode: 'builtin' },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
};

let handlers: Handlers;
before(async () => {
  const engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-idn-ui-')),
  });
  assert.ok(engine.store.secrets);
  await engine.store.update((d) => {
    d.certificates[stored.id] = stored;
  });
  handlers = createHandlers({ engine, emit: () => {} });
});

test('cert:list and cert:get carry the Unicode names through the contract; the names stay punycode', async () => {
  const list = await dispatch(handlers, 'cert:list', {});
  assert.ok(list.ok, JSON.stringify(list));
  const [c] = list.value as Output<'cert:list'>;
  assert.deepEqual(c.names, ['xn--bcher-kva.test', 'www.example.test']);
  assert.deepEqual(c.unicodeNames, ['bücher.test', 'www.example.test']);
  const got = await dispatch(handlers, 'cert:get', { id: stored.id });
  assert.ok(got.ok, JSON.stringify(got));
  assert.deepEqual((got.value as Output<'cert:get'>).unicodeNames, [
    'bücher.test',
    'www.example.test',
  ]);
});

test('the screens read what main sent: bücher.test, with the punycode as the detail only where it differs', async () => {
  const list = await dispatch(handlers, 'cert:list', {});
  assert.ok(list.ok);
  const [c] = list.value as Output<'cert:list'>;
  assert.deepEqual(readableName(c, 0), { name: 'bücher.test', ascii: 'xn--bcher-kva.test' });
  assert.deepEqual(readableNames(c), [
    { name: 'bücher.test', ascii: 'xn--bcher-kva.test' },
    { name: 'www.example.test', ascii: null },
  ]);
  // Why main computes it: the browser's URL API hands the punycode back unchanged.
  assert.equal(new URL('http://xn--bcher-kva.test/').hostname, 'xn--bcher-kva.test');
});
