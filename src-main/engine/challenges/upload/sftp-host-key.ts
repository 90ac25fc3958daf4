// The SSH server's identity: host-key fingerprints, and the error when the key has changed.
import { createHash } from 'node:crypto';
import { textError, type CertdeskError } from '../../../shared/errors.ts';
import { text } from '../../../shared/engine-text.ts';

export type HostKeyPolicy = {
  /** "SHA256:..." the person gave (--sftp-host-key): only this key is accepted. */
  pinned?: string;
  /** The key seen on the first connection to this host and port, if any. */
  known?: string;
  /** Records the key after a successful login (first use, or a new pin). */
  remember(fingerprint: string): Promise<void>;
};

const HOST_KEY_RE = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
/** "SHA256:abc..." without base64 padding, the way `ssh-keygen -l` prints it. */
export const normaliseFingerprint = (fp: string): string => fp.trim().replace(/=+$/, '');
export const isHostKeyFingerprint = (fp: string): boolean => HOST_KEY_RE.test(fp.trim());
/** The OpenSSH SHA256 fingerprint of a host key blob as the SSH transport sends it (RFC 4253 section 6.6). */
export const fingerprintOf = (keyBlob: Buffer): string =>
  `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;

/** The refusal when the server shows another key than the pinned or first-seen one (RFC 4251 4.1). */
export function hostKeyChanged(
  o: { host: string; port: number; hostKey: HostKeyPolicy },
  where: string,
  now: string,
): CertdeskError {
  const pinned = o.hostKey.pinned ? normaliseFingerprint(o.hostKey.pinned) : undefined;
  const before = pinned ?? normaliseFingerprint(o.hostKey.known ?? '');
  // The new key is in the sentence: the person reads it out to the provider to confirm it.
  // hostPort is not said: the window's "Trust the new key" button sends it back with the new key.
  return textError(
    'host-key-changed',
    text(pinned ? 'error.hostKeyPinned' : 'error.hostKeyChanged', {
      server: where,
      now,
      before,
      hostPort: `${o.host}:${o.port}`,
    }),
    {
      detail: `presented ${now}; expected ${pinned ?? o.hostKey.known} (${pinned ? 'pinned' : 'recorded on the first connection'}); host ${o.host} port ${o.port}`,
    },
  );
}
