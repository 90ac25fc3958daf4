// "Change how the CA reaches you" on the certificate page (issue 15): the wizard's details form,
// filled from the stored route, saved with cert:setRoute. Nothing is issued; the next renewal
// uses the new route. Password fields start empty: a stored credential is kept when its field
// is left empty and the server is the same (main decides; the page only knows the names).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sameDestination } from '../../src-main/shared/route-facts.ts';
import { call, type ErrorShape, type Output } from '../api.ts';
import { useApp } from '../app.tsx';
import { BusyButton, ErrorBox, FocusHeading } from '../components/common.tsx';
import {
  buildChallenge,
  detailsFromRoute,
  keepUnshown,
  missingDetails,
  type Details,
  type Route,
} from './wizard/model.ts';
import { DetailsFields, routeUnavailable } from './wizard/details-fields.tsx';

type Detail = Output<'cert:get'>;
const ROUTES: Route[] = ['http-01', 'dns-01', 'tls-alpn-01'];

export function RouteEditor({
  cert,
  onSaved,
  onCancel,
}: {
  cert: Detail;
  onSaved: (c: Output<'cert:setRoute'>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { state } = useApp();
  const id = useId();
  const initial = useMemo(
    () => detailsFromRoute(cert.challenge, cert.storedSecrets),
    [cert.challenge, cert.storedSecrets],
  );
  const [route, setRoute] = useState<Route>(initial.route);
  const [d, setD] = useState<Details>(initial.details);
  const [missing, setMissing] = useState<(keyof Details)[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const wildcard = cert.names.some((n) => n.startsWith('*.'));
  const set = (patch: Partial<Details>) => setD((x) => ({ ...x, ...patch }));

  const built = buildChallenge(route, d);
  const challenge = keepUnshown(cert.challenge, built.challenge);
  // What main keeps when a field is left empty: only for the same kind of route and server.
  const kept = sameDestination(cert.challenge, challenge) ? cert.storedSecrets : [];
  const unavailable = routeUnavailable(state.features.routes, route, d);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = missingDetails(route, d, kept);
    setMissing(m);
    if (m.length > 0) {
      document.getElementById(`${id}-${m[0]}`)?.focus();
      return;
    }
    if (unavailable) return;
    setBusy(true);
    setError(null);
    const secrets = Object.keys(built.secrets).length > 0 ? { secrets: built.secrets } : {};
    const r = await call('cert:setRoute', { id: cert.id, challenge, ...secrets });
    setBusy(false);
    if (r.ok) onSaved(r.value);
    else setError(r.error);
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="stack route-editor"
      aria-labelledby={`${id}-title`}
    >
      <FocusHeading level={2} id={`${id}-title`}>
        {t('cert.routeEdit.title')}
      </FocusHeading>
      <p className="hint">{t('cert.routeEdit.intro')}</p>
      <fieldset>
        <legend>{t('cert.routeEdit.type')}</legend>
        {ROUTES.map((r) => {
          const disabled = wildcard && r !== 'dns-01';
          return (
            <div className="choice" key={r}>
              <input
                type="radio"
                id={`${id}-route-${r}`}
                name={`${id}-route`}
                checked={route === r}
                disabled={disabled}
                onChange={() => {
                  setRoute(r);
                  setMissing([]);
                }}
                aria-describedby={disabled ? `${id}-route-${r}-hint` : undefined}
              />
              <label htmlFor={`${id}-route-${r}`}>{t(`route.name.${r}`)}</label>
              {disabled && (
                <p className="hint" id={`${id}-route-${r}-hint`}>
                  {t('route.notForWildcard')}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <DetailsFields route={route} d={d} set={set} missing={missing} idBase={id} kept={kept} />
      {error && <ErrorBox error={error} />}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton busy={busy} type="submit" className="primary" disabled={unavailable}>
          {t('common.save')}
        </BusyButton>
      </div>
    </form>
  );
}
