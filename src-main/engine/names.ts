// Name rules for orders (R6, R15) and the pre-flight "names" check: one clear error per bad name.
import { domainToASCII, domainToUnicode } from 'node:url';
import { isIP } from 'node:net';
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeType } from '../shared/types.ts';

/** R6: Let's Encrypt allows up to 100 names per certificate. */
export const MAX_NAMES = 100;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type NameProblem = { input: string; reason: string };
export type NameCheck = { names: string[]; problems: NameProblem[] };
/** allowIp: the chosen CA and profile issue for IP addresses (RFC 8738; engine/profiles.ts). */
export type NameOptions = { allowIp?: boolean };

/** Checks and normalises names: lower case, punycode for internationalised names, no trailing dot. */
export function checkNames(
  inputs: readonly string[],
  challenge?: ChallengeType,
  o: NameOptions = {},
): NameCheck {
  const names: string[] = [];
  const problems: NameProblem[] = [];
  const seen = new Set<string>();
  if (inputs.length === 0)
    problems.push({
      input: '',
      reason: 'Enter at least one domain name, for example example.com.',
    });
  if (inputs.length > MAX_NAMES) {
    problems.push({
      input: `${inputs.length} names`,
      reason: `A certificate can hold at most ${MAX_NAMES} names; split them over several certificates.`,
    });
  }
  for (const raw of inputs) {
    const reason = nameProblem(raw, challenge, o);
    if (reason) {
      problems.push({ input: raw, reason });
      continue;
    }
    const ascii = toAscii(raw);
    if (seen.has(ascii)) {
      problems.push({ input: raw, reason: `"${raw}" is listed twice; remove the duplicate.` });
      continue;
    }
    seen.add(ascii);
    names.push(ascii);
  }
  return { names, problems };
}

/** Like checkNames, but throws one CertdeskError listing every problem. */
export function normaliseNames(
  inputs: readonly string[],
  challenge?: ChallengeType,
  o: NameOptions = {},
): string[] {
  const { names, problems } = checkNames(inputs, challenge, o);
  if (problems.length > 0) {
    const list = problems.map((p) => (p.input ? `${p.input}: ${p.reason}` : p.reason)).join('\n');
    throw new CertdeskError(
      'invalid-name',
      problems.length === 1 ? problems[0].reason : `${problems.length} names need fixing:\n${list}`,
      { detail: list },
    );
  }
  return names;
}

function toAscii(raw: string): string {
  const bare = raw.trim().replace(/^\[|\]$/g, '');
  // One spelling per address: IPv6 compressed and lower case, as in the certificate (RFC 5952).
  if (isIP(bare) === 6) return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  if (isIP(bare) === 4) return bare;
  const trimmed = raw.trim().toLowerCase().replace(/\.$/, '');
  if (trimmed.startsWith('*.')) return `*.${domainToASCII(trimmed.slice(2))}`;
  return domainToASCII(trimmed);
}

export function nameProblem(
  raw: string,
  challenge?: ChallengeType,
  o: NameOptions = {},
): string | null {
  const input = raw.trim();
  if (input === '') return 'A name is empty; remove it or type a domain such as example.com.';
  const bare = input.replace(/^\[|\]$/g, '');
  if (isIP(bare)) {
    // RFC 8738 section 7: an IP address is never validated through DNS.
    if (o.allowIp && challenge !== 'dns-01') return null;
    return o.allowIp
      ? `"${input}" is an IP address: the CA checks an IP address only by connecting to it (http-01 or tls-alpn-01), never through DNS. Choose one of those methods.`
      : `"${input}" is an IP address. Certificates for IP addresses need a CA profile that allows them (at Let's Encrypt: "shortlived", under More options); otherwise use a domain name that points to this address.`;
  }
  if (/\s/.test(input)) return `"${input}" contains a space; a domain name has none.`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input.includes('/'))
    return `"${input}" looks like a web address; type only the domain, e.g. example.com.`;
  let wildcard = false;
  let host = input.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) {
    wildcard = true;
    host = host.slice(2);
  }
  if (host.includes('*'))
    return `"${input}" has a "*" in the wrong place; a wildcard can only be the first label, as in *.example.com.`;
  if (wildcard && challenge && challenge !== 'dns-01') {
    return `"${input}" is a wildcard: the CA only validates wildcards through DNS (dns-01). Choose the DNS method, or list the names one by one.`;
  }
  const ascii = domainToASCII(host);
  if (ascii === '')
    return `"${input}" is not a valid domain name (it has characters a domain cannot have).`;
  if (ascii.length > 253)
    return `"${input}" is longer than 253 characters, the limit for a domain name.`;
  const labels = ascii.split('.');
  if (labels.some((l) => l === ''))
    return `"${input}" has an empty part (two dots in a row, or a dot at the start).`;
  if (labels.length < 2)
    return `"${input}" is not a full domain name; add its ending, e.g. ${input}.com.`;
  for (const label of labels) {
    if (label.length > 63)
      return `"${input}" has a part longer than 63 characters, the limit for one part of a domain name.`;
    if (!LABEL.test(label))
      return `"${input}" has a part ("${label}") with characters a domain name cannot have, or it starts or ends with "-".`;
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1]))
    return `"${input}" ends in a number; it is not a domain name a CA can validate.`;
  return null;
}

export const isWildcard = (name: string): boolean => name.startsWith('*.');

/** A stored (punycode) name as people read it: *.xn--bcher-kva.test -> *.bücher.test; as is if not IDN. */
export function unicodeName(ascii: string): string {
  const host = isWildcard(ascii) ? ascii.slice(2) : ascii;
  // domainToUnicode answers '' for what it cannot read: then the stored form is the best we have.
  const unicode = domainToUnicode(host);
  return unicode ? `${isWildcard(ascii) ? '*.' : ''}${unicode}` : ascii;
}

/** Same set of names, whatever the order: the key for "already have a valid certificate" (R7). */
export const namesKey = (names: readonly string[]): string => [...names].sort().join(',');
