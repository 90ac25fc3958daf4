// Entry of the renderer. In the desktop app the preload has already defined window.certdesk; in
// browser mode the HTTP bridge does. Then the language, then the app.
import { createRoot } from 'react-dom/client';
import { installHttpBridge } from './bridge-http.ts';
import { initI18n, languageFromQuery } from './i18n/index.ts';
import { App } from './app.tsx';

installHttpBridge();

async function start(): Promise<void> {
  // The saved language comes with the app state; until it arrives, the one the desktop app put in
  // the URL (its saved preference), else the browser's own.
  await initI18n(languageFromQuery(location.search));
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(<App />);
}

void start();
