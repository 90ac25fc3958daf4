// What the tray shows, as a pure function of the certificate list: the worst state wins, so a
// glance at the menu bar tells whether anything needs the user (issue 7, R19). No electron here:
// scripts/make-icons.ts imports the icon names too.
import type { CertificateSummary } from '../shared/types.ts';
import { DAY_MS } from '../shared/durations.ts';
import { mainT } from '../shared/main-i18n.ts';

export const TRAY_STATES = ['ok', 'due', 'attention'] as const;
export type TrayLevel = (typeof TRAY_STATES)[number];

/** A renewal this close counts as "coming up", so the tray hints before the scheduler acts. */
export const DUE_SOON_MS = 3 * DAY_MS;

export type TrayState = {
  level: TrayLevel;
  tooltip: string;
  /** The tooltip without "Certdesk:" and the pause note: the first line of the menu. */
  status: string;
  /** Whether the tooltip already says renewals are paused. */
  paused: boolean;
  /** The language tooltip and status are in. */
  lang: string;
  counts: { total: number; ok: number; due: number; attention: number };
  /** Certificates waiting for the person at a place updated by hand (issue 17). */
  waiting: number;
  /** "N certificates wait for you" when any do (tray.waiting_*), else null: a menu line of its own. */
  waitingLine: string | null;
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

export function trayState(
  certs: readonly Pick<CertificateSummary, 'id' | 'status' | 'nextRenewalAt'>[],
  now: number,
  paused = false,
  lang = 'en',
  /** Issue 22: certificate folders nothing renews, or a missing master key (never silent). */
  dataProblems = 0,
  /**
   * Issue 17: certificates that wait for the person (engine/deploy/reminders.ts). Waiting needs
   * them soon ('due'); urgent (the served certificate has under a tenth of its life left) now.
   */
  waiting: readonly { certId: string; urgent: boolean }[] = [],
): TrayState {
  const t = mainT(lang);
  const counts = { total: certs.length, ok: 0, due: 0, attention: 0 };
  let level: TrayLevel = 'ok';
  const byLevel: Record<TrayLevel, string[]> = { ok: [], due: [], attention: [] };
  for (const c of certs) {
    const l = certificateLevel(c, now);
    counts[l] += 1;
    byLevel[l].push(c.id);
    if (RANK[l] > RANK[level]) level = l;
  }
  const waitLevel: TrayLevel = waiting.some((w) => w.urgent) ? 'attention' : 'due';
  if (waiting.length > 0 && RANK[waitLevel] > RANK[level]) level = waitLevel;
  const waitingLine = waiting.length > 0 ? t('tray.waiting', { count: waiting.length }) : null;
  let status: string;
  if (dataProblems > 0) {
    level = 'attention';
    status = t('tray.dataProblem');
  } else if (counts.total === 0) status = t('tray.none');
  else if (counts.attention > 0) status = t('tray.attention', { count: counts.attention });
  // Waiting for the person says more than "a renewal coming up": it needs them, not time.
  else if (waitingLine) status = waitingLine;
  else if (level === 'due') status = t('tray.due', { count: counts.due });
  else status = counts.total === 1 ? t('tray.fineOne') : t('tray.fineAll', { count: counts.total });
  // Windows cuts tray tooltips at 127 characters; these stay far below.
  const tooltip = t(paused ? 'tray.tooltipPaused' : 'tray.tooltip', { status });
  // The certificates that put the tray in its level; waiting ones when they did (issue 17).
  const worstIds = [
    ...byLevel[level],
    ...waiting
      .filter((w) => (level === 'attention' ? w.urgent : level === 'due'))
      .map((w) => w.certId)
      .filter((id) => !byLevel[level].includes(id)),
  ];
  return {
    level,
    tooltip,
    status,
    paused,
    lang,
    counts,
    waiting: waiting.length,
    waitingLine,
    worstIds,
  };
}

/**
 * File name of a tray icon in assets/tray/. macOS gets template images (black + alpha, named
 * "...Template" so nativeImage marks them) that the menu bar recolours for light and dark mode.
 */
export function trayIconFile(level: TrayLevel, template: boolean, scale: 1 | 2 = 1): string {
  return `tray-${level}${template ? 'Template' : ''}${scale === 2 ? '@2x' : ''}.png`;
}
