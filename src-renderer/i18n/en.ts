// English: the reference language. Every other language must have every key here (and the same
// {{placeholders}}); test/unit/renderer/i18n.test.ts fails otherwise. The engine's own sentences
// (under "engine") are written once, in src-main/shared/engine-text.ts.
import { remindersEn } from './reminders/en.ts';
import { deployEn } from './deploy/en.ts';
import { dataNoticesEn } from './data/en.ts';
import { engineText } from '../../src-main/shared/engine-text.ts';
import { profilesEn } from './profiles/en.ts';
import { notifyFormatEn } from './notify/en.ts';
import { siteCheckEn } from './sitecheck/en.ts';
import { httpsEn } from './https/en.ts';
import { keysLimitsEn } from './keys-limits/en.ts';
import { unattendedEn } from './unattended/en.ts';

export const en = {
  app: {
    cannotStart: 'Certdesk cannot start',
  },
  nav: {
    skip: 'Skip to the content',
    label: 'Main',
    dashboard: 'Certificates',
    newCertificate: 'New certificate',
    settings: 'Settings',
    title: {
      dashboard: 'Certificates',
      wizard: 'New certificate',
      cert: 'Certificate',
      settings: 'Settings',
    },
  },
  common: {
    loading: 'Loading…',
    working: 'Working…',
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    save: 'Save',
    choose: 'Choose…',
    tryAgain: 'Try again',
    showDetails: 'Show details',
    errorCode: 'Error code: {{code}}',
    retryAfter: 'Do not try again before {{time}}.',
    copy: 'Copy',
    copyWhat: 'Copy {{what}}',
    copied: 'Copied',
    copyFailed: 'Could not copy; select the text and copy it yourself.',
  },
  notices: {
    ...dataNoticesEn,
    dismiss: 'Got it',
    'corrupt-moved-aside':
      'The data file was damaged, so it was moved aside; Certdesk rebuilt what it could from the certificate folders. Restore the file from a backup if you need what else it held.',
    'secrets-in-file':
      'No system keychain answered, so private keys are encrypted with a key kept in a file in the data folder (readable only by you). Keep the data folder private and back it up.',
  },
  status: {
    valid: 'Valid',
    renewing: 'Renewing',
    'retry-wait': 'Will retry',
    'needs-attention': 'Needs attention',
    expired: 'Expired',
    revoked: 'Revoked',
  },
  keyType: {
    ec256: 'ECDSA P-256 (recommended)',
    ec384: 'ECDSA P-384',
    rsa2048: 'RSA 2048 (for old systems)',
    rsa3072: 'RSA 3072',
    rsa4096: 'RSA 4096',
  },
  firstRun: {
    title: 'Welcome to Certdesk',
    intro:
      'Certdesk gets free HTTPS certificates for your web sites and renews them before they run out.',
    account: 'First, create your account at a certificate authority (CA). It takes a few seconds.',
    create: 'Create account',
  },
  account: {
    whichCa: 'Which certificate authority?',
    ca: {
      letsencrypt: "Let's Encrypt (recommended)",
      letsencryptHint: 'Free, trusted by all browsers.',
      staging: "Practice mode (Let's Encrypt staging)",
      stagingHint:
        'For trying things out: no limits to worry about, but browsers do not trust its certificates.',
      'letsencrypt-staging': "Let's Encrypt practice mode",
      zerossl: 'ZeroSSL',
      zerosslHint: 'Needs the EAB keys from your ZeroSSL dashboard.',
      google: 'Google Trust Services',
      googleHint: 'Needs the EAB keys from Google Cloud.',
      'google-staging': 'Google Trust Services (staging)',
      custom: 'Other CA (directory URL)',
      customHint: 'Any CA that speaks ACME: paste its directory address.',
    },
    advanced: 'Advanced: other certificate authorities',
    directoryUrl: 'ACME directory URL',
    lookUp: 'Look up',
    urlFirst: 'Type the CA\'s directory URL and choose "Look up" first.',
    asking: 'Asking the CA for its terms…',
    email: 'Your e-mail address',
    emailHint:
      'The CA may write to this address about your account. Use one that reaches the person responsible; Certdesk itself warns you before certificates run out.',
    emailInvalid: 'Type a full e-mail address, like you@example.com.',
    eab: 'External account binding',
    eabHint:
      'This CA needs two values from your account page at the CA, so it knows the account is yours.',
    eabKid: 'Key ID',
    eabHmac: 'HMAC key',
    eabMissing: 'Copy both the key ID and the HMAC key from your account page at the CA.',
    tosIntro: 'This CA asks you to agree to its terms before it issues certificates.',
    tosLink: 'Read the Terms of Service (opens in a new window)',
    agree: 'I have read and agree to the Terms of Service',
    mustAgree:
      'Tick the box to agree to the Terms of Service; the CA will not issue certificates otherwise.',
  },
  dashboard: {
    title: 'Your certificates',
    caption_one: '{{count}} certificate',
    caption_other: '{{count}} certificates',
    emptyTitle: 'No certificates yet',
    emptyText:
      'Get your first certificate: Certdesk asks a few questions, proves to the CA that the domain is yours, and renews it by itself.',
    emptyAction: 'Get your first certificate',
    renewAll: 'Renew all now',
    renew: 'Renew now',
    renewing: 'Renewing…',
    renewed: '{{name}} was renewed.',
    renewFailedFor: 'This was for {{name}}.',
    renewAllStarted_one:
      'Renewing {{count}} certificate ({{skipped}} left out); progress shows here.',
    renewAllStarted_other:
      'Renewing {{count}} certificates ({{skipped}} left out); progress shows here.',
    renewAllProgress: 'Renewed {{done}} of {{total}}…',
    renewAllDone_one: 'Finished: {{count}} certificate, {{failed}} failed.',
    renewAllDone_other: 'Finished: {{count}} certificates, {{failed}} failed.',
    moreNames_one: '+{{count}} more name',
    moreNames_other: '+{{count}} more names',
    lifetimeOf: 'Lifetime left of {{name}}',
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    expiredAgo_one: 'expired {{count}} day ago',
    expiredAgo_other: 'expired {{count}} days ago',
    noCert: 'not issued yet',
    noRenewal: 'not planned',
    noProblem: 'none',
    col: {
      names: 'Names',
      status: 'Status',
      lifetime: 'Lifetime left',
      next: 'Next renewal',
      problem: 'Last problem',
      actions: 'Actions',
    },
  },
  wizard: {
    progressLabel: 'Steps',
    step: {
      names: 'Names',
      route: 'How the CA reaches you',
      details: 'Details',
      preflight: 'Check',
      issue: 'Get it',
      done: 'Done',
    },
  },
  names: {
    title: 'Which names should the certificate cover?',
    intro:
      'Type the domain names people use to reach your site, such as example.com and www.example.com.',
    label: 'Domain names',
    hint: 'One per line, or separated by commas or spaces. Up to 100 names.',
    empty: 'Type at least one domain name.',
    ok_one: 'Looks good: {{count}} name.',
    ok_other: 'Looks good: {{count}} names.',
    wildcard:
      'A name starting with "*." is a wildcard: it covers every name one level below (www.example.com, shop.example.com, …) but not the bare example.com; add that too if you need it. The CA checks wildcards only through DNS, so you will need to change a DNS record.',
    idn: 'Names with letters outside a–z are sent to the CA in their international form (punycode). Both mean the same domain:',
    more: 'More options',
    keyType: 'Key type',
    keyTypeHint:
      'ECDSA P-256 is fast and works almost everywhere; choose RSA 2048 only for very old systems.',
    account: 'Account to use',
  },
  route: {
    title: 'How can the certificate authority reach you?',
    intro:
      'The CA must check that you control these names. Answer a few questions and Certdesk suggests the easiest way.',
    q: {
      server: 'Is this computer the web server of these names, reachable from the internet?',
      port80: 'Can the internet reach this computer on port 80 (plain web)?',
      webserver: 'Does a web server program (nginx, Apache, IIS, …) already run on this computer?',
      upload: 'Can you put files on your web site?',
      dns: "Can you change your domain's DNS records?",
    },
    a: {
      server: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
      port80: { yes: 'Yes', no: 'No, it is blocked', unsure: 'Not sure' },
      webserver: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
      upload: {
        folder: 'Yes, it is a folder on this computer',
        sftp: 'Yes, with SFTP',
        ftp: 'Yes, with FTP',
        none: 'No',
      },
      dns: {
        none: "No / I don't know",
        manual: "Yes, by hand on my provider's web page",
        cloudflare: 'Yes, at Cloudflare',
        rfc2136: 'Yes, my DNS server takes dynamic updates (RFC 2136)',
        'acme-dns': 'Yes, through acme-dns',
        exec: 'Yes, with a script of my own',
      },
    },
    recommended: 'Recommended: {{route}}',
    recommendedShort: 'recommended',
    why: {
      wildcard: 'You asked for a wildcard name, and the CA checks wildcards only through DNS.',
      server:
        'This computer answers for your names, so Certdesk can answer the CA itself. This is the simplest way.',
      port80: 'Port 80 is blocked, but the CA can check on port 443 (HTTPS) instead.',
      upload: 'You can put a small file on your site, which is all the CA needs to see.',
      dns: 'You can change DNS records, which works from any computer.',
      manual:
        'Nothing automatic fits yet: you can place the file by hand. Certdesk shows exactly what to do, but you will have to do it again at every renewal.',
    },
    choose: 'Choose how',
    name: {
      'http-01': 'A file on your web site (HTTP)',
      'dns-01': 'A DNS record',
      'tls-alpn-01': 'A check on port 443 (TLS-ALPN)',
    },
    desc: {
      'http-01': 'The CA downloads a small file from http://your-name/.well-known/acme-challenge/.',
      'dns-01': 'The CA looks up a TXT record named _acme-challenge.your-name.',
      'tls-alpn-01':
        'The CA connects to port 443 and Certdesk answers with a special one-time certificate.',
    },
    prosTitle: 'Good',
    consTitle: 'Less good',
    pros: {
      'http-01': [
        'The simplest, and the usual choice.',
        'Renews by itself with nothing to configure.',
      ],
      'dns-01': [
        'The only way to get wildcard names.',
        'Works even when no web server is reachable.',
        'One record covers several servers.',
      ],
      'tls-alpn-01': ['Works when only port 443 is open.'],
    },
    cons: {
      'http-01': [
        'Port 80 must be open to the internet.',
        'No wildcard names.',
        'With several web servers, every one must answer.',
      ],
      'dns-01': [
        'DNS changes can take minutes, sometimes an hour, to spread.',
        'Automatic renewal needs DNS access on this computer: give it as little as possible.',
      ],
      'tls-alpn-01': [
        'Port 443 must be free for Certdesk during the check.',
        'No wildcard names.',
        'Fewer tools know it.',
      ],
    },
    wildcardNeedsDns:
      'Wildcard names can only be checked through DNS: choose "A DNS record", or remove the wildcard.',
    notForWildcard: 'Not possible with a wildcard name.',
  },
  details: {
    title: {
      'http-01': 'Where should the file go?',
      'dns-01': 'Where is your DNS?',
      'tls-alpn-01': 'A check on port 443',
    },
    httpHow: 'How does the file get to your site?',
    http: {
      builtin: 'Certdesk answers by itself (built-in web server)',
      builtinHint:
        'Nothing else may use port 80 on this computer for the few seconds of the check.',
      webroot: "Into my web server's folder on this computer",
      webrootHint: 'Certdesk writes the file into the folder your web server already serves.',
      sftp: 'Upload with SFTP',
      sftpHint: 'Certdesk uploads the file to your hosting over SFTP.',
      ftp: 'Upload with FTP',
      ftpHint: 'Certdesk uploads the file over FTP (with TLS when the server offers it).',
      manual: 'I will upload the file myself',
      manualHint: 'Certdesk shows the file; you put it in place. Needs you at every renewal.',
    },
    dnsHow: 'How should the TXT record be made?',
    dns: {
      manual: 'I will add it myself at my DNS provider',
      manualHint: 'Certdesk shows the exact record to add; needs you at every renewal.',
      cloudflare: 'Cloudflare',
      cloudflareHint: 'With an API token that may edit DNS of this zone only.',
      rfc2136: 'My DNS server (RFC 2136 with a TSIG key)',
      rfc2136Hint: 'BIND, Knot, PowerDNS and others accept signed updates.',
      'acme-dns': 'acme-dns',
      'acme-dnsHint':
        'Certdesk registers once; you add one CNAME record, and no DNS password stays on this computer.',
      exec: 'A script of my own',
      execHint: 'Run as: script present|cleanup NAME VALUE.',
    },
    field: {
      webroot: 'Web server folder',
      uploadHost: 'Server',
      uploadPort: 'Port (leave empty for the usual one)',
      uploadUser: 'User name',
      uploadPassword: 'Password',
      uploadDir: 'Folder of the web site on the server',
      uploadKey: 'Private key file',
      uploadPassphrase: 'Passphrase of the key (if it has one)',
      uploadTls: 'Encrypt the connection (FTPS)',
      uploadInsecureTls: "Accept the server's own certificate (self-signed)",
      rfc2136Server: 'DNS server (host:port)',
      rfc2136Zone: 'Zone (optional)',
      tsigName: 'TSIG key name',
      tsigAlgorithm: 'TSIG algorithm',
      tsigSecret: 'TSIG secret',
      acmeDnsServer: 'acme-dns server address',
      execCommand: 'Script',
      cloudflareToken: 'Cloudflare API token',
      propagationTimeout: 'Seconds to wait for the DNS servers',
    },
    uploadLegend: { sftp: 'SFTP server', ftp: 'FTP server' },
    rfc2136Legend: 'Your DNS server and its TSIG key',
    webrootHint:
      "The folder that holds your site's pages, for example /var/www/html. Certdesk creates .well-known/acme-challenge inside it.",
    uploadDirHint:
      "The folder that holds your site's pages, as seen after logging in: for example public_html, or . if that is the login folder itself.",
    uploadAuth: {
      legend: 'How do you log in?',
      password: 'With a password',
      key: 'With a private key file',
    },
    uploadKeyHint: 'The private half of your SSH key, for example id_ed25519 (not the .pub file).',
    uploadKeyKept: 'A private key is stored: choose a file only to replace it.',
    keepStored: 'Leave empty to keep the stored one.',
    uploadKeyChosen: 'Chosen: {{name}}. It is stored encrypted on this computer, for renewals.',
    uploadKeyBad:
      'This file is not a private key. Pick the file without .pub; a PuTTY .ppk key must be exported in OpenSSH format first.',
    uploadPassphraseHint: 'Leave empty if the key has no passphrase.',
    uploadTlsHint:
      'Recommended whenever your host offers it: the password then does not cross the internet readable.',
    uploadInsecureTlsHint:
      'Only if your host uses a certificate of its own that browsers do not trust; the connection is still encrypted.',
    secretHint: 'Stored encrypted on this computer, for renewals. It is never shown again.',
    cloudflareHint:
      'Create it in Cloudflare under My Profile › API Tokens with "Zone › DNS › Edit" for this zone only.',
    rfc2136ServerHint: 'The primary server of your zone, for example ns1.example.com:53.',
    rfc2136ZoneHint: 'Leave empty and Certdesk asks the server.',
    acmeDnsHint: 'After the first registration Certdesk shows the CNAME record to add once.',
    execHint: 'Called as: SCRIPT present|cleanup _acme-challenge.NAME. VALUE',
    dnsMore: 'More options',
    propagationHint:
      'Certdesk checks every name server of the zone before asking the CA. Slow providers need more time (at most 3600).',
    dnsRisk:
      'Keep DNS credentials narrow: a token for one zone, or acme-dns, so a leak cannot change your whole DNS.',
    builtinNote:
      'During the check Certdesk listens on port 80 for a few seconds. Make sure port 80 reaches this computer (router, firewall) and that no other program uses it then.',
    httpManualNote:
      'Certdesk will show the file name and its content when the CA gives them; you upload it and press "continue". Renewals will need you again.',
    dnsManualNote:
      'When the CA gives the value, Certdesk shows the exact TXT record to create, with copy buttons. Add it at your DNS provider and press "continue"; Certdesk checks every name server before asking the CA.',
    tlsAlpnNote:
      'During the check Certdesk answers on port 443 for a few seconds. Port 443 must reach this computer and be free then (stop your web server for that moment, or use one that supports TLS-ALPN itself).',
    required: 'This is needed.',
    notAvailable: '(not available in this version yet)',
    notAvailableLong:
      'This method is not available in this version of Certdesk yet. Choose another one.',
  },
  preflight: {
    title: 'Check before asking the CA',
    intro:
      "Certdesk checks what would make the CA say no, because failed attempts count against the CA's limits.",
    notAvailable:
      'Pre-flight checks are not available in this version of Certdesk yet. You can carry on without them.',
    running: 'Checking…',
    resultsLabel: 'Check results',
    verdict: { pass: 'OK', warn: 'Warning', fail: 'Problem', skip: 'Skipped' },
    fix: 'What to do:',
    someFailed: 'Some checks found problems. Fix them and check again, or try anyway.',
    allGood: 'Nothing found that would stop the CA.',
    trialTitle: 'Trial run',
    trialText:
      "Get a practice certificate from the CA's practice service first. It proves the whole route works and does not count against the real limits. Nothing of it is kept.",
    trialButton: 'Do a trial run',
    trialOk: 'The trial run worked. The real certificate should work too.',
    trialPractice:
      'You are already using a practice service, so getting the certificate is itself the trial.',
    trialNone:
      'This certificate authority has no practice service Certdesk knows, so a trial run is not possible here. The checks above are the best test; go ahead when they pass.',
    again: 'Check again',
    get: 'Get the certificate',
    anyway: 'Try anyway',
    skip: 'Skip the checks',
  },
  run: {
    starting: 'Starting…',
    step: {
      account: 'Account',
      order: 'Order',
      authorization: 'Authorization for {{name}}',
      challenge: 'Proof for {{name}}',
      propagationOk: 'DNS server {{server}} has the record for {{name}}',
      propagationWait: 'Waiting for DNS server {{server}} ({{name}})',
      validation: 'The CA checked {{name}}',
      finalize: 'Finalizing',
      download: 'Downloading the certificate',
      cleanup: 'Cleaning up',
      done: 'Done',
    },
    yourTurn: 'Your turn',
    yourTurnIntro:
      'Do this now, then press the button below. Certdesk checks it before telling the CA.',
    field: {
      filename: 'File name',
      content: 'Content',
      name: 'Name',
      value: 'Value',
      type: 'Type',
      ttl: 'TTL (seconds)',
      target: 'Target',
    },
    fullInstructions: 'Full instructions',
    continue: "I've added it — continue",
    checking: 'Checking…',
  },
  issue: {
    title: 'Getting your certificate',
    intro: 'Certdesk is asking the CA for a certificate for {{names}}.',
    stepsLabel: 'Progress',
    changeDetails: 'Change the details',
    trustHostKey: 'Trust the new key',
    checkAgain: 'Check again',
  },
  done: {
    title: 'Your certificate is ready',
    reusedTitle: 'You already have this certificate',
    reused:
      'A valid certificate for exactly these names already exists, so Certdesk kept it instead of asking the CA again.',
    exportTitle: 'Put it where your server expects it',
    exportIntro: 'Choose what runs your site; Certdesk writes the right files.',
    pasteTitle: 'Paste into a control panel (cPanel, Plesk, …)',
    open: 'Open its page',
    toDashboard: 'Go to your certificates',
    loginOffer:
      'Certdesk renews certificates only while it runs. Start it when you log in, so renewals happen on time? (You can change this in Settings.)',
    loginYes: 'Start at login',
    loginNo: 'Not now',
    loginOn: 'Certdesk will start when you log in.',
  },
  export: {
    where: 'What will use the certificate?',
    preset: {
      nginx: 'nginx',
      apache: 'Apache',
      iis: 'IIS / Windows (PFX)',
      cpanel: 'cPanel / Plesk (paste)',
      haproxy: 'HAProxy',
      synology: 'Synology / QNAP',
      tomcat: 'Java / Tomcat (PFX)',
      generic: 'Other (PEM files)',
    },
    folder: 'Folder to write into',
    folderHint:
      'The full path of a folder on this computer. Files with the key are readable only by you.',
    folderMissing: 'Type the folder to write into.',
    password: 'Password for the PFX file',
    passwordHint: 'At least 4 characters. You will type it when you import the file.',
    passwordShort: 'Choose a password of at least 4 characters.',
    legacy: 'Compatible with Windows Server 2016 and older Java',
    remember: 'Export here again after every renewal',
    postCommand: 'Command to run after each renewal has written the files (optional)',
    postCommandHint:
      'For example "systemctl reload nginx", so your server starts using the renewed certificate. It runs on this computer, as the user Certdesk runs as. Reload your server yourself this first time.',
    overwrite: 'Replace files that are already there',
    run: 'Export',
    done_one: 'Wrote {{count}} file:',
    done_other: 'Wrote {{count}} files:',
    secretFile: 'contains the private key',
    remembered: 'Certdesk will write these files again after every renewal.',
    ecPfxNote:
      'Some old Windows versions cannot read ECDSA keys; if yours refuses the file, get a certificate with an RSA key.',
    paste: { certificate: 'Certificate (CRT)', caBundle: 'CA bundle', key: 'Private key' },
    keyNeverShown:
      'The private key is never shown on screen. Save it to a file and open that file to paste it.',
    copyKey: 'Copy the private key to the clipboard',
    keyCopied: 'The private key is on the clipboard. Paste it, then copy something else over it.',
    keyFolder: 'Folder for the key file',
    saveKey: 'Save key file',
    keySaved: 'Saved to {{path}} (readable only by you).',
  },
  cert: {
    title: 'Certificate',
    back: 'All certificates',
    names: 'Names',
    keyType: 'Key type',
    validity: 'Valid',
    validFromTo: 'from {{from}} to {{to}}',
    validUntil: 'Valid until',
    nextRenewal: 'Next renewal',
    route: 'Proof of control',
    needsYou: '(needs you at every renewal)',
    routeChange: 'Change how the CA reaches you',
    routeEdit: {
      title: 'How the CA reaches you',
      intro:
        'Nothing is issued now: the next renewal uses what you save here. Passwords and tokens are stored encrypted and are never shown again.',
      type: 'Kind of proof',
      saved: 'Saved. The next renewal uses: {{route}}.',
    },
    serial: 'Serial number',
    revokedAt: 'Revoked',
    lastProblem: 'Last problem:',
    renewNow: 'Renew now',
    renewSteps: 'Renewal progress',
    renewed: 'Renewed: valid until {{date}}.',
    chain: 'Issuer chain',
    noChain: 'No certificate yet.',
    issuedBy: 'issued by {{issuer}}',
    until: 'until {{date}}',
    history: 'History',
    noHistory: 'No attempts recorded yet.',
    outcome: { success: 'Succeeded', failure: 'Failed' },
    trigger: {
      manual: 'started by you',
      scheduled: 'automatic renewal',
      wizard: 'new certificate',
      cli: 'from the command line',
    },
    exports: 'Export destinations',
    noExports: 'None yet. Export below and tick "Export here again after every renewal".',
    forget: 'Forget',
    forgetDest: 'Forget the destination {{dir}}',
    exportAgain: 'Export',
    danger: 'Revoke or delete',
    revoke: 'Revoke…',
    revokeTitle: 'Revoke this certificate?',
    revokeText:
      'The CA marks it as no longer valid. Do this if the private key may have leaked, or the certificate is no longer needed. It cannot be undone.',
    revokeReason: 'Reason',
    revokeConfirm: 'Revoke it',
    reason: {
      unspecified: 'No particular reason',
      keyCompromise: 'The private key may have leaked',
      superseded: 'Replaced by another certificate',
      affiliationChanged: 'The names changed owner',
      cessationOfOperation: 'The site is closed',
    },
    delete: 'Delete…',
    deleteTitle: 'Delete this certificate from Certdesk?',
    deleteText:
      'Certdesk forgets {{name}}, its key and its history, and stops renewing it. Files you exported stay where they are. The certificate stays valid until it expires unless you revoke it first.',
    deleteConfirm: 'Delete it',
  },
  settings: {
    title: 'Settings',
    accounts: 'Accounts and certificate authorities',
    accountsHint:
      "One account per CA is usual. Several accounts (for example one per customer) keep each one's key apart.",
    addAccount: 'Add an account',
    since: 'since {{date}}',
    notifications: 'Notifications',
    notificationsHint:
      'Certdesk tells you when a renewal fails or a certificate is close to running out. CAs no longer send such e-mails themselves.',
    notifyOnSuccess: 'Also tell me when a renewal succeeds',
    desktop: 'Desktop notifications',
    desktopBrowser:
      'Desktop notifications come from the desktop app. In the browser, use e-mail or a webhook.',
    email: 'E-mail',
    smtpHost: 'Mail server (SMTP)',
    smtpPort: 'Port',
    smtpSecure: 'Use TLS from the start (usually port 465)',
    smtpUser: 'User name',
    smtpPassword: 'Password',
    smtpPasswordKeep: 'Password (leave empty to keep the saved one)',
    mailFrom: 'From address',
    mailTo: 'Send to',
    webhook: 'Webhook',
    webhookUrl: 'Webhook address',
    test: {
      desktop: 'Send a test notification',
      email: 'Send a test e-mail',
      webhook: 'Send a test message',
    },
    testSent: 'Sent. Check that it arrived.',
    testNotSent: 'Not sent.',
    saved: 'Saved.',
    network: 'Network',
    proxyUrl: 'Proxy server',
    proxyHint:
      'Only on a network that reaches the internet through a proxy (your network administrator knows). Leave it empty to use the HTTPS_PROXY setting of this computer. A proxy that needs a password goes in HTTPS_PROXY instead.',
    noProxy: 'No proxy for',
    noProxyHint:
      'Names and addresses reached directly, separated by commas, as in NO_PROXY: example.com also covers its subdomains; 10.0.0.0/8 is a range.',
    startup: 'Start at login',
    launchAtLogin: 'Start Certdesk when I log in, so renewals happen on time',
    launchBrowser:
      'Starting at login is a setting of the desktop app. In the browser, Certdesk renews only while it is running; to keep renewing when it is not, tick "{{option}}" below.',
    language: 'Language',
    languageAuto: 'Same as this computer',
    data: 'Data folder',
    dataFolder: 'Certdesk keeps accounts, certificates and keys in',
    backup: 'Back up',
    backupHint:
      'Copies the data folder into a new folder. The copy holds your private keys: keep it as safe as the original.',
    backupFolder: 'Put the backup in this folder',
    backupRun: 'Back up now',
    backupDone: 'Backed up to {{path}}.',
    restore: 'Restore',
    restoreBrowser:
      'Restoring is not possible while Certdesk runs in the browser: quit Certdesk (close the terminal window it runs in), copy the backup folder over the data folder, then start Certdesk again.',
    restoreFrom: 'Backup folder to restore',
    restoreRun: 'Restore',
    restoreDone: 'Restored.',
    restoreRestart: 'Restored. Certdesk restarts to use it.',
    version: 'Certdesk {{version}} ({{mode}})',
    mode: { app: 'desktop app', browser: 'browser mode' },
  },
  errors: {
    generic: 'Something went wrong. Try again; if it keeps happening, look at the details.',
    'ui-offline':
      'Certdesk is not answering. Check that it is still running (the terminal window it was started in is still open), then reload this page.',
    'ui-no-token':
      'This page was opened without its key. Open the full address Certdesk showed when it started (it ends with #token=…).',
    'invalid-input': 'Something in the form is not right. Check it and try again.',
    'invalid-name': 'One of the names is not a domain the CA can check. Fix it and try again.',
    'invalid-email': 'The e-mail address is not valid. Type a full address like you@example.com.',
    'tos-not-agreed': 'The CA needs you to agree to its Terms of Service first.',
    'eab-required': 'This CA needs the key ID and HMAC key from your account page at the CA.',
    'eab-invalid':
      'The CA refused the key ID and HMAC key. Copy both again from your account page at the CA.',
    'no-account': 'There is no account at a CA yet. Create one in Settings.',
    'ambiguous-account': 'There are several accounts; choose which one to use.',
    'not-found': 'That is no longer there. Go back and reload the list.',
    'account-paused':
      'The CA has paused this account for these names. Fix why validation fails, open the CA\'s unpause page, then choose "I have unpaused it".',
    'rate-limited':
      'The CA says there were too many requests for these names. Wait until the time shown, then try again.',
    'bad-nonce': 'The CA asked Certdesk to repeat a request. Try again.',
    caa: 'A CAA record in your DNS does not allow this CA. Add the CA to the CAA record, or remove it, then try again.',
    dns: 'The CA could not look up your names in DNS. Check the DNS records, then try again.',
    connection:
      'The CA could not reach your server. Check that the name points to it and that the port is open, then try again.',
    unauthorized:
      'The CA could not confirm that you control the names. Check the file or record, then try again.',
    'rejected-identifier': 'The CA does not issue certificates for one of these names.',
    'incorrect-response':
      'The CA found a different answer than expected. Check that the file or record is exactly as shown, then try again.',
    tls: "A secure connection failed. Check the server's certificate and ports, then try again.",
    'server-internal':
      'The CA had a problem of its own. Try again later; its status page may say more.',
    malformed:
      'The CA did not understand a request. Try again; if it keeps happening, report it with the details.',
    'bad-csr': 'The CA refused the certificate request. Try another key type.',
    'bad-signature-algorithm': 'The CA does not accept this key type. Choose another key type.',
    'already-revoked': 'This certificate is already revoked.',
    'ca-unreachable':
      "Certdesk cannot reach the CA. Check the internet connection, then try again; the CA's status page may say more.",
    'ca-misbehaved': 'The CA answered something Certdesk cannot use. Try again later.',
    timeout: 'This took too long. Try again.',
    cancelled: 'Cancelled. Nothing was changed.',
    'port-in-use':
      'Another program uses the port Certdesk needs. Stop it for a moment, or choose another method.',
    'port-not-permitted':
      'Certdesk is not allowed to listen on that port. Run it with the rights to do so, or choose another method.',
    webroot: 'Certdesk could not write into the web folder. Check the path and its permissions.',
    'challenge-failed': 'The proof was not in place yet. Check it, then try again.',
    solver: 'The chosen method failed. Check its settings, then try again.',
    'credentials-refused':
      'The server or provider refused the password or token. Check it, then try again.',
    'credentials-needed':
      'The method needs a password, key or token that was not given (a stored one is not sent to a changed server). Type it, then save again.',
    storage: 'Certdesk could not save its data. Check the data folder and the free disk space.',
    'store-corrupt': 'The data file is damaged. Restore it from a backup.',
    'store-too-new': 'The data folder was written by a newer Certdesk. Update Certdesk.',
    'store-locked': 'Another Certdesk is busy with the same data. Try again in a moment.',
    export: 'The export failed and nothing was written. Check the folder, then try again.',
    'file-exists':
      'Files of that name are already there. Tick "Replace files" or pick another folder.',
    'disk-full': 'The disk is full. Free some space, then try again.',
    'permission-denied':
      "Certdesk is not allowed to do that. Check the folder's permissions, or restart Certdesk.",
    'wrong-password': 'The password is not right or too short. Type it again.',
    unsupported: 'This is not possible here. The details say what to do instead.',
    internal:
      'Something unexpected went wrong inside Certdesk. Try again; if it keeps happening, report it with the details.',
  },
  deploy: deployEn,
  reminders: remindersEn,
  profiles: profilesEn,
  notifyFormat: notifyFormatEn,
  siteCheck: siteCheckEn,
  https: httpsEn,
  unattended: unattendedEn,
  engine: engineText,
  keysLimits: keysLimitsEn,
};
