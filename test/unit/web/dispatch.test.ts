// dispatch(): the input schema, the handler, the answer schema. The sender check before it is the
// transports' (test/unit/app/ipc.test.ts, test/unit/web/bridge.test.ts; issue 16).
// Whatever goes wrong, the answer is a Result with a sentence: never a stack, never a private key.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHANNELS, type AppEvent, type Channel } from '../../../src-main/shared/contract.ts';
import { CertdeskError } from '../../../src-main/shared/errors.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../../src-main/api/index.ts';
import { wrapHandlers, checkedEmitter, type Impls } from '../../../src-main/api/dispatch.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const KEY =
  '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----';

function fakeImpls(overrides: Partial<Record<Channel, (input: unknown) => Promise<unknown>>>): {
  impls: Impls;
  calls: string[];
} {
  const calls: string[] = [];
  const impls = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async (input: unknown) => {
        calls.push(c);
        return overrides[c] ? overrides[c]!(input) : {};
      },
    ]),
  ) as unknown as Impls;
  return { impls, calls };
}

let engine: Engine;
before(async () => {
  engine = await Engine.open({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-disp-')) });
});

test('a thrown Error becomes an internal error sentence with no stack lines', async () => {
  const { impls } = fakeImpls({
    'cert:list': async () => {
      throw new Error('boom\n    at secret (/home/x/file.ts:1:2)');
    },
  });
  const r = await dispatch(wrapHandlers(impls), 'cert:list', {});
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.error.code, 'internal');
  assert.match(r.error.message, /Try again/);
  assert.doesNotMatch(JSON.stringify(r), /\bat secret|file\.ts|stack/);
  assert.match(r.error.detail ?? '', /boom/);
});

test('a CertdeskError keeps code, sentence, retryable and Retry-After', async () => {
  const { impls } = fakeImpls({
    'cert:list': async () => {
      throw new CertdeskError(
        'rate-limited',
        'Too many certificates for this name this week. Try again after the time shown.',
        {
          retryable: true,
          retryAfter: '2030-01-01T00:00:00Z',
          detail: 'urn:ietf:params:acme:error:rateLimited',
        },
      );
    },
  });
  const r = await dispatch(wrapHandlers(impls), 'cert:list', {});
  assert.deepEqual(r, {
    ok: false,
    error: {
      code: 'rate-limited',
      message: 'Too many certificates for this name this week. Try again after the time shown.',
      retryable: true,
      retryAfter: '2030-01-01T00:00:00Z',
      detail: 'urn:ietf:params:acme:error:rateLimited',
    },
  });
});

test('key material never leaves: in an error it is cut out, in an answer the answer is stopped', async () => {
  const { impls } = fakeImpls({
    'cert:list': async () => {
      throw new CertdeskError('internal', `oops ${KEY} end`);
    },
    'export:paste': async () => ({ certificate: 'x', caBundle: KEY }),
  });
  const handlers = wrapHandlers(impls);
  const e = await dispatch(handlers, 'cert:list', {});
  assert.doesNotMatch(JSON.stringify(e), /PRIVATE KEY-----\\nMIG/);
  assert.match(JSON.stringify(e), /private key removed/);
  const p = await dispatch(handlers, 'export:paste', { id: 'abc' });
  assert.equal(p.ok, false);
  assert.doesNotMatch(JSON.stringify(p), /MIGHAgEA/);
});

test('an answer that does not fit the contract is not passed on', async () => {
  const { impls } = fakeImpls({ 'cert:list': async () => [{ id: 1 }] });
  const r = await dispatch(wrapHandlers(impls), 'cert:list', {});
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.error.code, 'internal');
});

test('input is checked before the handler runs; the handler sees only parsed input', async () => {
  const seen: unknown[] = [];
  const { impls, calls } = fakeImpls({
    'cert:get': async (i) => {
      seen.push(i);
      throw new CertdeskError('not-found', 'gone');
    },
    'cert:list': async () => [],
  });
  const handlers = wrapHandlers(impls);
  const bad = await dispatch(handlers, 'cert:get', { id: 'a/b' });
  assert.equal(bad.ok, false);
  assert.deepEqual(calls, []);
  await dispatch(handlers, 'cert:get', { id: 'abc' });
  assert.deepEqual(seen, [{ id: 'abc' }]);
  calls.length = 0;
  // No argument at all counts as {} (Electron passes undefined for a missing argument).
  const none = await dispatch(handlers, 'cert:list', undefined);
  assert.equal(none.ok, true);
});

test('the real handlers: every contract channel has one, and app:state describes a fresh data folder', async () => {
  const events: AppEvent[] = [];
  const handlers = createHandlers({ engine, emit: (e) => events.push(e), face: 'browser' });
  assert.deepEqual(Object.keys(handlers).sort(), [...CHANNELS].sort());
  const r = await dispatch(handlers, 'app:state', {});
  assert.equal(r.ok, true);
  if (!r.ok) return;
  const v = r.value as {
    mode: string;
    accounts: unknown[];
    features: { routes: Record<string, boolean>; copyKey: boolean; chooseFolder: boolean };
  };
  assert.equal(v.mode, 'browser');
  assert.deepEqual(v.accounts, []);
  assert.equal(v.features.routes['http-01:builtin'], true);
  assert.equal(v.features.routes['dns-01:manual'], true);
  assert.equal(v.features.copyKey, false, 'no clipboard for the key in a browser');
  assert.equal(v.features.chooseFolder, false);
  const copy = await dispatch(handlers, 'export:copyKey', { id: 'abc' });
  assert.equal(copy.ok, false);
  if (!copy.ok) {
    assert.equal(copy.error.code, 'unsupported');
    assert.match(copy.error.message, /Save key file/);
  }
  const restore = await dispatch(handlers, 'data:restore', { path: '/tmp/x' });
  assert.equal(restore.ok, false);
  if (!restore.ok) assert.equal(restore.error.code, 'unsupported');
});

test('settings: the SMTP password is stored sealed and only "hasPassword" comes back', async () => {
  const events: AppEvent[] = [];
  const handlers = createHandlers({ engine, emit: (e) => events.push(e) });
  const r = await dispatch(handlers, 'settings:set', {
    email: {
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      user: 'me',
      password: 'hunter2-secret',
      from: 'certdesk@example.org',
      to: 'admin@example.org',
    },
    webhook: { url: 'https://hooks.example.org/x' },
  });
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.doesNotMatch(JSON.stringify(r), /hunter2/);
  if (r.ok) assert.equal((r.value as { email: { hasPassword: boolean } }).email.hasPassword, true);
  const raw = JSON.stringify(engine.store.read());
  assert.doesNotMatch(raw, /hunter2/, 'sealed at rest');
  assert.ok(events.some((e) => e.type === 'settings-changed'));
  const bad = await dispatch(handlers, 'settings:set', {
    webhook: { url: 'http://hooks.example.org/x' },
  });
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.error.message, /https:\/\//);
});

test('events are checked against the contract before they go out', () => {
  const out: AppEvent[] = [];
  const dropped: string[] = [];
  const emit = checkedEmitter(
    (e) => out.push(e),
    (w) => dropped.push(w),
  );
  emit({ type: 'cert-changed', id: 'a' });
  emit({ type: 'cert-changed' } as unknown as AppEvent);
  emit({ type: 'prompt', promptId: 'p', runId: null, message: `paste ${KEY}` });
  assert.deepEqual(out, [{ type: 'cert-changed', id: 'a' }]);
  assert.equal(dropped.length, 2);
});
