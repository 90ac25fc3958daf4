// How the CA reaches the person: ONE typed route contract (issue 15, DESIGN.md "Seams are typed").
// The wizard, the CLI's option parser, the stored certificate, the certificate page and the
// engine's solver factory all use this union; a misspelt key is a compile error on the producer's
// side and a validation error at the IPC boundary, never a runtime surprise in a solver.
//
// Routes (R9): http-01 (builtin, webroot, manual, sftp, ftp), dns-01 (manual, rfc2136, acme-dns,
// exec, cloudflare) and tls-alpn-01 (R13). TLS-SNI-01 is never offered (R14).
// Credentials never live in the route: each variant names the secrets it uses (ROUTE_SECRETS),
// which travel apart and are sealed by main (R8).
import { z } from 'zod';
import { DNS_MODES, HTTP_MODES, SECRET_NAMES, type RouteKey } from './route-facts.ts';

export * from './route-facts.ts';

const text = (max = 4096) => z.string().max(max);
/** HOST or HOST:PORT (or [v6]:PORT), as hosting providers write it. */
const hostPort = z.string().min(1).max(300);
const seconds = (max: number) => z.number().int().min(1).max(max);

/** Upload of the http-01 file to shared hosting (R10/R11): what SFTP and FTP have in common. */
const upload = {
  host: hostPort,
  user: text(200).min(1),
  /** The site's web root on the server: "public_html"; "." is the folder the account logs in to. */
  remoteRoot: text(1024).min(1),
  /** Seconds for connecting and logging in, and for each file operation (defaults 20 and 30). */
  connectTimeout: seconds(600).optional(),
  operationTimeout: seconds(600).optional(),
  /** False skips fetching the uploaded file over HTTP before the CA does. */
  selfCheck: z.boolean().optional(),
};

/** R12: how long to wait until every authoritative server has the TXT record (max one hour). */
const dnsCommon = { propagationTimeout: seconds(3600).optional() };

const http = <M extends string, S extends z.ZodRawShape>(mode: M, shape: S) =>
  z.strictObject({ type: z.literal('http-01'), httpMode: z.literal(mode), ...shape });
const dns = <M extends string, S extends z.ZodRawShape>(mode: M, shape: S) =>
  z.strictObject({ type: z.literal('dns-01'), dnsMode: z.literal(mode), ...dnsCommon, ...shape });

export const HttpRouteSchema = z.discriminatedUnion('httpMode', [
  http('builtin', {}),
  http('webroot', { webroot: text().min(1) }),
  http('manual', {}),
  http('sftp', {
    ...upload,
    /** A pinned host key ("SHA256:…"); without it the key seen first is remembered (TOFU). */
    hostKey: text(100).optional(),
  }),
  http('ftp', {
    ...upload,
    /** FTPS with explicit TLS (AUTH TLS). */
    tls: z.boolean().optional(),
    /** FTPS without checking the server's certificate (self-signed); implies tls. */
    insecureTls: z.boolean().optional(),
  }),
]);

export const DnsRouteSchema = z.discriminatedUnion('dnsMode', [
  dns('manual', {}),
  dns('rfc2136', {
    /** The DNS server that accepts dynamic updates (RFC 2136), HOST:PORT. */
    server: hostPort,
    tsigName: text(255).min(1),
    tsigAlgorithm: text(32).optional(),
    zone: text(255).optional(),
  }),
  dns('acme-dns', {
    server: text(2048).min(1),
    /** Register a new acme-dns account even when one is saved. */
    register: z.boolean().optional(),
  }),
  dns('exec', {
    /** Run as COMMAND present|cleanup FQDN VALUE (lego's exec convention), without a shell. */
    command: text().min(1),
    timeout: seconds(3600).optional(),
  }),
  dns('cloudflare', {
    /** API base URL; the default is Cloudflare's own. */
    api: text(2048).optional(),
  }),
]);

export const TlsAlpnRouteSchema = z.strictObject({ type: z.literal('tls-alpn-01') });

export const RouteSchema = z.discriminatedUnion('type', [
  HttpRouteSchema,
  DnsRouteSchema,
  TlsAlpnRouteSchema,
]);

export type Route = z.infer<typeof RouteSchema>;
export const ChallengeTypeSchema = z.enum([
  'http-01',
  'dns-01',
  'tls-alpn-01',
] as const satisfies readonly Route['type'][]);
export type HttpRoute = z.infer<typeof HttpRouteSchema>;
export type DnsRoute = z.infer<typeof DnsRouteSchema>;
export type ChallengeType = Route['type'];
export type HttpMode = HttpRoute['httpMode'];
export type DnsMode = DnsRoute['dnsMode'];
/** One route variant by its key, e.g. RouteOf<'http-01:sftp'>. */
export type RouteOf<K extends RouteKey> = Extract<Route, KeyFields<K>>;
type KeyFields<K extends RouteKey> = K extends `http-01:${infer M}`
  ? { type: 'http-01'; httpMode: M }
  : K extends `dns-01:${infer M}`
    ? { type: 'dns-01'; dnsMode: M }
    : { type: 'tls-alpn-01' };

// The plain lists in route-facts.ts must name every mode the schemas have: a compile error if not.
const everyMode: [
  Exclude<HttpMode, (typeof HTTP_MODES)[number]>,
  Exclude<DnsMode, (typeof DNS_MODES)[number]>,
] extends [never, never]
  ? true
  : false = true;
void everyMode;

export const SecretNameSchema = z.enum(SECRET_NAMES);
export const RouteSecretsSchema = z.partialRecord(SecretNameSchema, z.string().max(65536));
