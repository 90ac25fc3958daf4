// Export with presets (issue 6): main writes the files and answers their paths. Paste fields show
// the certificate and CA bundle with copy buttons; the key is never shown: "Save key file", and
// in the desktop app "Copy key to clipboard" (main puts it there). "Export here again after every
// renewal" remembers the destination.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Output } from '../api.ts';
import { useApp } from '../app.tsx';
import { BusyButton, CopyButton, ErrorBox } from './common.tsx';
import { HttpsAdvice } from './https-advice.tsx';

type Preset = Output<'export:presets'>[number];
type ExportResult = Output<'export:run'>;

export function FolderField({
  id,
  label,
  value,
  onChange,
  hint,
  invalid,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const { state } = useApp();
  const [err, setErr] = useState<ErrorShape | null>(null);
  const choose = async () => {
    const r = await call('export:chooseFolder', {});
    if (r.ok) {
      if (r.value.path) onChange(r.value.path);
    } else setErr(r.error);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          placeholder="/etc/ssl/example"
          aria-invalid={invalid}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        {state.features.chooseFolder && (
          <button type="button" onClick={() => void choose()}>
            {t('common.choose')}
          </button>
        )}
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {err && <ErrorBox error={err} />}
    </div>
  );
}

export function PasteFields({ certId }: { certId: string }) {
  const { t } = useTranslation();
  const { state } = useApp();
  const id = useId();
  const [fields, setFields] = useState<Output<'export:paste'> | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [keyDir, setKeyDir] = useState('');
  const [keyBusy, setKeyBusy] = useState(false);
  const [keyResult, setKeyResult] = useState<string>('');
  const [keyError, setKeyError] = useState<ErrorShape | null>(null);

  useEffect(() => {
    void call('export:paste', { id: certId }).then((r) => {
      if (r.ok) setFields(r.value);
      else setError(r.error);
    });
  }, [certId]);

  const saveKey = async (e: FormEvent) => {
    e.preventDefault();
    setKeyBusy(true);
    setKeyError(null);
    const r = await call('export:saveKey', {
      id: certId,
      dir: keyDir.trim() || '.',
      overwrite: false,
    });
    setKeyBusy(false);
    if (r.ok)
      setKeyResult(
        t('export.keySaved', { path: r.value.path }) +
          (r.value.warnings.length ? ` ${r.value.warnings.join(' ')}` : ''),
      );
    else setKeyError(r.error);
  };
  const copyKey = async () => {
    const r = await call('export:copyKey', { id: certId });
    if (r.ok) setKeyResult(t('export.keyCopied'));
    else setKeyError(r.error);
  };

  if (error) return <ErrorBox error={error} />;
  if (!fields) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="paste stack">
      {(['certificate', 'caBundle'] as const).map((k) => (
        <div className="field" key={k}>
          <div className="label-row">
            <label htmlFor={`${id}-${k}`}>{t(`export.paste.${k}`)}</label>
            <CopyButton text={fields[k]} what={t(`export.paste.${k}`)} />
          </div>
          <textarea
            id={`${id}-${k}`}
            readOnly
            rows={5}
            value={fields[k]}
            className="mono"
            spellCheck={false}
          />
        </div>
      ))}
      <form className="field" onSubmit={saveKey}>
        <h3>{t('export.paste.key')}</h3>
        <p className="hint">{t('export.keyNeverShown')}</p>
        {state.features.copyKey && (
          <p>
            <button type="button" onClick={() => void copyKey()}>
              {t('export.copyKey')}
            </button>
          </p>
        )}
        <FolderField
          id={`${id}-keydir`}
          label={t('export.keyFolder')}
          value={keyDir}
          onChange={setKeyDir}
        />
        <p>
          <BusyButton busy={keyBusy} type="submit">
            {t('export.saveKey')}
          </BusyButton>
        </p>
        <p role="status">{keyResult}</p>
        {keyError && <ErrorBox error={keyError} />}
      </form>
    </div>
  );
}

