// What the tray shows, as a pure function of the certificate list: the worst state wins, so a
// glance at the menu bar tells whether anything needs the user (issue 7, R19). No electron here:
// scripts/make-icons.ts imports the icon names too.
import type { CertificateSummary } from '../shared/types.ts';
import { DAY_MS } from '../shared/durations.ts';

export const TRAY_STATES = ['ok', 'due', 'attention'] as const;
export type TrayLevel = (typeof TRAY_STATES)[number];

/** A renewal this close counts as "coming up", so the tray hints before the scheduler acts. */
export const DUE_SOON_MS = 3 * DAY_MS;

export type TrayState = {
  level: TrayLevel;
  tooltip: string;
  counts: { total: number; ok: number; due: number; attention: number };
  /** Certificates that put the tray in its level (the worst ones), for "click opens it". */
  worstIds: string[];
};

const RANK: Record<TrayLevel, number> = { ok: 0, due: 1, attention: 2 };

export function certificateLevel(
  c: Pick<CertificateSummary, 'status' | 'nextRenewalAt'>,
  now: number,
): TrayLevel {
  switch (c.status) {
    case 'needs-attention':
    case 'expired':
      return 'attention';
    case 'renewing':
    case 'retry-wait':
      return 'due';
    case 'valid': {
      const at = c.nextRenewalAt === null ? NaN : Date.parse(c.nextRenewalAt);
      return Number.isFinite(at) && at - now <= DUE_SOON_MS ? 'due' : 'ok';
    }
    default: {
      // Exhaustive (DESIGN.md convention 4): a new status must be placed here on purpose.
      const never: never = c.status;
      return never;
    }
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function trayState(
  certs: readonly Pick<CertificateSummary, 'id' | 'status' | 'nextRenewalAt'>[],
  now: number,
  paused = false,
): TrayState {
  const counts = { total: certs.length, ok: 0, due: 0, attention: 0 };
  let level: TrayLevel = 'ok';
  const byLevel: Record<TrayLevel, string[]> = { ok: [], due: [], attention: [] };
  for (const c of certs) {
    const l = certificateLevel(c, now);
    counts[l] += 1;
    byLevel[l].push(c.id);
    if (RANK[l] > RANK[level]) level = l;
  }
  let text: string;
  if (counts.total === 0) text = 'no certificates yet';
  else if (level === 'attention')
    text = `${plural(counts.attention, 'certificate needs', 'certificates need')} attention`;
  else if (level === 'due') text = `${plural(counts.due, 'renewal', 'renewals')} coming up`;
  else
    text =
      counts.total === 1 ? 'your certificate is fine' : `all ${counts.total} certificates are fine`;
  // Windows cuts tray tooltips at 127 characters; these stay far below.
  const tooltip = `Certdesk: ${text}${paused ? ' (renewals paused)' : ''}`;
  return { level, tooltip, counts, worstIds: byLevel[level] };
}

/**
 * File name of a tray icon in assets/tray/. macOS gets template images (black + alpha, named
 * "...Template" so nativeImage marks them) that the menu bar recolours for light and dark mode.
 */
export function trayIconFile(level: TrayLevel, template: boolean, scale: 1 | 2 = 1): string {
  return `tray-${level}${template ? 'Template' : ''}${scale === 2 ? '@2x' : ''}.png`;
}
