// How the desktop face opens its runtime (api/runtime.ts openRuntime): the renewal service runs in
// the main process with the window closed, notices go to the OS, the window hears of scheduler
// changes on the event channel. Electron-free (the folder picker and the clipboard are handed in),
// so test/unit/app/desktop.test.ts opens the very runtime main.ts does, with a real CA.
import { readFileSync } from 'node:fs';
import { openRuntime } from '../api/runtime.ts';
import type { EngineOptions } from '../engine/engine.ts';
import { desktopChannel } from '../engine/renewal/notifier.ts';
import type { RenewalServiceOptions } from '../engine/renewal/service.ts';
import type { TimerDeps } from '../engine/schedule/index.ts';
import type { DesktopContext, DesktopRuntime } from './desktop.ts';
import { fileRecordingTimer } from './recording-timer.ts';

/** The test stack's options an unpackaged app takes from the environment (test/e2e/faces.ts). */
export type TestCaOptions = Pick<
  EngineOptions,
  | 'caCertPem'
  | 'httpPort'
  | 'httpHost'
  | 'tlsPort'
  | 'dnsResolver'
  | 'siteCheckPort'
  | 'plainHttpDnsApiForTests'
  | 'cloudflareApiForTests'
>;

/**
 * `electron .` in a checkout, started by the e2e suite's Electron face, is pointed at the test
 * stack the way browser mode's e2e stack is (test/e2e/support.ts startStack), one variable per
 * option:
 *   CERTDESK_TEST_CA_CERT            a PEM file: the test CA's root (Pebble), trusted for the CA
 *   CERTDESK_TEST_HTTP_PORT          http-01's port (the CA's, instead of 80)
 *   CERTDESK_TEST_HTTP_HOST          the address the built-in http-01 and tls-alpn-01 listen on
 *   CERTDESK_TEST_TLS_PORT           tls-alpn-01's port (instead of 443)
 *   CERTDESK_TEST_DNS_RESOLVER       host:port of the test DNS (challtestsrv, BIND)
 *   CERTDESK_TEST_SITE_CHECK_PORT    where the live-site check connects (instead of 443)
 *   CERTDESK_TEST_PLAIN_HTTP_DNS_API 1: a DNS provider's API may be a plain-http stand-in
 *   CERTDESK_TEST_CLOUDFLARE_API     the Cloudflare API stand-in a route without one uses
 * A packaged app ignores them all: no environment may add a trusted root, move a listener or
 * redirect an API token of a user's app.
 */
export function testCaFromEnv(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): TestCaOptions {
  if (isPackaged) return {};
  const port = (v: string | undefined) => (v && /^\d+$/.test(v) ? { value: Number(v) } : null);
  const http = port(env.CERTDESK_TEST_HTTP_PORT);
  const tls = port(env.CERTDESK_TEST_TLS_PORT);
  const site = port(env.CERTDESK_TEST_SITE_CHECK_PORT);
  return {
    ...(env.CERTDESK_TEST_CA_CERT
      ? { caCertPem: readFileSync(env.CERTDESK_TEST_CA_CERT, 'utf8') }
      : {}),
    ...(http ? { httpPort: http.value } : {}),
    ...(env.CERTDESK_TEST_HTTP_HOST ? { httpHost: env.CERTDESK_TEST_HTTP_HOST } : {}),
    ...(tls ? { tlsPort: tls.value } : {}),
    ...(env.CERTDESK_TEST_DNS_RESOLVER ? { dnsResolver: env.CERTDESK_TEST_DNS_RESOLVER } : {}),
    ...(site ? { siteCheckPort: site.value } : {}),
    ...(env.CERTDESK_TEST_PLAIN_HTTP_DNS_API === '1' ? { plainHttpDnsApiForTests: true } : {}),
    ...(env.CERTDESK_TEST_CLOUDFLARE_API
      ? { cloudflareApiForTests: env.CERTDESK_TEST_CLOUDFLARE_API }
      : {}),
  };
}

/**
 * CERTDESK_TEST_TIMER_ROOT: Settings' "Keep renewing when I am signed out" (issue 19) installs
 * into the recording stand-in under that folder instead of this machine's systemd or cron, so an
 * e2e run never changes the contributor's own timers. Null (the real timer) when unset or packaged.
 */
export function testTimerFromEnv(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): TimerDeps | null {
  if (isPackaged || !env.CERTDESK_TEST_TIMER_ROOT) return null;
  return fileRecordingTimer(env.CERTDESK_TEST_TIMER_ROOT);
}

export type DesktopRuntimeOptions = {
  /** The system folder picker (dialog.showOpenDialog in main.ts); null when cancelled. */
  chooseFolder: (defaultPath: string | undefined) => Promise<string | null>;
  copyToClipboard: (text: string) => void;
  testCa?: TestCaOptions;
  /** Test seams of the scheduler (no start delay). */
  scheduler?: RenewalServiceOptions['scheduler'];
  /** The OS timer (issue 19): realTimer() in main.ts, a recording stand-in in tests. */
  timer: TimerDeps;
};

export function desktopRuntimeOpener(
  o: DesktopRuntimeOptions,
): (ctx: DesktopContext) => Promise<DesktopRuntime> {
  return async ({ dataDir, logger, emit, loginItem, notifier, confirmCommand, prefs }) => {
    const runtime = await openRuntime({
      dataDir,
      logger,
      app: 'Certdesk desktop',
      face: 'app',
      renewals: true,
      timer: o.timer,
      ...o.testCa,
      ...(o.scheduler ? { scheduler: o.scheduler } : {}),
      desktop: desktopChannel((d) => notifier.notify(d)),
      onEvent: emit,
      capabilities: {
        // A new or changed command is shown in a native dialog before it is stored (issue 20).
        confirmCommand,
        // Launch at login: off by default, offered by the UI after the first certificate (issue 7).
        getLaunchAtLogin: () => loginItem.get(),
        setLaunchAtLogin: (on: boolean) => loginItem.set(on),
        // The picker opens where the person last exported or backed up (desktop preferences).
        chooseFolder: async () => {
          const dir = await o.chooseFolder(prefs.get('lastExportFolder'));
          if (dir) prefs.set('lastExportFolder', dir);
          return dir;
        },
        // How a private key reaches a control panel's paste field without the page seeing it (R8).
        copyToClipboard: o.copyToClipboard,
      },
    });
    // The sender was checked in ipc-core.ts before a request reaches runtime.dispatch.
    return { engine: runtime.engine, dispatch: runtime.dispatch, scheduler: runtime.renewals! };
  };
}
