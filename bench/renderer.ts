// Renderer figures: gzipped JavaScript of the first screen, and the dashboard with 1,000
// certificates rendered in Debian's Chromium through browser mode.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type RendererResults = {
  firstScreenGzipKb: number;
  firstScreenRawKb: number;
  dashboard1000Ms: number | null;
  dashboardOpenMs: number | null;
  dashboardAllRowsMs: number | null;
  dashboardNote: string;
};

export async function renderer(): Promise<RendererResults> {
  const dir = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(dir, 'app.js')))
    throw new Error('no renderer build (dist/renderer/app.js)');
  const js = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(dir, f)));
  const all = Buffer.concat(js);
  let dashboard1000Ms: number | null = null;
  let dashboardOpenMs: number | null = null;
  let dashboardAllRowsMs: number | null = null;
  let dashboardNote = 'browser-mode dashboard benchmark not available yet';
  const dash = path.join(import.meta.dirname, 'dashboard.ts');
  if (existsSync(dash)) {
    const mod = (await import(dash)) as typeof import('./dashboard.ts');
    const r = await mod.dashboardRender(1000);
    dashboard1000Ms = r.switchMs;
    dashboardOpenMs = r.openMs;
    dashboardAllRowsMs = r.allRowsMs;
    dashboardNote = '';
  }
  return {
    firstScreenGzipKb: gzipSync(all).length / 1024,
    firstScreenRawKb: all.length / 1024,
    dashboard1000Ms,
    dashboardOpenMs,
    dashboardAllRowsMs,
    dashboardNote,
  };
}
