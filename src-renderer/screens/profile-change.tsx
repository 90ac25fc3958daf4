// The profile row of the certificate page (issue 18): the ACME profile the certificate asks for,
// and "Change profile": the CA's own profiles and descriptions (the wizard's field, read from the
// CA's directory), the plain-words note on shorter lifetimes, saved with cert:setProfile. Nothing
// is ordered; the next renewal asks for what is saved. Main refuses a profile the CA lacks.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Output } from '../api.ts';
import { BusyButton, ErrorBox } from '../components/common.tsx';
import { ProfileField, useCaProfiles } from './wizard/profile-field.tsx';

type Detail = Output<'cert:get'>;

export function ProfileFact({ c, onSaved }: { c: Detail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const close = (message: string | null) => {
    setEditing(false);
    setSaved(message);
    setTimeout(() => changeRef.current?.focus());
  };
  return (
    <div>
      <dt>{t('profiles.onCert')}</dt>
      <dd>
        <span data-testid="cert-profile">{c.profile ?? t('profiles.caDefault')}</span>
        {!editing && (
          <>
            {' '}
            <button
              type="button"
              className="small"
              ref={changeRef}
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              {t('profiles.change')}
            </button>
          </>
        )}
        {saved && (
          <p className="ok-text" role="status">
            {saved}
          </p>
        )}
        {editing && (
          <ProfileEditor
            c={c}
            onCancel={() => close(null)}
            onSaved={(profile) => {
              close(profile ? t('profiles.saved', { profile }) : t('profiles.savedDefault'));
              onSaved();
            }}
          />
        )}
      </dd>
    </div>
  );
}

function ProfileEditor({
  c,
  onSaved,
  onCancel,
}: {
  c: Detail;
  onSaved: (profile: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const profiles = useCaProfiles(c.accountId);
  const [value, setValue] = useState(c.profile ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const offered = (profiles.value?.profiles.length ?? 0) > 0;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens in place: the focus goes to its heading, as the route editor's does.
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await call('cert:setProfile', { id: c.id, profile: value || null });
    setBusy(false);
    if (r.ok) onSaved(r.value.profile ?? null);
    else setError(r.error);
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('profiles.changeTitle')}
      </h3>
      <ProfileField id={id} profiles={profiles} value={value} onChange={setValue} />
      <p>{t('profiles.changeNext')}</p>
      {error && <ErrorBox error={error} />}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton busy={busy} type="submit" className="primary" disabled={!offered}>
          {t('profiles.save')}
        </BusyButton>
      </div>
    </form>
  );
}
