// The data folder's layout since schema 3 (issue 22): one self-describing file per thing, so a
// renewal writes only its own certificate's files and a damaged file costs what it describes.
//
//   certdesk.json                   the marker: format, where the master key lives, change stamp
//   settings.json                   settings + the sealed secrets of no certificate (global:, settings:)
//   accounts/<id>.json              one ACME account (its key sealed)
//   certs/<id>/certificate.json     one certificate's record (StoredCertificate, schema.ts) + its
//                                   sealed route secrets
//   certs/<id>/<version>/chain.pem  the certificate chain of one version
//   certs/<id>/<version>/key.sealed its private key, sealed
//   <file>.prev                     the last good generation of each record file
//
// There is no index: the list of certificates is the certs/ folders. The record schema stays in
// schema.ts; whatever fields it gains are written into certificate.json as they are.
import path from 'node:path';
import type { Settings, StoreData, StoredAccount, StoredCertificate } from './schema.ts';
import type { SecretBackend } from './secret-box.ts';

export const MARKER_FILE = 'certdesk.json';
export const SETTINGS_FILE = 'settings.json';
export const ACCOUNTS_DIR = 'accounts';
export const CERTS_DIR = 'certs';
export const RECORD_FILE = 'certificate.json';
export const PREV_SUFFIX = '.prev';
/** The first schema with this layout: a marker at this version or later means "read the folders". */
export const LAYOUT_SCHEMA = 3;

export type FileKind = 'settings' | 'account' | 'certificate';

/** The marker, rewritten (small) by every change: old versions read it and refuse (too new). */
export type Marker = {
  schemaVersion: number;
  layout: 'folders';
  secretBackend: SecretBackend | null;
  /** A constant sealed with the master key: tells a wrong key from a missing one (issue 22). */
  keyCheck?: string;
  /** Change stamp: readers in other processes re-read only the files the last change named. */
  generation: number;
  stamp: string;
  parent: string | null;
  changed: string[];
};

export type SettingsFile = {
  certdesk: 'settings';
  format: number;
  settings: Settings;
  secrets: Record<string, string>;
};
export type AccountFile = { certdesk: 'account'; format: number; account: StoredAccount };
export type CertificateFile = {
  certdesk: 'certificate';
  format: number;
  certificate: StoredCertificate;
  secrets: Record<string, string>;
};
export type RecordFile = SettingsFile | AccountFile | CertificateFile;

/** Ids become file names: only what a random id is made of (no dots, no separators). */
export const SAFE_ID = /^[a-z0-9-]+$/i;

export const accountPath = (id: string): string => path.posix.join(ACCOUNTS_DIR, `${id}.json`);
export const recordPath = (id: string): string => path.posix.join(CERTS_DIR, id, RECORD_FILE);

/** Which certificate a sealed secret belongs to (`<certId>:<name>`), if that certificate exists. */
function ownerOf(ref: string, certs: Record<string, unknown>): string | null {
  const i = ref.indexOf(':');
  if (i <= 0) return null;
  const id = ref.slice(0, i);
  return Object.hasOwn(certs, id) ? id : null;
}

/** The store as files: relative path -> content. Each file says what it is and its format. */
export function toFiles(
  d: StoreData,
  format: number,
  /** Only these certificates' files (the rest known unchanged); all when absent. */
  only?: Set<string>,
): Map<string, RecordFile> {
  const files = new Map<string, RecordFile>();
  const own = new Map<string, Record<string, string>>();
  const loose: Record<string, string> = {};
  for (const [ref, sealed] of Object.entries(d.secrets)) {
    const id = ownerOf(ref, d.certificates);
    if (id === null) loose[ref] = sealed;
    else {
      const m = own.get(id) ?? {};
      m[ref] = sealed;
      own.set(id, m);
    }
  }
  files.set(SETTINGS_FILE, { certdesk: 'settings', format, settings: d.settings, secrets: loose });
  for (const [id, account] of Object.entries(d.accounts)) {
    checkId(id);
    files.set(accountPath(id), { certdesk: 'account', format, account });
  }
  const ids = only ? [...only].filter((id) => Object.hasOwn(d.certificates, id)) : null;
  for (const [id, certificate] of ids
    ? ids.map((i) => [i, d.certificates[i]] as const)
    : Object.entries(d.certificates)) {
    checkId(id);
    const secrets = own.get(id) ?? {};
    files.set(recordPath(id), { certdesk: 'certificate', format, certificate, secrets });
  }
  return files;
}

function checkId(id: string): void {
  if (!SAFE_ID.test(id)) throw new Error(`an id that cannot be a file name: ${JSON.stringify(id)}`);
}

export const serialize = (f: RecordFile): string => JSON.stringify(f, null, 1) + '\n';

/** Why a file's text is not a usable record of `kind` (null: it is), or 'future' (a newer format). */
export function checkRecord(
  text: string,
  kind: FileKind,
  id: string | null,
  current: number,
): { ok: RecordFile } | { bad: string } | { future: number } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { bad: text.length === 0 ? 'the file is empty' : `not JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { bad: 'not a record' };
  const r = v as Record<string, unknown>;
  if (typeof r.format === 'number' && r.format > current) return { future: r.format };
  if (r.certdesk !== kind || typeof r.format !== 'number')
    return { bad: `not a Certdesk ${kind} file` };
  const body = r[kind];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { bad: `no ${kind} in it` };
  const b = body as Record<string, unknown>;
  if (kind === 'account' && (b.id !== id || typeof b.keySealed !== 'string'))
    return { bad: 'the account in it is incomplete or belongs elsewhere' };
  if (
    kind === 'certificate' &&
    (b.id !== id || !Array.isArray(b.names) || typeof b.challenge !== 'object' || !b.challenge)
  )
    return { bad: 'the certificate in it is incomplete or belongs elsewhere' };
  if (kind !== 'account' && r.secrets !== undefined && typeof r.secrets !== 'object')
    return { bad: 'its secrets are not a list' };
  return { ok: r as RecordFile };
}

/** The files back into the one StoreData the Storage port hands out. */
export function fromFiles(
  files: Map<string, RecordFile>,
  marker: Pick<Marker, 'schemaVersion' | 'secretBackend'>,
): StoreData {
  const d: StoreData = {
    schemaVersion: marker.schemaVersion,
    secretBackend: marker.secretBackend,
    accounts: {},
    certificates: {},
    secrets: {},
    settings: {},
  };
  for (const f of files.values()) {
    if (f.certdesk === 'settings') {
      d.settings = f.settings;
      Object.assign(d.secrets, f.secrets ?? {});
    } else if (f.certdesk === 'account') d.accounts[f.account.id] = f.account;
    else {
      d.certificates[f.certificate.id] = f.certificate;
      Object.assign(d.secrets, f.secrets ?? {});
    }
  }
  return d;
}
