// The new-certificate wizard: names -> how the CA can reach you -> details of that route ->
// pre-flight -> issuance with live steps -> done (export). Each step change moves the focus to
// the step's heading, so it works from the keyboard and with a screen reader.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../src-main/shared/types.ts';
import { useApp } from '../../app.tsx';
import { emptyDetails, type WizardData } from './model.ts';
import { NamesStep } from './names-step.tsx';
import { RouteStep } from './route-step.tsx';
import { DetailsStep } from './details-step.tsx';
import { PreflightStep } from './preflight-step.tsx';
import { IssueStep } from './issue-step.tsx';
import { DoneStep } from './done-step.tsx';

export type StepId = 'names' | 'route' | 'details' | 'preflight' | 'issue' | 'done';
const STEPS: StepId[] = ['names', 'route', 'details', 'preflight', 'issue', 'done'];

export type StepProps = {
  data: WizardData;
  update: (patch: Partial<WizardData>) => void;
  next: () => void;
  back: () => void;
};

export function Wizard() {
  const { t } = useTranslation();
  const { state } = useApp();
  const [step, setStep] = useState<StepId>('names');
  const [data, setData] = useState<WizardData>(() => ({
    namesText: '',
    names: [],
    wildcard: false,
    keyType: 'ec256',
    twinKeyType: null,
    accountId: state.accounts[0]?.id ?? '',
    profile: '',
    allowIp: false,
    answers: { server: null, port80: null, webserver: null, upload: null, dns: null },
    route: null,
    details: emptyDetails(),
  }));
  const [result, setResult] = useState<{ certificate: CertificateSummary; reused: boolean } | null>(
    null,
  );

  const update = (patch: Partial<WizardData>) => setData((d) => ({ ...d, ...patch }));
  const goTo = (s: StepId) => {
    setStep(s);
    window.scrollTo(0, 0);
  };
  const at = STEPS.indexOf(step);
  const props: StepProps = {
    data,
    update,
    next: () => goTo(STEPS[at + 1]),
    back: () => goTo(STEPS[Math.max(0, at - 1)]),
  };

  return (
    <section className="wizard">
      <nav aria-label={t('wizard.progressLabel')}>
        <ol className="steps">
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={i < at ? 'done' : i === at ? 'current' : ''}
              aria-current={i === at ? 'step' : undefined}
            >
              <span className="step-num" aria-hidden="true">
                {i + 1}
              </span>{' '}
              {t(`wizard.step.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
      {step === 'names' && <NamesStep key="names" {...props} />}
      {step === 'route' && <RouteStep key="route" {...props} />}
      {step === 'details' && <DetailsStep key="details" {...props} />}
      {step === 'preflight' && <PreflightStep key="preflight" {...props} />}
      {step === 'issue' && (
        <IssueStep
          key="issue"
          {...props}
          onIssued={(r) => {
            setResult(r);
            goTo('done');
          }}
          backTo={(s) => goTo(s)}
        />
      )}
      {step === 'done' && result && <DoneStep key="done" result={result} />}
    </section>
  );
}
