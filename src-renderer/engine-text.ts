// The engine's sentences (pre-flight findings, the line under each issuance step, export advice)
// in the UI's language: the engine sends a Text (key and params, src-main/shared/engine-text.ts)
// next to its English sentence, and every language has the same keys under "engine" (the i18n
// test fails on a missing one). Params that are Texts themselves are said first.
import type { TFunction } from 'i18next';
import type { Text, TextParam } from '../src-main/shared/engine-text.ts';
import type { CertificateSummary } from '../src-main/shared/types.ts';

/** A full ISO 8601 time (as the engine sends dates) reads as a date and time in the person's language. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The language t says things in: i18next's fixed t knows it; the app's t follows the page's lang. */
const languageOf = (t: TFunction): string | undefined =>
  (t as TFunction & { lng?: string }).lng || globalThis.document?.documentElement.lang || undefined;

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the person writes it: "6,7" in Danish, Finnish and Hungarian, "6.7" in English
 * (issue 18: "6.7-dages levetid"). No grouping: params are also ports, process ids and HTTP
 * statuses, which nobody writes as "8.080".
 */
export function formatNumber(n: number, lng: string | undefined): string {
  const key = lng ?? '';
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lng === 'zh' ? 'zh-CN' : lng, {
      useGrouping: false,
      maximumFractionDigits: 3,
    });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

function resolve(t: TFunction, p: TextParam, name: string): string | number {
  if (typeof p === 'object') return sayText(t, p);
  // `count` stays a number: i18next picks the plural form from it.
  if (typeof p === 'number') return name === 'count' ? p : formatNumber(p, languageOf(t));
  if (typeof p === 'string' && ISO_TIME.test(p))
    return new Date(p).toLocaleString(languageOf(t), { dateStyle: 'long', timeStyle: 'short' });
  return p;
}

/** One Text in the current language. */
export function sayText(t: TFunction, text: Text): string {
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([k, v]) => [k, resolve(t, v, k)]),
  );
  return t(`engine.${text.key}`, params);
}

/** The sentence to show: the Text in the current language when there is one, else the English. */
export function engineSentence(
  t: TFunction,
  english: string,
  text?: Text | null,
): { text: string; lang?: 'en' } {
  return text ? { text: sayText(t, text) } : { text: english, lang: 'en' };
}

/** Why the next renewal is then, in the UI's language: the engine's Text (issue 16), else its English. */
export function renewalReasonText(
  t: TFunction,
  c: Pick<CertificateSummary, 'renewalReason' | 'renewalText'>,
): string {
  return c.renewalText ? sayText(t, c.renewalText) : (c.renewalReason ?? '');
}
