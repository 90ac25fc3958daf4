// The phrases inside the damaged-data notices (issue 22): which files they speak of, what a rebuilt
// record still lacks, why a certificate folder matches nothing, where the master key lives. The
// notices' own sentences are the renderer's notices.* keys (src-renderer/i18n/data/); these travel
// as Texts in their params (src-main/engine/data-notices.ts), so a Danish notice names "rute", not
// "route". Joined into engineText under "data"; translated in src-renderer/i18n/data/engine-*.ts.
export const dataText = {
  /** What a damaged file described, when it is not a certificate with a name. */
  item: {
    certificate: 'certificate {{id}}',
    account: 'account {{who}}',
    settings: 'settings',
  },
  /** What a record rebuilt from its certificate files lacks (heal.ts's `missing`). */
  missing: {
    account: 'account',
    route: 'route',
    routeSecrets: 'route secrets',
    history: 'history',
    exports: 'export destinations',
    privateKey: 'private key',
  },
  /** One certificate folder nothing renews, and why. */
  folder: '{{folder}} ({{reason}})',
  reason: {
    newer: 'its record was written by a newer version of Certdesk (format {{format}})',
    unreadable:
      'its record and its last good generation are unreadable, and no version folder holds a readable certificate',
  },
  /** What to do about the folders nothing renews. */
  then: {
    update:
      'Update Certdesk to read those written by a newer version; otherwise restore the data folder from a backup, or issue those certificates again.',
    restore: 'Restore the data folder from a backup, or issue those certificates again.',
  },
  /** Renewing a certificate whose account's file could not be used. */
  accountLost:
    'The file of account {{who}} could not be read and no good copy was left, so this certificate cannot be renewed. Restore the data folder from a backup, or add the account again and choose it for this certificate.',
  accountNewer:
    'The file of account {{who}} was saved by a newer version of Certdesk, so this version cannot use it to renew this certificate. Update Certdesk.',
  versionDamaged:
    'The files of certificate {{id}} are missing or damaged. Renew it to get new ones, or restore the data folder from a backup.',
  where: {
    keychain: 'the system keychain entry "Certdesk"',
    file: 'the file {{file}}',
  },
};
