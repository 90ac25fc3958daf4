// One TLS handshake with one address of a name, SNI set to the name (issue 17, the live-site
// check): what certificate does the site really serve there? The certificate is read, never
// trusted or rejected here: an expired or foreign certificate is exactly what the check reports.
import net from 'node:net';
import tls from 'node:tls';
import { SECOND_MS } from '../../shared/durations.ts';

export const PROBE_TIMEOUT_MS = 10 * SECOND_MS;

export type Served = {
  serial: string;
  notAfter: string;
  issuer: string;
  /** DNS names of the served certificate (subjectAltName). */
  names: string[];
};

export type ProbeFailure = {
  /** Why no certificate was read, in a few words: "refused", "timeout", "tls", "unreachable". */
  reason: 'refused' | 'timeout' | 'tls' | 'unreachable' | 'no-certificate';
  detail: string;
};

const cn = (dn: string): string => /(?:^|\n)CN=([^\n]+)/.exec(dn)?.[1] ?? dn.split('\n').join(', ');

export function probeAddress(
  address: string,
  port: number,
  servername: string,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Served | ProbeFailure> {
  const timeoutMs = opts.timeoutMs ?? PROBE_TIMEOUT_MS;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Served | ProbeFailure): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(r);
    };
    const socket = tls.connect({
      host: address,
      port,
      // RFC 6066 §3: SNI carries host names only, never an address literal.
      ...(net.isIP(servername) ? {} : { servername }),
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    const timer = setTimeout(
      () =>
        finish({
          reason: 'timeout',
          detail: `no TLS answer within ${Math.round(timeoutMs / SECOND_MS)} s`,
        }),
      timeoutMs,
    );
    const onAbort = (): void => finish({ reason: 'timeout', detail: 'cancelled' });
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      const c = socket.getPeerX509Certificate();
      if (!c) return finish({ reason: 'no-certificate', detail: 'the server sent no certificate' });
      finish({
        serial: c.serialNumber.toLowerCase(),
        notAfter: new Date(c.validTo).toISOString(),
        issuer: cn(c.issuer),
        names: (c.subjectAltName ?? '')
          .split(/,\s*/)
          .filter((s) => s.startsWith('DNS:'))
          .map((s) => s.slice(4).toLowerCase()),
      });
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? '';
      const detail = `${code || 'error'}: ${e.message}`;
      if (code === 'ECONNREFUSED') finish({ reason: 'refused', detail });
      else if (code === 'ETIMEDOUT') finish({ reason: 'timeout', detail });
      else if (/^E(HOSTUNREACH|NETUNREACH|CONNRESET|ADDRNOTAVAIL|AFNOSUPPORT)$/.test(code))
        finish({ reason: code === 'ECONNRESET' ? 'tls' : 'unreachable', detail });
      else finish({ reason: 'tls', detail });
    });
  });
}

export const isServed = (r: Served | ProbeFailure): r is Served => 'serial' in r;
