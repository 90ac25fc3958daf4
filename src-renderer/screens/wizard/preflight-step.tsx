// Step 4: pre-flight. Checks what would make the CA fail before asking it (a failed validation
// counts against its limits): pass / warn / fail with the fix and details. A trial run at the
// CA's practice service is offered where there is one; the person may also skip.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightResult } from '../../../src-main/shared/contract.ts';
import { call, type ErrorShape } from '../../api.ts';
import { useApp } from '../../app.tsx';
import { BusyButton, ErrorBox, FocusHeading, Sentence } from '../../components/common.tsx';
import { PromptBox, RunSteps, useRun } from '../../components/run-progress.tsx';
import { buildChallenge } from './model.ts';
import type { StepProps } from './wizard.tsx';

const ICON: Record<PreflightResult['verdict'], string> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  skip: '–',
};

export function PreflightStep({ data, next, back }: StepProps) {
  const { t } = useTranslation();
  const { state } = useApp();
  const [results, setResults] = useState<PreflightResult[] | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const trial = useRun<{ ok: true; ca: string }>();
  const account = state.accounts.find((a) => a.id === data.accountId) ?? state.accounts[0];
  // Issue 18: a trial run where the CA has a practice twin (a preset's staging, or the practice
  // directory given for a custom CA: the handler's stagingTwin); on a practice CA the real run
  // already is a trial.
  const canTrial =
    state.features.trialRun &&
    !!account &&
    (state.caPresets.some((p) => p.id === account.caId && p.staging) ||
      (account.caId === 'custom' && !!account.stagingDirectoryUrl));
  const practice = state.caPresets.some((p) => p.id === account?.caId && p.practice);
  const { challenge, secrets } = buildChallenge(data.route ?? 'http-01', data.details);

  const runChecks = async () => {
    setBusy(true);
    setError(null);
    const r = await call('preflight:run', {
      names: data.names,
      challenge,
      ...(account ? { accountId: account.id } : {}),
      ...(data.allowIp ? { allowIp: true } : {}),
    });
    setBusy(false);
    if (r.ok) setResults(r.value.results);
    else setError(r.error);
  };

  useEffect(() => {
    if (state.features.preflight) void runChecks();
    // Once, when the step opens; "Check again" runs it later.
  }, []);

  const failed = results?.some((r) => r.verdict === 'fail') ?? false;
  const trialRun = () =>
    void trial.start((runId) =>
      call('cert:trial', {
        runId,
        names: data.names,
        challenge,
        keyType: data.keyType,
        ...(data.profile ? { profile: data.profile } : {}),
        ...(account ? { accountId: account.id } : {}),
        ...(Object.keys(secrets).length ? { secrets } : {}),
      }),
    );

  return (
    <div className="stack">
      <FocusHeading>{t('preflight.title')}</FocusHeading>
      <p className="lead">{t('preflight.intro')}</p>

      {!state.features.preflight && (
        <p className="note" role="note">
          {t('preflight.notAvailable')}
        </p>
      )}
      {busy && <p role="status">{t('preflight.running')}</p>}
      {error && <ErrorBox error={error} />}
      {results && (
        <ul className="checks" aria-label={t('preflight.resultsLabel')}>
          {results.map((r, i) => (
            <li key={`${r.check}-${r.name ?? ''}-${i}`} className={`check check-${r.verdict}`}>
              <span className="check-icon" aria-hidden="true">
                {ICON[r.verdict]}
              </span>
              <span className="check-verdict">{t(`preflight.verdict.${r.verdict}`)}</span>
              <Sentence className="check-msg" english={r.message} text={r.text} />
              {r.fix && (
                <p className="check-fix">
                  <strong>{t('preflight.fix')}</strong>{' '}
                  <Sentence english={r.fix} text={r.fixText} />
                </p>
              )}
              {r.details && (
                <details>
                  <summary>{t('common.showDetails')}</summary>
                  <pre className="wrap">{r.details}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {results && (
        <p role="status">{failed ? t('preflight.someFailed') : t('preflight.allGood')}</p>
      )}

      {state.features.trialRun && (
        <div className="trial card">
          <h2>{t('preflight.trialTitle')}</h2>
          <p>{t('preflight.trialText')}</p>
          {canTrial ? (
            <>
              <p>
                <BusyButton busy={trial.running} onClick={trialRun}>
                  {t('preflight.trialButton')}
                </BusyButton>
              </p>
              <RunSteps run={trial} label={t('preflight.trialTitle')} />
              {trial.prompts.map((p) => (
                <PromptBox key={p.promptId} prompt={p} />
              ))}
              {trial.value && (
                <p className="ok-text" role="status">
                  {t('preflight.trialOk')}
                </p>
              )}
              {trial.error && <ErrorBox error={trial.error} />}
            </>
          ) : (
            <p className="muted">
              {practice ? t('preflight.trialPractice') : t('preflight.trialNone')}
            </p>
          )}
        </div>
      )}

      <div className="wizard-buttons">
        <button type="button" onClick={back}>
          {t('common.back')}
        </button>
        {state.features.preflight && (
          <button type="button" onClick={() => void runChecks()} disabled={busy}>
            {t('preflight.again')}
          </button>
        )}
        <button type="button" className="primary" onClick={next} disabled={trial.running}>
          {busy || !results
            ? t('preflight.skip')
            : failed
              ? t('preflight.anyway')
              : t('preflight.get')}
        </button>
      </div>
    </div>
  );
}
