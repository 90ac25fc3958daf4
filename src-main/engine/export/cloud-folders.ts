// R8: keys never leave the machine unless the user exports them. A folder that a sync client
// uploads is "leaving the machine" in all but name, so an export there gets a warning.
import path from 'node:path';
import { realpathSync } from 'node:fs';

type Service = { name: string; match: (segment: string) => boolean };

const lower = (s: string): string => s.toLowerCase();

// Matched on whole path segments, so a folder merely containing "box" in its name is not flagged.
const SERVICES: Service[] = [
  { name: 'Dropbox', match: (s) => /^dropbox( \(.+\))?$/.test(lower(s)) },
  { name: 'OneDrive', match: (s) => /^onedrive( - .+)?$/.test(lower(s)) },
  {
    name: 'iCloud Drive',
    match: (s) => ['icloud drive', 'iclouddrive', 'mobile documents'].includes(lower(s)),
  },
  { name: 'Google Drive', match: (s) => /^(google ?drive|my drive|shared drives)$/.test(lower(s)) },
  { name: 'Box', match: (s) => /^box( sync| drive)?$/.test(lower(s)) },
  { name: 'pCloud', match: (s) => /^pcloud ?drive$/.test(lower(s)) },
  { name: 'MEGA', match: (s) => /^mega(sync)?$/.test(lower(s)) },
  { name: 'Nextcloud', match: (s) => lower(s).startsWith('nextcloud') },
  { name: 'ownCloud', match: (s) => lower(s).startsWith('owncloud') },
];

// macOS File Provider folders: ~/Library/CloudStorage/<Provider>-<account>, e.g. GoogleDrive-ann@x,
// OneDrive-Personal, Box-Box, Dropbox. Anything else under CloudStorage is still a sync client.
const CLOUD_STORAGE_PREFIXES: [string, string][] = [
  ['googledrive', 'Google Drive'],
  ['onedrive', 'OneDrive'],
  ['dropbox', 'Dropbox'],
  ['box', 'Box'],
  ['pcloud', 'pCloud'],
  ['mega', 'MEGA'],
  ['nextcloud', 'Nextcloud'],
  ['owncloud', 'ownCloud'],
];

const splitPath = (p: string): string[] => p.split(/[\\/]+/).filter((s) => s !== '');

function serviceOf(p: string): string | null {
  const segs = splitPath(p);
  const cs = segs.findIndex((s) => lower(s) === 'cloudstorage');
  if (cs >= 0) {
    const provider = lower(segs[cs + 1] ?? '');
    return (
      CLOUD_STORAGE_PREFIXES.find(([prefix]) => provider.startsWith(prefix))?.[1] ??
      'a cloud storage service'
    );
  }
  for (const svc of SERVICES) if (segs.some(svc.match)) return svc.name;
  return null;
}

function isInside(child: string, parent: string, caseless: boolean): boolean {
  const norm = (p: string): string[] => splitPath(caseless ? lower(p) : p);
  const c = norm(child);
  const q = norm(parent);
  return q.length > 0 && q.length <= c.length && q.every((s, i) => s === c[i]);
}

export const cloudWarningText = (dir: string, service: string): string =>
  `The folder ${dir} is synced by ${service}: the private key will be uploaded to ${service === 'a cloud storage service' ? 'that service' : `${service}'s servers`} and leave this computer. Pick a folder that is not synced, unless that is what you want.`;

/**
 * A warning sentence when `dir` is inside a cloud-synced folder, otherwise null. Checks path
 * segments of the path as given and of its real path (a symlink into ~/Dropbox counts), plus
 * the OneDrive folders Windows names in the environment.
 */
export function cloudSyncWarning(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const candidates = [dir, path.resolve(dir)];
  try {
    candidates.push(realpathSync(dir));
  } catch {
    /* missing folder: the writer says so */
  }
  const caseless = platform === 'win32' || platform === 'darwin';
  for (const v of ['OneDrive', 'OneDriveConsumer', 'OneDriveCommercial']) {
    const root = env[v];
    if (root && candidates.some((c) => isInside(c, root, caseless)))
      return cloudWarningText(dir, 'OneDrive');
  }
  for (const c of candidates) {
    const svc = serviceOf(c);
    if (svc) return cloudWarningText(dir, svc);
  }
  return null;
}
