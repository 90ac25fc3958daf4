// The test stack's engine options, for both faces of faces.ts: browser mode's in-process runtime
// takes them as they are (support.ts startStack); the real Electron app is told them through the
// CERTDESK_TEST_* variables an unpackaged app reads (src-main/app/desktop-runtime.ts testCaFromEnv,
// testTimerFromEnv). An option with no variable is refused here rather than left out, so a flow
// cannot pass in browser mode on a setting the app never got (test/unit/app/test-env.test.ts).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineOptions } from '../../src-main/engine/engine.ts';
import { TIMER_CALLS_FILE, TIMER_FAIL_FILE } from '../../src-main/app/recording-timer.ts';

/** Engine options a flow may set over the stack's defaults (StackOptions.engine). */
export type StackEngineOptions = Partial<Omit<EngineOptions, 'dataDir' | 'prompter'>>;

/** The CA's root, ports and DNS of a running Pebble: what `certdesk ui --ca-cert …` would get. */
export type TestCa = {
  caCertPem: string;
  httpPort: number;
  tlsPort: number;
  /** challtestsrv's DNS port; null when the CA resolves through a DNS of the flow's (BIND). */
  dnsPort: number | null;
};

export function stackEngineOptions(ca: TestCa, extra: StackEngineOptions = {}): StackEngineOptions {
  return {
    caCertPem: ca.caCertPem,
    httpPort: ca.httpPort,
    tlsPort: ca.tlsPort,
    ...(ca.dnsPort === null ? {} : { dnsResolver: `127.0.0.1:${ca.dnsPort}` }),
    // The Cloudflare stand-in speaks plain http on loopback; only a test can allow that.
    plainHttpDnsApiForTests: true,
    ...extra,
  };
}

const NUMBER_VARS = {
  httpPort: 'CERTDESK_TEST_HTTP_PORT',
  tlsPort: 'CERTDESK_TEST_TLS_PORT',
  siteCheckPort: 'CERTDESK_TEST_SITE_CHECK_PORT',
} as const;
const STRING_VARS = {
  httpHost: 'CERTDESK_TEST_HTTP_HOST',
  dnsResolver: 'CERTDESK_TEST_DNS_RESOLVER',
  cloudflareApiForTests: 'CERTDESK_TEST_CLOUDFLARE_API',
} as const;
/** Options of the test's own view that the app has its own value for (its name in the log). */
const APP_OWN = new Set(['app']);

/**
 * The environment that gives the unpackaged app these options. caCertPath is the file holding
 * caCertPem (the app reads a file, as the CLI's --ca-cert does); timerRoot is where the app's OS
 * timer stand-in keeps its record (fileTimerView reads it).
 */
export function electronTestEnv(o: {
  engine: StackEngineOptions;
  caCertPath: string;
  timerRoot: string;
}): Record<string, string> {
  const env: Record<string, string> = { CERTDESK_TEST_TIMER_ROOT: o.timerRoot };
  for (const [key, value] of Object.entries(o.engine)) {
    if (value === undefined || APP_OWN.has(key)) continue;
    if (key === 'caCertPem') {
      if (value !== readFileSync(o.caCertPath, 'utf8'))
        throw new Error(`caCertPem is not the content of ${o.caCertPath}`);
      env.CERTDESK_TEST_CA_CERT = o.caCertPath;
    } else if (key === 'plainHttpDnsApiForTests') {
      if (value === true) env.CERTDESK_TEST_PLAIN_HTTP_DNS_API = '1';
    } else if (key in NUMBER_VARS) {
      env[NUMBER_VARS[key as keyof typeof NUMBER_VARS]] = String(value as number);
    } else if (key in STRING_VARS) {
      env[STRING_VARS[key as keyof typeof STRING_VARS]] = value as string;
    } else {
      throw new Error(
        `the Electron face cannot give the app the engine option ${key}: add a CERTDESK_TEST_* variable for it in src-main/app/desktop-runtime.ts`,
      );
    }
  }
  return env;
}

/** What a flow sees of the OS timer stand-in a face's runtime installs into (issue 19). */
export type TimerView = {
  readonly root: string;
  /** The commands the real system would have been asked to run, oldest first. */
  readonly calls: string[];
  /** Set: the next commands fail as the OS would say it (e.g. 'Access denied'); null: they work. */
  failWith: string | null;
};

/** The app's stand-in (src-main/app/recording-timer.ts fileRecordingTimer), seen from the test. */
export function fileTimerView(root: string): TimerView {
  const fail = path.join(root, TIMER_FAIL_FILE);
  let failWith: string | null = null;
  return {
    root,
    get calls() {
      try {
        return readFileSync(path.join(root, TIMER_CALLS_FILE), 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    get failWith() {
      return failWith;
    },
    set failWith(v: string | null) {
      failWith = v;
      if (v) writeFileSync(fail, v);
      else rmSync(fail, { force: true });
    },
  };
}
