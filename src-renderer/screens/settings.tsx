// Settings: accounts and CAs, notifications (desktop, e-mail, webhook, each with "send test"),
// start at login, language, the data folder with backup and restore. What this face cannot do
// (browser mode: no login item, no restore while running) says so in a sentence.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Input } from '../api.ts';
import { useApp } from '../app.tsx';
import { BusyButton, ErrorBox, FocusHeading } from '../components/common.tsx';
import { LANGUAGES, pickLanguage, browserLanguages } from '../i18n/index.ts';
import { formatDate } from '../format.ts';
import { AccountForm } from './account-form.tsx';
import { WebhookForm } from './settings-webhook.tsx';
import { UnattendedSection } from './settings-unattended.tsx';

type Outcome = { ok: string } | { error: ErrorShape } | null;

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (!outcome) return <p role="status" className="status-line" />;
  if ('ok' in outcome)
    return (
      <p role="status" className="ok-text">
        {outcome.ok}
      </p>
    );
  return <ErrorBox error={outcome.error} />;
}

function TestButton({ channel }: { channel: 'desktop' | 'email' | 'webhook' }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div>
      <BusyButton
        busy={busy}
        onClick={async () => {
          setBusy(true);
          const r = await call('notify:test', { channel });
          setBusy(false);
          setOutcome(
            r.ok
              ? {
                  ok: r.value.sent
                    ? t('settings.testSent')
                    : (r.value.detail ?? t('settings.testNotSent')),
                }
              : { error: r.error },
          );
        }}
      >
        {t(`settings.test.${channel}`)}
      </BusyButton>
      <OutcomeView outcome={outcome} />
    </div>
  );
}

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { state, refresh } = useApp();
  const id = useId();
  const s = state.settings;
  const [adding, setAdding] = useState(false);
  const [email, setEmail] = useState({
    host: s.email?.host ?? '',
    port: String(s.email?.port ?? 587),
    secure: s.email?.secure ?? false,
    user: s.email?.user ?? '',
    password: '',
    from: s.email?.from ?? '',
    to: s.email?.to ?? '',
  });
  const [proxy, setProxy] = useState({ url: s.proxy?.url ?? '', noProxy: s.proxy?.noProxy ?? '' });
  const [saved, setSaved] = useState<Record<string, Outcome>>({});
  const [backupDir, setBackupDir] = useState('');
  const [restorePath, setRestorePath] = useState('');

  const save = async (key: string, input: Input<'settings:set'>) => {
    const r = await call('settings:set', input);
    setSaved((x) => ({ ...x, [key]: r.ok ? { ok: t('settings.saved') } : { error: r.error } }));
    if (r.ok) void refresh();
    return r.ok;
  };

  const changeLanguage = async (code: string) => {
    await i18n.changeLanguage(code === 'auto' ? pickLanguage(browserLanguages()) : code);
    await save('language', { language: code === 'auto' ? null : code });
  };

  const saveEmail = (e: FormEvent) => {
    e.preventDefault();
    if (!email.host.trim()) {
      void save('email', { email: null });
      return;
    }
    void save('email', {
      email: {
        host: email.host.trim(),
        port: Number(email.port) || 587,
        secure: email.secure,
        ...(email.user ? { user: email.user } : {}),
        ...(email.password ? { password: email.password } : {}),
        from: email.from.trim(),
        to: email.to.trim(),
      },
    });
  };

  const backup = async (e: FormEvent) => {
    e.preventDefault();
    const r = await call('data:backup', { dir: backupDir.trim() || '.' });
    setSaved((x) => ({
      ...x,
      backup: r.ok ? { ok: t('settings.backupDone', { path: r.value.path }) } : { error: r.error },
    }));
  };
  const restore = async (e: FormEvent) => {
    e.preventDefault();
    const r = await call('data:restore', { path: restorePath.trim() || '.' });
    setSaved((x) => ({
      ...x,
      restore: r.ok
        ? { ok: t(r.value.restartNeeded ? 'settings.restoreRestart' : 'settings.restoreDone') }
        : { error: r.error },
    }));
  };

  const field = (key: keyof typeof email, label: string, type = 'text', autoComplete = 'off') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        autoComplete={autoComplete}
        value={String(email[key])}
        onChange={(e) => setEmail({ ...email, [key]: e.target.value })}
      />
    </div>
  );

  return (
    <section className="stack narrow">
      <FocusHeading>{t('settings.title')}</FocusHeading>

      <h2>{t('settings.accounts')}</h2>
      <ul className="accounts">
        {state.accounts.map((a) => (
          <li key={a.id}>
            <strong>{a.email}</strong> · {t(`account.ca.${a.caId}`, { defaultValue: a.caId })}
            <span className="muted">
              {' '}
              · {t('settings.since', { date: formatDate(a.createdAt, i18n.language) })}
            </span>
            {a.caId === 'custom' && <div className="muted mono wrap">{a.directoryUrl}</div>}
          </li>
        ))}
      </ul>
      {adding ? (
        <div className="card">
          <h3>{t('settings.addAccount')}</h3>
          <AccountForm
            onCreated={() => {
              setAdding(false);
              void refresh();
            }}
            submitLabel={t('settings.addAccount')}
          />
          <p>
            <button type="button" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" onClick={() => setAdding(true)}>
            {t('settings.addAccount')}
          </button>
        </p>
      )}
      <p className="hint">{t('settings.accountsHint')}</p>

      <h2>{t('settings.notifications')}</h2>
      <p className="hint">{t('settings.notificationsHint')}</p>
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-success`}
          checked={s.notifyOnSuccess}
          onChange={(e) => void save('success', { notifyOnSuccess: e.target.checked })}
        />
        <label htmlFor={`${id}-success`}>{t('settings.notifyOnSuccess')}</label>
      </div>
      <h3>{t('settings.desktop')}</h3>
      {state.mode === 'app' ? (
        <TestButton channel="desktop" />
      ) : (
        <p className="muted">{t('settings.desktopBrowser')}</p>
      )}

      <form onSubmit={saveEmail} className="stack card" noValidate>
        <h3>{t('settings.email')}</h3>
        {field('host', t('settings.smtpHost'))}
        {field('port', t('settings.smtpPort'), 'number')}
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-secure`}
            checked={email.secure}
            onChange={(e) => setEmail({ ...email, secure: e.target.checked })}
          />
          <label htmlFor={`${id}-secure`}>{t('settings.smtpSecure')}</label>
        </div>
        {field('user', t('settings.smtpUser'), 'text', 'username')}
        {field(
          'password',
          s.email?.hasPassword ? t('settings.smtpPasswordKeep') : t('settings.smtpPassword'),
          'password',
          'new-password',
        )}
        {field('from', t('settings.mailFrom'), 'email')}
        {field('to', t('settings.mailTo'), 'email')}
        <div className="actions">
          <button type="submit">{t('common.save')}</button>
        </div>
        <OutcomeView outcome={saved.email ?? null} />
        {s.email && <TestButton channel="email" />}
      </form>

      <WebhookForm
        saved={s.webhook}
        save={(input) => save('webhook', input)}
        outcome={<OutcomeView outcome={saved.webhook ?? null} />}
        test={s.webhook && <TestButton channel="webhook" />}
      />

      <h2>{t('settings.network')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save('proxy', {
            proxy: proxy.url.trim() ? { url: proxy.url.trim(), noProxy: proxy.noProxy } : null,
          });
        }}
        className="stack card"
        noValidate
      >
        <div className="field">
          <label htmlFor={`${id}-proxy`}>{t('settings.proxyUrl')}</label>
          <input
            id={`${id}-proxy`}
            type="url"
            value={proxy.url}
            onChange={(e) => setProxy({ ...proxy, url: e.target.value })}
            placeholder="http://proxy.example.com:3128"
            spellCheck={false}
            aria-describedby={`${id}-proxy-hint`}
          />
          <p className="hint" id={`${id}-proxy-hint`}>
            {t('settings.proxyHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-noproxy`}>{t('settings.noProxy')}</label>
          <input
            id={`${id}-noproxy`}
            value={proxy.noProxy}
            onChange={(e) => setProxy({ ...proxy, noProxy: e.target.value })}
            placeholder="localhost, 127.0.0.1, .intranet.example"
            spellCheck={false}
            aria-describedby={`${id}-noproxy-hint`}
          />
          <p className="hint" id={`${id}-noproxy-hint`}>
            {t('settings.noProxyHint')}
          </p>
        </div>
        <div className="actions">
          <button type="submit">{t('common.save')}</button>
        </div>
        <OutcomeView outcome={saved.proxy ?? null} />
      </form>

      <h2>{t('settings.startup')}</h2>
      {state.features.launchAtLogin ? (
        <>
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-login`}
              checked={s.launchAtLogin}
              onChange={(e) => void save('login', { launchAtLogin: e.target.checked })}
            />
            <label htmlFor={`${id}-login`}>{t('settings.launchAtLogin')}</label>
          </div>
          <OutcomeView outcome={saved.login ?? null} />
        </>
      ) : (
        <p className="muted">{t('settings.launchBrowser', { option: t('unattended.checkbox') })}</p>
      )}
      <UnattendedSection />

      <h2>
        <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
      </h2>
      <select
        id={`${id}-lang`}
        value={s.language ?? 'auto'}
        onChange={(e) => void changeLanguage(e.target.value)}
      >
        <option value="auto">{t('settings.languageAuto')}</option>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code === 'zh' ? 'zh-Hans' : l.code}>
            {l.name}
          </option>
        ))}
      </select>

      <h2>{t('settings.data')}</h2>
      <p>
        {t('settings.dataFolder')} <code className="wrap">{state.dataDir}</code>
      </p>
      <form onSubmit={backup} className="stack card" noValidate>
        <h3>{t('settings.backup')}</h3>
        <p className="hint">{t('settings.backupHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-bdir`}>{t('settings.backupFolder')}</label>
          <input
            id={`${id}-bdir`}
            value={backupDir}
            onChange={(e) => setBackupDir(e.target.value)}
            spellCheck={false}
          />
        </div>
        <div className="actions">
          <button type="submit">{t('settings.backupRun')}</button>
        </div>
        <OutcomeView outcome={saved.backup ?? null} />
      </form>
      <form onSubmit={restore} className="stack card" noValidate>
        <h3>{t('settings.restore')}</h3>
        {!state.features.restore ? (
          <p className="muted">{t('settings.restoreBrowser')}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-rpath`}>{t('settings.restoreFrom')}</label>
              <input
                id={`${id}-rpath`}
                value={restorePath}
                onChange={(e) => setRestorePath(e.target.value)}
                spellCheck={false}
              />
            </div>
            <div className="actions">
              <button type="submit">{t('settings.restoreRun')}</button>
            </div>
          </>
        )}
        {state.features.restore && <OutcomeView outcome={saved.restore ?? null} />}
      </form>
      <p className="muted">
        {t('settings.version', { version: state.version, mode: t(`settings.mode.${state.mode}`) })}
      </p>
    </section>
  );
}
