// What a deployment target's check says when it is added, tested or run (issue 17), joined into
// engineText as `deployCheck`, and the folder and PFX sentences of the export writer a local
// target meets (issue 6), joined as `exportCheck`. The window shows them in the person's language
// (src-renderer/i18n/deploy-check/); the CLI prints this English. One sentence with the fix each;
// no CLI flag (issue 15): the window has its own fields for each of these.
export const deployCheckText = {
  sftpLogin: "SFTP needs the account's password or a private key.",
  sftpLoginAgain: "SFTP needs the account's password or a private key: give one of them again.",
  sftpHost: 'SFTP needs the server (HOST or HOST:PORT).',
  sftpUser: 'SFTP needs the user name of the account on the server.',
  sftpFolder: 'SFTP needs the folder on the server the files go into.',
  ftpPassword: "FTP needs the account's password.",
  ftpPasswordAgain: "FTP needs the account's password: give it again.",
  ftpHost: 'FTP needs the server (HOST or HOST:PORT).',
  ftpUser: 'FTP needs the user name of the account.',
  ftpFolder: 'FTP needs the folder on the server the files go into.',
  controlChars: 'A field contains a line break or another control character: type it again.',
  hostKey:
    '"{{value}}" is not an SSH host key fingerprint. It looks like SHA256:followed-by-43-characters (ssh-keygen -lf on the server\'s key).',
  commandOneLine: 'The command after the upload must be one line.',
  cpanelToken: 'cPanel needs an API token of the account.',
  cpanelTokenAgain: 'cPanel needs an API token: give it again.',
  cpanelUser: 'cPanel needs the user name of the cPanel account.',
  cpanelAddress: '"{{input}}" is not a cPanel address: give it like https://example.com:2083.',
  cpanelHttps:
    'cPanel must be reached over https (port 2083), so the API token is never sent in the clear.',
  localFolder: 'Choose a folder.',
  localNoWrite:
    "Certdesk may not write in {{folder}}: change the folder's permissions or pick another folder.",
  manualLabel: 'Say where the certificate goes, e.g. "Router admin page".',
  manualOnly: 'Only a target you update by hand can be marked done.',
  pfxPassword: 'A PFX file needs a password: give one.',
  unknownPreset: '"{{preset}}" is not an export preset Certdesk knows; pick one of {{list}}.',
  unknownFormat: '"{{format}}" is not a format Certdesk knows; pick one of {{list}}.',
  pasteOnly:
    'Paste fields are not files: for cPanel choose the cPanel target, for another panel the "by hand" target.',
  noTarget: 'This certificate has no deployment target {{target}}: see the list of its targets.',
  notIssued: 'Certificate {{id}} has not been issued yet. Issue it first.',
  copyFailed:
    "Copying the files to {{server}} failed, so the earlier files stay in place: try again; if it keeps failing, check the connection and the folder's permissions.",
  // engine/challenges/upload/: the SFTP/FTP route and the targets share these.
  sftpNoHost:
    'Certdesk could not find the server {{host}}: the name does not exist in DNS. Check the SFTP host name your hosting provider gives (often sftp.yourdomain or a server name like s123.provider.net).',
  sftpNoConnect:
    'Certdesk could not connect to {{host}} port {{port}}: check the host name and port your hosting provider gives, and that SFTP is enabled for your account.',
  sftpBadPassphrase:
    'Certdesk could not unlock the private key with the passphrase given. Check the passphrase.',
  sftpBadKey:
    'The private key file is not a key Certdesk can read. Give an OpenSSH or PEM private key (the file without ".pub"); PuTTY .ppk keys must be exported as OpenSSH first.',
  sftpNotSsh:
    '{{host}} port {{port}} does not speak SSH/SFTP, or no common encryption method could be agreed on. Check that this is the SFTP port your hosting provider gives (usually 22; FTP is 21).',
  noSession:
    'Certdesk could not open an {{protocol}} session with {{server}}. Check the host name, port and login your hosting provider gives, then try again.',
  ftpNoHost:
    'Certdesk could not find the server {{host}}: the name does not exist in DNS. Check the FTP host name your hosting provider gives (often ftp.yourdomain).',
  ftpNoConnectPort:
    'Certdesk could not connect to {{host}} port {{port}}: check the host name and port your hosting provider gives (FTP is usually port 21), and that FTP is enabled for your account.',
  ftpNoConnect:
    'Certdesk could not connect to {{host}} port {{port}}: check the host name and port your hosting provider gives, and that FTP is enabled for your account.',
  ftpsFailed:
    'The encrypted connection to {{server}} failed. Check that the server offers FTPS with explicit TLS on this port (implicit FTPS on port 990 is not supported).',
  badHostSftp:
    '"{{input}}" is not a server address. Give the SFTP host name your hosting provider shows, e.g. sftp.example.com or sftp.example.com:2222.',
  badHostFtp:
    '"{{input}}" is not a server address. Give the FTP host name your hosting provider shows, e.g. ftp.example.com.',
  badPort: '"{{port}}" is not a port number (1 to 65535) in the {{what}} address "{{input}}".',
  remoteControl:
    'The remote folder contains control characters (a line break?). Type the folder name again, e.g. public_html.',
  remoteClimbsTop:
    'The remote folder "{{input}}" climbs above the top of the server with "..". Give the web root\'s path without "..", e.g. public_html or /home/you/public_html.',
  remoteClimbsHome:
    'The remote folder "{{input}}" climbs above your login folder with "..". Give the web root\'s path without "..", e.g. public_html or /home/you/public_html.',
};

export const exportCheckText = {
  diskFull:
    'The disk holding {{folder}} is full, so nothing was exported and no half-written file was left. Free some space or pick another folder, then export again.',
  denied:
    'Certdesk is not allowed to write in {{folder}} (the folder or a file in it is read-only or protected), so nothing was exported. Pick another folder or change its permissions, then export again.',
  missing:
    'The folder {{folder}} does not exist. Create it, or pick another folder, then export again.',
  busy: 'A file in {{folder}} is in use by another program, so nothing was exported. Close that program (or stop the server using the file) and export again.',
  failed:
    'Writing the files in {{folder}} failed, so nothing was exported. Try again or pick another folder.',
  notFolder: '{{folder}} is a file, not a folder. Pick a folder to export into.',
  pfxNeeded:
    'PFX files need a password: type one (at least 4 characters) and write it down, because the server or program you import the file into will ask for it.',
  pfxShort:
    'This PFX password is too short: use at least {{min}} characters (a longer one protects the private key better).',
};
