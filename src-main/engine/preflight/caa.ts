// The "caa" check (RFC 8659): find the relevant CAA RRset by walking from the name towards the
// root (section 3), then decide whether the chosen CA may issue (section 4). The walk climbs the
// labels of the name as asked, never those of a CNAME target (RFC 8659 dropped RFC 6844's target
// climbing); a CNAME itself is followed by the recursive resolver, as Node's Resolver gives it.
import { makeResolver } from '../net/resolve.ts';
import type { CheckResult } from './types.ts';

export type CaaRecord = { flags: number; tag: string; value: string };
export type CaaLookup =
  | { kind: 'found'; owner: string; records: CaaRecord[]; walked: string[] }
  | { kind: 'none'; walked: string[] }
  | { kind: 'error'; at: string; code: string; walked: string[] };

/** Tags a CA understands (RFC 8659 section 4; RFC 9495 issuemail; CA/B Forum contact tags). */
const KNOWN_TAGS = new Set(['issue', 'issuewild', 'iodef', 'issuemail', 'contactemail', 'contactphone', 'issuevmc']);

/** Node gives `{ critical: flags, <tag>: value }`; turn it back into flags/tag/value. */
export function fromNode(rec: Record<string, unknown>): CaaRecord {
  const flags = Number(rec.critical ?? 0);
  const [tag, value] = Object.entries(rec).find(([k]) => k !== 'critical') ?? ['', ''];
  return { flags, tag: tag.toLowerCase(), value: String(value) };
}

