// DNS UPDATE messages (RFC 2136) signed with TSIG (RFC 8945), written by hand: dns-packet knows
// neither class NONE (needed to delete one value, RFC 2136 section 2.5.4) nor TSIG's RDATA.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CertdeskError } from '../../../shared/errors.ts';

/** RFC 8945 section 6 algorithm names; hmac-sha256 is the one to use (mandatory to implement). */
export const TSIG_ALGORITHMS = {
  'hmac-sha256': { wire: 'hmac-sha256', hash: 'sha256' },
  'hmac-sha512': { wire: 'hmac-sha512', hash: 'sha512' },
  'hmac-sha384': { wire: 'hmac-sha384', hash: 'sha384' },
  'hmac-sha224': { wire: 'hmac-sha224', hash: 'sha224' },
  'hmac-sha1': { wire: 'hmac-sha1', hash: 'sha1' },
  'hmac-md5': { wire: 'hmac-md5.sig-alg.reg.int', hash: 'md5' },
} as const;
export type TsigAlgorithm = keyof typeof TSIG_ALGORITHMS;

export type TsigKey = { name: string; algorithm: TsigAlgorithm; secret: Buffer };

export function parseAlgorithm(s: string | undefined): TsigAlgorithm {
  const a = (s ?? 'hmac-sha256')
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\.sig-alg\.reg\.int$/, '');
  if (a in TSIG_ALGORITHMS) return a as TsigAlgorithm;
  throw new CertdeskError(
    'invalid-input',
    `Unknown TSIG algorithm "${s}". Use ${Object.keys(TSIG_ALGORITHMS).join(', ')} (the one in your DNS server's key definition; hmac-sha256 is usual).`,
  );
}

/** The secret as BIND's `secret "..."` or a key file gives it: base64. */
export function parseSecret(text: string): Buffer {
  // Accept a whole BIND key clause too ("key x { algorithm ...; secret "..."; };"), as tsig-keygen prints it.
  const m = /secret\s+"([^"]+)"/.exec(text);
  const b64 = (m ? m[1] : text).trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length < 8) {
    throw new CertdeskError(
      'invalid-input',
      'The TSIG secret must be the base64 text from your DNS server\'s key definition (the part in quotes after "secret"). Check the secret file.',
    );
  }
  return Buffer.from(b64, 'base64');
}

export const TYPE = { SOA: 6, TXT: 16, TSIG: 250 } as const;
export const CLASS = { IN: 1, NONE: 254, ANY: 255 } as const;

