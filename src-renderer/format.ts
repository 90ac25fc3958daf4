// Dates, durations and names in the UI's language. Formatters are made once per language and
// reused: the dashboard formats thousands of dates (no per-row heavy work).
import type { CertificateSummary } from '../src-main/shared/types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const locale = (lng: string): string => (lng === 'zh' ? 'zh-CN' : lng);

export function formatDate(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  let f = dateFormats.get(lng);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lng), { dateStyle: 'medium' });
    dateFormats.set(lng, f);
  }
  const t = Date.parse(iso);
  return Number.isFinite(t) ? f.format(t) : '';
}

export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  let f = dateTimeFormats.get(lng);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lng), { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(lng, f);
  }
  const t = Date.parse(iso);
  return Number.isFinite(t) ? f.format(t) : '';
}

/** Whole days from now until iso (negative when past). */
export function daysUntil(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? Math.floor((t - now) / DAY_MS) : null;
}

/** Share of the lifetime left, 0..1 (R20 decides renewal from the certificate's own lifetime). */
export function lifetimeLeft(
  notBefore: string | null,
  notAfter: string | null,
  now: number,
): number | null {
  if (!notBefore || !notAfter) return null;
  const a = Date.parse(notBefore);
  const b = Date.parse(notAfter);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return null;
  return Math.max(0, Math.min(1, (b - now) / (b - a)));
}

/** One name as people read it (bücher.test) and, when that differs, the punycode the certificate holds. */
export type ReadableName = { name: string; ascii: string | null };

/**
 * Name i of a certificate for the screens. The Unicode form comes from main (node:url): the
 * browser's URL API does not decode punycode hosts, and the renderer cannot import node modules.
 */
export function readableName(
  c: Pick<CertificateSummary, 'names' | 'unicodeNames'>,
  i: number,
): ReadableName {
  const ascii = c.names[i] ?? '';
  const unicode = c.unicodeNames[i];
  return unicode && unicode !== ascii ? { name: unicode, ascii } : { name: ascii, ascii: null };
}

export const readableNames = (
  c: Pick<CertificateSummary, 'names' | 'unicodeNames'>,
): ReadableName[] => c.names.map((_, i) => readableName(c, i));
