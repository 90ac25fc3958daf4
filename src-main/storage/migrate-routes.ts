// Store migration 1 -> 2 (issue 15): each certificate's challenge moves from the loose
// `{ type, httpMode?, dnsMode?, webroot?, options: Record<string, …> }` to the typed route union
// (src-main/shared/route.ts). Two writers produced the old shape with different keys:
//   the CLI:    sftpHost/ftpHost, sftpUser/ftpUser, remoteRoot, sftpHostKey, ftpTls, ftpInsecureTls,
//               uploadSelfCheck, connectTimeout, operationTimeout, rfc2136Server, tsigName, …
//   the wizard: host, port, username, remoteDir (the keys no solver read: issue 15's broken seam).
// Both map to the same typed fields. Secrets are sealed apart under `<certId>:<name>` and keep
// their names, so nothing sealed moves. Old keys with no place in the new shape are dropped.
type Loose = Record<string, unknown>;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : undefined;
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const bool = (v: unknown): boolean | undefined =>
  v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined;

/** Only the fields that have a value: the typed schemas are strict about unknown or empty keys. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function hostWithPort(host: string | undefined, port: number | undefined): string {
  if (!host) return '';
  if (!port || /:\d+$/.test(host)) return host;
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

function uploadRoute(mode: 'sftp' | 'ftp', o: Loose): Loose {
  const host = str(o[`${mode}Host`]) ?? hostWithPort(str(o.host), int(o.port));
  const common = {
    type: 'http-01',
    httpMode: mode,
    host,
    user: str(o[`${mode}User`]) ?? str(o.username) ?? str(o.user) ?? '',
    // The wizard's remoteDir defaulted to "/": the login folder, as "." says it now.
    remoteRoot: str(o.remoteRoot) ?? (str(o.remoteDir) === '/' ? '.' : str(o.remoteDir)) ?? '.',
    connectTimeout: int(o.connectTimeout),
    operationTimeout: int(o.operationTimeout),
    selfCheck: bool(o.uploadSelfCheck),
  };
  if (mode === 'sftp') return defined({ ...common, hostKey: str(o.sftpHostKey) });
  return defined({ ...common, tls: bool(o.ftpTls), insecureTls: bool(o.ftpInsecureTls) });
}

function dnsRoute(mode: string, o: Loose): Loose {
  const common = { type: 'dns-01', dnsMode: mode, propagationTimeout: int(o.propagationTimeout) };
  switch (mode) {
    case 'rfc2136':
      return defined({
        ...common,
        server: str(o.rfc2136Server) ?? '',
        tsigName: str(o.tsigName) ?? '',
        tsigAlgorithm: str(o.tsigAlgorithm),
        zone: str(o.rfc2136Zone),
      });
    case 'acme-dns':
      return defined({
        ...common,
        server: str(o.acmeDnsServer) ?? '',
        register: bool(o.acmeDnsRegister) ? true : undefined,
      });
    case 'exec':
      return defined({ ...common, command: str(o.execCommand) ?? '', timeout: int(o.execTimeout) });
    case 'cloudflare':
      return defined({ ...common, api: str(o.cloudflareApi) });
    default:
      return defined({ ...common, dnsMode: 'manual' });
  }
}

/** One stored challenge of schema 1 as a typed route. */
export function routeFromV1(c: Loose): Loose {
  const o = (c.options && typeof c.options === 'object' ? c.options : {}) as Loose;
  if (c.type === 'tls-alpn-01') return { type: 'tls-alpn-01' };
  if (c.type === 'dns-01') return dnsRoute(str(c.dnsMode) ?? 'manual', o);
  const mode = str(c.httpMode) ?? 'builtin';
  if (mode === 'sftp' || mode === 'ftp') return uploadRoute(mode, o);
  if (mode === 'webroot')
    return { type: 'http-01', httpMode: 'webroot', webroot: str(c.webroot) ?? '' };
  return { type: 'http-01', httpMode: mode === 'manual' ? 'manual' : 'builtin' };
}

export function migrateRoutesV1toV2(d: Loose): void {
  // A version-1 file always had these maps; one edited by hand may not, and should still open.
  for (const k of ['accounts', 'certificates', 'secrets', 'settings']) d[k] ??= {};
  const certs = d.certificates as Record<string, Loose>;
  for (const cert of Object.values(certs)) {
    if (cert && typeof cert.challenge === 'object' && cert.challenge)
      cert.challenge = routeFromV1(cert.challenge as Loose);
  }
}
