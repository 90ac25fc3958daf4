// Name rules for orders (R6, R15) and the pre-flight "names" check: one clear error per bad name.
import { domainToASCII, domainToUnicode } from 'node:url';
import { isIP } from 'node:net';
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeType } from '../shared/types.ts';
import { say, text, type Text } from '../shared/engine-text.ts';

/** R6: Let's Encrypt allows up to 100 names per certificate. */
export const MAX_NAMES = 100;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** reason: the English sentence (CLI, errors); text: the same as a Text, for the window's language. */
export type NameProblem = { input: string; reason: string; text: Text };
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
  const add = (input: string, t: Text) => problems.push({ input, reason: say(t), text: t });
  if (inputs.length === 0) add('', text('names.none'));
  if (inputs.length > MAX_NAMES)
    add('', text('names.tooMany', { max: MAX_NAMES, n: inputs.length }));
  for (const raw of inputs) {
    const t = nameProblemText(raw, challenge, o);
    if (t) {
      add(raw, t);
      continue;
    }
    const ascii = toAscii(raw);
    if (seen.has(ascii)) {
      add(raw, text('names.twice', { input: raw }));
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

/** Why a name cannot go on a certificate, in English (null: it can). */
export function nameProblem(
  raw: string,
  challenge?: ChallengeType,
  o: NameOptions = {},
): string | null {
  const t = nameProblemText(raw, challenge, o);
  return t ? say(t) : null;
}

/** Why a name cannot go on a certificate, as a Text the window says in the person's language. */
export function nameProblemText(
  raw: string,
  challenge?: ChallengeType,
  o: NameOptions = {},
): Text | null {
  const input = raw.trim();
  const no = (key: Parameters<typeof text>[0], more: Record<string, string> = {}) =>
    text(key, { input, ...more });
  if (input === '') return text('names.blank');
  const bare = input.replace(/^\[|\]$/g, '');
  if (isIP(bare)) {
    // RFC 8738 section 7: an IP address is never validated through DNS.
    if (o.allowIp && challenge !== 'dns-01') return null;
    return no(o.allowIp ? 'names.ipNoDns' : 'names.ipNeedsProfile');
  }
  if (/\s/.test(input)) return no('names.space');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input.includes('/')) return no('names.webAddress');
  let wildcard = false;
  let host = input.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) {
    wildcard = true;
    host = host.slice(2);
  }
  if (host.includes('*')) return no('names.star');
  if (wildcard && challenge && challenge !== 'dns-01') return no('names.wildcardDns');
  const ascii = domainToASCII(host);
  if (ascii === '') return no('names.badChars');
  if (ascii.length > 253) return no('names.tooLong');
  const labels = ascii.split('.');
  if (labels.some((l) => l === '')) return no('names.emptyPart');
  if (labels.length < 2) return no('names.notFull');
  for (const label of labels) {
    if (label.length > 63) return no('names.longPart');
    if (!LABEL.test(label)) return no('names.badPart', { label });
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return no('names.number');
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
