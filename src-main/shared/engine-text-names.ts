// Why a name cannot go on a certificate (src-main/engine/names.ts, R6, R15, RFC 8738): the wizard
// shows these in the person's language as the names are typed (names:check), the CLI in English.
// Joined into engineText under "names"; translated in src-renderer/i18n/names/.
export const namesText = {
  none: 'Enter at least one domain name, for example example.com.',
  tooMany:
    'A certificate can hold at most {{max}} names, and there are {{n}}; split them over several certificates.',
  blank: 'A name is empty; remove it or type a domain such as example.com.',
  twice: '"{{input}}" is listed twice; remove the duplicate.',
  ipNeedsProfile:
    '"{{input}}" is an IP address. Certificates for IP addresses need a CA profile that allows them (at Let\'s Encrypt: "shortlived", under More options); otherwise use a domain name that points to this address.',
  ipNoDns:
    '"{{input}}" is an IP address: the CA checks an IP address only by connecting to it (http-01 or tls-alpn-01), never through DNS. Choose one of those methods.',
  space: '"{{input}}" contains a space; a domain name has none.',
  webAddress: '"{{input}}" looks like a web address; type only the domain, e.g. example.com.',
  star: '"{{input}}" has a "*" in the wrong place; a wildcard can only be the first label, as in *.example.com.',
  wildcardDns:
    '"{{input}}" is a wildcard: the CA only validates wildcards through DNS (dns-01). Choose the DNS method, or list the names one by one.',
  badChars: '"{{input}}" is not a valid domain name (it has characters a domain cannot have).',
  tooLong: '"{{input}}" is longer than 253 characters, the limit for a domain name.',
  emptyPart: '"{{input}}" has an empty part (two dots in a row, or a dot at the start).',
  notFull: '"{{input}}" is not a full domain name; add its ending, e.g. {{input}}.com.',
  longPart:
    '"{{input}}" has a part longer than 63 characters, the limit for one part of a domain name.',
  badPart:
    '"{{input}}" has a part ("{{label}}") with characters a domain name cannot have, or it starts or ends with "-".',
  number: '"{{input}}" ends in a number; it is not a domain name a CA can validate.',
};
