// One e2e suite, two faces (issue 23). A flow takes a Face and runs the same steps against:
// - browser mode: the browser-mode server in-process, Debian's Chromium through playwright-core;
// - the real Electron app: `electron .` on this checkout through playwright-core's Electron
//   support (_electron.launch), on a temporary data folder, pointed at the same local test CA
//   (Pebble) with the CERTDESK_TEST_* variables an unpackaged app reads (desktop-runtime.ts).
// Where the Electron binary is missing (this project's machines cannot download it) or there is no
// display, the Electron face's tests are reported as SKIPPED with the reason, never as passed.
// CERTDESK_E2E_FACES=browser (or electron) runs one face only.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import tls from 'node:tls';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { after, before, describe } from 'node:test';
import {
  launchBrowser,
  newPage,
  openApp,
  rendererBuilt,
  ROOT,
  shot,
  startStack,
  type StackOptions,
} from './support.ts';
import {
  electronTestEnv,
  fileTimerView,
  stackEngineOptions,
  type TimerView,
} from './stack-options.ts';

export type FaceName = 'browser' | 'electron';

/** What a flow sees of a running face: the page, the CA, the data folder and an engine on it. */
export type FaceRun = {
  page: Page;
  errors: string[];
  pebble: Pebble;
  engine: Engine;
  dataDir: string;
  /** The OS timer stand-in Settings installs into (issue 19), never this machine's own. */
  timer: TimerView;
  /** The real Electron app (Electron face only): for main-process checks through evaluate. */
  electron?: ElectronApplication;
  /** Opens the app's first screen. */
  open(): Promise<void>;
  stop(): Promise<void>;
};

export type Face = {
  name: FaceName;
  /** Why this face cannot run on this machine, or false. */
  skip: string | false;
  start(o: {
    locale: string;
    stack?: StackOptions;
    /**
     * CA certificates (PEM) the app trusts as if the OS did: the local test servers' own CAs (an
     * FTPS server, the cPanel stand-in), as a real host's certificate from a public CA is trusted.
     */
    trust?: string[];
  }): Promise<FaceRun>;
};

export const browserFace: Face = {
  name: 'browser',
  skip: false,
  async start(o) {
    // Browser mode's engine runs in this process: its default CA list is widened until stop().
    const trusted = o.trust?.length ? tls.getCACertificates('default') : null;
    if (trusted) tls.setDefaultCACertificates([...trusted, ...o.trust!]);
    const stack = await startStack(o.stack);
    const browser = await launchBrowser();
    const { page, errors } = await newPage(browser, { locale: o.locale });
    return {
      page,
      errors,
      pebble: stack.pebble,
      engine: stack.engine,
      dataDir: stack.dataDir,
      timer: stack.timer,
      open: () => openApp(page, stack.server),
      stop: async () => {
        await browser.close().catch(() => {});
        await stack.stop();
        if (trusted) tls.setDefaultCACertificates(trusted);
      },
    };
  },
};

/**
 * The Electron binary of node_modules/electron, or why there is none. Found as electron's
 * index.js finds it (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without requiring index.js,
 * which would try to download the binary.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!name && !override)
    return {
      missing:
        'the Electron binary is not installed (node_modules/electron has no path.txt or dist/: its download cannot be made on this machine)',
    };
  const exe = path.join(override ?? path.join(dir, 'dist'), name || 'electron');
  return existsSync(exe) ? { path: exe } : { missing: `the Electron binary ${exe} does not exist` };
}

function electronSkip(): string | false {
  const bin = electronBinary();
  if ('missing' in bin) return bin.missing;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'no display for the Electron window: run under xvfb-run';
  if (!existsSync(path.join(ROOT, 'dist/main/app.cjs')))
    return 'the app is not built: run node scripts/build.ts first';
  return false;
}

export const electronFace: Face = {
  name: 'electron',
  skip: electronSkip(),
  async start(o) {
    const pebble = await startPebble(o.stack?.pebble);
    const dataDir =
      o.stack?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-electron-'));
    const timerRoot = mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-timer-'));
    const extraCa = path.join(dataDir, '..', `${path.basename(dataDir)}-trust.pem`);
    if (o.trust?.length) writeFileSync(extraCa, o.trust.join('\n'));
    const bin = electronBinary();
    if ('missing' in bin) throw new Error(bin.missing);
    // The options browser mode's runtime gets, given to the app as CERTDESK_TEST_* variables.
    const engineOptions = stackEngineOptions(pebble, o.stack?.engine);
    const electron = await _electron.launch({
      executablePath: bin.path,
      // --lang: the locale Chromium reports to the page (navigator.language), as the OS would.
      args: [ROOT, `--lang=${o.locale}`],
      cwd: ROOT,
      env: {
        ...(process.env as Record<string, string>),
        CERTDESK_DATA_DIR: dataDir,
        CERTDESK_KEYCHAIN: 'off',
        ...electronTestEnv({ engine: engineOptions, caCertPath: pebble.caCertPath, timerRoot }),
        ...(o.trust?.length ? { NODE_EXTRA_CA_CERTS: extraCa } : {}),
      },
    });
    const page = await electron.firstWindow();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    // The app has opened its data folder once its first screen is up.
    await page.locator('h1').first().waitFor();
    // The test's own view of the data folder, as the CLI has it beside the running app.
    const engine = await Engine.open({ dataDir, app: 'Certdesk e2e', ...engineOptions });
    return {
      page,
      errors,
      pebble,
      engine,
      dataDir,
      timer: fileTimerView(timerRoot),
      electron,
      // Loaded afresh, as browser mode's open() does: what the test wrote with its own engine
      // (an account, a certificate) is on the first screen.
      open: async () => {
        await page.reload();
        await page.locator('h1').first().waitFor();
      },
      stop: async () => {
        await electron.close().catch(() => {});
        await pebble.stop().catch(() => {});
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(timerRoot, { recursive: true, force: true });
        rmSync(extraCa, { force: true });
      },
    };
  },
};

/**
 * A face started with an account already made through the engine (the first run is flow.ts's):
 * at the stack's Pebble, or at the directory `directory` gives (e.g. a ca-proxy in front of it).
 */
