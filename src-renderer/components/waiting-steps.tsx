// The steps of a place the person updates by hand (issue 17: "the certificate waits for the person,
// with the exact steps and paste fields"): where, which files it asked for (names from main), the
// paste fields for the certificate and CA bundle, and the key only as a file main writes ("Save key
// file", "Save files"), never as text on this page (R8). Urgent when the certificate still served
// has less than a tenth of its lifetime left. "Done" is the target row's own button.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Output } from '../api.ts';
import type { Input } from '../../src-main/shared/contract.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { BusyButton, ErrorBox } from './common.tsx';
import { FolderField, PasteFields } from './export-panel.tsx';

type Steps = Output<'deploy:steps'>;

/** "Save files": main writes the preset's files (the key at 0600) and answers their paths. */
function SaveFiles({ certId, preset }: { certId: string; preset: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(null);
    const r = await call('export:run', {
      id: certId,
      dir: dir.trim() || '.',
      preset: preset as Input<'export:run'>['preset'],
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const paths = r.value.files.map((f) => f.path);
    const names = paths.map((p) => p.split(/[\\/]/).pop()).join(', ');
    const where = paths[0]?.replace(/[\\/][^\\/]*$/, '') ?? dir;
    setSaved(t('reminders.steps.saved', { dir: where, files: names }));
  };
  return (
    <form className="stack save-files" onSubmit={(e) => void submit(e)}>
      <FolderField
        id={`${id}-dir`}
        label={t('reminders.steps.folder')}
        value={dir}
        onChange={setDir}
      />
      <p>
        <BusyButton busy={busy} type="submit">
          {t('reminders.steps.saveFiles')}
        </BusyButton>
      </p>
      {saved && (
        <p className="ok-text" role="status">
          {saved}
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </form>
  );
}

export function WaitingSteps({ certId, targetId }: { certId: string; targetId: string }) {
  const { t, i18n } = useTranslation();
  const [s, setS] = useState<Steps | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  useEffect(() => {
    void call('deploy:steps', { id: certId, targetId }).then((r) => {
      if (r.ok) setS(r.value);
      else setError(r.error);
    });
  }, [certId, targetId]);
  if (error) return <ErrorBox error={error} />;
  if (!s) return <p role="status">{t('common.loading')}</p>;
  const lng = i18n.language;
  const label = s.label;
  return (
    <div className={`stack waiting-steps${s.urgent ? ' urgent' : ''}`}>
      <h3>{t('reminders.steps.title', { label })}</h3>
      {s.urgent && s.served ? (
        <p className="urgent-text" role="alert">
          {t('reminders.steps.urgent', { label, date: formatDate(s.served.notAfter, lng) })}
        </p>
      ) : (
        <p>{t('reminders.steps.renewed', { label, date: formatDateTime(s.since, lng) })}</p>
      )}
      <ol className="manual-steps">
        <li>{t('reminders.steps.open', { label })}</li>
        {s.files.length > 0 ? (
          <li>
            {t('reminders.steps.files')}
            <ul className="step-files">
              {s.files.map((f) => (
                <li key={f.name}>
                  <code>{f.name}</code>: {t(`reminders.steps.kinds.${f.kind}`)}
                </li>
              ))}
            </ul>
          </li>
        ) : (
          <>
            <li>{t('reminders.steps.paste')}</li>
            <li>{t('reminders.steps.key')}</li>
          </>
        )}
        {s.notes && (
          <li>
            {t('reminders.steps.notes')} <span className="person-notes">{s.notes}</span>
          </li>
        )}
        <li>{t('reminders.steps.done')}</li>
      </ol>
      {s.preset ? (
        <>
          <SaveFiles certId={certId} preset={s.preset} />
          <details>
            <summary>{t('done.pasteTitle')}</summary>
            <PasteFields certId={certId} />
          </details>
        </>
      ) : (
        <PasteFields certId={certId} />
      )}
    </div>
  );
}
