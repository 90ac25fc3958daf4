// The engine's sentences (pre-flight findings, the line under each issuance step, export advice)
// in the UI's language: the engine sends a Text (key and params, src-main/shared/engine-text.ts)
// next to its English sentence, and every language has the same keys under "engine" (the i18n
// test fails on a missing one). Params that are Texts themselves are said first.
import type { TFunction } from 'i18next';
import type { Text, TextParam } from '../src-main/shared/engine-text.ts';
import type { CertificateSummary } from '../src-main/shared/types.ts';

/** A full ISO 8601 time (as the engine sends dates) reads as a date and time in the person's language. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function resolve(t: TFunction, p: TextParam): string | number {
  if (typeof p === 'object') return sayText(t, p);
  if (typeof p === 'string' && ISO_TIME.test(p)) {
    // i18next's fixed t knows its language; the app's t follows the page's lang attribute.
    const lng =
      (t as TFunction & { lng?: string }).lng ||
      globalThis.document?.documentElement.lang ||
      undefined;
    return new Date(p).toLocaleString(lng, { dateStyle: 'long', timeStyle: 'short' });
  }
  return p;
}

/** One Text in the current language. */
export function sayText(t: TFunction, text: Text): string {
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([k, v]) => [k, resolve(t, v)]),
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
