// What the end-to-end tests share: a real Pebble, the real engine and the browser-mode server
// in-process, Debian's Chromium through playwright-core, axe-core on every screen, and screenshots
// (only with CERTDESK_SCREENSHOTS=1, so CI runs leave the tree clean).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { startPebble, type Pebble, type PebbleOptions } from '../helpers/pebble.ts';
import { timerStandIn, type TimerStandIn } from '../helpers/timer-stand-in.ts';
import type { Engine } from '../../src-main/engine/engine.ts';
import { stackEngineOptions, type StackEngineOptions } from './stack-options.ts';
import { openRuntime } from '../../src-main/api/runtime.ts';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const SHOTS = path.join(ROOT, 'docs/screenshots');
export const SCREENSHOTS = process.env.CERTDESK_SCREENSHOTS === '1';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function rendererBuilt(): boolean {
  return (
    existsSync(path.join(RENDERER_DIR, 'index.html')) &&
    existsSync(path.join(RENDERER_DIR, 'app.js'))
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export type Stack = {
  pebble: Pebble;
  engine: Engine;
  server: WebServer;
  dataDir: string;
  /** The OS timer Settings installs into: a recording stand-in, never this machine's (issue 19). */
  timer: TimerStandIn;
  stop(): Promise<void>;
};

/** Pebble + engine + browser-mode server, wired like `certdesk ui --ca-cert ... --http-port ... --dns-resolver ...`. */
export type StackOptions = {
  pebble?: PebbleOptions;
  /** Engine options over the defaults, e.g. another DNS resolver (a BIND the CA resolves through). */
  engine?: StackEngineOptions;
  /** Open this data folder (the face's to remove at stop) instead of a new empty one. */
  dataDir?: string;
};

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const pebble = await startPebble(opts.pebble);
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'certdesk-e2e-'));
  // Wired like `certdesk ui` (api/runtime.ts), without the scheduler: the tests renew by hand. Its
  // notifier lets Settings send test messages (e-mail, webhook).
  const timer = timerStandIn();
  const runtime = await openRuntime({
    face: 'browser',
    timer,
    dataDir,
    app: 'Certdesk e2e',
    // The same options the Electron face gives the app (stack-options.ts).
    ...stackEngineOptions(pebble, opts.engine),
  });
  const { engine } = runtime;
  const server = await startWebServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    rendererDir: RENDERER_DIR,
  });
  return {
    pebble,
    engine,
    server,
    dataDir,
    timer,
    stop: async () => {
      await server.close().catch(() => {});
      await pebble.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(timer.root, { recursive: true, force: true });
    },
  };
}

export async function newPage(
  browser: Browser,
  opts: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1200, height: 860 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  // A CSP violation or an uncaught error is a bug worth failing on.
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** axe-core on the current screen: no serious or critical violation (issue 7). */
export async function checkA11y(page: Page, screen: string): Promise<void> {
  // The page's CSP (script-src 'self') rightly refuses an injected <script> (addScriptTag), so axe
  // is evaluated through the DevTools protocol instead, which a page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          o: unknown,
        ): Promise<{
          violations: {
            id: string;
            impact: string;
            help: string;
            nodes: { target: string[]; failureSummary: string }[];
          }[];
        }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `axe on ${screen}:\n${JSON.stringify(bad, null, 2)}`);
}

export async function shot(page: Page, name: string, within?: Locator): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // Let transitions and live regions settle; the caret would blink into the image.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  // One part of a long page (a form, a list) for the user guide, rather than the whole page.
  if (within) {
    await within.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
    return;
  }
  // The whole page, but no empty window below a short screen: cut just under the content.
  const { width, height } = await page.evaluate(() => {
    const main = document.querySelector('main');
    const bottom = Math.ceil((main?.getBoundingClientRect().bottom ?? 0) + window.scrollY);
    return { width: document.documentElement.clientWidth, height: Math.max(bottom, 320) };
  });
  await page.screenshot({
    path: path.join(SHOTS, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
    animations: 'disabled',
  });
}

/** The renderer's own translations and plural rules (test/helpers/renderer-i18n.ts). */
export { translator } from '../helpers/renderer-i18n.ts';

/** A string as a RegExp that matches it literally. */
export const literal = (s: string, flags = ''): RegExp =>
  new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);

/** Resolves when the server has logged the page in with its token and drawn the first screen. */
export async function openApp(page: Page, server: WebServer): Promise<void> {
  await page.goto(server.url);
  await page.locator('h1').first().waitFor();
  assert.ok(!page.url().includes('token='), 'the token is taken out of the address bar');
}
