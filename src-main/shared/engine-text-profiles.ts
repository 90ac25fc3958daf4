// The engine's sentences about ACME profiles and IP-address certificates (issue 18), joined into
// engineText under "profile" (engine-text.ts); translated in src-renderer/i18n/profiles/.
export const profileText = {
  unknown: 'The CA does not offer the profile "{{profile}}". Choose one of its profiles: {{list}}.',
  noneOffered:
    'The CA does not offer profiles, so "{{profile}}" cannot be used. Leave the profile empty to get the CA\'s usual certificate.',
  ipNeedsProfile:
    '"{{name}}" is an IP address. This CA issues certificates for IP addresses only with the "{{profile}}" profile: choose it under More options, or use a domain name that points to this address.',
  ipNotOffered:
    '"{{name}}" is an IP address, and this CA offers no profile that allows IP addresses. Use a domain name that points to this address instead.',
  ipNoDns:
    '"{{name}}" is an IP address: the CA checks an IP address only by connecting to it (http-01 or tls-alpn-01), never through DNS. Choose one of those methods.',
  busy: 'Certificate {{name}} is being renewed right now. Change its profile when that has finished.',
  ipKeeps:
    '"{{name}}" on this certificate is an IP address, and this CA issues certificates for IP addresses only with these profiles: {{list}}. Keep one of them, or get a new certificate without the IP address.',
  trialMissing:
    'The CA\'s practice (staging) service does not offer the profile "{{profile}}" (it offers: {{list}}), so a trial run cannot rehearse it. Go ahead without a trial run, or choose a profile both offer.',
  trialNone:
    'The CA\'s practice (staging) service offers no profiles, so a trial run cannot rehearse the profile "{{profile}}". Go ahead without a trial run, or choose the CA\'s default.',
  ipReach: {
    ok: 'Something answers on port {{port}} of {{name}}, so the CA can connect to it.',
    fail: 'Nothing answers on port {{port}} of {{name}}. The CA validates an IP address by connecting to it there.',
    fix: 'Open port {{port}} of {{name}} to the internet (router and firewall) and let Certdesk or your web server answer on it, then run the checks again.',
    noDns: 'An IP address needs no DNS or CAA records, so those checks are left out.',
  },
};
