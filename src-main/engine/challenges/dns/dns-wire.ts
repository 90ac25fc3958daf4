// The DNS wire format of an UPDATE (RFC 2136) and of its answer, written by hand: dns-packet knows
// neither class NONE (needed to delete one value, RFC 2136 section 2.5.4) nor TSIG's RDATA. The
// signing itself is ./tsig.ts.
import { CertdeskError } from '../../../shared/errors.ts';

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

export const u16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
export const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
export const u48 = (n: number): Buffer => {
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

export function rr(name: string, type: number, klass: number, ttl: number, rdata: Buffer): Buffer {
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

// --- reading answers -------------------------------------------------------------------------

export function readName(buf: Buffer, offset: number): { name: string; next: number } {
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
