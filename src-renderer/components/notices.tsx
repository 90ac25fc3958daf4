// The one-time notices at the top of the window (app:state): a data file moved aside, keys kept in
// a file, and what opening the data folder restored or could not (issue 22, said in the person's
// language by ../data-notices.ts). Shown on first run too: an account whose file was lost leaves
// no account, and the person must still read why. "Got it" puts one away for this session.
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../src-main/shared/contract.ts';
import { noticeSentence } from '../data-notices.ts';

export function Notices({
  notices,
  hidden,
  hide,
}: {
  notices: AppState['notices'];
  hidden: ReadonlySet<string>;
  hide: (kind: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {notices
        .filter((n) => !hidden.has(n.kind))
        .map((n) => (
          <div key={n.kind} className="notice" role="note">
            <p>{noticeSentence(t, n)}</p>
            <button type="button" className="small" onClick={() => hide(n.kind)}>
              {t('notices.dismiss')}
            </button>
          </div>
        ))}
    </>
  );
}
