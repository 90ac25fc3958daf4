// ACME profiles (draft-ietf-acme-profiles, issue 18) and the IP-address identifiers some allow
// (RFC 8738). The CA's list and descriptions are read from the directory's meta.profiles (R24);
// only which profiles allow IP addresses is a fact the directory does not say.
import { isIP } from 'node:net';
import { textError } from '../shared/errors.ts';
import { text } from '../shared/engine-text.ts';
import type { CaPresetId } from '../shared/types.ts';
import type { AcmeDirectory } from './acme/client.ts';

export type CaProfile = { name: string; description: string };

/**
 * Profiles that allow IP-address identifiers, per CA. Let's Encrypt: only "shortlived" (its
 * announcement of 2025-07, and its profiles page). Another CA whose directory has a profile of that
 * name is taken to follow the same convention; a CA without profiles decides for itself (Pebble
 * accepts IP identifiers without any profile).
 */
const IP_PROFILES: Partial<Record<CaPresetId, string[]>> = {
  letsencrypt: ['shortlived'],
  'letsencrypt-staging': ['shortlived'],
};
const IP_PROFILE_CONVENTION = ['shortlived'];

export function profilesOf(dir: Pick<AcmeDirectory, 'meta'>): CaProfile[] {
  const p = dir.meta?.profiles;
  if (!p || typeof p !== 'object') return [];
  return Object.entries(p)
    .filter(([name, d]) => name !== '' && typeof d === 'string')
    .map(([name, description]) => ({ name, description: String(description) }));
}

/** The profiles of this CA that allow IP addresses; null when the CA has no profiles at all. */
export function ipProfilesOf(dir: Pick<AcmeDirectory, 'meta'>, caId: CaPresetId): string[] | null {
  const offered = profilesOf(dir).map((p) => p.name);
  if (offered.length === 0) return null;
  return (IP_PROFILES[caId] ?? IP_PROFILE_CONVENTION).filter((n) => offered.includes(n));
}

/** True when this CA, with this profile (or its default), issues for IP addresses. */
export function ipAllowedBy(
  dir: Pick<AcmeDirectory, 'meta'>,
  caId: CaPresetId,
  profile: string | undefined,
): boolean {
  const allowed = ipProfilesOf(dir, caId);
  return allowed === null || (profile !== undefined && allowed.includes(profile));
}

/** An unknown profile is refused before anything is sent to the CA, naming the CA's profiles. */
export function checkProfile(dir: Pick<AcmeDirectory, 'meta'>, profile: string | undefined): void {
  if (profile === undefined) return;
  const offered = profilesOf(dir).map((p) => p.name);
  if (offered.length === 0)
    throw textError('invalid-input', text('profile.noneOffered', { profile }));
  if (!offered.includes(profile))
    throw textError(
      'invalid-input',
      text('profile.unknown', { profile, list: offered.join(', ') }),
    );
}

/** A name written as an IP address (IPv6 possibly in brackets). */
export const ipOf = (name: string): string | null => {
  const bare = name.trim().replace(/^\[|\]$/g, '');
  return isIP(bare) ? bare : null;
};

/**
 * RFC 8738: IP addresses are validated by connecting to them (http-01, tls-alpn-01; section 7
 * forbids dns-01) and, at a CA with profiles, only under a profile that allows them. Throws the
 * sentence that names the profile that would allow it.
 */
export function checkIpNames(
  names: readonly string[],
  o: { dir: Pick<AcmeDirectory, 'meta'>; caId: CaPresetId; profile?: string; challenge: string },
): void {
  const ip = names.find((n) => ipOf(n) !== null);
  if (!ip) return;
  if (o.challenge === 'dns-01')
    throw textError('invalid-name', text('profile.ipNoDns', { name: ip }));
  const allowed = ipProfilesOf(o.dir, o.caId);
  if (allowed === null) return;
  if (allowed.length === 0)
    throw textError('invalid-name', text('profile.ipNotOffered', { name: ip }));
  if (!o.profile || !allowed.includes(o.profile))
    throw textError(
      'invalid-name',
      text('profile.ipNeedsProfile', { name: ip, profile: allowed[0] }),
    );
}
