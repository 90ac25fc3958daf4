// Key generation (R8, R17): keys are made locally, off the event loop (generateKeyPair is async
// and runs in libuv's thread pool, so an RSA-4096 keygen never blocks the UI or the scheduler).
import { generateKeyPair, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { KeyType } from '../shared/types.ts';
import { CertdeskError } from '../shared/errors.ts';

function generate(type: 'ec', opts: { namedCurve: string }): Promise<string>;
function generate(type: 'rsa', opts: { modulusLength: number }): Promise<string>;
function generate(
  type: 'ec' | 'rsa',
  opts: { namedCurve?: string; modulusLength?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    generateKeyPair(
      type as 'ec',
      {
        ...opts,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
      } as never,
      (err: Error | null, _pub: string, priv: string) => (err ? reject(err) : resolve(priv)),
    );
  });
}

export async function generateKeyPem(type: KeyType): Promise<string> {
  switch (type) {
    case 'ec256':
      return generate('ec', { namedCurve: 'P-256' });
    case 'ec384':
      return generate('ec', { namedCurve: 'P-384' });
    case 'rsa2048':
      return generate('rsa', { modulusLength: 2048 });
    case 'rsa3072':
      return generate('rsa', { modulusLength: 3072 });
    case 'rsa4096':
      return generate('rsa', { modulusLength: 4096 });
    default: {
      const never: never = type;
      throw new CertdeskError(
        'invalid-input',
        `Unknown key type ${String(never)}; use ec256, ec384, rsa2048, rsa3072 or rsa4096.`,
      );
    }
  }
}

export function keyTypeOf(pem: string): KeyType {
  const key = createPrivateKey(pem);
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec') return d.namedCurve === 'secp384r1' ? 'ec384' : 'ec256';
  const bits = d.modulusLength ?? 2048;
  return bits >= 4096 ? 'rsa4096' : bits >= 3072 ? 'rsa3072' : 'rsa2048';
}

export function publicKeyDer(key: string | KeyObject): Buffer {
  const pub = createPublicKey(key);
  return pub.export({ type: 'spki', format: 'der' });
}

/** R17: an account key must never be used as a certificate key. */
export function sameKey(a: string, b: string): boolean {
  return publicKeyDer(a).equals(publicKeyDer(b));
}

export const KEY_TYPE_LABELS: Record<KeyType, string> = {
  ec256: 'ECDSA P-256 (recommended: small and fast)',
  ec384: 'ECDSA P-384',
  rsa2048: 'RSA 2048 (works with very old systems)',
  rsa3072: 'RSA 3072',
  rsa4096: 'RSA 4096 (slow to create)',
};

export function parseKeyType(s: string): KeyType {
  const v = s.toLowerCase().replace(/[-_]/g, '');
  const map: Record<string, KeyType> = {
    ec256: 'ec256',
    ecdsa256: 'ec256',
    p256: 'ec256',
    ec384: 'ec384',
    ecdsa384: 'ec384',
    p384: 'ec384',
    rsa2048: 'rsa2048',
    rsa3072: 'rsa3072',
    rsa4096: 'rsa4096',
    rsa: 'rsa2048',
    ec: 'ec256',
    ecdsa: 'ec256',
  };
  const t = map[v];
  if (!t)
    throw new CertdeskError(
      'invalid-input',
      `"${s}" is not a key type Certdesk knows; use ec256, ec384, rsa2048, rsa3072 or rsa4096.`,
    );
  return t;
}

const isEc = (t: KeyType): boolean => t.startsWith('ec');

/**
 * R17 dual certificates (issue 18): one ECDSA and one RSA key type, the ECDSA one first (it is the
 * certificate most clients get; the RSA twin serves the old ones). Two of one family are refused.
 */
export function dualKeyTypes(a: KeyType, b: KeyType): { keyType: KeyType; twinKeyType: KeyType } {
  if (isEc(a) === isEc(b))
    throw new CertdeskError(
      'invalid-input',
      `A dual certificate pairs one ECDSA and one RSA key (for example ec256,rsa2048); ${a} and ${b} are of the same kind.`,
    );
  return isEc(a) ? { keyType: a, twinKeyType: b } : { keyType: b, twinKeyType: a };
}

/** "ec256" or "ec256,rsa2048" as the CLI's --key takes it. */
export function parseKeyTypes(s: string): { keyType: KeyType; twinKeyType?: KeyType } {
  const parts = s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1) return { keyType: parseKeyType(parts[0]) };
  if (parts.length !== 2)
    throw new CertdeskError(
      'invalid-input',
      `"${s}" names ${parts.length} key types; give one (ec256) or one ECDSA and one RSA (ec256,rsa2048).`,
    );
  return dualKeyTypes(parseKeyType(parts[0]), parseKeyType(parts[1]));
}
