// A minimal DER encoder (X.690 section 10) for the few types PKCS#12 needs. We build the PFX
// ourselves because node-forge cannot parse EC keys (issue 6): every value here is raw bytes from
// Node's own crypto, so no third-party parser ever sees the key.

function encodeLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(value.length), value]);
}

export const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));

/** SET OF: DER sorts the encodings (X.690 11.6); our sets hold one element, but stay correct. */
export const set = (...items: Buffer[]): Buffer =>
  tlv(0x31, Buffer.concat([...items].sort(Buffer.compare)));

export const octets = (b: Buffer): Buffer => tlv(0x04, b);

export const nullValue = (): Buffer => Buffer.from([0x05, 0x00]);

/** [n] EXPLICIT, constructed context-specific tag. */
export const explicit = (n: number, inner: Buffer): Buffer => tlv(0xa0 | n, inner);

/** [n] IMPLICIT OCTET STRING (primitive context-specific tag). */
export const implicitOctets = (n: number, b: Buffer): Buffer => tlv(0x80 | n, b);

export function integer(n: number): Buffer {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError('DER integer must be a non-negative safe integer');
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  if (bytes.length === 0) bytes.push(0);
  if (bytes[0] & 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  if (parts.length < 2 || parts.some((p) => !Number.isSafeInteger(p) || p < 0))
    throw new RangeError(`bad OID ${dotted}`);
  const out: number[] = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128))
      chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** BMPString: UTF-16 big-endian (X.680 41.16); used for PKCS#12 friendlyName. */
export function bmpString(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  return tlv(0x1e, le.swap16());
}
