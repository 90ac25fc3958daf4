// DNS UPDATE messages (RFC 2136) signed with TSIG (RFC 8945): keys, signing a request and
// checking the answer's signature. The messages themselves are ./dns-wire.ts.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CertdeskError } from '../../../shared/errors.ts';
import { CLASS, TYPE, encodeName, rr, u16, u32, u48, type UpdateAnswer } from './dns-wire.ts';

export {
  CLASS,
  TYPE,
  buildUpdate,
  encodeName,
  parseAnswer,
  txtRdata,
  type TsigRecord,
  type TxtChange,
  type UpdateAnswer,
} from './dns-wire.ts';

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
