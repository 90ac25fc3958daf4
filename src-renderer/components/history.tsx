// The certificate page's History: every renewal attempt and every deployment run (issue 17: "Each
// run is recorded in the certificate's history"), newest first. A deployment run is said from what
// the engine stored (its outcome, where, and its Text), in the window's language; only a failure
// the engine gave no Text for falls back to the translated error code, or English in English.
// An attempt is said from its Text too; one with none (a sentence Certdesk has no translation
// for) is shown in English as it was written.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { call, useAppEvents, type Output } from '../api.ts';
import type { DeployHistoryEntry } from '../../src-main/shared/reminders.ts';
import { sayText } from '../engine-text.ts';
import { Sentence } from './common.tsx';
import { formatDateTime } from '../format.ts';
import { oneSentence } from '../screens/dashboard.tsx';

type Attempt = Output<'cert:get'>['attempts'][number];
type Item = { at: string; attempt?: Attempt; run?: DeployHistoryEntry };

function RunLine({ r, t, lng }: { r: DeployHistoryEntry; t: TFunction; lng: string }) {
  const detail = r.text
    ? sayText(t, r.text)
    : r.errorCode
      ? oneSentence(t, lng, { code: r.errorCode, message: r.message ?? '' })
      : null;
  return (
    <>
      <span>
        {' '}
        {t(`reminders.history.${r.outcome}`)}
        {r.outcome !== 'done' && ` · ${t(`reminders.history.trigger.${r.trigger}`)}`}
      </span>
      <p className="muted">
        {r.where === null ? (
          t('reminders.history.removed')
        ) : r.label !== undefined ? (
          `${t('deploy.kinds.manual')}: ${r.label}`
        ) : (
          <code>{r.where}</code>
        )}
      </p>
      {detail && <p className="muted">{detail}</p>}
      {r.command && (
        <details>
          <summary>{t('deploy.commandExit', { code: r.command.exitCode ?? '-' })}</summary>
          <pre>{r.command.outputTail.join('\n')}</pre>
        </details>
      )}
    </>
  );
}

export function History({ certId, attempts }: { certId: string; attempts: Attempt[] }) {
  const { t, i18n } = useTranslation();
  const [runs, setRuns] = useState<DeployHistoryEntry[]>([]);
  const load = useCallback(async () => {
    const r = await call('deploy:history', { id: certId });
    if (r.ok) setRuns(r.value);
  }, [certId]);
  useEffect(() => {
    void load();
  }, [load]);
  useAppEvents((e) => {
    if (e.type === 'cert-changed' && e.id === certId) void load();
  });
  const lng = i18n.language;
  // Both lists are oldest first; a stable sort by time keeps same-second entries in order.
  const items: Item[] = [
    ...attempts.map((a) => ({ at: a.at, attempt: a })),
    ...runs.map((r) => ({ at: r.at, run: r })),
  ]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .reverse();
  return (
    <>
      <h2>{t('cert.history')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('cert.noHistory')}</p>
      ) : (
        <ol className="timeline" reversed>
          {items.map(({ at, attempt: a, run: r }, i) => (
            <li
              key={`${at}-${i}`}
              className={a ? `attempt attempt-${a.outcome}` : `deploy-run deploy-run-${r!.outcome}`}
            >
              <time dateTime={at}>{formatDateTime(at, lng)}</time>
              {a ? (
                <>
                  <span>
                    {' '}
                    {t(`cert.outcome.${a.outcome}`)} · {t(`cert.trigger.${a.trigger}`)}
                  </span>
                  {/* Issue 18: its Text (stored, or matched from older English entries in
                      main), else the English as it was written. */}
                  {a.message && (
                    <p className="muted">
                      <Sentence english={a.message} text={a.text} />
                    </p>
                  )}
                </>
              ) : (
                <RunLine r={r!} t={t} lng={lng} />
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
