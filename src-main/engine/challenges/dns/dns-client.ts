// A tiny DNS client of our own (dns-packet over UDP, TCP when truncated). Node's Resolver cannot
// aim one question at one chosen server with recursion off and no cache, which is what checking
// each authoritative name server needs (R12 propagation).
import dgram from 'node:dgram';
import net from 'node:net';
import dns from 'node:dns';
import { randomInt } from 'node:crypto';
import dnsPacket from 'dns-packet';
import type { DecodedPacket, RecordType, Answer } from 'dns-packet';
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { text } from '../../../shared/engine-text.ts';
import { SECOND_MS } from '../../../shared/durations.ts';

export type DnsServer = { host: string; port: number };

export const serverLabel = (s: DnsServer): string =>
  s.host.includes(':') ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`;

/** "192.0.2.1", "192.0.2.1:5353", "[2001:db8::1]:53", "2001:db8::1", "ns1.example.com:53". */
export function parseServer(text: string, defaultPort = 53): DnsServer {
  const s = text.trim();
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  let host: string;
  let port: number = defaultPort;
  if (bracket) {
    host = bracket[1];
    if (bracket[2]) port = Number(bracket[2]);
  } else if (net.isIPv6(s)) host = s;
  else {
    const m = /^([^:\s]+)(?::(\d+))?$/.exec(s);
    if (!m)
      throw new CertdeskError(
        'invalid-input',
        `"${text}" is not a DNS server address; write it as HOST or HOST:PORT, e.g. 192.0.2.53:53.`,
      );
    host = m[1];
    if (m[2]) port = Number(m[2]);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new CertdeskError(
      'invalid-input',
      `"${text}" has an invalid port; use a number from 1 to 65535.`,
    );
  return { host, port };
}

/** The resolvers this computer is configured with (resolv.conf, the network settings on Windows/macOS). */
export function systemServers(): DnsServer[] {
  return dns.getServers().map((s) => parseServer(s));
}

export type QueryOptions = {
  recursion?: boolean;
  timeoutMs?: number;
  tries?: number;
  signal?: AbortSignal;
};

export const RCODE_NAMES: Record<number, string> = {
  0: 'NOERROR',
  1: 'FORMERR',
  2: 'SERVFAIL',
  3: 'NXDOMAIN',
  4: 'NOTIMP',
  5: 'REFUSED',
  6: 'YXDOMAIN',
  7: 'YXRRSET',
  8: 'NXRRSET',
  9: 'NOTAUTH',
  10: 'NOTZONE',
  16: 'BADSIG',
  17: 'BADKEY',
  18: 'BADTIME',
};

/** The response code of a decoded packet (dns-packet gives it in `rcode` as a name). */
export function rcodeOf(p: DecodedPacket): string {
  return (p as unknown as { rcode?: string }).rcode ?? 'NOERROR';
}

/** One question to one server. UDP first; TCP when the answer is truncated. Throws on no answer. */
export async function query(
  server: DnsServer,
  name: string,
  type: RecordType,
  opts: QueryOptions = {},
): Promise<DecodedPacket> {
  const id = randomInt(0, 0x10000);
  const packet = dnsPacket.encode({
    type: 'query',
    id,
    flags: opts.recursion ? dnsPacket.RECURSION_DESIRED : 0,
    questions: [{ type, name: name.replace(/\.$/, ''), class: 'IN' }],
  });
  const timeoutMs = opts.timeoutMs ?? 2 * SECOND_MS;
  const tries = opts.tries ?? 2;
  let lastError: Error = new Error('no answer');
  for (let i = 0; i < tries; i++) {
    try {
      const raw = await exchangeUdp(server, packet, id, timeoutMs, opts.signal);
      const decoded = dnsPacket.decode(raw);
      if (!decoded.flag_tc) return decoded;
      return dnsPacket.decode(await exchangeTcp(server, packet, timeoutMs, opts.signal));
    } catch (e) {
      lastError = e as Error;
      if (opts.signal?.aborted) break;
    }
  }
  throw lastError;
}

export function exchangeUdp(
  server: DnsServer,
  packet: Buffer,
  id: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket(net.isIPv6(server.host) ? 'udp6' : 'udp4');
    const finish = (err: Error | null, msg?: Buffer) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      sock.close();
      if (err) reject(err);
      else resolve(msg!);
    };
    const onAbort = () => finish(textError('cancelled', text('failure.cancelledPlain')));
    const timer = setTimeout(
      () => finish(new Error(`no answer from ${serverLabel(server)} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    sock.on('error', (e) => finish(e));
    // Only the answer to our question counts: same id, from the server we asked (RFC 5452 basics).
    sock.on('message', (msg, rinfo) => {
      if (msg.length >= 2 && msg.readUInt16BE(0) === id && rinfo.port === server.port)
        finish(null, msg);
    });
    sock.send(packet, server.port, server.host, (e) => {
      if (e) finish(e);
    });
  });
}

/** One message over TCP with the two-byte length prefix (RFC 1035 section 4.2.2). */
export function exchangeTcp(
  server: DnsServer,
  packet: Buffer,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: server.host, port: server.port });
    let buf = Buffer.alloc(0);
    const finish = (err: Error | null, msg?: Buffer) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      sock.destroy();
      if (err) reject(err);
      else resolve(msg!);
    };
    const onAbort = () => finish(textError('cancelled', text('failure.cancelledPlain')));
    const timer = setTimeout(
      () => finish(new Error(`no answer from ${serverLabel(server)} (TCP) within ${timeoutMs} ms`)),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    sock.on('error', (e) => finish(e));
    sock.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(packet.length);
      sock.write(Buffer.concat([len, packet]));
    });
    sock.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0))
        finish(null, buf.subarray(2, 2 + buf.readUInt16BE(0)));
    });
    sock.on('end', () =>
      finish(new Error(`${serverLabel(server)} closed the TCP connection without an answer`)),
    );
  });
}

/** The RDATA of an answer as dns-packet decoded it (names and addresses are strings). */
export const dataOf = (a: Answer): unknown => (a as { data?: unknown }).data;

/** Lower-case, no trailing dot: how names are compared. */
export const normName = (n: string): string => n.toLowerCase().replace(/\.$/, '');

/** TXT values (strings of one record joined, RFC 7208 style) owned by `name`. */
export function txtValues(p: DecodedPacket, name: string): string[] {
  const want = normName(name);
  return (p.answers ?? [])
    .filter(
      (a): a is Extract<Answer, { type: 'TXT' }> => a.type === 'TXT' && normName(a.name) === want,
    )
    .map((a) => {
      const d = a.data as unknown;
      const parts = Array.isArray(d) ? d : [d];
      return parts.map((x) => (Buffer.isBuffer(x) ? x.toString('utf8') : String(x))).join('');
    });
}
