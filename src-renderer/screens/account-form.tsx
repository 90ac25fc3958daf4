// Creating an account at a CA (R2, R3, R5): pick the CA (Let's Encrypt by default, its practice
// mode, others and any directory URL under "Advanced"), the e-mail, the CA's own Terms of Service
// read from its directory with an explicit agreement, and EAB keys when the directory asks.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../api.ts';
import { call, type ErrorShape } from '../api.ts';
import { useApp } from '../app.tsx';
import { BusyButton, ErrorBox } from '../components/common.tsx';

type Directory = Output<'ca:directory'>;
type CaChoice =
  'letsencrypt' | 'letsencrypt-staging' | 'zerossl' | 'google' | 'google-staging' | 'custom';

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export function AccountForm({
  onCreated,
  submitLabel,
}: {
  onCreated: () => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const { state } = useApp();
  const ids = useId();
  const [ca, setCa] = useState<CaChoice>('letsencrypt');
  const [url, setUrl] = useState('');
  const [stagingUrl, setStagingUrl] = useState('');
  const [lookedUp, setLookedUp] = useState('');
  const [dir, setDir] = useState<Directory | null>(null);
  const [dirError, setDirError] = useState<ErrorShape | null>(null);
  const [dirBusy, setDirBusy] = useState(false);
  const [email, setEmail] = useState('');
  const [agree, setAgree] = useState(false);
  const [kid, setKid] = useState('');
  const [hmac, setHmac] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const others = state.caPresets.filter(
    (p) => p.id !== 'letsencrypt' && p.id !== 'letsencrypt-staging',
  );

  // The directory tells the Terms of Service and whether EAB is needed (R2, R24): ask it again
  // whenever the CA changes; a typed URL is looked up when the person leaves the field or presses "Look up".
  useEffect(() => {
    if (ca === 'custom' && !lookedUp) {
      setDir(null);
      setDirError(null);
      return;
    }
    let live = true;
    setDirBusy(true);
    setDir(null);
    setDirError(null);
    setAgree(false);
    void call('ca:directory', ca === 'custom' ? { directoryUrl: lookedUp } : { ca }).then((r) => {
      if (!live) return;
      setDirBusy(false);
      if (r.ok) setDir(r.value);
      else setDirError(r.error);
    });
    return () => {
      live = false;
    };
  }, [ca, lookedUp]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p: Record<string, string> = {};
    if (!EMAIL.test(email.trim())) p.email = t('account.emailInvalid');
    if (dir?.termsOfService && !agree) p.agree = t('account.mustAgree');
    if (dir?.externalAccountRequired && (!kid.trim() || !hmac.trim()))
      p.eab = t('account.eabMissing');
    if (ca === 'custom' && !dir) p.url = t('account.urlFirst');
    setProblems(p);
    if (Object.keys(p).length > 0) {
      document.getElementById(`${ids}-${Object.keys(p)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const r = await call('account:create', {
      ...(ca === 'custom' ? { directoryUrl: dir!.directoryUrl } : { ca }),
      ...(ca === 'custom' && stagingUrl.trim() ? { stagingDirectoryUrl: stagingUrl.trim() } : {}),
      email: email.trim(),
      agreeTos: agree || !dir?.termsOfService,
      ...(dir?.externalAccountRequired ? { eab: { kid: kid.trim(), hmacKey: hmac.trim() } } : {}),
    });
    setBusy(false);
    if (r.ok) onCreated();
    else setError(r.error);
  };

  const radio = (id: CaChoice, label: string, hint?: string) => (
    <div className="choice">
      <input
        type="radio"
        id={`${ids}-ca-${id}`}
        name={`${ids}-ca`}
        checked={ca === id}
        onChange={() => setCa(id)}
        aria-describedby={hint ? `${ids}-ca-${id}-hint` : undefined}
      />
      <label htmlFor={`${ids}-ca-${id}`}>{label}</label>
      {hint && (
        <p className="hint" id={`${ids}-ca-${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className="stack">
      <fieldset>
        <legend>{t('account.whichCa')}</legend>
        {radio('letsencrypt', t('account.ca.letsencrypt'), t('account.ca.letsencryptHint'))}
        {radio('letsencrypt-staging', t('account.ca.staging'), t('account.ca.stagingHint'))}
        <details open={ca !== 'letsencrypt' && ca !== 'letsencrypt-staging'}>
          <summary>{t('account.advanced')}</summary>
          {others.map((p) =>
            radio(
              p.id,
              t(`account.ca.${p.id}`, { defaultValue: p.label }),
              p.note ? t(`account.ca.${p.id}Hint`, { defaultValue: p.note }) : undefined,
            ),
          )}
          {radio('custom', t('account.ca.custom'), t('account.ca.customHint'))}
          {ca === 'custom' && (
            <div className="field">
              <label htmlFor={`${ids}-url`}>{t('account.directoryUrl')}</label>
              <div className="row">
                <input
                  id={`${ids}-url`}
                  type="url"
                  inputMode="url"
                  value={url}
                  placeholder="https://acme.example.org/directory"
                  onChange={(e) => setUrl(e.target.value)}
                  onBlur={() => url.trim() && setLookedUp(url.trim())}
                  aria-invalid={!!problems.url}
                  aria-describedby={problems.url ? `${ids}-url-err` : undefined}
                />
                <button
                  type="button"
                  onClick={() => setLookedUp(url.trim())}
                  disabled={!url.trim()}
                >
                  {t('account.lookUp')}
                </button>
              </div>
              {problems.url && (
                <p className="field-error" id={`${ids}-url-err`}>
                  {problems.url}
                </p>
              )}
            </div>
          )}
          {ca === 'custom' && (
            <div className="field">
              <label htmlFor={`${ids}-staging`}>{t('keysLimits.staging.label')}</label>
              <input
                id={`${ids}-staging`}
                type="url"
                inputMode="url"
                value={stagingUrl}
                placeholder="https://acme-staging.example.org/directory"
                onChange={(e) => setStagingUrl(e.target.value)}
                aria-describedby={`${ids}-staging-hint`}
              />
              <p className="hint" id={`${ids}-staging-hint`}>
                {t('keysLimits.staging.hint')}
              </p>
            </div>
          )}
        </details>
      </fieldset>

      <div aria-live="polite">
        {dirBusy && <p role="status">{t('account.asking')}</p>}
        {dirError && <ErrorBox error={dirError} />}
      </div>

      <div className="field">
        <label htmlFor={`${ids}-email`}>{t('account.email')}</label>
        <input
          id={`${ids}-email`}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          aria-invalid={!!problems.email}
          aria-describedby={`${ids}-email-hint${problems.email ? ` ${ids}-email-err` : ''}`}
        />
        <p className="hint" id={`${ids}-email-hint`}>
          {t('account.emailHint')}
        </p>
        {problems.email && (
          <p className="field-error" id={`${ids}-email-err`}>
            {problems.email}
          </p>
        )}
      </div>

      {dir?.externalAccountRequired && (
        <fieldset>
          <legend>{t('account.eab')}</legend>
          <p className="hint">{t('account.eabHint')}</p>
          <div className="field">
            <label htmlFor={`${ids}-eab`}>{t('account.eabKid')}</label>
            <input
              id={`${ids}-eab`}
              value={kid}
              onChange={(e) => setKid(e.target.value)}
              autoComplete="off"
              aria-invalid={!!problems.eab}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-hmac`}>{t('account.eabHmac')}</label>
            <input
              id={`${ids}-hmac`}
              type="password"
              value={hmac}
              onChange={(e) => setHmac(e.target.value)}
              autoComplete="off"
              aria-invalid={!!problems.eab}
            />
          </div>
          {problems.eab && <p className="field-error">{problems.eab}</p>}
        </fieldset>
      )}

      {dir?.termsOfService && (
        <div className="field">
          <p>
            {t('account.tosIntro')}{' '}
            <a href={dir.termsOfService} target="_blank" rel="noreferrer noopener">
              {t('account.tosLink')}
            </a>
          </p>
          <div className="choice">
            <input
              id={`${ids}-agree`}
              type="checkbox"
              checked={agree}
              onChange={(e) => setAgree(e.target.checked)}
              aria-invalid={!!problems.agree}
              aria-describedby={problems.agree ? `${ids}-agree-err` : undefined}
            />
            <label htmlFor={`${ids}-agree`}>{t('account.agree')}</label>
          </div>
          {problems.agree && (
            <p className="field-error" id={`${ids}-agree-err`}>
              {problems.agree}
            </p>
          )}
        </div>
      )}

      {error && <ErrorBox error={error} />}
      <p>
        <BusyButton busy={busy} type="submit" className="primary" disabled={dirBusy}>
          {submitLabel}
        </BusyButton>
      </p>
    </form>
  );
}
