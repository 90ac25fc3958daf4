// HTTPS after the first certificate (R18, issue 17): under each server preset (and so on the done
// page), the redirect from HTTP to HTTPS that keeps the CA's check on plain HTTP, and the optional
// HSTS line with its warning in plain words.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HSTS_DEFAULT_DAYS,
  hstsSnippet,
  isSnippetServer,
  redirectSnippet,
} from '../../src-main/shared/https-snippets.ts';

export function HttpsAdvice({ server, names }: { server: string; names: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [hsts, setHsts] = useState(false);
  if (!isSnippetServer(server)) return null;
  return (
    <details className="card https-advice">
      <summary>{t('https.title')}</summary>
      <p>{t('https.intro')}</p>
      <pre className="snippet" aria-label={t('https.redirectLabel')}>
        <code>{redirectSnippet(server, names)}</code>
      </pre>
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-hsts`}
          checked={hsts}
          onChange={(e) => setHsts(e.target.checked)}
          aria-describedby={`${id}-hsts-warn`}
        />
        <label htmlFor={`${id}-hsts`}>{t('https.hsts', { days: HSTS_DEFAULT_DAYS })}</label>
      </div>
      <p className="note" id={`${id}-hsts-warn`}>
        {t('https.hstsWarning', { days: HSTS_DEFAULT_DAYS })}
      </p>
      {hsts && (
        <pre className="snippet" aria-label={t('https.hstsLabel')}>
          <code>{hstsSnippet(server)}</code>
        </pre>
      )}
    </details>
  );
}
