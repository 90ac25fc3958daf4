// The dashboard with n certificates, rendered by the real renderer in Debian's Chromium through
// browser mode (the same page and bridge the app uses). Two figures:
//   switchMs: from clicking "Certificates" in the navigation (another screen showing) to the
//             dashboard painted with its first screenful of rows (more than the window shows): the
//             bridge request, React's render, Chromium's style, layout and paint.
//   allRowsMs: the same click to all n rows in the document (the rest are added between frames).
//   openMs:   from opening the page to all rows drawn (adds loading and starting the page).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openRuntime } from '../src-main/api/runtime.ts';
import { startWebServer } from '../src-main/web/server.ts';
import { writeBenchStore } from './scale.ts';
import { median } from './stats.ts';
import { timerStandIn } from '../test/helpers/timer-stand-in.ts';

const root = path.resolve(import.meta.dirname, '..');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export type DashboardResults = {
  switchMs: number;
  allRowsMs: number;
  openMs: number;
  runs: number;
};

/** Rows that fill a 1200x860 window several times over (the renderer draws 40 at once). */
const FIRST_SCREEN_ROWS = 40;

export async function dashboardRender(n: number, runs = 5): Promise<DashboardResults> {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dashboard-'));
  writeBenchStore(dir, n);
  const runtime = await openRuntime({ face: 'browser', dataDir: dir, timer: timerStandIn() });
  const server = await startWebServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    rendererDir: path.join(root, 'dist', 'renderer'),
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const rowsDrawn = (want: number) =>
    new Promise<void>((resolve) => {
      const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      const check = () => document.querySelectorAll('table.certs tbody tr').length >= want;
      if (check()) {
        done();
        return;
      }
      const mo = new MutationObserver(() => {
        if (check()) {
          mo.disconnect();
          done();
        }
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
  try {
    const open: number[] = [];
    const switched: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({
        locale: 'en-US',
        viewport: { width: 1200, height: 860 },
      });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(server.url);
      await page.evaluate(rowsDrawn, n);
      const openMs = performance.now() - t0;
      const nav = page.getByRole('navigation');
      await nav.getByRole('button', { name: 'Settings' }).click();
      await page.locator('h1', { hasText: 'Settings' }).waitFor();
      const [switchMs, allMs] = await page.evaluate(
        async ({ first, want }) => {
          const btn = [...document.querySelectorAll('nav button')].find(
            (b) => b.textContent === 'Certificates',
          ) as HTMLButtonElement;
          const start = performance.now();
          const drawn = (count: number) =>
            new Promise<number>((resolve) => {
              const check = () => document.querySelectorAll('table.certs tbody tr').length >= count;
              const mo = new MutationObserver(() => {
                if (check()) {
                  mo.disconnect();
                  requestAnimationFrame(() =>
                    requestAnimationFrame(() => resolve(performance.now() - start)),
                  );
                }
              });
              mo.observe(document.body, { childList: true, subtree: true });
            });
          const a = drawn(first);
          const b = drawn(want);
          btn.click();
          return [await a, await b];
        },
        { first: Math.min(FIRST_SCREEN_ROWS, n), want: n },
      );
      if (i > 0) {
        open.push(openMs);
        switched.push(switchMs);
        all.push(allMs);
      } // the first run warms Chromium's caches
      await context.close();
    }
    return { switchMs: median(switched), allRowsMs: median(all), openMs: median(open), runs };
  } finally {
    await browser.close();
    await server.close();
  }
}
