// R8: a key exported into a folder a sync client uploads leaves the machine; say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, symlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloudSyncWarning } from '../../../../src-main/engine/export/index.ts';

const none = {};

test('folders of the common sync clients are recognised on every platform', () => {
  const cases: [string, string, NodeJS.Platform][] = [
    ['/home/ann/Dropbox/certs', 'Dropbox', 'linux'],
    ['/Users/ann/Dropbox (Personal)/ssl', 'Dropbox', 'darwin'],
    ['C:\\Users\\ann\\OneDrive\\Documents\\certs', 'OneDrive', 'win32'],
    ['C:\\Users\\ann\\OneDrive - Contoso\\certs', 'OneDrive', 'win32'],
    ['/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/certs', 'iCloud Drive', 'darwin'],
    ['C:\\Users\\ann\\iCloudDrive\\certs', 'iCloud Drive', 'win32'],
    [
      '/Users/ann/Library/CloudStorage/GoogleDrive-ann@example.com/My Drive/certs',
      'Google Drive',
      'darwin',
    ],
    ['G:\\My Drive\\certs', 'Google Drive', 'win32'],
    ['/Users/ann/Google Drive/certs', 'Google Drive', 'darwin'],
    ['/Users/ann/Library/CloudStorage/Box-Box/certs', 'Box', 'darwin'],
    ['C:\\Users\\ann\\Box\\certs', 'Box', 'win32'],
    ['/home/ann/pCloudDrive/certs', 'pCloud', 'linux'],
    ['/home/ann/MEGA/certs', 'MEGA', 'linux'],
    ['C:\\Users\\ann\\MEGAsync\\certs', 'MEGA', 'win32'],
    ['/home/ann/Nextcloud/certs', 'Nextcloud', 'linux'],
    ['/home/ann/ownCloud/certs', 'ownCloud', 'linux'],
    ['/Users/ann/Library/CloudStorage/SomethingNew/certs', 'a cloud storage service', 'darwin'],
  ];
  for (const [dir, service, platform] of cases) {
    const w = cloudSyncWarning(dir, none, platform);
    assert.ok(w, `${dir} should warn`);
    assert.ok(w.includes(`synced by ${service}`), `${dir}: ${w}`);
    assert.match(w, /private key .* leave this computer/);
  }
});

test('ordinary folders, and names that merely contain a service name, do not warn', () => {
  for (const dir of [
    '/etc/nginx/ssl',
    '/home/ann/certs',
    '/home/ann/dropbox-backup-notes',
    '/srv/boxes/certs',
    'C:\\inetpub\\certs',
    '/home/ann/megabytes',
  ]) {
    assert.equal(cloudSyncWarning(dir, none, 'linux'), null, dir);
  }
});

test('Windows OneDrive folders named in the environment warn, whatever their name', () => {
  const env = { OneDriveCommercial: 'D:\\Sync\\Work Files' };
  assert.match(cloudSyncWarning('d:\\sync\\work files\\certs', env, 'win32') ?? '', /OneDrive/);
  assert.equal(cloudSyncWarning('D:\\Sync\\Other', env, 'win32'), null);
});

test('a symlink into a synced folder counts', async () => {
  const home = await mkdtemp(path.join(tmpdir(), 'certdesk-cloud-'));
  try {
    await mkdir(path.join(home, 'Dropbox', 'certs'), { recursive: true });
    await symlink(path.join(home, 'Dropbox', 'certs'), path.join(home, 'certs-link'));
    assert.match(cloudSyncWarning(path.join(home, 'certs-link'), none, 'linux') ?? '', /Dropbox/);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});