export function ExportPanel({
  certId,
  keyType,
  names = [],
  dual = false,
  onExported,
}: {
  certId: string;
  keyType: string;
  /** For the HTTP-to-HTTPS redirect under a server preset (R18). */
  names?: readonly string[];
  /** R17 dual certificates (issue 18): two sets are written, and each preset says how to use both. */
  dual?: boolean;
  onExported?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [presets, setPresets] = useState<Preset[] | null>(null);
  const [preset, setPreset] = useState<Preset['id']>('nginx');
  const [dir, setDir] = useState('');
  const [password, setPassword] = useState('');
  const [legacy, setLegacy] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [remember, setRemember] = useState(true);
  const [postCommand, setPostCommand] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  useEffect(() => {
    void call('export:presets', {}).then((r) => {
      if (r.ok) setPresets(r.value);
      else setError(r.error);
    });
  }, []);
  const current = presets?.find((p) => p.id === preset);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p: Record<string, string> = {};
    if (!dir.trim()) p.dir = t('export.folderMissing');
    if (current?.needsPassword && password.length < 4) p.password = t('export.passwordShort');
    setProblems(p);
    if (Object.keys(p).length) {
      document.getElementById(`${id}-${Object.keys(p)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    const r = await call('export:run', {
      id: certId,
      dir: dir.trim(),
      preset,
      overwrite,
      remember,
      ...(remember && postCommand.trim() ? { postCommand: postCommand.trim() } : {}),
      ...(current?.needsPassword
        ? { password, ...(legacy ? { pfxEncoding: 'legacy' as const } : {}) }
        : {}),
    });
    setBusy(false);
    if (r.ok) {
      setResult(r.value);
      onExported?.();
    } else setError(r.error);
  };

  if (!presets)
    return error ? <ErrorBox error={error} /> : <p role="status">{t('common.loading')}</p>;
  return (
    <div className="export stack">
      <fieldset>
        <legend>{t('export.where')}</legend>
        <div className="preset-grid">
          {presets.map((p) => (
            <div className="choice" key={p.id}>
              <input
                type="radio"
                id={`${id}-p-${p.id}`}
                name={`${id}-preset`}
                checked={preset === p.id}
                onChange={() => {
                  setPreset(p.id);
                  setResult(null);
                }}
              />
              <label htmlFor={`${id}-p-${p.id}`}>
                {t(`export.preset.${p.id}`, { defaultValue: p.label })}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {current && !dual && (
        <p className="hint">
          {t(`engine.exportWhere.${current.id}`, { defaultValue: current.where })}
        </p>
      )}
      {current && <HttpsAdvice server={current.id} names={names} />}
      {current && dual && (
        <>
          <p className="note" role="note">
            {t('keysLimits.dual.exportNote')}
          </p>
          <p className="hint">{t(`engine.dual.where.${current.id}`)}</p>
        </>
      )}

      {current && !current.writesFiles ? (
        <PasteFields certId={certId} />
      ) : (
        <form onSubmit={submit} noValidate className="stack">
          <FolderField
            id={`${id}-dir`}
            label={t('export.folder')}
            value={dir}
            onChange={setDir}
            hint={t('export.folderHint')}
            invalid={!!problems.dir}
          />
          {problems.dir && <p className="field-error">{problems.dir}</p>}
          {current?.needsPassword && (
            <>
              <div className="field">
                <label htmlFor={`${id}-password`}>{t('export.password')}</label>
                <input
                  id={`${id}-password`}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-invalid={!!problems.password}
                  aria-describedby={`${id}-password-hint`}
                />
                <p className="hint" id={`${id}-password-hint`}>
                  {t('export.passwordHint')}
                </p>
                {problems.password && <p className="field-error">{problems.password}</p>}
              </div>
              <div className="choice">
                <input
                  type="checkbox"
                  id={`${id}-legacy`}
                  checked={legacy}
                  onChange={(e) => setLegacy(e.target.checked)}
                />
                <label htmlFor={`${id}-legacy`}>{t('export.legacy')}</label>
              </div>
            </>
          )}
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-remember`}
              checked={remember}
              onChange={(e) => setRemember(e.target.checked)}
            />
            <label htmlFor={`${id}-remember`}>{t('export.remember')}</label>
          </div>
          {remember && (
            <div className="field indent">
              <label htmlFor={`${id}-cmd`}>{t('export.postCommand')}</label>
              <input
                id={`${id}-cmd`}
                value={postCommand}
                onChange={(e) => setPostCommand(e.target.value)}
                spellCheck={false}
                placeholder="systemctl reload nginx"
                aria-describedby={`${id}-cmd-hint`}
              />
              <p className="hint" id={`${id}-cmd-hint`}>
                {t('export.postCommandHint')}
              </p>
            </div>
          )}
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-overwrite`}
              checked={overwrite}
              onChange={(e) => setOverwrite(e.target.checked)}
            />
            <label htmlFor={`${id}-overwrite`}>{t('export.overwrite')}</label>
          </div>
          <p>
            <BusyButton busy={busy} type="submit" className="primary">
              {t('export.run')}
            </BusyButton>
          </p>
        </form>
      )}
      {error && <ErrorBox error={error} />}
      {result && (
        <div className="result" role="status">
          <p className="ok-text">{t('export.done', { count: result.files.length })}</p>
          <ul className="files">
            {result.files.map((f) => (
              <li key={f.path}>
                <code className="wrap">{f.path}</code>
                {f.secret && <span className="badge badge-secret">{t('export.secretFile')}</span>}
              </li>
            ))}
          </ul>
          {result.warnings.map((w) => (
            <p key={w} className="warning" lang="en">
              {w}
            </p>
          ))}
          {result.destination && <p>{t('export.remembered')}</p>}
        </div>
      )}
      {keyType.startsWith('ec') && current?.needsPassword && (
        <p className="hint">{t('export.ecPfxNote')}</p>
      )}
    </div>
  );
}
