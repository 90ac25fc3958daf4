// The files of one certificate version (certs/<id>/<version>/chain.pem and key.sealed) and the
// per-certificate lock beside them. Split from store.ts (issue 22): the record files are the
// store's; these are written once per issuance, never rewritten, and read back by export, deploy
// and the rebuild of a lost record (heal.ts).
import { X509Certificate } from 'node:crypto';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CertdeskError, textError } from '../shared/errors.ts';
import { text } from '../shared/engine-text.ts';
import { tryLock } from './lock.ts';
import type { SecretBox } from './secret-box.ts';
import { writeFileAtomic } from './atomic.ts';
import { CERTS_DIR } from './layout.ts';
import { storageError } from './store-files.ts';

/** Ids and versions become folder names: only what a random id or a timestamp is made of. */
const SAFE = /^[a-z0-9-]+$/i;

export function versionDir(dataDir: string, certId: string, version: string): string {
  if (!SAFE.test(certId) || !SAFE.test(version))
    throw new CertdeskError('invalid-input', 'Bad certificate id.');
  return path.join(dataDir, CERTS_DIR, certId, version);
}

/** The key first, then the chain: a kill between leaves a key without a chain, which nothing reads. */
export async function writeVersion(
  dataDir: string,
  box: () => SecretBox,
  certId: string,
  version: string,
  chainPem: string,
  keyPem: string,
): Promise<void> {
  const dir = versionDir(dataDir, certId, version);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(path.join(dir, 'key.sealed'), box().seal(keyPem, `cert-key:${certId}`), {
      mode: 0o600,
    });
    await writeFileAtomic(path.join(dir, 'chain.pem'), chainPem, { mode: 0o644 });
  } catch (e) {
    throw storageError(e, dir);
  }
}

export async function readVersion(
  dataDir: string,
  box: () => SecretBox,
  certId: string,
  version: string,
): Promise<{ chainPem: string; keyPem: string }> {
  const dir = versionDir(dataDir, certId, version);
  try {
    const [chainPem, sealed] = await Promise.all([
      readFile(path.join(dir, 'chain.pem'), 'utf8'),
      readFile(path.join(dir, 'key.sealed'), 'utf8'),
    ]);
    checkChain(chainPem);
    return { chainPem, keyPem: box().open(sealed.trim(), `cert-key:${certId}`) };
  } catch (e) {
    if (e instanceof CertdeskError) throw e;
    throw damaged(certId, e);
  }
}

/**
 * A chain.pem cut short or overwritten can still hold a whole first certificate: exported or
 * deployed, the server would then send no intermediate. Every block must be a whole certificate.
 */
function checkChain(pem: string): string {
  const begins = pem.match(/-----BEGIN CERTIFICATE-----/g)?.length ?? 0;
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (begins === 0 || blocks.length !== begins) throw new Error('chain.pem is not whole');
  for (const b of blocks) new X509Certificate(b);
  return pem;
}

/** A version's files gone or unreadable: a renewal writes a new version (issue 22). */
const damaged = (certId: string, e: unknown): CertdeskError =>
  textError('store-corrupt', text('data.versionDamaged', { id: certId }), {
    detail: (e as Error).message,
  });

export function readChainSync(dataDir: string, certId: string, version: string): string {
  const file = path.join(versionDir(dataDir, certId, version), 'chain.pem');
  try {
    return checkChain(readFileSync(file, 'utf8'));
  } catch (e) {
    // Not an "unexpected" error: the certificate page says which files and the way back.
    throw damaged(certId, e);
  }
}

export function removeVersion(dataDir: string, certId: string, version: string): void {
  rmSync(versionDir(dataDir, certId, version), { recursive: true, force: true });
}

/** One issuance per certificate across processes (the app's scheduler and a cron'd CLI). */
export function lockCertificate(dataDir: string, app: string, certId: string): () => void {
  if (!SAFE.test(certId)) throw new CertdeskError('invalid-input', 'Bad certificate id.');
  mkdirSync(path.join(dataDir, CERTS_DIR), { recursive: true, mode: 0o700 });
  let r: ReturnType<typeof tryLock>;
  try {
    r = tryLock(path.join(dataDir, CERTS_DIR, `${certId}.lock`), app);
  } catch (e) {
    throw storageError(e, path.join(dataDir, CERTS_DIR));
  }
  if ('holder' in r) {
    throw new CertdeskError(
      'store-locked',
      `This certificate is being renewed right now by ${r.holder.app} (process ${r.holder.pid}, since ${r.holder.since}). Wait for it to finish.`,
      { retryable: true },
    );
  }
  return r.release;
}

export function removeCertificateFiles(dataDir: string, certId: string): void {
  if (!SAFE.test(certId)) return;
  const dir = path.join(dataDir, CERTS_DIR, certId);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
