// The wizard's data and the pure decisions behind it: which validation route to recommend from a
// few plain answers (R9, R15), and the typed route plus secrets the engine needs (issue 15: the
// route union of src-main/shared/route.ts is what the engine's solver factory reads).
import type { KeyType } from '../../../src-main/shared/types.ts';
import type {
  DnsMode,
  HttpMode,
  Route as RouteConfig,
  RouteSecrets,
  SecretName,
} from '../../../src-main/shared/route.ts';
import { isPrivateKeyText, routeKey } from '../../../src-main/shared/route-facts.ts';

export type Route = 'http-01' | 'dns-01' | 'tls-alpn-01';
export type YesNo = 'yes' | 'no' | 'unsure';
export type UploadAnswer = 'folder' | 'sftp' | 'ftp' | 'none';
export type DnsAnswer = 'none' | 'manual' | 'cloudflare' | 'rfc2136' | 'acme-dns' | 'exec';

export type Answers = {
  server: YesNo | null;
  port80: YesNo | null;
  webserver: YesNo | null;
  upload: UploadAnswer | null;
  dns: DnsAnswer | null;
};

export type Details = {
  httpMode: HttpMode;
  webroot: string;
  uploadHost: string;
  uploadPort: string;
  uploadUser: string;
  uploadPassword: string;
  /** SFTP: log in with a private key (its text, read from the file the person picks) instead. */
  uploadAuth: 'password' | 'key';
  uploadKey: string;
  uploadKeyName: string;
  uploadPassphrase: string;
  /** FTP: encrypt with explicit TLS (FTPS), and accept a self-signed server certificate. */
  uploadTls: boolean;
  uploadInsecureTls: boolean;
  uploadDir: string;
  dnsMode: DnsMode;
  rfc2136Server: string;
  rfc2136Zone: string;
  tsigName: string;
  tsigAlgorithm: string;
  tsigSecret: string;
  acmeDnsServer: string;
  execCommand: string;
  cloudflareToken: string;
  propagationTimeout: string;
};

/** The text fields of the details form (checkboxes and choices are set apart). */
export type TextKey = {
  [K in keyof Details]: Details[K] extends string ? K : never;
}[keyof Details];

export type WizardData = {
  namesText: string;
  names: string[];
  wildcard: boolean;
  keyType: KeyType;
  /** R17 dual certificates (issue 18): the second certificate's key, of the other family. */
  twinKeyType: KeyType | null;
  accountId: string;
  /** ACME profile by the CA's name; '' = the CA's default (issue 18). */
  profile: string;
  /** The CA and profile issue for IP addresses (RFC 8738): names may be addresses. */
  allowIp: boolean;
  answers: Answers;
  route: Route | null;
  details: Details;
};

export const emptyDetails = (): Details => ({
  httpMode: 'builtin',
  webroot: '',
  uploadHost: '',
  uploadPort: '',
  uploadUser: '',
  uploadPassword: '',
  uploadDir: '',
  uploadAuth: 'password',
  uploadKey: '',
  uploadKeyName: '',
  uploadPassphrase: '',
  uploadTls: true,
  uploadInsecureTls: false,
  dnsMode: 'manual',
  rfc2136Server: '',
  rfc2136Zone: '',
  tsigName: '',
  tsigAlgorithm: 'hmac-sha256',
  tsigSecret: '',
  acmeDnsServer: '',
  execCommand: '',
  cloudflareToken: '',
  propagationTimeout: '',
});

export type Recommendation = {
  route: Route;
  httpMode?: HttpMode;
  dnsMode?: DnsMode;
  why: 'wildcard' | 'server' | 'port80' | 'upload' | 'dns' | 'manual';
};

/** R9: http-01 when possible; dns-01 for wildcards (R15) or when only DNS is in reach; tls-alpn-01 when only 443 is open. */
/** An IPv4 or IPv6 address as names:check returns it (RFC 8738): the CA never checks it by DNS. */
export const isIpName = (name: string): boolean =>
  name.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(name);

