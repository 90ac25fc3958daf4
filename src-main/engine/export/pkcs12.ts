// PFX / PKCS#12 (RFC 7292) for RSA and ECDSA keys, in two encodings (issue 6):
//   modern:  PBES2 (RFC 8018 6.2) with PBKDF2-HMAC-SHA256 and AES-256-CBC for the key bag and the
//            encrypted certificate safe, MAC HMAC-SHA256 with the PKCS#12 KDF (what OpenSSL 3 and
//            Java 12+ write by default).
//   legacy:  pbeWithSHAAnd3-KeyTripleDES-CBC everywhere (never RC2-40), MAC HMAC-SHA1: what Windows
//            Server 2016 and older and Java before 8u301/11.0.12 can open.
// node-forge cannot parse EC keys, so the ASN.1 is ours (der.ts) and every byte of key and
// certificate comes from Node's crypto: the key as PKCS#8 DER, the certificates as DER.
import { createCipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import {
  seq,
  set,
  octets,
  oid,
  integer,
  explicit,
  implicitOctets,
  nullValue,
  bmpString,
} from './der.ts';
import { parseMaterial, keyPkcs8Der, type ParsedMaterial } from './material.ts';
import type { KeyMaterial, PfxEncoding } from './types.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  pbeWithSHAAnd3KeyTripleDESCBC: '1.2.840.113549.1.12.1.3',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** OpenSSL's default count for the legacy encoding; Java's default (10000) for the modern one. */
export const PFX_ITERATIONS: Record<PfxEncoding, number> = { legacy: 2048, modern: 10000 };
export const MIN_PFX_PASSWORD_LENGTH = 4;

/** Throws 'wrong-password' with a sentence when a PFX password is missing or too short. */
export function checkPfxPassword(password: string | undefined): string {
  if (password === undefined || password === '') {
    throw textError('wrong-password', text('exportCheck.pfxNeeded'));
  }
  if ([...password].length < MIN_PFX_PASSWORD_LENGTH) {
    throw textError(
      'wrong-password',
      text('exportCheck.pfxShort', { min: MIN_PFX_PASSWORD_LENGTH }),
    );
  }
  return password;
}

/** RFC 7292 B.1: the password as a BMPString (UTF-16BE) with a two-byte NUL terminator. */
function bmpPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}

/**
 * The PKCS#12 key derivation function (RFC 7292 Appendix B.2). id 1 = key, 2 = IV, 3 = MAC key.
 * Written on Node's hashes rather than forge's so SHA-256 runs natively; a test checks it
 * against forge.pkcs12.generateKey.
 */
