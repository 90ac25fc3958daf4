// The shell: loads the app state snapshot, shows first run until there is an account, then the
// dashboard, the wizard, a certificate's page or settings. Events refresh what changed
// (DESIGN.md convention 4: render a snapshot, apply events).
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../src-main/shared/contract.ts';
import { call, useAppEvents, type ErrorShape } from './api.ts';
import { ErrorBox } from './components/common.tsx';
import { FirstRun } from './screens/first-run.tsx';
import { Dashboard } from './screens/dashboard.tsx';
import { Wizard } from './screens/wizard/wizard.tsx';
import { CertificatePage } from './screens/certificate.tsx';
import { SettingsPage } from './screens/settings.tsx';
import { Notices } from './components/notices.tsx';

export type Route =
  { name: 'dashboard' } | { name: 'wizard' } | { name: 'cert'; id: string } | { name: 'settings' };

type AppCtx = { state: AppState; refresh: () => Promise<void>; go: (r: Route) => void };
const Ctx = createContext<AppCtx | null>(null);

export function useApp(): AppCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside App');
  return c;
}

function Shell({
  children,
  route,
  go,
}: {
  children: ReactNode;
  route?: Route;
  go?: (r: Route) => void;
}) {
  const { t } = useTranslation();
  const item = (r: Route, label: string) => (
    <li>
      <button
        type="button"
        className="nav-link"
        aria-current={route?.name === r.name ? 'page' : undefined}
        onClick={() => go?.(r)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          Certdesk
        </span>
        {go && (
          <nav aria-label={t('nav.label')}>
            <ul>
              {item({ name: 'dashboard' }, t('nav.dashboard'))}
              {item({ name: 'wizard' }, t('nav.newCertificate'))}
              {item({ name: 'settings' }, t('nav.settings'))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<AppState | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [route, setRoute] = useState<Route>({ name: 'dashboard' });
  // A new wizard each time "New certificate" is chosen, even from the wizard itself.
  const [wizardKey, setWizardKey] = useState(0);
  // A notice, once read, is put away for this session ("Got it").
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

  const refresh = useCallback(async () => {
    const r = await call('app:state', {});
    if (r.ok) {
      setState(r.value);
      setError(null);
    } else setError(r.error);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The language saved in settings wins over the browser's (shared by app and browser mode).
  const saved = state?.settings.language ?? null;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);

  useAppEvents((e) => {
    if (e.type === 'settings-changed') void refresh();
    if (e.type === 'open-certificate') setRoute({ name: 'cert', id: e.id });
  });

  const go = useCallback((r: Route) => {
    if (r.name === 'wizard') setWizardKey((k) => k + 1);
    setRoute(r);
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    document.title = `Certdesk – ${t(`nav.title.${route.name}`)}`;
  }, [route, t]);

  if (error && !state) {
    return (
      <Shell>
        <h1>{t('app.cannotStart')}</h1>
        <ErrorBox error={error}>
          <p>
            <button type="button" onClick={() => void refresh()}>
              {t('common.tryAgain')}
            </button>
          </p>
        </ErrorBox>
      </Shell>
    );
  }
  if (!state)
    return (
      <Shell>
        <p role="status">{t('common.loading')}</p>
      </Shell>
    );

  const ctx: AppCtx = { state, refresh, go };
  const notices = (
    <Notices
      notices={state.notices}
      hidden={hidden}
      hide={(kind) => setHidden((h) => new Set([...h, kind]))}
    />
  );
  if (state.accounts.length === 0) {
    return (
      <Ctx.Provider value={ctx}>
        <Shell>
          {notices}
          <FirstRun />
        </Shell>
      </Ctx.Provider>
    );
  }
  return (
    <Ctx.Provider value={ctx}>
      <Shell route={route} go={go}>
        {notices}
        {route.name === 'dashboard' && <Dashboard />}
        {route.name === 'wizard' && <Wizard key={wizardKey} />}
        {route.name === 'cert' && <CertificatePage key={route.id} id={route.id} />}
        {route.name === 'settings' && <SettingsPage />}
      </Shell>
    </Ctx.Provider>
  );
}
