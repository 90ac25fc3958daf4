// Step 5: the issuance itself, with live steps and cancel; manual modes show the instructions and
// wait for "I've added it — continue".
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../src-main/shared/types.ts';
import { call } from '../../api.ts';
import { ErrorBox, FocusHeading } from '../../components/common.tsx';
import { PromptBox, RunSteps, useRun } from '../../components/run-progress.tsx';
import { buildChallenge } from './model.ts';
import type { StepId, StepProps } from './wizard.tsx';

type Issued = { certificate: CertificateSummary; reused: boolean };

export function IssueStep({
  data,
  onIssued,
  backTo,
}: StepProps & { onIssued: (r: Issued) => void; backTo: (s: StepId) => void }) {
  const { t } = useTranslation();
  const run = useRun<Issued>();
  const started = useRef(false);

  const go = async () => {
    const { challenge, secrets } = buildChallenge(data.route ?? 'http-01', data.details);
    const r = await run.start((runId) =>
      call('cert:issue', {
        runId,
        names: data.names,
        challenge,
        keyType: data.keyType,
        ...(data.twinKeyType && data.twinKeyType.startsWith('ec') !== data.keyType.startsWith('ec')
          ? { twinKeyType: data.twinKeyType }
          : {}),
        ...(data.accountId ? { accountId: data.accountId } : {}),
        ...(data.profile ? { profile: data.profile } : {}),
        ...(Object.keys(secrets).length ? { secrets } : {}),
      }),
    );
    if (r.ok) onIssued(r.value);
    else document.getElementById('issue-error')?.focus();
  };

  // After host-key-changed, the person confirmed the new key with the provider: expect exactly
  // that key from now on, then try again (the engine still refuses any other key).
  const hostKey =
    run.error?.code === 'host-key-changed' && run.error.text?.key === 'error.hostKeyChanged'
      ? run.error.text.params
      : undefined;
  const trustAndRetry = async () => {
    if (typeof hostKey?.hostPort !== 'string' || typeof hostKey.now !== 'string') return;
    const r = await call('upload:trustHostKey', {
      host: hostKey.hostPort,
      fingerprint: hostKey.now,
    });
    if (r.ok) await go();
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void go();
  });

  return (
    <div className="stack">
      <FocusHeading>{t('issue.title')}</FocusHeading>
      <p className="lead">{t('issue.intro', { names: data.names.join(', ') })}</p>
      <RunSteps run={run} label={t('issue.stepsLabel')} />
      {run.prompts.map((p) => (
        <PromptBox key={p.promptId} prompt={p} />
      ))}
      {run.running && (
        <p>
          <button type="button" onClick={run.cancel}>
            {t('common.cancel')}
          </button>
        </p>
      )}
      {run.error && (
        <div id="issue-error" tabIndex={-1}>
          <ErrorBox error={run.error}>
            <div className="wizard-buttons">
              {hostKey && (
                <button type="button" onClick={() => void trustAndRetry()}>
                  {t('issue.trustHostKey')}
                </button>
              )}
              <button type="button" onClick={() => backTo('details')}>
                {t('issue.changeDetails')}
              </button>
              <button type="button" onClick={() => backTo('preflight')}>
                {t('issue.checkAgain')}
              </button>
              <button type="button" className="primary" onClick={() => void go()}>
                {t('common.tryAgain')}
              </button>
            </div>
          </ErrorBox>
        </div>
      )}
    </div>
  );
}
