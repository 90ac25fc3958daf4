// Issue 18: the CA paused the account for these names. Why Certdesk stopped and what to fix first
// (the engine's sentence, in the person's language), a button that opens the CA's unpause page in
// the browser, and "I have unpaused it", the one thing that lets renewals run again.
import { useTranslation } from 'react-i18next';
import { BusyButton } from './common.tsx';

export function PausedBox({
  paused,
  busy,
  onUnpaused,
}: {
  paused: { names: string[]; url: string };
  busy: boolean;
  onUnpaused: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="error" aria-labelledby="paused-title">
      <h2 id="paused-title">{t('keysLimits.paused.title')}</h2>
      <p>{t('engine.limits.paused', { names: paused.names.join(', ') })}</p>
      <p className="hint">{t('keysLimits.paused.waiting')}</p>
      <p className="row">
        <a className="button" href={paused.url} target="_blank" rel="noreferrer noopener">
          {t('keysLimits.paused.open')}
        </a>
        <BusyButton busy={busy} className="primary" onClick={onUnpaused}>
          {t('keysLimits.paused.done')}
        </BusyButton>
      </p>
    </section>
  );
}
