// What opening the data folder found, as sentences for the person (issue 22): what was restored
// and from what, what is still missing, what nothing renews any more and how to get it back. One
// notice per kind (the window shows each once, translated by kind with these params: the renderer's
// notices.* keys); the CLI prints the same English sentences. Renewals never stop silently:
// `renewalsStopped` is what the CLI's list exits non-zero on and what the tray turns red for.
import type { StoreNotice } from '../storage/port.ts';

export type DataNotice = { kind: string; message: string; params?: Record<string, string> };

type Of<K extends StoreNotice['kind']> = Extract<StoreNotice, { kind: K }>;

function label(n: Of<'restored'> | Of<'lost'>): string {
  if (n.what === 'certificate') return n.names[0] ?? `certificate ${n.id}`;
  if (n.what === 'account') return n.email ? `account ${n.email}` : `account ${n.id}`;
  return 'settings';
}

const join = (xs: string[]): string => [...new Set(xs)].join(', ');

export function dataNotices(all: readonly StoreNotice[]): DataNotice[] {
  const out: DataNotice[] = [];
  const of = <K extends StoreNotice['kind']>(k: K) => all.filter((n): n is Of<K> => n.kind === k);
  const fromPrev = of('restored').filter((n) => n.from === 'previous');
  if (fromPrev.length > 0) {
    const items = join(fromPrev.map(label));
    out.push({
      kind: 'restored-previous',
      params: { items },
      message: `Certdesk could not read the saved file of ${items}, so it restored the last good copy. Nothing is missing; the damaged file is kept in the data folder.`,
    });
  }
  const fromFiles = of('restored').filter((n) => n.from === 'certificate-files');
  if (fromFiles.length > 0) {
    const items = join(fromFiles.map(label));
    const missing = join(fromFiles.flatMap((n) => n.missing));
    out.push({
      kind: 'restored-files',
      params: { items, missing },
      message: `The records of ${items} could not be read and no good copy was left, so Certdesk rebuilt them from their certificate files. Still missing: ${missing}. Open each one and choose again how the CA reaches your server; your other certificates renew as usual.`,
    });
  }
  const lostAccounts = of('lost').filter((n) => n.what === 'account');
  if (lostAccounts.length > 0) {
    const items = join(lostAccounts.map(label));
    out.push({
      kind: 'lost-account',
      params: { items },
      message: `The file of ${items} could not be read and no good copy was left, so the certificates that use it cannot be renewed. Restore the data folder from a backup, or add the account again and choose it for those certificates. The damaged file is kept in the data folder.`,
    });
  }
  if (of('lost').some((n) => n.what === 'settings'))
    out.push({
      kind: 'lost-settings',
      message:
        'Your settings could not be read and no good copy was left, so Certdesk started with default settings (notifications and proxy included). Set them again; the damaged file is kept in the data folder.',
    });
  const folders = of('unmatched-folder');
  if (folders.length > 0) {
    const list = join(folders.map((n) => `${n.folder} (${n.reason})`));
    const newer = folders.some((n) => n.newer);
    out.push({
      kind: 'unmatched-folder',
      params: { count: String(folders.length), folders: list },
      message: `Certdesk found ${folders.length} certificate folder(s) it cannot match to a usable record, so nothing renews them: ${list}. ${newer ? 'Update Certdesk to read those written by a newer version; otherwise r' : 'R'}estore the data folder from a backup, or issue those certificates again.`,
    });
  }
  for (const n of of('master-key'))
    out.push({ kind: `master-key-${n.problem}`, params: { where: n.where }, message: n.message });
  return out;
}

/** What nothing renews now: certificate folders without a usable record, or every sealed key. */
export function renewalsStopped(all: readonly StoreNotice[]): DataNotice[] {
  return dataNotices(all).filter(
    (n) =>
      n.kind === 'unmatched-folder' ||
      n.kind.startsWith('master-key-') ||
      n.kind === 'lost-account',
  );
}
