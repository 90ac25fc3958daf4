// The live-site check's result (issue 17): for each name and each of its addresses, what the site
// really serves on port 443 compared with our certificates. Pure types: the engine, the CLI, the
// contract (contract-sitecheck.ts) and the renderer share them.
import type { Text } from './engine-text.ts';

export type SiteState = 'current' | 'outdated' | 'other' | 'unreachable';
export const SITE_STATES: readonly SiteState[] = ['current', 'outdated', 'other', 'unreachable'];

export type SiteResult = {
  name: string;
  /** The IPv4 or IPv6 address connected to; "" when the name has none. */
  address: string;
  port: number;
  state: SiteState;
  /** Of the served certificate, lower-case hex; null when none was read. */
  servedSerial: string | null;
  /** ISO 8601. */
  servedNotAfter: string | null;
  /** One English sentence: why unreachable, which expiry an outdated certificate has, ... */
  detail: string;
  /** The same sentence for the window's language. */
  text?: Text;
};

/** One run of the check for one certificate, as recorded and shown. */
export type SiteCheck = {
  at: string;
  /** The worst state of all results (current only when every address serves the newest). */
  state: SiteState;
  results: SiteResult[];
};

const RANK: Record<SiteState, number> = { current: 0, outdated: 1, other: 2, unreachable: 3 };

export const isWildcard = (name: string): boolean => name.startsWith('*.');

/**
 * The rows that make the overall state. A wildcard's row (no host to connect to; it says which
 * names to look at) counts only when the certificate has nothing else to check: otherwise every
 * certificate with a wildcard would read "unreachable" for ever, and the dashboard and
 * `site-check`'s exit status would cry wolf.
 */
export function countedResults(results: readonly SiteResult[]): readonly SiteResult[] {
  const checked = results.filter((r) => !isWildcard(r.name));
  return checked.length > 0 ? checked : results;
}

/** The overall state: every address current, else the worst one an address has. */
export function overallState(results: readonly SiteResult[]): SiteState {
  const counted = countedResults(results);
  if (counted.length === 0) return 'unreachable';
  return counted.reduce<SiteState>((w, r) => (RANK[r.state] > RANK[w] ? r.state : w), 'current');
}
