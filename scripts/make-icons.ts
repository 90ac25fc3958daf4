// Renders every icon Certdesk ships from assets/icon.svg, so the PNG/ICO files in assets/ are
// reproducible: `node scripts/make-icons.ts` (the generated files are committed; electron-builder
// makes the macOS .icns from assets/icon.png).
//
//   assets/icon.png                1024 px, the source for .icns and the window icon
//   assets/icons/NxN.png           16..512 for Linux desktop entries (electron-builder "linux.icon")
//   assets/icon.ico                16..256, Windows
//   assets/tray/tray-<state>.png / @2x.png               colour tray icons (Windows, Linux)
//   assets/tray/tray-<state>Template.png / @2x.png       macOS template images (black + alpha; the
//                                                        menu bar recolours them for light/dark)
// with <state> one of ok | due | attention (src-main/app/tray.ts picks the worst state).
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TRAY_STATES, trayIconFile, type TrayLevel } from '../src-main/app/tray-state.ts';

const root = path.resolve(import.meta.dirname, '..');
const assets = path.join(root, 'assets');
const source = readFileSync(path.join(assets, 'icon.svg'), 'utf8');

function render(svg: string, size: number): Buffer {
  return Buffer.from(
    new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng(),
  );
}

/** The inner drawing of icon.svg (defs and shapes), to re-use inside other canvases. */
function iconInner(): string {
  const open = source.indexOf('>', source.indexOf('<svg')) + 1;
  return source.slice(open, source.lastIndexOf('</svg>'));
}

/**
 * Small sizes crop the transparent margin of the 1024 tile (64 px each side): at 16 px that margin
 * is a whole pixel of nothing, and the padlock needs every pixel it can get.
 */
function appIconSvg(size: number): string {
  const vb = size <= 32 ? '56 56 912 912' : '0 0 1024 1024';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="${vb}">${iconInner()}</svg>`;
}

// --- tray icons: drawn on a 32-unit grid, rendered at 16 (1x) and 32 (2x) --------------------------

const PADLOCK = {
  shackle: 'M10.5 14 V10.5 A5.5 5.5 0 0 1 21.5 10.5 V14',
  body: '<rect x="6" y="13" width="20" height="15" rx="3.5"/>',
};
const BADGE = { cx: 24.5, cy: 24.5, r: 7 };

function badgeGlyph(state: TrayLevel, colour: string): string {
  const { cx, cy } = BADGE;
  if (state === 'due') {
    // A clock: renewal is coming up.
    return `<path d="M${cx} ${cy - 4} V${cy} L${cx + 3} ${cy + 2}" fill="none" stroke="${colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
  }
  // An exclamation mark: something needs the user.
  return `<rect x="${cx - 1.1}" y="${cy - 4.6}" width="2.2" height="5.6" rx="1" fill="${colour}"/><circle cx="${cx}" cy="${cy + 3.3}" r="1.3" fill="${colour}"/>`;
}

/** Colour tray icon: the teal padlock of the app icon, plus an amber or red badge. */
function trayColourSvg(state: TrayLevel): string {
  const { cx, cy, r } = BADGE;
  const hasBadge = state !== 'ok';
  const mask = hasBadge
    ? `<mask id="cut"><rect width="32" height="32" fill="#fff"/><circle cx="${cx}" cy="${cy}" r="${r + 1.6}" fill="#000"/></mask>`
    : '';
  const lock = `<g ${hasBadge ? 'mask="url(#cut)"' : ''}>
    <path d="${PADLOCK.shackle}" fill="none" stroke="#0b6b63" stroke-width="3.4"/>
    <path d="${PADLOCK.shackle}" fill="none" stroke="#17b3a3" stroke-width="2"/>
    <rect x="6" y="13" width="20" height="15" rx="3.5" fill="#12988b" stroke="#0b6b63" stroke-width="1.2"/>
    ${state === 'ok' ? '<path d="M11 20.5 L14.5 24 L21 17.5" fill="none" stroke="#ffffff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>' : '<rect x="14.5" y="17.5" width="3" height="6" rx="1.5" fill="#ffffff"/>'}
  </g>`;
  const fill = state === 'due' ? '#f59e0b' : '#dc2626';
  const badge = hasBadge
    ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>${badgeGlyph(state, '#ffffff')}`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><defs>${mask}</defs>${lock}${badge}</svg>`;
}

/** macOS template image: black shapes on transparency; meaning is carried by shape, not colour. */
function trayTemplateSvg(state: TrayLevel): string {
  const { cx, cy, r } = BADGE;
  const hasBadge = state !== 'ok';
  const cuts = [
    hasBadge ? `<circle cx="${cx}" cy="${cy}" r="${r + 1.6}" fill="#000"/>` : '',
    state === 'ok'
      ? '<path d="M11 20.5 L14.5 24 L21 17.5" fill="none" stroke="#000" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>'
      : '<rect x="14.5" y="17.5" width="3" height="6" rx="1.5" fill="#000"/>',
  ].join('');
  const badgeMask = hasBadge
    ? `<mask id="glyph"><rect width="32" height="32" fill="#fff"/>${badgeGlyph(state, '#000')}</mask>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
    <defs><mask id="cut"><rect width="32" height="32" fill="#fff"/>${cuts}</mask>${badgeMask}</defs>
    <g mask="url(#cut)" fill="#000"><path d="${PADLOCK.shackle}" fill="none" stroke="#000" stroke-width="3"/>${PADLOCK.body}</g>
    ${hasBadge ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#000" mask="url(#glyph)"/>` : ''}
  </svg>`;
}

async function main(): Promise<void> {
  mkdirSync(path.join(assets, 'icons'), { recursive: true });
  mkdirSync(path.join(assets, 'tray'), { recursive: true });
  writeFileSync(path.join(assets, 'icon.png'), render(appIconSvg(1024), 1024));
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    writeFileSync(
      path.join(assets, 'icons', `${size}x${size}.png`),
      render(appIconSvg(size), size),
    );
  }
  const icoSizes = [16, 24, 32, 48, 64, 128, 256];
  writeFileSync(
    path.join(assets, 'icon.ico'),
    await pngToIco(icoSizes.map((s) => render(appIconSvg(s), s))),
  );
  for (const state of TRAY_STATES) {
    for (const scale of [1, 2] as const) {
      const px = 16 * scale;
      writeFileSync(
        path.join(assets, 'tray', trayIconFile(state, false, scale)),
        render(trayColourSvg(state), px),
      );
      writeFileSync(
        path.join(assets, 'tray', trayIconFile(state, true, scale)),
        render(trayTemplateSvg(state), px),
      );
    }
  }
  console.log('icons written to assets/');
}

if (import.meta.main) await main();