export function pkcs12Kdf(
  password: string,
  salt: Buffer,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
  hash: 'sha1' | 'sha256',
): Buffer {
  const u = hash === 'sha1' ? 20 : 32;
  const v = 64;
  const fill = (src: Buffer): Buffer => {
    if (src.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(src.length / v));
    for (let i = 0; i < out.length; i++) out[i] = src[i % src.length];
    return out;
  };
  const D = Buffer.alloc(v, id);
  const I = Buffer.concat([fill(salt), fill(bmpPassword(password))]);
  const blocks: Buffer[] = [];
  for (let done = 0; done < length; done += u) {
    let A = createHash(hash).update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash(hash).update(A).digest();
    blocks.push(A);
    const B = fill(A);
    // I_j = (I_j + B + 1) mod 2^(8v), big-endian, for each v-byte block of I.
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k] + B[k] + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

type Encrypted = { algorithm: Buffer; ciphertext: Buffer };

function encryptLegacy(plain: Buffer, password: string, iterations: number): Encrypted {
  const salt = randomBytes(8);
  const key = pkcs12Kdf(password, salt, 1, iterations, 24, 'sha1');
  const iv = pkcs12Kdf(password, salt, 2, iterations, 8, 'sha1');
  const c = createCipheriv('des-ede3-cbc', key, iv);
  return {
    algorithm: seq(oid(OID.pbeWithSHAAnd3KeyTripleDESCBC), seq(octets(salt), integer(iterations))),
    ciphertext: Buffer.concat([c.update(plain), c.final()]),
  };
}

function encryptModern(plain: Buffer, password: string, iterations: number): Encrypted {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  // PBES2 inside PKCS#12 takes the password as UTF-8 bytes, as OpenSSL and Java do.
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256');
  const c = createCipheriv('aes-256-cbc', key, iv);
  const kdf = seq(
    oid(OID.pbkdf2),
    seq(octets(salt), integer(iterations), seq(oid(OID.hmacWithSHA256), nullValue())),
  );
  return {
    algorithm: seq(oid(OID.pbes2), seq(kdf, seq(oid(OID.aes256Cbc), octets(iv)))),
    ciphertext: Buffer.concat([c.update(plain), c.final()]),
  };
}

const encrypt = (
  encoding: PfxEncoding,
  plain: Buffer,
  password: string,
  iterations: number,
): Encrypted =>
  encoding === 'modern'
    ? encryptModern(plain, password, iterations)
    : encryptLegacy(plain, password, iterations);

const attribute = (type: string, value: Buffer): Buffer => seq(oid(type), set(value));

export type PfxOptions = { iterations?: number; friendlyName?: string };

/** Builds a password-protected PFX holding the key, the leaf and every intermediate. */
export function buildPfx(
  material: KeyMaterial | ParsedMaterial,
  password: string | undefined,
  encoding: PfxEncoding,
  opts: PfxOptions = {},
): Buffer {
  const pw = checkPfxPassword(password);
  const p = 'leaf' in material ? material : parseMaterial(material);
  const iterations = opts.iterations ?? PFX_ITERATIONS[encoding];
  const leafDer = p.leaf.raw;
  // localKeyId ties the key bag to its certificate; OpenSSL uses the certificate's SHA-1 too.
  const localKeyId = createHash('sha1').update(leafDer).digest();
  const attrs = set(
    attribute(OID.friendlyName, bmpString(opts.friendlyName ?? p.names[0])),
    attribute(OID.localKeyId, octets(localKeyId)),
  );

  const certBag = (der: Buffer, withAttrs: boolean): Buffer =>
    seq(
      oid(OID.certBag),
      explicit(0, seq(oid(OID.x509Certificate), explicit(0, octets(der)))),
      ...(withAttrs ? [attrs] : []),
    );
  const certSafe = seq(certBag(leafDer, true), ...p.chain.map((c) => certBag(c.raw, false)));
  const certEnc = encrypt(encoding, certSafe, pw, iterations);
  const certContent = seq(
    oid(OID.encryptedData),
    explicit(
      0,
      seq(integer(0), seq(oid(OID.data), certEnc.algorithm, implicitOctets(0, certEnc.ciphertext))),
    ),
  );

  const keyEnc = encrypt(encoding, keyPkcs8Der(p), pw, iterations);
  const encryptedPrivateKeyInfo = seq(keyEnc.algorithm, octets(keyEnc.ciphertext));
  const keyBag = seq(oid(OID.pkcs8ShroudedKeyBag), explicit(0, encryptedPrivateKeyInfo), attrs);
  const keyContent = seq(oid(OID.data), explicit(0, octets(seq(keyBag))));

  const authSafe = seq(certContent, keyContent);
  const hash = encoding === 'modern' ? 'sha256' : 'sha1';
  const macSalt = randomBytes(8);
  const macKey = pkcs12Kdf(pw, macSalt, 3, iterations, hash === 'sha256' ? 32 : 20, hash);
  const mac = createHmac(hash, macKey).update(authSafe).digest();
  const macData = seq(
    seq(seq(oid(OID[hash]), nullValue()), octets(mac)),
    octets(macSalt),
    integer(iterations),
  );

  return seq(integer(3), seq(oid(OID.data), explicit(0, octets(authSafe))), macData);
}
