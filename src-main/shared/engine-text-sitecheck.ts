// What the live-site check says (issue 17), in English; joined into engineText as `siteCheck`
// and translated in src-renderer/i18n/engine-*.ts like every engine sentence.
export const siteCheckText = {
  current: 'Serves the newest certificate (expires {{date}}).',
  outdated:
    'Still serves an older certificate of this site, which expires {{date}}. Put the newest certificate on this server and reload it.',
  other:
    'Serves a certificate Certdesk did not issue ({{issuer}}, expires {{date}}). Install this certificate on the server that answers here.',
  noAddress:
    'The name has no address in DNS, so Certdesk cannot check what it serves. Add an A or AAAA record at your DNS provider.',
  // Kept for checks recorded before the per-name wildcard sentences below.
  wildcard:
    'A wildcard name has no site of its own to check; add the names people visit to the certificate to have them checked.',
  wildcardAdd:
    '{{name}} is a wildcard, not a host name Certdesk can connect to. Add the host name you serve (e.g. {{example}}) to this certificate to have it checked.',
  wildcardCovered:
    '{{name}} is a wildcard, not a host name Certdesk can connect to; see the names it covers that are on this certificate: {{names}}.',
  refused:
    'Nothing answers on port {{port}} at this address. Check that the web server runs and listens for HTTPS.',
  timeout:
    'No answer on port {{port}} within {{seconds}} seconds. Check the server and any firewall in front of it.',
  tls: 'The server on port {{port}} did not complete a secure (TLS) connection. Check its HTTPS configuration.',
  unreachable:
    'This computer cannot reach the address. Check your internet connection (an IPv6 address needs IPv6).',
};
