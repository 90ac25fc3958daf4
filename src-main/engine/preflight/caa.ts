// The "caa" check (RFC 8659): find the relevant CAA RRset by walking from the name towards the
// root (section 3), then decide whether the chosen CA may issue (section 4). The walk climbs the
// labels of the name as asked, never those of a CNAME target (RFC 8659 dropped RFC 6844's target
// climbing); a CNAME itself is followed by the recursive resolver, as Node's Resolver gives it.
import { makeResolver } from '../net/resolve.ts';
import type { CheckResult } from './types.ts';
import { fixed, said } from '../../shared/engine-text.ts';

export type CaaRecord = { flags: number; tag: string; value: string };
export type CaaLookup =
  | { kind: 'found'; owner: string; records: CaaRecord[]; walked: string[] }
  | { kind: 'none'; walked: string[] }
  | { kind: 'error'; at: string; code: string; walked: string[] };

/** Tags a CA understands (RFC 8659 section 4; RFC 9495 issuemail; CA/B Forum contact tags). */
const KNOWN_TAGS = new Set([
  'issue',
  'issuewild',
  'iodef',
  'issuemail',
  'contactemail',
  'contactphone',
  'issuevmc',
]);

/** Node gives `{ critical: flags, <tag>: value }`; turn it back into flags/tag/value. */
export function fromNode(rec: Record<string, unknown>): CaaRecord {
  const flags = Number(rec.critical ?? 0);
  const [tag, value] = Object.entries(rec).find(([k]) => k !== 'critical') ?? ['', ''];
  return { flags, tag: tag.toLowerCase(), value: String(value) };
}

/** The relevant RRset of `host` (no "*." prefix): the first non-empty CAA RRset up the tree. */
export async function findRelevantCaa(
  host: string,
  opts: { resolver?: string; signal?: AbortSignal; timeoutMs?: number },
): Promise<CaaLookup> {
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
        if (recs.length > 0)
          return {
            kind: 'found',
            owner,
            records: recs.map((x) => fromNode(x as unknown as Record<string, unknown>)),
            walked,
          };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'error';
        if (code === 'ENODATA' || code === 'ENOTFOUND') continue;
        return {
          kind: 'error',
          at: owner,
          code: code === 'ECANCELLED' ? 'no answer in time' : code,
          walked,
        };
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
      ...base,
      verdict: i.lookup.code === 'ESERVFAIL' ? 'fail' : 'warn',
      ...(i.lookup.code === 'ESERVFAIL'
        ? {
            ...said('preflight.caa.servfail', { at: i.lookup.at }),
            ...fixed('preflight.caa.fixServfail', { at: i.lookup.at }),
          }
        : {
            ...said('preflight.caa.lookupError', { at: i.lookup.at, code: i.lookup.code }),
            ...fixed('preflight.fixNetwork'),
          }),
      details: [walkLine],
    };
  }
  if (i.lookup.kind === 'none') {
    return {
      ...base,
      verdict: 'pass',
      ...said('preflight.caa.none', { name: i.name }),
      details: [walkLine],
    };
  }
  const owner = i.lookup.owner;
  const records = i.lookup.records.map((r) => ({ ...r, tag: r.tag.toLowerCase() }));
  const details = [
    walkLine,
    `relevant CAA records at ${owner}:`,
    ...records.map((r) => `  ${fmt(r)}`),
  ];
  // RFC 8659 section 4.1: an unknown property with the critical flag forbids issuance by any CA.
  const critical = records.filter((r) => (r.flags & 128) !== 0 && !KNOWN_TAGS.has(r.tag));
  if (critical.length > 0) {
    return {
      ...base,
      verdict: 'fail',
      ...said('preflight.caa.critical', { owner, tags: critical.map((r) => r.tag).join(', ') }),
      ...fixed('preflight.caa.fixCritical', { owner, flags: critical[0].flags }),
      details,
    };
  }
  const wild = records.filter((r) => r.tag === 'issuewild');
  const issue = records.filter((r) => r.tag === 'issue');
  // Section 4.3: for a wildcard, issuewild when present, else issue.
  const tag = i.wildcard && wild.length > 0 ? 'issuewild' : 'issue';
  const relevant = tag === 'issuewild' ? wild : issue;
  if (relevant.length === 0) {
    return {
      ...base,
      verdict: 'pass',
      ...said(i.wildcard ? 'preflight.caa.unlimitedWild' : 'preflight.caa.unlimited', { owner }),
      details,
    };
  }
  const parsed = relevant.map((r) => parseIssueValue(r.value));
  const allowed = parsed.map((p) => p.domain).filter((d) => d !== '');
  const ids = i.identities.map((x) => x.toLowerCase().replace(/\.$/, ''));
  const record = `${owner}. CAA 0 ${tag} "${ids[0] ?? "the CA's name"}"`;
  if (ids.length === 0) {
    return {
      ...base,
      verdict: 'warn',
      ...(allowed.length
        ? said('preflight.caa.unknownCa', { owner, allowed: allowed.join(', ') })
        : said('preflight.caa.unknownCaNone', { owner })),
      ...fixed('preflight.caa.fixUnknownCa'),
      details,
    };
  }
  const match = parsed.find((p) => p.domain !== '' && ids.includes(p.domain));
  if (!match) {
    return {
      ...base,
      verdict: 'fail',
      ...(allowed.length === 0
        ? said(tag === 'issuewild' ? 'preflight.caa.forbidAllWild' : 'preflight.caa.forbidAll', {
            owner,
            name: i.name,
          })
        : said(tag === 'issuewild' ? 'preflight.caa.notAllowedWild' : 'preflight.caa.notAllowed', {
            owner,
            allowed: allowed.join(', '),
            ids: ids.join(', '),
          })),
      ...fixed('preflight.caa.fixAdd', { record }),
      details,
    };
  }
  // RFC 8657 section 4: a CA honouring validationmethods refuses other methods.
  const methods = match.params.validationmethods
    ?.split(',')
    .map((m) => m.trim().toLowerCase())
    .filter(Boolean);
  if (i.method && methods && methods.length > 0 && !methods.includes(i.method)) {
    return {
      ...base,
      verdict: 'fail',
      ...said('preflight.caa.method', {
        owner,
        ca: match.domain,
        methods: methods.join(', '),
        method: i.method,
      }),
      ...fixed('preflight.caa.fixMethod', { methods: methods.join(' / '), method: i.method }),
      details,
    };
  }
  return {
    ...base,
    verdict: 'pass',
    ...said(match.params.accounturi ? 'preflight.caa.allowedAccount' : 'preflight.caa.allowed', {
      owner,
      ca: match.domain,
    }),
    details,
  };
}
