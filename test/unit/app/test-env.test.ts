// Issue 23: the e2e suite's Electron face points the unpackaged app at the test stack through
// CERTDESK_TEST_* variables. Here the face's own producer of those variables (test/e2e/
// stack-options.ts electronTestEnv) feeds the app's reader (src-main/app/desktop-runtime.ts
// testCaFromEnv, testTimerFromEnv) and the very runtime main.ts opens, so a variable renamed on
// one side, or read and then dropped, fails here. A packaged app must ignore them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  desktopRuntimeOpener,
  testCaFromEnv,
  testTimerFromEnv,
  type TestCaOptions,
} from '../../../src-main/app/desktop-runtime.ts';
import { memoryPrefs } from '../../../src-main/app/desktop-prefs.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import type { TimerDeps } from '../../../src-main/engine/schedule/index.ts';
import {
  electronTestEnv,
  fileTimerView,
  stackEngineOptions,
} from '../../../test/e2e/stack-options.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

/** A test stack as routes-dns.test.ts asks for it, with every option an e2e flow may set. */
function stack() {
  const caCertPath = path.join(tmp('testca'), 'ca.pem');
  writeFileSync(caCertPath, PEM);
  const engine = stackEngineOptions(
    { caCertPem: PEM, httpPort: 5002, tlsPort: 5001, dnsPort: 8053 },
    {
      httpHost: '127.0.0.1',
      dnsResolver: '127.0.0.1:5353',
      siteCheckPort: 8443,
      cloudflareApiForTests: 'http://127.0.0.1:4321/client/v4',
    },
  );
  return { caCertPath, engine };
}

/** The runtime the desktop app opens (main.ts), with these test options and timer. */
async function openDesktopRuntime(testCa: TestCaOptions, timer: TimerDeps) {
  const open = desktopRuntimeOpener({
    chooseFolder: async () => null,
    copyToClipboard: () => {},
    testCa,
    timer,
  });
  return open({
    dataDir: tmp('desktop-env'),
    logger: silentLogger,
    emit: () => {},
    loginItem: { get: () => false, set: () => {}, startedAtLogin: () => false },
    notifier: { notify: () => {} },
    confirmCommand: async () => false,
    prefs: memoryPrefs(),
  });
}

test('each variable the Electron face sets reaches the options of the runtime the app opens', async () => {
  const { caCertPath, engine } = stack();
  const env = electronTestEnv({ engine, caCertPath, timerRoot: tmp('timer') });
  const want: TestCaOptions = {
    caCertPem: PEM,
    httpPort: 5002,
    httpHost: '127.0.0.1',
    tlsPort: 5001,
    dnsResolver: '127.0.0.1:5353',
    siteCheckPort: 8443,
    plainHttpDnsApiForTests: true,
    cloudflareApiForTests: 'http://127.0.0.1:4321/client/v4',
  };
  assert.deepEqual(engine, want, 'the options both faces get');
  const testCa = testCaFromEnv(env, false);
  assert.deepEqual(testCa, want);
  const runtime = await openDesktopRuntime(testCa, timerStandIn());
  try {
    for (const [key, value] of Object.entries(want))
      assert.deepEqual(runtime.engine.opts[key as keyof TestCaOptions], value, key);
  } finally {
    await runtime.scheduler.stop();
  }
});

test('each variable by its name, alone', () => {
  const { caCertPath } = stack();
  const one: [string, string, Partial<TestCaOptions>][] = [
    ['CERTDESK_TEST_CA_CERT', caCertPath, { caCertPem: PEM }],
    ['CERTDESK_TEST_HTTP_PORT', '5002', { httpPort: 5002 }],
    ['CERTDESK_TEST_HTTP_HOST', '127.0.0.1', { httpHost: '127.0.0.1' }],
    ['CERTDESK_TEST_TLS_PORT', '5001', { tlsPort: 5001 }],
    ['CERTDESK_TEST_DNS_RESOLVER', '127.0.0.1:8053', { dnsResolver: '127.0.0.1:8053' }],
    ['CERTDESK_TEST_SITE_CHECK_PORT', '8443', { siteCheckPort: 8443 }],
    ['CERTDESK_TEST_PLAIN_HTTP_DNS_API', '1', { plainHttpDnsApiForTests: true }],
    [
      'CERTDESK_TEST_CLOUDFLARE_API',
      'http://127.0.0.1:1/v4',
      { cloudflareApiForTests: 'http://127.0.0.1:1/v4' },
    ],
  ];
  for (const [name, value, want] of one) {
    assert.deepEqual(testCaFromEnv({ [name]: value }, false), want, name);
    // Packaged: no environment may add a trusted root, move a listener or redirect a token.
    assert.deepEqual(testCaFromEnv({ [name]: value }, true), {}, `${name} when packaged`);
  }
  // Not a port, or not "1": ignored rather than half-read.
  assert.deepEqual(
    testCaFromEnv(
      { CERTDESK_TEST_SITE_CHECK_PORT: '443x', CERTDESK_TEST_PLAIN_HTTP_DNS_API: 'yes' },
      false,
    ),
    {},
  );
});

test('an engine option the face has no variable for is refused, not silently left out', () => {
  const { caCertPath } = stack();
  assert.throws(
    () =>
      electronTestEnv({
        engine: { caTimeoutMs: 1000 },
        caCertPath,
        timerRoot: tmp('timer'),
      }),
    /cannot give the app the engine option caTimeoutMs/,
  );
  assert.throws(
    () => electronTestEnv({ engine: { caCertPem: 'other' }, caCertPath, timerRoot: tmp('t') }),
    /not the content of/,
  );
});

test("CERTDESK_TEST_TIMER_ROOT: Settings' timer goes to the stand-in the test reads, never this machine's", async () => {
  const root = tmp('timer');
  const { caCertPath, engine } = stack();
  const env = electronTestEnv({ engine, caCertPath, timerRoot: root });
  assert.equal(testTimerFromEnv(env, true), null, 'a packaged app keeps the real timer');
  assert.equal(testTimerFromEnv({}, false), null, 'unset: the real timer');
  const timer = testTimerFromEnv(env, false);
  assert.ok(timer);
  const view = fileTimerView(root);
  const runtime = await openDesktopRuntime(testCaFromEnv(env, false), timer);
  try {
    const on = await runtime.dispatch('unattended:set', { enabled: true });
    assert.ok(on.ok, JSON.stringify(on));
    assert.ok(
      view.calls.includes('systemctl --user enable --now certdesk-renew.timer'),
      String(view.calls),
    );
    assert.ok(existsSync(path.join(root, 'home/.config/systemd/user/certdesk-renew.timer')));
    const off = await runtime.dispatch('unattended:set', { enabled: false });
    assert.ok(off.ok, JSON.stringify(off));
    // The refusal the test sets in its process is the OS's answer in the app's.
    view.failWith = 'Access denied';
    const refused = await runtime.dispatch('unattended:set', { enabled: true });
    assert.equal(!refused.ok && refused.error.code, 'permission-denied', JSON.stringify(refused));
    view.failWith = null;
    const again = await runtime.dispatch('unattended:set', { enabled: true });
    assert.ok(again.ok, JSON.stringify(again));
  } finally {
    await runtime.scheduler.stop();
  }
});
