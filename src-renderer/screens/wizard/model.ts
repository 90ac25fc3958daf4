// The wizard's data and the pure decisions behind it: which validation route to recommend from a
// few plain answers (R9, R15), and the ChallengeConfig plus secrets the engine needs.
import type { ChallengeConfig, DnsMode, HttpMode, KeyType } from '../../../src-main/shared/types.ts';

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

export type WizardData = {
  namesText: string;
  names: string[];
  wildcard: boolean;
  keyType: KeyType;
  accountId: string;
  answers: Answers;
  route: Route | null;
  details: Details;
};

export const emptyDetails = (): Details => ({
  httpMode: 'builtin', webroot: '', uploadHost: '', uploadPort: '', uploadUser: '', uploadPassword: '', uploadDir: '',
  dnsMode: 'manual', rfc2136Server: '', rfc2136Zone: '', tsigName: '', tsigAlgorithm: 'hmac-sha256', tsigSecret: '',
  acmeDnsServer: '', execCommand: '', cloudflareToken: '', propagationTimeout: '',
});

export type Recommendation = { route: Route; httpMode?: HttpMode; dnsMode?: DnsMode; why: 'wildcard' | 'server' | 'port80' | 'upload' | 'dns' | 'manual' };

/** R9: http-01 when possible; dns-01 for wildcards (R15) or when only DNS is in reach; tls-alpn-01 when only 443 is open. */
export function recommend(a: Answers, wildcard: boolean): Recommendation {
  const dnsMode = (a.dns && a.dns !== 'none' ? a.dns : 'manual') as DnsMode;
  if (wildcard) return { route: 'dns-01', dnsMode, why: 'wildcard' };
  if (a.server === 'yes' && a.port80 !== 'no') return { route: 'http-01', httpMode: a.webserver === 'yes' ? 'webroot' : 'builtin', why: 'server' };
  if (a.server === 'yes' && a.port80 === 'no') return { route: 'tls-alpn-01', why: 'port80' };
  if (a.upload === 'folder') return { route: 'http-01', httpMode: 'webroot', why: 'upload' };
  if (a.upload === 'sftp' || a.upload === 'ftp') return { route: 'http-01', httpMode: a.upload, why: 'upload' };
  if (a.dns && a.dns !== 'none') return { route: 'dns-01', dnsMode, why: 'dns' };
  return { route: 'http-01', httpMode: 'manual', why: 'manual' };
}

const num = (s: string): number | undefined => {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** What the engine needs: non-secret options in the config, credentials apart (sealed by main). */
export function buildChallenge(route: Route, d: Details): { challenge: ChallengeConfig; secrets: Record<string, string> } {
  const secrets: Record<string, string> = {};
  if (route === 'tls-alpn-01') return { challenge: { type: 'tls-alpn-01' }, secrets };
  if (route === 'http-01') {
    const c: ChallengeConfig = { type: 'http-01', httpMode: d.httpMode };
    if (d.httpMode === 'webroot') c.webroot = d.webroot.trim();
    if (d.httpMode === 'sftp' || d.httpMode === 'ftp') {
      const options: Record<string, string | number | boolean> = { host: d.uploadHost.trim(), username: d.uploadUser.trim(), remoteDir: d.uploadDir.trim() || '/' };
      const port = num(d.uploadPort);
      if (port) options.port = port;
      c.options = options;
      if (d.uploadPassword) secrets[d.httpMode === 'sftp' ? 'sftpPassword' : 'ftpPassword'] = d.uploadPassword;
    }
    return { challenge: c, secrets };
  }
  const options: Record<string, string | number | boolean> = {};
  const wait = num(d.propagationTimeout);
  if (wait) options.propagationTimeout = wait;
  switch (d.dnsMode) {
    case 'rfc2136':
      options.rfc2136Server = d.rfc2136Server.trim();
      options.tsigName = d.tsigName.trim();
      if (d.tsigAlgorithm) options.tsigAlgorithm = d.tsigAlgorithm;
      if (d.rfc2136Zone.trim()) options.rfc2136Zone = d.rfc2136Zone.trim();
      if (d.tsigSecret.trim()) secrets.tsigSecret = d.tsigSecret.trim();
      break;
    case 'acme-dns':
      options.acmeDnsServer = d.acmeDnsServer.trim();
      break;
    case 'exec':
      options.execCommand = d.execCommand.trim();
      break;
    case 'cloudflare':
      if (d.cloudflareToken.trim()) secrets.cloudflareToken = d.cloudflareToken.trim();
      break;
    case 'manual':
      break;
  }
  const c: ChallengeConfig = { type: 'dns-01', dnsMode: d.dnsMode };
  if (Object.keys(options).length) c.options = options;
  return { challenge: c, secrets };
}

/** Field keys (for messages) that must be filled before going on. */
export function missingDetails(route: Route, d: Details): (keyof Details)[] {
  const need: (keyof Details)[] = [];
  if (route === 'http-01') {
    if (d.httpMode === 'webroot' && !d.webroot.trim()) need.push('webroot');
    if (d.httpMode === 'sftp' || d.httpMode === 'ftp') {
      if (!d.uploadHost.trim()) need.push('uploadHost');
      if (!d.uploadUser.trim()) need.push('uploadUser');
    }
  }
  if (route === 'dns-01') {
    if (d.dnsMode === 'rfc2136') {
      if (!/^[^\s:]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(d.rfc2136Server.trim())) need.push('rfc2136Server');
      if (!d.tsigName.trim()) need.push('tsigName');
      if (!d.tsigSecret.trim()) need.push('tsigSecret');
    }
    if (d.dnsMode === 'acme-dns' && !/^https?:\/\//.test(d.acmeDnsServer.trim())) need.push('acmeDnsServer');
    if (d.dnsMode === 'exec' && !d.execCommand.trim()) need.push('execCommand');
    if (d.dnsMode === 'cloudflare' && !d.cloudflareToken.trim()) need.push('cloudflareToken');
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
