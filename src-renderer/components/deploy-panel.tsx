// "Where is this certificate used?" (issue 17): the certificate's deployment targets with their
// last run, last good deployment and next try; Test, Deploy now, Remove; the steps and paste
// fields of a place the person updates by hand, with "Done"; and a form to add a place. Shown
// after "Done" in the wizard and on the certificate page. Credentials go to main and never back.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useAppEvents, type ErrorShape } from '../api.ts';
import type { DeployKind, DeployTargetView } from '../../src-main/shared/deploy.ts';
import { DEPLOY_KINDS } from '../../src-main/shared/deploy.ts';
import type { Input } from '../../src-main/shared/contract.ts';
import { sayText } from '../engine-text.ts';
import { formatDate } from '../format.ts';
import { BusyButton, ErrorBox } from './common.tsx';
import { WaitingSteps } from './waiting-steps.tsx';
import { Check, Field, Select } from './deploy-fields.tsx';
import { KeyFileField } from './deploy-key-field.tsx';

type Config = Input<'deploy:add'>['config'];
const PRESETS = ['nginx', 'apache', 'haproxy', 'synology', 'generic'] as const;
/** A place updated by hand: its paste fields ('cpanel'), or the files of a preset (no PFX: no password to keep). */
const MANUAL_FILES = ['cpanel', ...PRESETS] as const;

