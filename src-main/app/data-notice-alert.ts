// Issue 22: what opening the data folder restored, or could not, or left alone because a newer
// version wrote it: each notice logged, and one desktop notification that sends the person to the
// window, where each notice says it in full (and the CLI prints them on every command).
import { dataNotices } from '../engine/data-notices.ts';
import type { StoreNotice } from '../storage/port.ts';
import type { Logger } from '../engine/ports.ts';
import { mainT } from '../shared/main-i18n.ts';

export function announceDataNotices(
  notices: readonly StoreNotice[],
  language: string,
  log: Logger,
  notify: (n: { title: string; body: string }) => void,
): void {
  const found = dataNotices(notices);
  for (const n of found) log.warn(`data folder: ${n.message}`, { kind: n.kind });
  if (found.length === 0) return;
  const t = mainT(language);
  // Only files of a newer version, left untouched: nothing was repaired; updating is the way back.
  const newer = found.every((n) => n.kind.startsWith('newer-'));
  notify(
    newer
      ? { title: t('notice.dataNewerTitle'), body: t('notice.dataNewer') }
      : { title: t('notice.dataTitle'), body: t('notice.data') },
  );
}
