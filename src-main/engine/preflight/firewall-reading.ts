// What every firewall parser answers (./firewall-parse.ts, ./firewall-linux.ts): per port, does
// inbound TCP look open, blocked, open only for some sources, or unknown?

export type PortState = 'open' | 'blocked' | 'restricted' | 'unknown';
export type Reading = {
  tool: string;
  /** null: the tool said nothing usable about whether it filters at all. */
  active: boolean | null;
  ports: Record<number, PortState>;
  /** How sure the reading is: exact for ufw/firewalld state, heuristic for nft rule scans. */
  certainty: 'exact' | 'heuristic';
  notes: string[];
};

export const portsOf = (ports: number[], v: PortState): Record<number, PortState> =>
  Object.fromEntries(ports.map((p) => [p, v]));

/** "80", "80,443", "8000:8100", "8000-8100", "{ 80, 443 }" covers port? */
export function specCovers(spec: string, port: number): boolean {
  return spec
    .replace(/[{}\s]/g, '')
    .split(',')
    .filter(Boolean)
    .some((part) => {
      const m = /^(\d+)(?:[:-](\d+))?$/.exec(part);
      if (!m) return false;
      const lo = Number(m[1]);
      const hi = m[2] ? Number(m[2]) : lo;
      return port >= lo && port <= hi;
    });
}