export function recommend(a: Answers, wildcard: boolean, ip = false): Recommendation {
  const dnsMode = (a.dns && a.dns !== 'none' ? a.dns : 'manual') as DnsMode;
  if (wildcard) return { route: 'dns-01', dnsMode, why: 'wildcard' };
  if (a.server === 'yes' && a.port80 !== 'no')
    return {
      route: 'http-01',
      httpMode: a.webserver === 'yes' ? 'webroot' : 'builtin',
      why: 'server',
    };
  if (a.server === 'yes' && a.port80 === 'no') return { route: 'tls-alpn-01', why: 'port80' };
  if (a.upload === 'folder') return { route: 'http-01', httpMode: 'webroot', why: 'upload' };
  if (a.upload === 'sftp' || a.upload === 'ftp')
    return { route: 'http-01', httpMode: a.upload, why: 'upload' };
  // RFC 8738 section 7: an IP address is validated only by connecting to it, never through DNS.
  if (a.dns && a.dns !== 'none' && !ip) return { route: 'dns-01', dnsMode, why: 'dns' };
  return { route: 'http-01', httpMode: 'manual', why: 'manual' };
}

const num = (s: string): number | undefined => {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** HOST, or HOST:PORT when the person gave a port of its own ([v6]:PORT for an IPv6 address). */
function hostWithPort(host: string, port: string): string {
  const h = host.trim();
  const p = num(port);
  if (!p) return h;
  return h.includes(':') && !h.startsWith('[') ? `[${h}]:${p}` : `${h}:${p}`;
}

/** What the engine needs: the typed route (non-secret), credentials apart (sealed by main). */
export function buildChallenge(
  route: Route,
  d: Details,
): { challenge: RouteConfig; secrets: RouteSecrets } {
  if (route === 'tls-alpn-01') return { challenge: { type: 'tls-alpn-01' }, secrets: {} };
  if (route === 'http-01') return buildHttp(d);
  const wait = num(d.propagationTimeout);
  const common = { type: 'dns-01' as const, ...(wait ? { propagationTimeout: wait } : {}) };
  const secret = (v: string) => v.trim() || undefined;
  switch (d.dnsMode) {
    case 'rfc2136': {
      const zone = d.rfc2136Zone.trim();
      const tsigSecret = secret(d.tsigSecret);
      return {
        challenge: {
          ...common,
          dnsMode: 'rfc2136',
          server: d.rfc2136Server.trim(),
          tsigName: d.tsigName.trim(),
          ...(d.tsigAlgorithm ? { tsigAlgorithm: d.tsigAlgorithm } : {}),
          ...(zone ? { zone } : {}),
        },
        secrets: tsigSecret ? { tsigSecret } : {},
      };
    }
    case 'acme-dns':
      return {
        challenge: { ...common, dnsMode: 'acme-dns', server: d.acmeDnsServer.trim() },
        secrets: {},
      };
    case 'exec':
      return {
        challenge: { ...common, dnsMode: 'exec', command: d.execCommand.trim() },
        secrets: {},
      };
    case 'cloudflare': {
      const cloudflareToken = secret(d.cloudflareToken);
      return {
        challenge: { ...common, dnsMode: 'cloudflare' },
        secrets: cloudflareToken ? { cloudflareToken } : {},
      };
    }
    case 'manual':
      return { challenge: { ...common, dnsMode: 'manual' }, secrets: {} };
  }
}

function buildHttp(d: Details): { challenge: RouteConfig; secrets: RouteSecrets } {
  switch (d.httpMode) {
    case 'webroot':
      return {
        challenge: { type: 'http-01', httpMode: 'webroot', webroot: d.webroot.trim() },
        secrets: {},
      };
    case 'sftp':
    case 'ftp': {
      const common = {
        host: hostWithPort(d.uploadHost, d.uploadPort),
        user: d.uploadUser.trim(),
        remoteRoot: d.uploadDir.trim() || '.',
      };
      if (d.httpMode === 'ftp') {
        const tls = d.uploadTls || d.uploadInsecureTls;
        return {
          challenge: {
            type: 'http-01',
            httpMode: 'ftp',
            ...common,
            ...(tls ? { tls: true } : {}),
            ...(d.uploadInsecureTls ? { insecureTls: true } : {}),
          },
          secrets: d.uploadPassword ? { ftpPassword: d.uploadPassword } : {},
        };
      }
      const secrets: RouteSecrets = {};
      if (d.uploadAuth === 'key') {
        if (d.uploadKey) secrets.sftpPrivateKey = d.uploadKey;
        if (d.uploadPassphrase) secrets.sftpPassphrase = d.uploadPassphrase;
      } else if (d.uploadPassword) {
        secrets.sftpPassword = d.uploadPassword;
      }
      return { challenge: { type: 'http-01', httpMode: 'sftp', ...common }, secrets };
    }
    case 'builtin':
    case 'manual':
      return { challenge: { type: 'http-01', httpMode: d.httpMode }, secrets: {} };
  }
}

/** "host:22" -> host and port apart, as the form has them ("[::1]:22" -> "::1" and "22"). */
function splitHostPort(hostPort: string): { host: string; port: string } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
  if (v6) return { host: v6[1], port: v6[2] ?? '' };
  const m = /^([^:]+):(\d+)$/.exec(hostPort);
  return m ? { host: m[1], port: m[2] } : { host: hostPort, port: '' };
}

