// Issue 20, part 1, browser face and CLI: holding the browser-mode token must not mean a silent
// shell. The review's attack, rebuilt over real HTTP with the right token: export:run with
// postCommand "id > FILE" and remember, then renew; and the exec DNS hook through cert:issue,
// cert:trial and cert:setRoute. Each is refused with "Set commands from the desktop app or the
// CLI" and changes nothing. The same command the CLI stored is not "new": saving the route again
// from the browser works. The gate fails closed for a face that cannot ask (no confirmCommand).
import { openRuntime } from '../../../src-main/api/runtime.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { startWebServer, type WebServer } from '../../../src-main/web/server.ts';
import { TOKEN_HEADER } from '../../../src-main/web/guard.ts';
import { createHandlerSet, dispatch } from '../../../src-main/api/index.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const TOKEN = 'test-token-command-refusal-0123456789abcdef';
const SENTENCE = /^Set commands from the desktop app or the CLI\./;
let server: WebServer;
let engine: Engine;
const pwned = path.join(os.tmpdir(), `certdesk-bridge-pwned-${process.pid}`);

const cert = (id: string, command: string): StoredCertificate => ({
  id,
  names: [`${id}.example.test`],
  accountId: 'acct',
  keyType: 'ec256',
  challenge: { type: 'dns-01', dnsMode: 'exec', command },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
});

before(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-web-r-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Certdesk</title>');
  const runtime = await openRuntime({
    face: 'browser',
    timer: timerStandIn(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-web-d-')),
  });
  engine = runtime.engine;
  // What the CLI set directly (the engine, no gate): a certificate with its DNS hook.
  await engine.store.update((d) => {
    d.certificates.c1 = cert('c1', '/usr/local/bin/dns-hook');
  });
  server = await startWebServer({ runtime, port: 0, host: '127.0.0.1', token: TOKEN, rendererDir });
});
after(async () => {
  await server?.close();
});

async function post(channel: string, input: unknown) {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(input),
  });
  assert.equal(res.status, 200);
  return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
}

const exec = (command: string) => ({ type: 'dns-01' as const, dnsMode: 'exec' as const, command });

test('export:run with remember and postCommand "id > FILE", then renew: refused, nothing runs', async () => {
  const r = await post('export:run', {
    id: 'c1',
    dir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-bridge-export-')),
    remember: true,
    postCommand: `id > ${pwned}`,
  });
  assert.equal(r.ok, false);
  assert.equal(r.error?.code, 'permission-denied');
  assert.match(r.error!.message, SENTENCE);
  assert.deepEqual(engine.getStored('c1').exports, [], 'nothing remembered');
  await post('cert:renew', { id: 'c1' });
  assert.equal(existsSync(pwned), false, 'the command never ran');
});

test('the exec DNS hook through cert:issue, cert:trial and cert:setRoute: refused', async () => {
  for (const [channel, input] of [
    [
      'cert:issue',
      { runId: 'run-bridge-1', names: ['x.example.test'], challenge: exec(`id > ${pwned}`) },
    ],
    [
      'cert:trial',
      { runId: 'run-bridge-2', names: ['x.example.test'], challenge: exec(`id > ${pwned}`) },
    ],
    ['cert:setRoute', { id: 'c1', challenge: exec(`id > ${pwned}`) }],
  ] as const) {
    const r = await post(channel, input);
    assert.equal(r.error?.code, 'permission-denied', channel);
    assert.match(r.error!.message, SENTENCE, channel);
  }
  const stored = engine.getStored('c1').challenge;
  assert.equal(
    stored.type === 'dns-01' && stored.dnsMode === 'exec' && stored.command,
    '/usr/local/bin/dns-hook',
  );
  assert.equal(engine.listCertificates().length, 1);
});

test('the command the CLI stored is not new: the browser may save the route with it unchanged', async () => {
  const r = await post('cert:setRoute', {
    id: 'c1',
    challenge: { ...exec('/usr/local/bin/dns-hook'), timeout: 90 },
  });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  const stored = engine.getStored('c1').challenge;
  assert.equal(stored.type === 'dns-01' && stored.dnsMode === 'exec' && stored.timeout, 90);
});

test('a face that cannot ask (no confirmCommand) refuses like browser mode', async () => {
  const set = createHandlerSet({ engine, emit: () => {}, face: 'app' });
  const r = await dispatch(set.handlers, 'cert:setRoute', { id: 'c1', challenge: exec('true') });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error.message : '', SENTENCE);
  // The CLI sets commands directly: it calls the engine, which has no gate.
  await engine.setRoute('c1', exec('/opt/other-hook'));
  const stored = engine.getStored('c1').challenge;
  assert.equal(
    stored.type === 'dns-01' && stored.dnsMode === 'exec' && stored.command,
    '/opt/other-hook',
  );
});
