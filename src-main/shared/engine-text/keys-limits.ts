// The engine's sentences for issue 18: dual ECDSA + RSA certificates (R17), the CA's rate limits
// and paused accounts. Joined into engineText (../engine-text.ts) as `dual` and `limits`; the
// translations are in src-renderer/i18n/keys-limits/engine-*.ts.

/** How each export preset's server uses both sets of a dual certificate (…-ecdsa and …-rsa). */
export const dualText = {
  where: {
    nginx:
      'nginx serves both: in the server block write two ssl_certificate lines (the fullchain.pem of the -ecdsa folder and of the -rsa folder) and two ssl_certificate_key lines (their privkey.pem), then reload nginx; each client gets the one it can use.',
    apache:
      'Apache 2.4 serves both: write SSLCertificateFile and SSLCertificateKeyFile twice, once with the files of the -ecdsa folder and once with those of the -rsa folder, then reload Apache.',
    iis: 'IIS binds one certificate to a site: import the .pfx of the -ecdsa folder for the site, and keep the one of the -rsa folder for a server that must serve very old clients.',
    cpanel:
      'cPanel and Plesk keep one certificate per site: paste the fields of the ECDSA certificate; use the RSA one only if very old clients must connect.',
    haproxy:
      "HAProxy serves both: give the bind line's crt option both .pem files (the one in the -ecdsa folder and the one in the -rsa folder), then reload HAProxy; it picks per client.",
    synology:
      'The NAS uses one certificate: import the files of the -ecdsa folder, or those of the -rsa folder if very old devices must connect.',
    tomcat:
      'Tomcat serves both: in the SSLHostConfig, add two Certificate elements, one with type="EC" and the .pfx of the -ecdsa folder, one with type="RSA" and the .pfx of the -rsa folder, then restart Tomcat.',
    generic:
      'The -ecdsa and -rsa folders hold the same files for the two certificates: give your server both if it can serve two (each client gets the one it can use), otherwise the -ecdsa one.',
  },
  second: 'Now the {{keyType}} certificate for the same names',
};

/** A custom CA's practice (staging) directory URL, as the account form takes it. */
export const stagingText = {
  notUrl:
    '"{{url}}" is not a web address: paste the practice (staging) directory address your CA documents, starting with https://.',
  notHttps: 'A practice (staging) directory address must start with https://.',
};

/** The CA's rate limits, named, and the paused account (Let's Encrypt's documented answers). */
export const limitsText = {
  paused:
    "The CA has paused this account for {{names}} because validation for it failed again and again, so Certdesk stopped trying: first fix why validation fails (run the checks), then open the CA's unpause page and confirm there, then tell Certdesk the account is unpaused.",
  newOrders:
    "The CA refused a new order: this account asked for too many certificates in a short time (new orders per account; at Let's Encrypt 300 every 3 hours).",
  perDomain:
    "The CA refused a new order: too many certificates were issued for {{domain}} this week (certificates per registered domain; at Let's Encrypt 50 every 7 days, counted across all accounts).",
  duplicate:
    "The CA refused a new order: this exact set of names already got too many certificates this week (duplicate certificates; at Let's Encrypt 5 every 7 days).",
  failedValidations:
    "The CA refused a new order: validation for {{domain}} failed too often in the last hour (failed validations; at Let's Encrypt 5 per name per hour); fix why it fails before trying again (run the checks).",
  registrations:
    'The CA refused to create another account from this network address for now (new accounts per address).',
  other: 'The CA says too many requests were made recently.',
  retryAt: 'Certdesk tries again after {{at}}, as the CA asked.',
  retryLater:
    'Certdesk tries again later; it does not retry sooner, as that would count against the limit.',
  /** The sentences of one rate-limit answer, in order (a language may join them otherwise). */
  joined: '{{first}} {{second}} {{third}}',
  ariExempt:
    "Renewals of certificates Certdesk already keeps name the certificate they replace (ARI), which Let's Encrypt exempts from this limit, so they carry on.",
};
