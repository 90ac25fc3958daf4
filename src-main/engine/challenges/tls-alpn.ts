// tls-alpn-01 (R13, RFC 8737) through Certdesk's own TLS listener on port 443: it speaks only the
// "acme-tls/1" protocol, picks the self-signed acmeIdentifier certificate by SNI, and closes
// every other connection. For machines where 443 is free but 80 is blocked. Importing this module
// registers it with the solver factory.
import tls from 'node:tls';
import { isIP } from 'node:net';
import acme from 'acme-client';
import { CertdeskError } from '../../shared/errors.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { portError } from './port-errors.ts';
import { registerSolverFactory } from './index.ts';
import { say, text, type Text } from '../../shared/engine-text.ts';

/** RFC 8737 section 6.2: the ALPN protocol name the CA offers, and the only one we answer. */
export const ACME_TLS_ALPN = 'acme-tls/1';
/** Connections at once: the CA's validators make a few; scanners must not exhaust descriptors. */
export const TLS_ALPN_MAX_CONNECTIONS = 64;
const HANDSHAKE_TIMEOUT_MS = 10 * SECOND_MS;

export class TlsAlpnSolver implements ChallengeSolver {
  readonly type = 'tls-alpn-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly port: number;
  private readonly host: string | undefined;
  private readonly contexts = new Map<string, tls.SecureContext>();
  private server: tls.Server | null = null;
  private readonly sockets = new Set<import('node:net').Socket>();
  private keyPem: Buffer | null = null;

  constructor(opts: { port?: number; host?: string } = {}) {
    this.port = opts.port ?? 443;
    this.host = opts.host;
    this.labelText = text('solver.tlsAlpn', { port: this.port });
    this.label = say(this.labelText);
  }

  get listening(): boolean {
    return this.server?.listening ?? false;
  }

  async start(): Promise<void> {
    if (this.server) return;
    // One throwaway P-256 key for every challenge certificate of this issuance (fast to make).
    this.keyPem = await acme.crypto.createPrivateEcdsaKey('P-256');
    // Issue 20: a client that offers no ALPN at all must not see the challenge certificate.
    // Node calls ALPNCallback only when ALPN is offered, and before SNICallback, both with the
    // TLSSocket as `this`: the first marks a socket that offered acme-tls/1, the second gives a
    // certificate only to a marked one. (If Node ever calls them otherwise, nothing is marked and
    // every handshake is refused: it fails closed, and the tests notice.)
    const offeredAcme = new WeakSet<object>();
    const contexts = this.contexts;
    const server = tls.createServer({
      ALPNCallback: function (this: unknown, { protocols }: { protocols: string[] }) {
        if (!protocols.includes(ACME_TLS_ALPN)) return undefined; // no_application_protocol
        if (typeof this === 'object' && this !== null) offeredAcme.add(this);
        return ACME_TLS_ALPN;
      },
      // RFC 8737 section 3: TLS 1.2 or later.
      minVersion: 'TLSv1.2',
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
      SNICallback: function (this: unknown, servername, cb) {
        const sc = contexts.get(servername.toLowerCase());
        const offered = typeof this === 'object' && this !== null && offeredAcme.has(this);
        if (sc && offered) cb(null, sc);
        else cb(new Error(`no challenge for ${servername} over ${ACME_TLS_ALPN}`));
      },
    });
    server.maxConnections = TLS_ALPN_MAX_CONNECTIONS;
    server.on('secureConnection', (socket) => {
      // The CA only needs the handshake. Anything that did not negotiate acme-tls/1 goes at once.
      if (socket.alpnProtocol !== ACME_TLS_ALPN) {
        socket.destroy();
        return;
      }
      socket.setTimeout(5 * SECOND_MS, () => socket.destroy());
      socket.on('data', () => {});
      socket.on('error', () => {});
      socket.end();
    });
    server.on('tlsClientError', () => {
      /* scanners and non-ALPN clients: nothing to answer */
    });
    server.on('connection', (sock) => {
      this.sockets.add(sock);
      sock.once('close', () => this.sockets.delete(sock));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e) =>
        reject(portError(e as NodeJS.ErrnoException, this.port, 'tls-alpn-01')),
      );
      server.listen({ port: this.port, host: this.host, ipv6Only: false }, () => resolve());
    });
    this.server = server;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    if (ctx.wildcard) {
      throw new CertdeskError(
        'unsupported',
        `*.${ctx.identifier} is a wildcard: the CA validates wildcards only through DNS (dns-01), never with tls-alpn-01 (RFC 8737 section 3). Choose the DNS method, or list the names one by one.`,
      );
    }
    if (!this.server || !this.keyPem)
      throw new CertdeskError('internal', 'The built-in TLS responder was not started.');
    const [, certPem] = await acme.crypto.createAlpnCertificate(
      { identifier: { type: 'dns', value: ctx.identifier } } as never,
      ctx.keyAuthorization,
      this.keyPem,
    );
    this.contexts.set(
      sniName(ctx.identifier),
      tls.createSecureContext({ key: this.keyPem, cert: certPem, minVersion: 'TLSv1.2' }),
    );
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    this.contexts.delete(sniName(ctx.identifier));
  }

  async stop(): Promise<void> {
    this.contexts.clear();
    this.keyPem = null;
    const s = this.server;
    this.server = null;
    if (!s) return;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    for (const sock of this.sockets) sock.destroy();
    this.sockets.clear();
    await closed;
  }
}

registerSolverFactory((cfg, env) =>
  cfg.type === 'tls-alpn-01' ? new TlsAlpnSolver({ port: env.tlsPort, host: env.httpHost }) : null,
);

/**
 * The SNI the CA sends for an identifier: the name itself, or for an IP address its reverse-DNS
 * name (RFC 8738 section 6: 1.0.0.127.in-addr.arpa, or the nibbles under ip6.arpa); the challenge
 * certificate's SAN is the address (acme-client makes an iPAddress entry for it).
 */
export function sniName(identifier: string): string {
  const v = isIP(identifier);
  if (v === 4) return `${identifier.split('.').reverse().join('.')}.in-addr.arpa`;
  if (v === 6) {
    const url = new URL(`http://[${identifier}]/`).hostname.slice(1, -1);
    const [head, tail = ''] = url.split('::');
    const groups = (part: string) => (part ? part.split(':') : []);
    const h = groups(head);
    const t = url.includes('::') ? groups(tail) : [];
    const all = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    const hex = all.map((g) => g.padStart(4, '0')).join('');
    return `${hex.split('').reverse().join('.')}.ip6.arpa`;
  }
  return identifier.toLowerCase();
}
