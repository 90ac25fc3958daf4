// Step 1: the names, checked as they are typed (names:check), with wildcards and internationalised
// names explained (R6, R15). Key type and account sit under "More options".
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyType } from '../../../src-main/shared/types.ts';
import { call, type Output } from '../../api.ts';
import { useApp } from '../../app.tsx';
import { FocusHeading } from '../../components/common.tsx';
import { DualKeyField } from './dual-key-field.tsx';
import type { StepProps } from './wizard.tsx';
import { sayText } from '../../engine-text.ts';
import { ipAllowed, ProfileField, useCaProfiles } from './profile-field.tsx';

type Check = Output<'names:check'>;
const KEY_TYPES: KeyType[] = ['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096'];

export const splitNames = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function NamesStep({ data, update, next }: StepProps) {
  const { t } = useTranslation();
  const { state } = useApp();
  const id = useId();
  const [check, setCheck] = useState<Check | null>(null);
  const [checking, setChecking] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const profiles = useCaProfiles(data.accountId);
  const allowIp = ipAllowed(profiles, data.profile);

  // Checked as you type, a moment after the last key (not on every key press).
  useEffect(() => {
    const names = splitNames(data.namesText);
    if (names.length === 0) {
      setCheck(null);
      return;
    }
    let live = true;
    setChecking(true);
    const h = setTimeout(() => {
      void call('names:check', { names: names.slice(0, 200), allowIp }).then((r) => {
        if (!live) return;
        setChecking(false);
        if (r.ok) setCheck(r.value);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(h);
    };
  }, [data.namesText, allowIp]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const names = splitNames(data.namesText);
    const r = await call('names:check', { names: names.slice(0, 200), allowIp });
    if (!r.ok) return;
    setCheck(r.value);
    setShowProblems(true);
    if (names.length === 0 || r.value.problems.length > 0) {
      document.getElementById(`${id}-names`)?.focus();
      return;
    }
    update({ names: r.value.names, wildcard: r.value.wildcard, allowIp });
    next();
  };

  const problems = check?.problems ?? [];
  const empty = splitNames(data.namesText).length === 0;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FocusHeading>{t('names.title')}</FocusHeading>
      <p className="lead">{t('names.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-names`}>{t('names.label')}</label>
        <textarea
          id={`${id}-names`}
          rows={4}
          value={data.namesText}
          onChange={(e) => update({ namesText: e.target.value })}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={`${id}-hint ${id}-check`}
          aria-invalid={showProblems && (problems.length > 0 || empty)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('names.hint')}
        </p>
        <div id={`${id}-check`} aria-live="polite">
          {showProblems && empty && <p className="field-error">{t('names.empty')}</p>}
          {problems.length > 0 && (
            <ul className="problems">
              {problems.map((p, i) => (
                <li key={i} className="field-error">
                  {p.input ? <strong>{p.input}: </strong> : null}
                  {sayText(t, p.text)}
                </li>
              ))}
            </ul>
          )}
          {check && problems.length === 0 && check.names.length > 0 && !checking && (
            <p className="ok-text">{t('names.ok', { count: check.names.length })}</p>
          )}
        </div>
      </div>
      {check?.wildcard && (
        <p className="note" role="note">
          {t('names.wildcard')}
        </p>
      )}
      {check && check.idn.length > 0 && (
        <div className="note" role="note">
          <p>{t('names.idn')}</p>
          <ul>
            {check.idn.map((x) => (
              <li key={x.ascii}>
                <span>{x.input}</span> → <code>{x.ascii}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>{t('names.more')}</summary>
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('names.keyType')}</label>
          <select
            id={`${id}-key`}
            value={data.keyType}
            onChange={(e) => update({ keyType: e.target.value as KeyType })}
            aria-describedby={`${id}-key-hint`}
          >
            {KEY_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`keyType.${k}`)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-key-hint`}>
            {t('names.keyTypeHint')}
          </p>
        </div>
        <DualKeyField
          keyType={data.keyType}
          twinKeyType={data.twinKeyType}
          onChange={(twinKeyType) => update({ twinKeyType })}
        />
        {state.accounts.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-acct`}>{t('names.account')}</label>
            <select
              id={`${id}-acct`}
              value={data.accountId}
              onChange={(e) => update({ accountId: e.target.value, profile: '' })}
            >
              {state.accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.email} – {t(`account.ca.${a.caId}`, { defaultValue: a.directoryUrl })}
                </option>
              ))}
            </select>
          </div>
        )}
        <ProfileField
          id={id}
          profiles={profiles}
          value={data.profile}
          onChange={(profile) => update({ profile })}
        />
      </details>
      <div className="wizard-buttons">
        <button type="submit" className="primary">
          {t('common.next')}
        </button>
      </div>
    </form>
  );
}