/** Uncompressed wire name; lower-case when canonical (TSIG variables, RFC 8945 section 4.3.3). */
export function encodeName(name: string, canonical = false): Buffer {
  const n = name.replace(/\.$/, '');
  const parts: Buffer[] = [];
  if (n !== '') {
    for (const label of n.split('.')) {
      const b = Buffer.from(canonical ? label.toLowerCase() : label, 'utf8');
      if (b.length === 0 || b.length > 63)
        throw new CertdeskError('invalid-input', `"${name}" is not a valid DNS name.`);
      parts.push(Buffer.from([b.length]), b);
    }
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

const u16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u48 = (n: number): Buffer => {
  const b = Buffer.alloc(6);
  b.writeUIntBE(n, 0, 6);
  return b;
};

/** TXT RDATA: character-strings of at most 255 bytes each (RFC 1035 section 3.3.14). */
export function txtRdata(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length || i === 0; i += 255) {
    const chunk = bytes.subarray(i, i + 255);
    parts.push(Buffer.from([chunk.length]), chunk);
    if (bytes.length === 0) break;
  }
  return Buffer.concat(parts);
}

function rr(name: string, type: number, klass: number, ttl: number, rdata: Buffer): Buffer {
  return Buffer.concat([
    encodeName(name),
    u16(type),
    u16(klass),
    u32(ttl),
    u16(rdata.length),
    rdata,
  ]);
}

export type TxtChange = { op: 'add' | 'delete'; name: string; value: string; ttl: number };

/**
 * An UPDATE for `zone`: no prerequisites; "add to an RRset" for add (RFC 2136 section 2.5.1, so
 * a second value, e.g. wildcard plus bare name, joins the first) and "delete an RR from an RRset"
 * (section 2.5.4, class NONE, TTL 0) for delete, so only our value goes.
 */
export function buildUpdate(id: number, zone: string, changes: TxtChange[]): Buffer {
  const header = Buffer.concat([
    u16(id),
    u16(5 << 11),
    u16(1),
    u16(0),
    u16(changes.length),
    u16(0),
  ]);
  const zoneSection = Buffer.concat([encodeName(zone), u16(TYPE.SOA), u16(CLASS.IN)]);
  const updates = changes.map((c) =>
    c.op === 'add'
      ? rr(c.name, TYPE.TXT, CLASS.IN, c.ttl, txtRdata(c.value))
      : rr(c.name, TYPE.TXT, CLASS.NONE, 0, txtRdata(c.value)),
  );
  return Buffer.concat([header, zoneSection, ...updates]);
}

export const FUDGE_S = 300;

function variables(
  keyName: string,
  algWire: string,
  timeSigned: number,
  fudge: number,
  error: number,
  other: Buffer,
): Buffer {
  return Buffer.concat([
    encodeName(keyName, true),
    u16(CLASS.ANY),
    u32(0),
    encodeName(algWire, true),
    u48(timeSigned),
    u16(fudge),
    u16(error),
    u16(other.length),
    other,
  ]);
}

/** Appends a TSIG record (RFC 8945 section 4.2); returns the signed message and its MAC for checking the answer. */
export function signMessage(
  msg: Buffer,
  key: TsigKey,
  nowS: number,
): { signed: Buffer; mac: Buffer } {
  const alg = TSIG_ALGORITHMS[key.algorithm];
  const mac = createHmac(alg.hash, key.secret)
    .update(msg)
    .update(variables(key.name, alg.wire, nowS, FUDGE_S, 0, Buffer.alloc(0)))
    .digest();
  const rdata = Buffer.concat([
    encodeName(alg.wire, true),
    u48(nowS),
    u16(FUDGE_S),
    u16(mac.length),
    mac,
    msg.subarray(0, 2),
    u16(0),
    u16(0),
  ]);
  const out = Buffer.from(msg);
  out.writeUInt16BE(out.readUInt16BE(10) + 1, 10);
  return { signed: Buffer.concat([out, rr(key.name, TYPE.TSIG, CLASS.ANY, 0, rdata)]), mac };
}

// --- reading answers -------------------------------------------------------------------------

function readName(buf: Buffer, offset: number): { name: string; next: number } {
  const labels: string[] = [];
  let off = offset;
  let next = -1;
  for (let jumps = 0; jumps < 64; jumps++) {
    if (off >= buf.length) throw new Error('name runs past the message');
    const len = buf[off];
    if (len === 0) {
      if (next < 0) next = off + 1;
      return { name: labels.join('.'), next };
    }
    if ((len & 0xc0) === 0xc0) {
      if (next < 0) next = off + 2;
      off = buf.readUInt16BE(off) & 0x3fff;
      continue;
    }
    labels.push(buf.toString('utf8', off + 1, off + 1 + len));
    off += 1 + len;
  }
  throw new Error('name has too many compression pointers');
}

export type TsigRecord = {
  keyName: string;
  algorithm: string;
  timeSigned: number;
  fudge: number;
  mac: Buffer;
  originalId: number;
  error: number;
  other: Buffer;
  start: number;
};
export type UpdateAnswer = { id: number; rcode: number; tsig: TsigRecord | null };

/** Header, response code and the trailing TSIG record (if any) of an UPDATE answer. */
export function parseAnswer(buf: Buffer): UpdateAnswer {
  if (buf.length < 12) throw new Error('answer shorter than a DNS header');
  const id = buf.readUInt16BE(0);
  const rcode = buf.readUInt16BE(2) & 0xf;
  const counts = [
    buf.readUInt16BE(4),
    buf.readUInt16BE(6),
    buf.readUInt16BE(8),
    buf.readUInt16BE(10),
  ];
  let off = 12;
  for (let i = 0; i < counts[0]; i++) off = readName(buf, off).next + 4;
  let tsig: TsigRecord | null = null;
  let extendedRcode = 0;
  const rrTotal = counts[1] + counts[2] + counts[3];
  for (let i = 0; i < rrTotal; i++) {
    const start = off;
    const { name, next } = readName(buf, off);
    const type = buf.readUInt16BE(next);
    const ttl = buf.readUInt32BE(next + 4);
    const rdlen = buf.readUInt16BE(next + 8);
    const rd = next + 10;
    if (type === 41) extendedRcode = (ttl >>> 24) & 0xff; // OPT (RFC 6891): upper rcode bits
    if (type === TYPE.TSIG && i === rrTotal - 1) {
      const alg = readName(buf, rd);
      let p = alg.next;
      const timeSigned = buf.readUIntBE(p, 6);
      p += 6;
      const fudge = buf.readUInt16BE(p);
      p += 2;
      const macLen = buf.readUInt16BE(p);
      p += 2;
      const mac = buf.subarray(p, p + macLen);
      p += macLen;
      const originalId = buf.readUInt16BE(p);
      p += 2;
      const error = buf.readUInt16BE(p);
      p += 2;
      const otherLen = buf.readUInt16BE(p);
      p += 2;
      tsig = {
        keyName: name,
        algorithm: alg.name,
        timeSigned,
        fudge,
        mac: Buffer.from(mac),
        originalId,
        error,
        other: Buffer.from(buf.subarray(p, p + otherLen)),
        start,
      };
    }
    off = rd + rdlen;
  }
  return { id, rcode: rcode | (extendedRcode << 4), tsig };
}

/**
 * Checks the server's signature on its answer (RFC 8945 section 5.3.2): MAC over the request's
 * MAC, the answer without its TSIG (ARCOUNT one less, original ID) and the TSIG variables.
 * Returns a reason when it does not check out, null when it does.
 */
export function verifyAnswer(
  buf: Buffer,
  ans: UpdateAnswer,
  key: TsigKey,
  requestMac: Buffer,
  nowS: number,
): string | null {
  const t = ans.tsig;
  if (!t) return 'the answer is not signed';
  const alg = TSIG_ALGORITHMS[key.algorithm];
  if (t.keyName.toLowerCase().replace(/\.$/, '') !== key.name.toLowerCase().replace(/\.$/, ''))
    return `the answer is signed with another key (${t.keyName})`;
  if (t.algorithm.toLowerCase().replace(/\.$/, '') !== alg.wire)
    return `the answer is signed with another algorithm (${t.algorithm})`;
  if (t.mac.length === 0) return 'the answer carries no signature';
  const unsigned = Buffer.from(buf.subarray(0, t.start));
  unsigned.writeUInt16BE(t.originalId, 0);
  unsigned.writeUInt16BE(unsigned.readUInt16BE(10) - 1, 10);
  const expected = createHmac(alg.hash, key.secret)
    .update(u16(requestMac.length))
    .update(requestMac)
    .update(unsigned)
    .update(variables(t.keyName, t.algorithm, t.timeSigned, t.fudge, t.error, t.other))
    .digest();
  if (expected.length !== t.mac.length || !timingSafeEqual(expected, t.mac))
    return 'the signature on the answer does not match the key';
  if (Math.abs(nowS - t.timeSigned) > t.fudge)
    return "the answer was signed at a time too far from this computer's clock";
  return null;
}
