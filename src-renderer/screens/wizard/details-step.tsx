// Step 3: the details of the chosen route (the fields are details-fields.tsx, which the
// certificate page's "Change how the CA reaches you" uses too).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app.tsx';
import { FocusHeading } from '../../components/common.tsx';
import { missingDetails, type Details } from './model.ts';
import { DetailsFields, routeUnavailable } from './details-fields.tsx';
import type { StepProps } from './wizard.tsx';

export function DetailsStep({ data, update, next, back }: StepProps) {
  const { t } = useTranslation();
  const { state } = useApp();
  const id = useId();
  const d = data.details;
  const route = data.route ?? 'http-01';
  const [missing, setMissing] = useState<(keyof Details)[]>([]);
  const set = (patch: Partial<Details>) => update({ details: { ...d, ...patch } });
  const unavailable = routeUnavailable(state.features.routes, route, d);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = missingDetails(route, d);
    setMissing(m);
    if (m.length > 0) {
      document.getElementById(`${id}-${m[0]}`)?.focus();
      return;
    }
    if (unavailable) return;
    next();
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FocusHeading>{t(`details.title.${route}`)}</FocusHeading>
      <DetailsFields route={route} d={d} set={set} missing={missing} idBase={id} />
      <div className="wizard-buttons">
        <button type="button" onClick={back}>
          {t('common.back')}
        </button>
        <button type="submit" className="primary" disabled={unavailable}>
          {t('common.next')}
        </button>
      </div>
    </form>
  );
}
