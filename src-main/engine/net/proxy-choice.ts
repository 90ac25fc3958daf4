// Which proxy, if any, a connection to a URL goes through: Settings first, then the environment.
import net from 'node:net';

export type ProxySettings = { url: string; noProxy?: string };
export type ProxyEnv = Record<string, string | undefined>;

export type ProxyChoice = {
  url: URL;
  /** Scheme, host and port: what may appear in a message (never the credentials). */
  label: string;
  /** Where it was set, to tell the person where to change it. */
  source: 'settings' | 'HTTPS_PROXY' | 'HTTP_PROXY';
};

let settingsSource: () => ProxySettings | null | undefined = () => null;

/** The face that has a store tells where the Settings proxy is read from (on every request). */
export function useSettingsProxy(get: () => ProxySettings | null | undefined): void {
  settingsSource = get;
}

const pick = (env: ProxyEnv, name: string): string | undefined => {
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v && v.trim() ? v.trim() : undefined;
};

/** "proxy:3128" -> http://proxy:3128; null when it is not a usable http(s) proxy address. */
export function parseProxyUrl(raw: string): URL | null {
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return u;
  } catch {
    return null;
  }
}

export const proxyLabel = (u: URL): string => `${u.protocol}//${u.host}`;

export const defaultPort = (u: URL): number =>
  u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
export const bare = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const family = net.isIP(base);
  const bits = Number(bitsText);
  if (!family || family !== net.isIP(ip) || !Number.isInteger(bits)) return false;
  const list = new net.BlockList();
  list.addSubnet(base, bits, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Whether NO_PROXY sends `target` directly: "*" matches everything; "example.com" and
 * ".example.com" match the name and every name under it; "host:port" only that port; IP
 * addresses exactly, or a range written as a CIDR ("10.0.0.0/8").
 */
export function noProxyMatches(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = bare(target.hostname);
  const port = defaultPort(target);
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (net.isIP(host) && inCidr(host, entry)) return true;
      continue;
    }
    let entryPort: number | null = null;
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (m) {
      entry = m[1];
      entryPort = Number(m[2]);
    }
    if (entryPort !== null && entryPort !== port) continue;
    entry = bare(entry).replace(/^\*?\./, '');
    if (net.isIP(entry) || net.isIP(host)) {
      if (entry === host) return true;
      continue;
    }
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/** The proxy for a connection to `target`, or null to connect directly. */
export function proxyFor(
  target: string | URL,
  opts: { env?: ProxyEnv; settings?: ProxySettings | null } = {},
): ProxyChoice | null {
  const u = typeof target === 'string' ? new URL(target) : target;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const settings = opts.settings !== undefined ? opts.settings : settingsSource();
  const fromSettings = settings?.url ? parseProxyUrl(settings.url) : null;
  if (fromSettings) {
    if (noProxyMatches(u, settings?.noProxy)) return null;
    return { url: fromSettings, label: proxyLabel(fromSettings), source: 'settings' };
  }
  const env = opts.env ?? process.env;
  const name = u.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const raw = pick(env, name);
  const proxy = raw ? parseProxyUrl(raw) : null;
  if (!proxy || noProxyMatches(u, pick(env, 'NO_PROXY'))) return null;
  return { url: proxy, label: proxyLabel(proxy), source: name };
}