function TargetRow({
  certId,
  v,
  reload,
}: {
  certId: string;
  v: DeployTargetView;
  reload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const at = (iso: string) => formatDate(iso, i18n.language);
  const act = async (what: 'test' | 'run' | 'remove' | 'done') => {
    setBusy(what);
    setError(null);
    setNote(null);
    const input = { id: certId, targetId: v.id };
    if (what === 'test') {
      const r = await call('deploy:test', input);
      if (r.ok) setNote(sayText(t, r.value.text));
      else setError(r.error);
    } else {
      const r =
        what === 'run'
          ? await call('deploy:run', input)
          : what === 'remove'
            ? await call('deploy:remove', input)
            : await call('deploy:done', input);
      if (!r.ok) setError(r.error);
      reload();
    }
    setBusy(null);
  };
  const last = v.lastRun;
  const waiting = v.waiting !== null;
  return (
    <li className="card deploy-target" data-kind={v.config.kind}>
      <p>
        <strong>{t(`deploy.kinds.${v.config.kind}`)}</strong>:{' '}
        {/* A place updated by hand is the person's own words, not a technical address. */}
        {v.config.kind === 'manual' ? v.config.label : <code>{v.where}</code>}
      </p>
      {waiting ? (
        <p className="warn-text" role="status">
          {t('deploy.waiting')}
        </p>
      ) : last ? (
        <>
          <p className={last.ok ? 'ok-text' : 'error-text'} role="status">
            {t(last.ok ? 'deploy.lastOk' : 'deploy.lastFailed', { at: at(last.at) })}
          </p>
          {/* The reason on its own line: glued to "Failed <date>" it read as one run-on sentence. */}
          {!last.ok && (last.text || last.message) && (
            <p className="error-text deploy-reason">
              {last.text ? sayText(t, last.text) : last.message}
            </p>
          )}
        </>
      ) : (
        <p>{t('deploy.notRun')}</p>
      )}
      {last?.command && (
        <details>
          <summary>{t('deploy.commandExit', { code: last.command.exitCode ?? '-' })}</summary>
          <pre>{last.command.outputTail.join('\n')}</pre>
        </details>
      )}
      {last && !last.ok && !waiting && (
        <p className="note">
          {v.lastGood ? t('deploy.lastGood', { at: at(v.lastGood.at) }) : t('deploy.noGood')}
          {v.retryAt ? ` ${t('deploy.retryAt', { at: at(v.retryAt) })}` : ''}
        </p>
      )}
      {waiting && v.config.kind === 'manual' && <WaitingSteps certId={certId} targetId={v.id} />}
      {note && (
        <p className="ok-text" role="status">
          {note}
        </p>
      )}
      {error && <ErrorBox error={error} />}
      <div className="actions">
        {waiting && (
          <BusyButton busy={busy === 'done'} className="primary" onClick={() => void act('done')}>
            {t('deploy.done')}
          </BusyButton>
        )}
        {v.config.kind !== 'manual' && (
          <>
            <BusyButton busy={busy === 'test'} onClick={() => void act('test')}>
              {t('deploy.test')}
            </BusyButton>
            <BusyButton busy={busy === 'run'} onClick={() => void act('run')}>
              {t('deploy.deployNow')}
            </BusyButton>
          </>
        )}
        <BusyButton busy={busy === 'remove'} onClick={() => void act('remove')}>
          {t('deploy.remove')}
        </BusyButton>
      </div>
    </li>
  );
}

function AddForm({ certId, onAdded }: { certId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DeployKind>('sftp');
  const [f, setF] = useState<Record<string, string>>({ preset: 'nginx' });
  const [ftps, setFtps] = useState(true);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(0);
  const [error, setError] = useState<ErrorShape | null>(null);
  const set = (k: string) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const v = (k: string) => f[k] ?? '';
  const opt = (k: string) => (v(k).trim() ? { [k]: v(k).trim() } : {});
  const field = (k: string, type = 'text') => (
    <Field key={k} name={k} label={t(`deploy.${k}`)} value={v(k)} onChange={set(k)} type={type} />
  );
  const submit = async () => {
    setBusy(true);
    setError(null);
    const preset = v('preset') as (typeof PRESETS)[number];
    let config: Config;
    if (kind === 'sftp')
      config = {
        kind,
        host: v('host'),
        user: v('user'),
        remoteDir: v('remoteDir'),
        preset,
        ...opt('hostKey'),
        ...opt('command'),
      };
    else if (kind === 'ftp')
      config = {
        kind,
        host: v('host'),
        user: v('user'),
        remoteDir: v('remoteDir'),
        preset,
        ...(ftps ? { tls: true } : {}),
      };
    else if (kind === 'cpanel')
      config = { kind, url: v('cpanelUrl'), user: v('user'), ...opt('domain') };
    else if (kind === 'local') config = { kind, dir: v('dir'), preset, ...opt('postCommand') };
    else {
      // What the place asks for (issue 17): paste fields (cPanel-like boxes) or a preset's files.
      const asks = v('manualFiles') || 'cpanel';
      config = {
        kind,
        label: v('label'),
        ...opt('notes'),
        preset: asks as (typeof MANUAL_FILES)[number],
      };
    }
    const secrets = {
      ...(v('password') ? { password: v('password') } : {}),
      ...(v('privateKey') ? { privateKey: v('privateKey') } : {}),
      ...(v('privateKey') && v('passphrase') ? { passphrase: v('passphrase') } : {}),
      ...(v('apiToken') ? { apiToken: v('apiToken') } : {}),
    };
    const r = await call('deploy:add', { id: certId, config, secrets, run: true });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setF({ preset: 'nginx' });
    setAdded((n) => n + 1); // a fresh form: the chosen key file is forgotten too
    onAdded();
  };
  return (
    <form
      key={added}
      className="card stack deploy-add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Select
        label={t('deploy.kind')}
        name="kind"
        value={kind}
        options={DEPLOY_KINDS.map((k) => ({ value: k, label: t(`deploy.kinds.${k}`) }))}
        onChange={(k) => {
          setKind(k);
          set('privateKey')(''); // a key picked for SFTP is not sent with another kind
        }}
      />
      {(kind === 'sftp' || kind === 'ftp') && [
        field('host'),
        field('user'),
        field('password', 'password'),
      ]}
      {kind === 'sftp' && [
        <KeyFileField key="privateKey" onKey={set('privateKey')} />,
        <Field
          key="passphrase"
          name="passphrase"
          label={t('details.field.uploadPassphrase')}
          value={v('passphrase')}
          onChange={set('passphrase')}
          type="password"
        />,
      ]}
      {(kind === 'sftp' || kind === 'ftp') && field('remoteDir')}
      {kind === 'sftp' && [field('hostKey'), field('command')]}
      {kind === 'ftp' && <Check label={t('deploy.ftps')} checked={ftps} onChange={setFtps} />}
      {kind === 'cpanel' && [
        field('cpanelUrl'),
        field('user'),
        field('apiToken', 'password'),
        field('domain'),
      ]}
      {kind === 'local' && [field('dir'), field('postCommand')]}
      {kind === 'manual' && [field('label'), field('notes')]}
      {kind === 'manual' && (
        <Select
          label={t('reminders.add.files')}
          name="manualFiles"
          value={v('manualFiles') || 'cpanel'}
          options={MANUAL_FILES.map((p) => ({
            value: p,
            label: p === 'cpanel' ? t('reminders.add.paste') : t(`export.preset.${p}`),
          }))}
          onChange={set('manualFiles')}
        />
      )}
      {kind !== 'cpanel' && kind !== 'manual' && (
        <Select
          label={t('deploy.files')}
          name="preset"
          value={v('preset')}
          options={PRESETS.map((p) => ({ value: p, label: t(`export.preset.${p}`) }))}
          onChange={set('preset')}
        />
      )}
      {error && <ErrorBox error={error} />}
      <div className="actions">
        <BusyButton busy={busy} type="submit" className="primary">
          {t('deploy.add')}
        </BusyButton>
      </div>
    </form>
  );
}

export function DeployPanel({ certId }: { certId: string }) {
  const { t } = useTranslation();
  const [list, setList] = useState<DeployTargetView[] | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const load = useCallback(async () => {
    const r = await call('deploy:list', { id: certId });
    if (r.ok) setList(r.value);
    else setError(r.error);
  }, [certId]);
  useEffect(() => {
    void load();
  }, [load]);
  useAppEvents((e) => {
    if (e.type === 'cert-changed' && e.id === certId) void load();
  });
  return (
    <section className="stack deploy-panel" aria-labelledby="deploy-title">
      <h2 id="deploy-title">{t('deploy.title')}</h2>
      <p>{t('deploy.intro')}</p>
      {error && <ErrorBox error={error} />}
      {list && list.length === 0 && <p className="note">{t('deploy.none')}</p>}
      {list && list.length > 0 && (
        <ul className="deploy-list">
          {list.map((v) => (
            <TargetRow key={v.id} certId={certId} v={v} reload={() => void load()} />
          ))}
        </ul>
      )}
      <AddForm certId={certId} onAdded={() => void load()} />
    </section>
  );
}
