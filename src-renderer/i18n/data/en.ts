// Issue 22: what opening the data folder restored, or could not, in the window's notices
// (src-main/engine/data-notices.ts sends the kind and these params; the CLI prints the English).
export const dataNoticesEn = {
  'restored-previous':
    'Certdesk could not read the saved file of {{items}}, so it restored the last good copy. Nothing is missing; the damaged file is kept in the data folder.',
  'restored-files':
    'The records of {{items}} could not be read and no good copy was left, so Certdesk rebuilt them from their certificate files. Still missing: {{missing}}. Open each one and choose again how the CA reaches your server; your other certificates renew as usual.',
  'lost-account':
    'The file of {{items}} could not be read and no good copy was left, so the certificates that use it cannot be renewed. Restore the data folder from a backup, or add the account again and choose it for those certificates.',
  'lost-settings':
    'Your settings could not be read and no good copy was left, so Certdesk started with default settings (notifications and proxy included). Set them again; the damaged file is kept in the data folder.',
  'unmatched-folder':
    'Certdesk found {{count}} certificate folder(s) it cannot match to a usable record, so nothing renews them: {{folders}}. {{then}}',
  'newer-settings':
    'Your settings were saved by a newer version of Certdesk (format {{format}}), so this version leaves them untouched and runs with default settings (notifications and proxy included); changes you make here are not kept. Update Certdesk to use your settings again.',
  'newer-account':
    'The file of {{items}} was saved by a newer version of Certdesk, so this version leaves it untouched and cannot renew the certificates that use it. Update Certdesk to renew them again.',
  'master-key-missing':
    'The master key that opens the saved private keys is missing ({{where}}), so no saved key can be opened and no certificate can be renewed. Restore it from a backup of the data folder; without a backup, move the data folder aside and issue the certificates again.',
  'master-key-mismatch':
    'The master key ({{where}}) is not the one the saved private keys were sealed with, so none of them opens and no certificate can be renewed. Restore the matching one from a backup of the data folder; without a backup, move the data folder aside and issue the certificates again.',
};