/** The relevant RRset of `host` (no "*." prefix): the first non-empty CAA RRset up the tree. */
export async function findRelevantCaa(host: string, opts: { resolver?: string; signal?: AbortSignal; timeoutMs?: number }): Promise<CaaLookup> {
  const r = makeResolver({ resolver: opts.resolver, timeoutMs: opts.timeoutMs ?? 2500 });
  const onAbort = () => r.cancel();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const walked: string[] = [];
  try {
    const labels = host.toLowerCase().replace(/\.$/, '').split('.');
    // Up to the top-level domain; the root zone publishes no CAA records.
    for (let i = 0; i < labels.length; i++) {
      const owner = labels.slice(i).join('.');
      walked.push(owner);
      try {
        const recs = await r.resolveCaa(owner);
        if (recs.length > 0) return { kind: 'found', owner, records: recs.map((x) => fromNode(x as unknown as Record<string, unknown>)), walked };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'error';
        if (code === 'ENODATA' || code === 'ENOTFOUND') continue;
        return { kind: 'error', at: owner, code: code === 'ECANCELLED' ? 'no answer in time' : code, walked };
      }
    }
    return { kind: 'none', walked };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** "letsencrypt.org; validationmethods=http-01" -> domain + parameters (RFC 8659 section 4.2). */
export function parseIssueValue(value: string): { domain: string; params: Record<string, string> } {
  const [head, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const m = /^\s*([A-Za-z0-9]+)\s*=\s*(.*?)\s*$/.exec(p);
    if (m) params[m[1].toLowerCase()] = m[2];
  }
  return { domain: head.trim().toLowerCase().replace(/\.$/, ''), params };
}

const fmt = (r: CaaRecord) => `CAA ${r.flags} ${r.tag} "${r.value}"`;

export type CaaVerdictInput = {
  name: string;
  wildcard: boolean;
  lookup: CaaLookup;
  /** The CA's CAA identities (directory meta.caaIdentities), e.g. ["letsencrypt.org"]. */
  identities: string[];
  /** The challenge type, for RFC 8657 validationmethods. */
  method?: string;
};

/** Pure: decide from the relevant RRset (unit-tested with every case of RFC 8659 section 4). */
export function caaVerdict(i: CaaVerdictInput): CheckResult {
  const base = { check: 'caa' as const, domain: i.name };
  const walkLine = `asked for CAA: ${i.lookup.walked.join(', ') || '-'}`;
  if (i.lookup.kind === 'error') {
    return {
      ...base, verdict: i.lookup.code === 'ESERVFAIL' ? 'fail' : 'warn',
      message: i.lookup.code === 'ESERVFAIL'
        ? `The DNS servers of ${i.lookup.at} fail when asked for CAA records. The CA refuses to issue when this lookup fails.`
        : `Certdesk could not read the CAA records of ${i.lookup.at} (${i.lookup.code}).`,
      fix: i.lookup.code === 'ESERVFAIL'
        ? `Ask your DNS provider to answer CAA questions for ${i.lookup.at} (an empty answer is fine); some old DNS servers fail on record types they do not know.`
        : 'Check your internet connection and DNS settings, then run the checks again.',
      details: [walkLine],
    };
  }
  if (i.lookup.kind === 'none') {
    return { ...base, verdict: 'pass', message: `No CAA records for ${i.name}: any CA may issue.`, details: [walkLine] };
  }
  const owner = i.lookup.owner;
  const records = i.lookup.records.map((r) => ({ ...r, tag: r.tag.toLowerCase() }));
  const details = [walkLine, `relevant CAA records at ${owner}:`, ...records.map((r) => `  ${fmt(r)}`)];
  // RFC 8659 section 4.1: an unknown property with the critical flag forbids issuance by any CA.
  const critical = records.filter((r) => (r.flags & 128) !== 0 && !KNOWN_TAGS.has(r.tag));
  if (critical.length > 0) {
    return {
      ...base, verdict: 'fail',
      message: `${owner} has a CAA record marked critical with a property CAs do not understand (${critical.map((r) => r.tag).join(', ')}), so every CA must refuse to issue.`,
      fix: `Remove that CAA record of ${owner}, or clear its critical flag (use 0 instead of ${critical[0].flags}).`,
      details,
    };
  }
  const wild = records.filter((r) => r.tag === 'issuewild');
  const issue = records.filter((r) => r.tag === 'issue');
  // Section 4.3: for a wildcard, issuewild when present, else issue.
  const tag = i.wildcard && wild.length > 0 ? 'issuewild' : 'issue';
  const relevant = tag === 'issuewild' ? wild : issue;
  if (relevant.length === 0) {
    return { ...base, verdict: 'pass', message: `The CAA records of ${owner} do not limit which CA may issue${i.wildcard ? ' wildcard certificates' : ''}.`, details };
  }
  const parsed = relevant.map((r) => parseIssueValue(r.value));
  const allowed = parsed.map((p) => p.domain).filter((d) => d !== '');
  const ids = i.identities.map((x) => x.toLowerCase().replace(/\.$/, ''));
  const record = `${owner}. CAA 0 ${tag} "${ids[0] ?? 'the CA\'s name'}"`;
  if (ids.length === 0) {
    return {
      ...base, verdict: 'warn',
      message: `The CAA records of ${owner} allow only ${allowed.length ? allowed.join(', ') : 'no CA at all'}, and this CA does not say which name it uses in CAA, so Certdesk cannot tell whether it may issue.`,
      fix: 'Check in the CA\'s documentation which name to put in a CAA "issue" record, and add it if it is missing.',
      details,
    };
  }
  const match = parsed.find((p) => p.domain !== '' && ids.includes(p.domain));
  if (!match) {
    return {
      ...base, verdict: 'fail',
      message: allowed.length === 0
        ? `The CAA records of ${owner} forbid every CA to issue${tag === 'issuewild' ? ' wildcard certificates' : ''} for ${i.name}.`
        : `The CAA records of ${owner} allow only ${allowed.join(', ')} to issue${tag === 'issuewild' ? ' wildcard certificates' : ''}; the CA you chose (${ids.join(', ')}) is not among them, so it will refuse.`,
      fix: `Add this record at your DNS provider (keep the others if you still use those CAs): ${record}`,
      details,
    };
  }
  // RFC 8657 section 4: a CA honouring validationmethods refuses other methods.
  const methods = match.params.validationmethods?.split(',').map((m) => m.trim().toLowerCase()).filter(Boolean);
  if (i.method && methods && methods.length > 0 && !methods.includes(i.method)) {
    return {
      ...base, verdict: 'fail',
      message: `The CAA record of ${owner} lets ${match.domain} issue only with ${methods.join(', ')}, not with ${i.method}.`,
      fix: `Choose ${methods.join(' or ')} as the method, or add ${i.method} to validationmethods in that CAA record.`,
      details,
    };
  }
  const extra = match.params.accounturi ? ' (only for the account named in its accounturi)' : '';
  return { ...base, verdict: 'pass', message: `The CAA records of ${owner} allow ${match.domain} to issue${extra}.`, details };
}