/**
 * The inverse of buildChallenge (issue 15, "change the route later"): the form's fields for a
 * stored route, so the certificate page edits what the wizard asked. Credentials are never here:
 * `stored` (their names) only says an SFTP login is by key when a key and no password is stored.
 */
export function detailsFromRoute(
  r: RouteConfig,
  stored: readonly SecretName[] = [],
): { route: Route; details: Details } {
  const d = emptyDetails();
  if (r.type === 'tls-alpn-01') return { route: r.type, details: d };
  if (r.type === 'http-01') {
    d.httpMode = r.httpMode;
    if (r.httpMode === 'webroot') d.webroot = r.webroot;
    if (r.httpMode === 'sftp' || r.httpMode === 'ftp') {
      const { host, port } = splitHostPort(r.host);
      Object.assign(d, {
        uploadHost: host,
        uploadPort: port,
        uploadUser: r.user,
        uploadDir: r.remoteRoot,
      });
      if (r.httpMode === 'ftp')
        Object.assign(d, {
          uploadTls: r.tls === true || r.insecureTls === true,
          uploadInsecureTls: r.insecureTls === true,
        });
      else if (stored.includes('sftpPrivateKey') && !stored.includes('sftpPassword'))
        d.uploadAuth = 'key';
    }
    return { route: r.type, details: d };
  }
  d.dnsMode = r.dnsMode;
  if (r.propagationTimeout !== undefined) d.propagationTimeout = String(r.propagationTimeout);
  if (r.dnsMode === 'rfc2136')
    Object.assign(d, {
      rfc2136Server: r.server,
      tsigName: r.tsigName,
      tsigAlgorithm: r.tsigAlgorithm ?? 'hmac-sha256',
      rfc2136Zone: r.zone ?? '',
    });
  if (r.dnsMode === 'acme-dns') d.acmeDnsServer = r.server;
  if (r.dnsMode === 'exec') d.execCommand = r.command;
  return { route: r.type, details: d };
}

/**
 * The settings a route may have that the form does not show (set with the CLI: time limits, a
 * pinned SFTP host key, Cloudflare's API address, ...), carried from the stored route into the
 * edited one when it is the same kind of route; a pinned host key only for the same server.
 */
