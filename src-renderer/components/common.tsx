// Small building blocks every screen uses: error sentences with "Show details", copy buttons,
// headings that take the focus when a screen or step appears (keyboard and screen-reader users
// land where the content changed), status badges.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../src-main/shared/engine-text.ts';
import type { ErrorShape } from '../api.ts';
import { engineSentence, sayText } from '../engine-text.ts';

/** Renderer-side codes (the bridge itself failed) are always translated. */
const UI_CODES = new Set(['ui-offline', 'ui-no-token']);

/**
 * The engine's sentences serve every face and name the CLI's flag in a "(CLI: ...)" aside; the
 * window has its own controls for that (the sentence names them), so the aside is left out here.
 */
export const withoutCliHints = (message: string): string =>
  message.replace(/\s*\(CLI: [^()]*\)/g, '');

export function ErrorBox({ error, children }: { error: ErrorShape; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const translated = t(`errors.${error.code}`, { defaultValue: '' });
  // An engine error that came with its Text is said in the UI's language, as precise as the
  // engine's English. Otherwise: in English the engine's own sentence is the most precise one;
  // other languages get the translated sentence for the code. Either way, non-English UIs keep
  // the English original behind "Show details" (for a search or a support request).
  const english = i18n.language === 'en' || i18n.language.startsWith('en-');
  const headline = UI_CODES.has(error.code)
    ? translated
    : error.text
      ? sayText(t, error.text)
      : english
        ? withoutCliHints(error.message)
        : translated || t('errors.generic');
  const showOriginal = !UI_CODES.has(error.code) && !english;
  return (
    <div className="error" role="alert">
      <p className="error-text">{headline}</p>
      {error.retryAfter && (
        <p>
          {t('common.retryAfter', {
            time: new Date(error.retryAfter).toLocaleString(i18n.language),
          })}
        </p>
      )}
      {error.link && (
        // Issue 18: the page the person must open (the CA's unpause page), in their browser.
        <p>
          <a className="button" href={error.link} target="_blank" rel="noreferrer noopener">
            {t('keysLimits.paused.open')}
          </a>
        </p>
      )}
      {children}
      {(error.detail || showOriginal) && (
        <details>
          <summary>{t('common.showDetails')}</summary>
          {showOriginal && <p lang="en">{error.message}</p>}
          <p className="mono">{t('common.errorCode', { code: error.code })}</p>
          {error.detail && <pre className="mono wrap">{error.detail}</pre>}
        </details>
      )}
    </div>
  );
}

/** A sentence of the engine, in the UI's language when it came with its Text, else in English (marked so). */
export function Sentence({
  english,
  text,
  className,
}: {
  english: string;
  text?: Text | null;
  className?: string;
}) {
  const { t } = useTranslation();
  const said = engineSentence(t, english, text);
  return (
    <span className={className} {...(said.lang ? { lang: said.lang } : {})}>
      {said.text}
    </span>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no permission): the old way, through a hidden selection.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const h = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(h);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        className="small"
        aria-label={t('common.copyWhat', { what })}
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
      >
        {t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}

/** A heading that receives the focus when it appears (screen or wizard step changes). */
export function FocusHeading({
  level = 1,
  children,
  id,
}: {
  level?: 1 | 2;
  children: ReactNode;
  id?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} id={id} className="focus-heading">
      {children}
    </Tag>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

/** A button that shows it is busy and cannot be pressed twice. */
export function BusyButton({
  busy,
  children,
  className,
  onClick,
  type = 'button',
  disabled,
}: {
  busy: boolean;
  children: ReactNode;
  className?: string;
  onClick?: () => void;
  type?: 'button' | 'submit';
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type={type}
      className={className}
      onClick={onClick}
      disabled={busy || disabled}
      aria-busy={busy}
    >
      {busy ? t('common.working') : children}
    </button>
  );
}
