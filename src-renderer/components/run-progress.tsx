// Live steps of one issuance or renewal (account, order, each name's authorization, DNS
// propagation per server, validation, finalize, download) and the manual-mode instructions with
// copy buttons and "I've added it — continue". Used by the wizard, the trial run and the
// certificate page.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueStep } from '../../src-main/shared/types.ts';
import { call, newRunId, useAppEvents, type ErrorShape, type Result } from '../api.ts';
import { CopyButton, FocusHeading, Sentence } from './common.tsx';
import { instructionFields } from '../screens/wizard/model.ts';
import { sayText } from '../engine-text.ts';
import type { PromptText } from '../../src-main/shared/engine-text.ts';

type Prompt = { promptId: string; message: string; text?: PromptText };
type Entry = { key: string; step: IssueStep };

function keyOf(s: IssueStep): string {
  switch (s.step) {
    case 'authorization':
    case 'challenge':
    case 'validation':
      return `${s.step}:${s.name}`;
    case 'propagation':
      return `propagation:${s.name}:${s.server}`;
    case 'cleanup':
      return `cleanup:${s.message}`;
    default:
      return s.step;
  }
}

export type Run<T> = {
  runId: string | null;
  steps: Entry[];
  prompts: Prompt[];
  running: boolean;
  error: ErrorShape | null;
  value: T | null;
  start: (fn: (runId: string) => Promise<Result<T>>) => Promise<Result<T>>;
  cancel: () => void;
};

export function useRun<T>(): Run<T> {
  const runRef = useRef<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [steps, setSteps] = useState<Entry[]>([]);
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [value, setValue] = useState<T | null>(null);

  useAppEvents((e) => {
    const mine = runRef.current;
    if (!mine) return;
    if (e.type === 'issue-progress' && e.runId === mine) {
      const key = keyOf(e.step);
      setSteps((list) => {
        const i = list.findIndex((x) => x.key === key);
        if (i < 0) return [...list, { key, step: e.step }];
        const copy = list.slice();
        copy[i] = { key, step: e.step };
        return copy;
      });
    }
    if (e.type === 'prompt' && e.runId === mine)
      setPrompts((p) =>
        p.some((x) => x.promptId === e.promptId)
          ? p
          : [
              ...p,
              { promptId: e.promptId, message: e.message, ...(e.text ? { text: e.text } : {}) },
            ],
      );
    if (e.type === 'prompt-closed') setPrompts((p) => p.filter((x) => x.promptId !== e.promptId));
  });

  const start = useCallback(async (fn: (runId: string) => Promise<Result<T>>) => {
    const id = newRunId();
    runRef.current = id;
    setRunId(id);
    setSteps([]);
    setPrompts([]);
    setError(null);
    setValue(null);
    setRunning(true);
    const r = await fn(id);
    setRunning(false);
    setPrompts([]);
    if (r.ok) setValue(r.value);
    else setError(r.error);
    return r;
  }, []);

  const cancel = useCallback(() => {
    if (runRef.current) void call('cert:cancel', { runId: runRef.current });
  }, []);

  return { runId, steps, prompts, running, error, value, start, cancel };
}

function stepLabel(t: (k: string, o?: Record<string, unknown>) => string, s: IssueStep): string {
  switch (s.step) {
    case 'authorization':
    case 'challenge':
    case 'validation':
      return t(`run.step.${s.step}`, { name: s.name });
    case 'propagation':
      return t(s.ok ? 'run.step.propagationOk' : 'run.step.propagationWait', {
        name: s.name,
        server: s.server,
      });
    default:
      return t(`run.step.${s.step}`);
  }
}

export function RunSteps({
  run,
  label,
}: {
  run: Pick<Run<unknown>, 'steps' | 'running'>;
  label: string;
}) {
  const { t } = useTranslation();
  if (run.steps.length === 0 && !run.running) return null;
  return (
    <div className="run">
      <h2 className="visually-hidden">{label}</h2>
      <ol
        className="run-steps"
        aria-label={label}
        aria-live="polite"
        aria-relevant="additions text"
      >
        {run.steps.map(({ key, step }, i) => {
          const last = i === run.steps.length - 1;
          const waiting =
            (step.step === 'propagation' && !step.ok) ||
            (last && run.running && step.step !== 'done');
          return (
            <li key={key} className={waiting ? 'waiting' : 'done'}>
              <span className="step-icon" aria-hidden="true">
                {waiting ? '…' : '✓'}
              </span>
              <span className="step-label">{stepLabel(t, step)}</span>
              <Sentence className="step-msg" english={step.message} text={step.text} />
            </li>
          );
        })}
        {run.running && run.steps.length === 0 && (
          <li className="waiting">
            <span className="step-icon" aria-hidden="true">
              …
            </span>
            <span className="step-label">{t('run.starting')}</span>
          </li>
        )}
      </ol>
    </div>
  );
}

export function PromptBox({ prompt }: { prompt: Prompt }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const fields = instructionFields(prompt.message);
  return (
    <section className="prompt" aria-labelledby={`prompt-${prompt.promptId}`}>
      <FocusHeading level={2} id={`prompt-${prompt.promptId}`}>
        {t('run.yourTurn')}
      </FocusHeading>
      <p>{t('run.yourTurnIntro')}</p>
      {prompt.text && <p>{sayText(t, prompt.text.lead)}</p>}
      {fields.length > 0 && (
        <dl className="copy-fields">
          {fields.map((f) => {
            const label = t(`run.field.${f.label.replace(' ', '').toLowerCase()}`, {
              defaultValue: f.label,
            });
            return (
              <div key={f.label + f.value}>
                <dt>{label}</dt>
                <dd>
                  <code className="wrap">{f.value}</code>
                  {f.copy && (
                    <>
                      {' '}
                      <CopyButton text={f.value} what={label} />
                    </>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {prompt.text ? (
        // The engine's notes in the window's language (where the record goes, a second value on the
        // same name, the name without the zone, what happens next).
        <ul className="prompt-notes">
          {prompt.text.notes.map((n, i) => (
            <li key={i}>{sayText(t, n)}</li>
          ))}
        </ul>
      ) : (
        <details>
          <summary>{t('run.fullInstructions')}</summary>
          <pre className="wrap" lang="en">
            {prompt.message}
          </pre>
        </details>
      )}
      <p>
        <button
          type="button"
          className="primary"
          disabled={sent}
          onClick={() => {
            setSent(true);
            void call('cert:continue', { promptId: prompt.promptId });
          }}
        >
          {sent ? t('run.checking') : t('run.continue')}
        </button>
      </p>
    </section>
  );
}
