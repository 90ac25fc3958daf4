// What opening the data folder found, as sentences for the person (issue 22): what was restored
// and from what, what is still missing, what nothing renews any more and how to get it back. One
// notice per kind; the window says each in the person's language by kind (the renderer's notices.*
// keys) with these params, whose phrases (which files, what is missing, where the key lives) are
// Texts (engine-text-data.ts) and lists of them; the CLI prints the same sentences in English.
// Renewals never stop silently: `renewalsStopped` is what the CLI's list exits non-zero on and
// what the tray turns red for.
import type { StoreNotice } from '../storage/port.ts';
import { say, text, type Text, type TextParam } from '../shared/engine-text.ts';
import { textError, type CertdeskError } from '../shared/errors.ts';

/** A notice's particular: a word as it is, a phrase to translate, or a list of either. */
export type NoticeParam = string | Text | TextParam[];
export type DataNotice = { kind: string; message: string; params?: Record<string, NoticeParam> };

type Of<K extends StoreNotice['kind']> = Extract<StoreNotice, { kind: K }>;

function label(n: Of<'restored'> | Of<'lost'> | Of<'newer-file'>): TextParam {
  if (n.what === 'certificate') return n.names[0] ?? text('data.item.certificate', { id: n.id });
  if (n.what === 'account') return text('data.item.account', { who: n.email ?? n.id });
  return text('data.item.settings');
}

/** heal.ts records what a rebuilt record lacks in English words (kept in certificate.json). */
const MISSING: Record<string, Text> = {
  account: text('data.missing.account'),
  route: text('data.missing.route'),
  'route secrets': text('data.missing.routeSecrets'),
  history: text('data.missing.history'),
  'export destinations': text('data.missing.exports'),
  'private key': text('data.missing.privateKey'),
};

const english = (p: TextParam): string => (typeof p === 'object' ? say(p) : String(p));

/** Each once, in order. */
function unique(xs: TextParam[]): TextParam[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
const list = (xs: TextParam[]): string => xs.map(english).join(', ');

export function dataNotices(all: readonly StoreNotice[]): DataNotice[] {
  const out: DataNotice[] = [];
  const of = <K extends StoreNotice['kind']>(k: K) => all.filter((n): n is Of<K> => n.kind === k);
  const fromPrev = of('restored').filter((n) => n.from === 'previous');
  if (fromPrev.length > 0) {
    const items = unique(fromPrev.map(label));
    out.push({
      kind: 'restored-previous',
      params: { items },
      message: `Certdesk could not read the saved file of ${list(items)}, so it restored the last good copy. Nothing is missing; the damaged file is kept in the data folder.`,
    });
  }
  const fromFiles = of('restored').filter((n) => n.from === 'certificate-files');
  if (fromFiles.length > 0) {
    const items = unique(fromFiles.map(label));
    const missing = unique(fromFiles.flatMap((n) => n.missing).map((m) => MISSING[m] ?? m));
    out.push({
      kind: 'restored-files',
      params: { items, missing },
      message: `The records of ${list(items)} could not be read and no good copy was left, so Certdesk rebuilt them from their certificate files. Still missing: ${list(missing)}. Open each one and choose again how the CA reaches your server; your other certificates renew as usual.`,
    });
  }
  const lostAccounts = of('lost').filter((n) => n.what === 'account');
  if (lostAccounts.length > 0) {
    const items = unique(lostAccounts.map(label));
    out.push({
      kind: 'lost-account',
      params: { items },
      message: `The file of ${list(items)} could not be read and no good copy was left, so the certificates that use it cannot be renewed. Restore the data folder from a backup, or add the account again and choose it for those certificates. The damaged file is kept in the data folder.`,
    });
  }
  if (of('lost').some((n) => n.what === 'settings'))
    out.push({
      kind: 'lost-settings',
      message:
        'Your settings could not be read and no good copy was left, so Certdesk started with default settings (notifications and proxy included). Set them again; the damaged file is kept in the data folder.',
    });
  out.push(...newerFiles(of('newer-file')));
  const folders = of('unmatched-folder');
  if (folders.length > 0) {
    const items = folders.map((n) =>
      text('data.folder', {
        folder: n.folder,
        reason: n.newer
          ? text('data.reason.newer', { format: n.format ?? '?' })
          : text('data.reason.unreadable'),
      }),
    );
    // The CLI's English keeps the exact reason (which parse error); the window says the kind.
    const listed = folders.map((n) => `${n.folder} (${n.reason})`).join(', ');
    const then = text(folders.some((n) => n.newer) ? 'data.then.update' : 'data.then.restore');
    out.push({
      kind: 'unmatched-folder',
      params: { count: String(folders.length), folders: items, then },
      message: `Certdesk found ${folders.length} certificate folder(s) it cannot match to a usable record, so nothing renews them: ${listed}. ${say(then)}`,
    });
  }
  for (const n of of('master-key'))
    out.push({
      kind: `master-key-${n.problem}`,
      params: {
        where:
          n.file === null ? text('data.where.keychain') : text('data.where.file', { file: n.file }),
      },
      message: n.message,
    });
  return out;
}

/** Settings or accounts written by a newer version: left as they are, and said. */
function newerFiles(found: Of<'newer-file'>[]): DataNotice[] {
  const out: DataNotice[] = [];
  const settings = found.find((n) => n.what === 'settings');
  if (settings)
    out.push({
      kind: 'newer-settings',
      params: { format: String(settings.format) },
      message: `Your settings were saved by a newer version of Certdesk (format ${settings.format}), so this version leaves them untouched and runs with default settings (notifications and proxy included); changes you make here are not kept. Update Certdesk to use your settings again.`,
    });
  const accounts = found.filter((n) => n.what === 'account');
  if (accounts.length > 0) {
    const items = unique(accounts.map(label));
    out.push({
      kind: 'newer-account',
      params: { items },
      message: `The file of ${list(items)} was saved by a newer version of Certdesk, so this version leaves it untouched and cannot renew the certificates that use it. Update Certdesk to renew them again.`,
    });
  }
  return out;
}

/** What nothing renews now: certificate folders without a usable record, or every sealed key. */
export function renewalsStopped(all: readonly StoreNotice[]): DataNotice[] {
  return dataNotices(all).filter(
    (n) =>
      n.kind === 'unmatched-folder' ||
      n.kind.startsWith('master-key-') ||
      n.kind === 'lost-account' ||
      n.kind === 'newer-account',
  );
}

/**
 * Why an account a certificate names is not there, when opening the folder said so: its file was
 * damaged beyond its last good generation, or a newer version wrote it. Renewing that certificate
 * then fails with this sentence instead of "there is no account" (issue 22).
 */
export function accountProblem(all: readonly StoreNotice[], id: string): CertdeskError | null {
  const n = all.find(
    (x): x is Of<'lost'> | Of<'newer-file'> =>
      (x.kind === 'lost' || x.kind === 'newer-file') && x.what === 'account' && x.id === id,
  );
  if (!n || n.what !== 'account') return null;
  const who = n.email ?? n.id;
  return n.kind === 'lost'
    ? textError('store-corrupt', text('data.accountLost', { who }))
    : textError('store-too-new', text('data.accountNewer', { who }));
}
