// Settings > "Keep renewing when I am signed out" (issue 19): the box installs or removes the OS
// timer (engine/schedule, as `certdesk schedule install|remove`). What is shown is what the OS
// reports back (unattended:get), said in plain words; a refusal gets one sentence with what to do.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Output } from '../api.ts';

type State = Output<'unattended:get'>;
const SAID = new Set(['permission-denied', 'unsupported']);

function StateText({ s }: { s: State }) {
  const { t, i18n } = useTranslation();
  if (!s.installed) return <p className="muted">{t('unattended.off')}</p>;
  if (!s.active) return <p className="warning">{t('unattended.notActive')}</p>;
  const kind = t(`unattended.kind.${s.kind}`);
  const times = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(s.times);
  return (
    <>
      <p>
        {s.times.length ? t('unattended.on', { kind, times }) : t('unattended.onNoTimes', { kind })}
      </p>
      {s.lingerNeeded && <p className="warning">{t('unattended.lingerNeeded')}</p>}
      {s.keyMoved && <p className="hint">{t('unattended.keyMoved')}</p>}
    </>
  );
}

export function UnattendedSection() {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call('unattended:get', {}).then((r) => (r.ok ? setState(r.value) : setError(r.error)));
  }, []);
  const change = async (enabled: boolean) => {
    setBusy(true);
    setError(null);
    const r = await call('unattended:set', { enabled });
    if (r.ok) setState(r.value);
    else {
      setError(r.error);
      // Read back what the OS has now: a refused install leaves nothing behind.
      const now = await call('unattended:get', {});
      if (now.ok) setState(now.value);
    }
    setBusy(false);
  };
  return (
    <>
      <h2>{t('unattended.title')}</h2>
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={state?.installed ?? false}
          disabled={!state || busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        <label htmlFor={`${id}-on`}>{t('unattended.checkbox')}</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('unattended.hint')}
      </p>
      <div aria-live="polite">
        {state ? (
          <StateText s={state} />
        ) : (
          !error && <p className="muted">{t('unattended.loading')}</p>
        )}
      </div>
      {error && (
        <div className="error" role="alert">
          <p className="error-text">
            {t(
              SAID.has(error.code) ? `unattended.error.${error.code}` : 'unattended.error.generic',
            )}
          </p>
          <details>
            <summary>{t('common.showDetails')}</summary>
            <p lang="en">{error.message}</p>
          </details>
        </div>
      )}
    </>
  );
}