export async function startWithAccount(
  face: Face,
  o: {
    locale: string;
    email: string;
    stack?: StackOptions;
    directory?: (run: FaceRun) => string | Promise<string>;
    trust?: string[];
  },
): Promise<FaceRun> {
  const run = await face.start({
    locale: o.locale,
    ...(o.stack ? { stack: o.stack } : {}),
    ...(o.trust ? { trust: o.trust } : {}),
  });
  try {
    await run.engine.createAccount({
      directoryUrl: o.directory ? await o.directory(run) : run.pebble.directoryUrl,
      email: o.email,
      agreeTos: true,
    });
  } catch (e) {
    await run.stop();
    throw e;
  }
  return run;
}

export type FaceSuite = {
  face: Face;
  /** Why this face's tests are skipped here (renderer not built, no Electron binary), or false. */
  skip: string | false;
  /** The running face, once `before` has started it. */
  run(): FaceRun;
  /** A screenshot for the user guide: browser mode only (one picture per screen). */
  snap(name: string): Promise<void>;
};

/** One describe per face of faces(); `skip` says why its tests cannot run here, or is false. */
export function forEachFace(body: (face: Face, skip: string | false) => void): void {
  const notBuilt = rendererBuilt()
    ? false
    : 'the renderer is not built: run node scripts/build.ts first';
  for (const face of faces()) describe(face.name, () => body(face, notBuilt || face.skip));
}

/**
 * forEachFace with the face started (and an account made) before its tests and stopped after
 * them; `body` registers the tests (and any more hooks) of one face.
 */
export function describeFaces(
  o: Parameters<typeof startWithAccount>[1],
  body: (suite: FaceSuite) => void,
): void {
  forEachFace((face, skip) => {
    let run: FaceRun | undefined;
    before(async () => {
      if (!skip) run = await startWithAccount(face, o);
    });
    after(async () => {
      await run?.stop();
    });
    body({
      face,
      skip,
      run: () => run!,
      snap: async (name) => {
        if (face.name === 'browser' && run) await shot(run.page, name);
      },
    });
  });
}

/**
 * Electron face: the app's native message boxes (dialog.showMessageBox in the main process) answer
 * `response` at once, as a click would; the returned function lists what they showed.
 */
export async function answerMessageBoxes(
  app: ElectronApplication,
  response: number,
): Promise<() => Promise<{ message: string; detail: string }[]>> {
  type Box = { message: string; detail: string };
  await app.evaluate(({ dialog }, answer) => {
    const shown: Box[] = [];
    (globalThis as { __certdeskBoxes?: Box[] }).__certdeskBoxes = shown;
    dialog.showMessageBox = ((...args: unknown[]) => {
      shown.push(args[args.length - 1] as Box);
      return Promise.resolve({ response: answer, checkboxChecked: false });
    }) as typeof dialog.showMessageBox;
  }, response);
  return () =>
    app.evaluate(() => (globalThis as { __certdeskBoxes?: Box[] }).__certdeskBoxes ?? []);
}

/** The faces to run: both, or the one CERTDESK_E2E_FACES names. */
export function faces(): Face[] {
  const only = process.env.CERTDESK_E2E_FACES;
  const all = [browserFace, electronFace];
  return only ? all.filter((f) => only.split(',').includes(f.name)) : all;
}
