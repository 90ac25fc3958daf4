// The desktop app's own preferences (issue 16, design card): where the window was and how big,
// the folder the last export went to, the language the app last spoke. They belong to this
// computer's app, not to the certificates: main.ts keeps them with electron-store (the design's
// named store, a JSON file beside the data), the tests with memoryPrefs. Certificates and their
// settings stay in the data folder's own store (src-main/storage/).
import type { Bounds } from './desktop-ports.ts';

export type DesktopPrefValues = {
  window?: { bounds: Bounds; maximized: boolean };
  lastExportFolder?: string;
  language?: string;
};

/** The part of electron-store (conf) the desktop uses; `new Store<DesktopPrefValues>()` fits. */
export interface DesktopPrefs {
  get<K extends keyof DesktopPrefValues>(key: K): DesktopPrefValues[K];
  set<K extends keyof DesktopPrefValues>(key: K, value: DesktopPrefValues[K]): void;
  delete(key: keyof DesktopPrefValues): void;
}

/**
 * The saved language follows the Settings screen's choice, which the engine keeps with the data
 * (shared with the CLI). "Same as this computer" (no language) removes it: a stale "da" would
 * otherwise open the next window in Danish on a computer set to English.
 */
export function keepLanguage(prefs: DesktopPrefs, chosen: string | null | undefined): void {
  if ((chosen || undefined) === prefs.get('language')) return;
  if (chosen) prefs.set('language', chosen);
  else prefs.delete('language');
}

/** electron-store's file name (without .json) in the data folder. */
export const PREFS_NAME = 'desktop-preferences';

/**
 * JSON schema for electron-store: a hand-edited or damaged value is refused when read, rather
 * than opening a window of width "abc".
 */
export const PREFS_SCHEMA = {
  window: {
    type: 'object',
    properties: {
      bounds: {
        type: 'object',
        properties: {
          x: { type: 'integer' },
          y: { type: 'integer' },
          width: { type: 'integer', minimum: 1 },
          height: { type: 'integer', minimum: 1 },
        },
        required: ['x', 'y', 'width', 'height'],
      },
      maximized: { type: 'boolean' },
    },
    required: ['bounds', 'maximized'],
  },
  lastExportFolder: { type: 'string' },
  language: { type: 'string' },
} as const;

/** Preferences that live as long as the process: the stand-in, and the fallback of a bad file. */
export function memoryPrefs(initial: DesktopPrefValues = {}): DesktopPrefs & {
  values: DesktopPrefValues;
} {
  const values: DesktopPrefValues = { ...initial };
  return {
    values,
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
    delete: (key) => {
      delete values[key];
    },
  };
}
