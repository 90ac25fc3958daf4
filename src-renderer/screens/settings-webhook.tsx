// Settings > Notifications > Webhook (issue 17): the address and the service's format, chosen
// from the address's host ("Automatic: Slack") or picked for a service on one's own server.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../api.ts';
import {
  detectWebhookFormat,
  WEBHOOK_FORMATS,
  type WebhookFormatSetting,
} from '../../src-main/shared/webhook-format.ts';

type Saved = Output<'settings:get'>['webhook'];

export function WebhookForm({
  saved,
  save,
  outcome,
  test,
}: {
  saved: Saved;
  save: (input: Input<'settings:set'>) => unknown;
  outcome: ReactNode;
  test: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(saved?.url ?? '');
  const [format, setFormat] = useState<WebhookFormatSetting>(saved?.format ?? 'auto');
  useEffect(() => {
    setUrl(saved?.url ?? '');
    setFormat(saved?.format ?? 'auto');
  }, [saved?.url, saved?.format]);
  const detected = detectWebhookFormat(url.trim());
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save({ webhook: url.trim() ? { url: url.trim(), format } : null });
      }}
      className="stack card"
      noValidate
    >
      <h3>{t('settings.webhook')}</h3>
      <div className="field">
        <label htmlFor={`${id}-hook`}>{t('settings.webhookUrl')}</label>
        <input
          id={`${id}-hook`}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://hooks.slack.com/services/…"
          aria-describedby={`${id}-hook-hint`}
        />
        <p className="hint" id={`${id}-hook-hint`}>
          {t('notifyFormat.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('notifyFormat.format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value as WebhookFormatSetting)}
          aria-describedby={`${id}-format-hint`}
        >
          <option value="auto">
            {t('notifyFormat.auto', { format: t(`notifyFormat.names.${detected}`) })}
          </option>
          {WEBHOOK_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`notifyFormat.names.${f}`)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-format-hint`}>
          {t('notifyFormat.formatHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
      </div>
      {outcome}
      {test}
    </form>
  );
}
