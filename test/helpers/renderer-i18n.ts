// The renderer's own translations and plural rules in a fixed language, so a test reads what the
// window says (e2e screens, and unit tests of the engine's Texts said in each language).
import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from '../../src-renderer/i18n/index.ts';

export function translator(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // A fixed t knows its language (t.lng), as the engine-text formatter of dates and numbers reads it.
  return i.getFixedT(lng);
}
