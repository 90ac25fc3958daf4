// Languages of the UI (issue 7): English, Danish, Simplified Chinese, Finnish and Hungarian,
// bundled (no network). The OS/browser language by default, switchable in Settings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { da } from './da.ts';
import { zh } from './zh.ts';
import { fi } from './fi.ts';
import { hu } from './hu.ts';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'da', name: 'Dansk' },
  { code: 'zh', name: '简体中文' },
  { code: 'fi', name: 'Suomi' },
  { code: 'hu', name: 'Magyar' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const RESOURCES = { en, da, zh, fi, hu } as const;

/** The first of the person's preferred languages that Certdesk speaks; English otherwise. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const hit = LANGUAGES.find((l) => l.code === primary);
    if (hit) return hit.code;
  }
  return 'en';
}

/** The language the desktop app put in the entry URL (?lang=, src-main/app/window.ts), if known. */
export function languageFromQuery(search: string): LanguageCode | null {
  const lang = new URLSearchParams(search).get('lang');
  return LANGUAGES.find((l) => l.code === lang)?.code ?? null;
}

export function browserLanguages(): string[] {
  return [...(navigator.languages ?? []), navigator.language].filter(Boolean);
}

export async function initI18n(saved: string | null | undefined): Promise<typeof i18next> {
  const lng = saved ? pickLanguage([saved]) : pickLanguage(browserLanguages());
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes what it renders
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng === 'zh' ? 'zh-Hans' : lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l === 'zh' ? 'zh-Hans' : l;
  });
  return i18next;
}