export function keepUnshown(stored: RouteConfig, edited: RouteConfig): RouteConfig {
  if (routeKey(stored) !== routeKey(edited)) return edited;
  const pick = <T extends object>(o: T, keys: (keyof T)[]): Partial<T> =>
    Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<T>;
  if (stored.type === 'http-01' && edited.type === 'http-01') {
    if (stored.httpMode === 'sftp' && edited.httpMode === 'sftp') {
      const pinned = stored.host.trim().toLowerCase() === edited.host.trim().toLowerCase();
      return {
        ...pick(stored, [
          'connectTimeout',
          'operationTimeout',
          'selfCheck',
          ...(pinned ? ['hostKey' as const] : []),
        ]),
        ...edited,
      };
    }
    if (stored.httpMode === 'ftp' && edited.httpMode === 'ftp')
      return { ...pick(stored, ['connectTimeout', 'operationTimeout', 'selfCheck']), ...edited };
  }
  if (stored.type === 'dns-01' && edited.type === 'dns-01') {
    if (stored.dnsMode === 'acme-dns' && edited.dnsMode === 'acme-dns')
      return { ...pick(stored, ['register']), ...edited };
    if (stored.dnsMode === 'exec' && edited.dnsMode === 'exec')
      return { ...pick(stored, ['timeout']), ...edited };
    if (stored.dnsMode === 'cloudflare' && edited.dnsMode === 'cloudflare')
      return { ...pick(stored, ['api']), ...edited };
  }
  return edited;
}

/** Which credential a password-type field of the form is sealed as. */
export function secretOfField(key: TextKey, d: Details): SecretName | null {
  switch (key) {
    case 'uploadPassword':
      return d.httpMode === 'ftp' ? 'ftpPassword' : 'sftpPassword';
    case 'uploadPassphrase':
      return 'sftpPassphrase';
    case 'tsigSecret':
      return 'tsigSecret';
    case 'cloudflareToken':
      return 'cloudflareToken';
    default:
      return null;
  }
}

/**
 * Field keys (for messages) that must be filled before going on. `kept`: credentials stored for
 * this certificate that main keeps when their field is left empty (same route, same server).
 */
export function missingDetails(
  route: Route,
  d: Details,
  kept: readonly SecretName[] = [],
): (keyof Details)[] {
  const need: (keyof Details)[] = [];
  if (route === 'http-01') {
    if (d.httpMode === 'webroot' && !d.webroot.trim()) need.push('webroot');
    if (d.httpMode === 'sftp' || d.httpMode === 'ftp') {
      if (!d.uploadHost.trim()) need.push('uploadHost');
      if (!d.uploadUser.trim()) need.push('uploadUser');
      if (!d.uploadDir.trim()) need.push('uploadDir');
      if (d.httpMode === 'sftp' && d.uploadAuth === 'key') {
        if (!isPrivateKeyText(d.uploadKey) && !kept.includes('sftpPrivateKey'))
          need.push('uploadKey');
      } else if (
        !d.uploadPassword &&
        !kept.includes(d.httpMode === 'ftp' ? 'ftpPassword' : 'sftpPassword')
      ) {
        need.push('uploadPassword');
      }
    }
  }
  if (route === 'dns-01') {
    if (d.dnsMode === 'rfc2136') {
      if (!/^[^\s:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(d.rfc2136Server.trim()))
        need.push('rfc2136Server');
      if (!d.tsigName.trim()) need.push('tsigName');
      if (!d.tsigSecret.trim() && !kept.includes('tsigSecret')) need.push('tsigSecret');
    }
    if (d.dnsMode === 'acme-dns' && !/^https?:\/\//.test(d.acmeDnsServer.trim()))
      need.push('acmeDnsServer');
    if (d.dnsMode === 'exec' && !d.execCommand.trim()) need.push('execCommand');
    if (
      d.dnsMode === 'cloudflare' &&
      !d.cloudflareToken.trim() &&
      !kept.includes('cloudflareToken')
    )
      need.push('cloudflareToken');
  }
  return need;
}

/** "name: value" lines of manual-mode instructions, for copy buttons next to each value. */
export function instructionFields(text: string): { label: string; value: string; copy: boolean }[] {
  const out: { label: string; value: string; copy: boolean }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s+(file name|content|name|value|type|TTL|target):\s+(\S+)/.exec(line);
    // The record type and TTL are shown (they are chosen from a list at most providers), not copied.
    if (m) out.push({ label: m[1], value: m[2], copy: m[1] !== 'type' && m[1] !== 'TTL' });
  }
  return out;
}
