// The damaged-data notices of issue 22 in the window's language: the engine sends each notice's
// kind (the notices.* keys) and its particulars, whose phrases are Texts and lists of Texts
// (src-main/engine/data-notices.ts); each is said here, and a list is joined as the language joins
// one ("a, b og c", "a、b和c").
import type { TFunction } from 'i18next';
import type { TextParam } from '../src-main/shared/engine-text.ts';
import type { AppState } from '../src-main/shared/contract-app.ts';
import { sayText } from './engine-text.ts';

type Notice = AppState['notices'][number];

/** The language t speaks: a fixed t knows it; the app's t follows the page's lang attribute. */
function languageOf(t: TFunction): string {
  return (
    (t as TFunction & { lng?: string }).lng || globalThis.document?.documentElement.lang || 'en'
  );
}

const one = (t: TFunction, p: TextParam): string =>
  typeof p === 'object' ? sayText(t, p) : String(p);

/** One notice, in t's language; the English sentence when the kind is unknown to this build. */
export function noticeSentence(t: TFunction, n: Notice): string {
  const params = Object.fromEntries(
    Object.entries(n.params ?? {}).map(([k, v]) => [
      k,
      Array.isArray(v)
        ? new Intl.ListFormat(languageOf(t), { type: 'conjunction' }).format(
            v.map((p) => one(t, p)),
          )
        : one(t, v),
    ]),
  );
  return t(`notices.${n.kind}`, { defaultValue: n.message, ...params });
}
