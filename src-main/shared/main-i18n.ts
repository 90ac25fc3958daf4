// The main process's own i18next (issue 19): the tray, desktop notifications, e-mails and
// webhook/chat messages say ./main-text/* in the person's language setting, or the computer's
// language when the setting is "Same as this computer", as the window does. No electron, no
// Node modules: the engine (notices, e-mails), the app (tray) and the tests all use it.
import i18next, { type TFunction } from 'i18next';
import { mainText } from './main-text/en.ts';
import { mainDa } from './main-text/da.ts';
import { mainFi } from './main-text/fi.ts';
import { mainHu } from './main-text/hu.ts';
import { mainZh } from './main-text/zh.ts';

export const MAIN_LANGUAGES = ['en', 'da', 'zh', 'fi', 'hu'] as const;
export type MainLanguage = (typeof MAIN_LANGUAGES)[number];
export const MAIN_RESOURCES = { en: mainText, da: mainDa, fi: mainFi, hu: mainHu, zh: mainZh };

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(MAIN_RESOURCES).map(([k, v]) => [k, { translation: v }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...MAIN_LANGUAGES],
  interpolation: { escapeValue: false }, // plain text: tray, notifications, e-mail, JSON
  returnNull: false,
  initAsync: false,
});

/** The first of the preferred language tags Certdesk speaks ("da-DK" -> da); English otherwise. */
export function pickMainLanguage(preferred: readonly (string | null | undefined)[]): MainLanguage {
  for (const tag of preferred) {
    if (!tag) continue;
    const primary = tag.toLowerCase().split(/[-_.@]/)[0];
    const hit = MAIN_LANGUAGES.find((l) => l === primary);
    if (hit) return hit;
  }
  return 'en';
}

/** The computer's language: LC_ALL, LC_MESSAGES, LANG (Unix), then the runtime's own locale. */
export function systemLanguages(
  env: Record<string, string | undefined> = globalThis.process?.env ?? {},
): string[] {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter(
    (v): v is string => !!v && v !== 'C' && v !== 'POSIX' && !v.startsWith('C.'),
  );
  return [...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale];
}

/** The language to speak: the saved setting, else the computer's. */
export const mainLanguage = (
  saved: string | null | undefined,
  env?: Record<string, string | undefined>,
): MainLanguage => pickMainLanguage(saved ? [saved] : systemLanguages(env));

/** t() in one language (a fixed translator; the shared instance is never switched). */
export const mainT = (lang: string | null | undefined): TFunction =>
  instance.getFixedT(pickMainLanguage([lang]));
