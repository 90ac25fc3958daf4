// The CA's ACME profiles under "More options" (issue 18): the CA's own names and descriptions from
// its directory, "the CA's default" first, and a plain-words note on what a shorter lifetime means.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../api.ts';

type Profiles = Output<'ca:profiles'>;
export type CaProfiles = { status: 'loading' | 'ok' | 'error'; value: Profiles | null };

/** The profiles of the CA of this account ('' = the only account). */
export function useCaProfiles(accountId: string): CaProfiles {
  const [s, setS] = useState<CaProfiles>({ status: 'loading', value: null });
  useEffect(() => {
    let live = true;
    setS({ status: 'loading', value: null });
    void call('ca:profiles', accountId ? { accountId } : {}).then((r) => {
      if (live) setS(r.ok ? { status: 'ok', value: r.value } : { status: 'error', value: null });
    });
    return () => {
      live = false;
    };
  }, [accountId]);
  return s;
}

/** RFC 8738: whether names may be IP addresses with this CA and profile. */
export function ipAllowed(p: CaProfiles, profile: string): boolean {
  const ip = p.value?.ipProfiles;
  if (ip === undefined) return false;
  return ip === null || (profile !== '' && ip.includes(profile));
}

export function ProfileField({
  id,
  profiles,
  value,
  onChange,
}: {
  id: string;
  profiles: CaProfiles;
  value: string;
  onChange: (profile: string) => void;
}) {
  const { t } = useTranslation();
  const list = profiles.value?.profiles ?? [];
  if (profiles.status === 'loading') return <p className="hint">{t('profiles.loading')}</p>;
  if (profiles.status === 'error') return <p className="hint">{t('profiles.unavailable')}</p>;
  if (list.length === 0) return <p className="hint">{t('profiles.none')}</p>;
  const chosen = list.find((p) => p.name === value);
  return (
    <div className="field">
      <label htmlFor={`${id}-profile`}>{t('profiles.label')}</label>
      <select
        id={`${id}-profile`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-profile-hint`}
      >
        <option value="">{t('profiles.caDefault')}</option>
        {list.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name}
          </option>
        ))}
      </select>
      <div className="hint" id={`${id}-profile-hint`}>
        <p>{t('profiles.hint')}</p>
        {/* The CA's own words (R24): they may be a sentence or a link to its documentation. */}
        <ul className="profile-list">
          {list.map((p) => (
            <li key={p.name} aria-current={p.name === value ? 'true' : undefined}>
              <strong>{p.name}</strong>: <span className="wrap">{p.description}</span>
            </li>
          ))}
        </ul>
        <p>{t('profiles.shorter')}</p>
        {chosen && ipAllowed(profiles, chosen.name) && <p>{t('profiles.ipAllowed')}</p>}
      </div>
    </div>
  );
}
