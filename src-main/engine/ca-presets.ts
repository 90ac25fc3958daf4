// CA presets (R2, R24, R25): only directory URLs and status pages live here; everything else
// (Terms of Service, EAB requirement, CAA identities, ARI) is read from the directory at run time.
import type { CaPresetId } from '../shared/types.ts';
import { CertdeskError, textError } from '../shared/errors.ts';
import { text } from '../shared/engine-text.ts';

export type CaPreset = {
  id: CaPresetId;
  label: string;
  directoryUrl: string;
  statusPage?: string;
  practice?: boolean;
  /** The preset of this CA's practice (staging) service, where a trial run goes (issue 18). */
  staging?: CaPresetId;
  note?: string;
};

export const CA_PRESETS: readonly CaPreset[] = [
  {
    id: 'letsencrypt',
    label: "Let's Encrypt",
    directoryUrl: 'https://acme-v02.api.letsencrypt.org/directory',
    statusPage: 'https://letsencrypt.status.io/',
    staging: 'letsencrypt-staging',
  },
  {
    id: 'letsencrypt-staging',
    label: "Let's Encrypt (practice mode: staging, certificates not trusted)",
    directoryUrl: 'https://acme-staging-v02.api.letsencrypt.org/directory',
    statusPage: 'https://letsencrypt.status.io/',
    practice: true,
  },
  {
    id: 'zerossl',
    label: 'ZeroSSL',
    directoryUrl: 'https://acme.zerossl.com/v2/DV90',
    statusPage: 'https://status.zerossl.com/',
    note: 'needs External Account Binding keys from your ZeroSSL dashboard',
  },
  {
    id: 'google',
    label: 'Google Trust Services',
    directoryUrl: 'https://dv.acme-v02.api.pki.goog/directory',
    statusPage: 'https://status.cloud.google.com/',
    note: 'needs External Account Binding keys from Google Cloud',
    staging: 'google-staging',
  },
  {
    id: 'google-staging',
    label: 'Google Trust Services (staging)',
    directoryUrl: 'https://dv.acme-v02.test-api.pki.goog/directory',
    statusPage: 'https://status.cloud.google.com/',
    practice: true,
  },
];

export function resolveCa(opts: { ca?: string; directoryUrl?: string }): {
  caId: CaPresetId;
  directoryUrl: string;
} {
  if (opts.directoryUrl) {
    let u: URL;
    try {
      u = new URL(opts.directoryUrl);
    } catch {
      throw new CertdeskError(
        'invalid-input',
        `"${opts.directoryUrl}" is not a web address. Paste the CA's ACME directory URL, starting with https://.`,
      );
    }
    if (u.protocol !== 'https:')
      throw new CertdeskError('invalid-input', 'An ACME directory URL must start with https://.');
    const preset = CA_PRESETS.find((p) => p.directoryUrl === opts.directoryUrl);
    return { caId: preset?.id ?? 'custom', directoryUrl: u.toString() };
  }
  const id = opts.ca ?? 'letsencrypt';
  const preset = CA_PRESETS.find((p) => p.id === id);
  if (!preset)
    throw new CertdeskError(
      'invalid-input',
      `Unknown CA "${id}". Use one of: ${CA_PRESETS.map((p) => p.id).join(', ')}, or give --directory URL.`,
    );
  return { caId: preset.id, directoryUrl: preset.directoryUrl };
}

export const statusPageFor = (directoryUrl: string): string | undefined =>
  CA_PRESETS.find((p) => p.directoryUrl === directoryUrl)?.statusPage;

/** A custom CA's practice (staging) directory URL: https, like the CA's own (issue 18). */
export function checkStagingUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw textError('invalid-input', text('staging.notUrl', { url: url.slice(0, 200) }));
  }
  if (u.protocol !== 'https:') throw textError('invalid-input', text('staging.notHttps'));
  return u.toString();
}

/**
 * Where a trial run of this account's CA goes (issue 18): the preset's known staging twin, or the
 * staging directory the person gave for a custom CA; null when the CA has none (ZeroSSL), or the
 * account already is at a practice service (its real run is the trial).
 */
export function practiceDirectoryFor(a: {
  directoryUrl: string;
  stagingDirectoryUrl?: string;
}): { caId: CaPresetId; directoryUrl: string } | null {
  const preset = CA_PRESETS.find((p) => p.directoryUrl === a.directoryUrl);
  if (preset?.practice) return null;
  if (preset?.staging) {
    const twin = CA_PRESETS.find((p) => p.id === preset.staging);
    return twin ? { caId: twin.id, directoryUrl: twin.directoryUrl } : null;
  }
  if (!preset && a.stagingDirectoryUrl)
    return { caId: 'custom', directoryUrl: a.stagingDirectoryUrl };
  return null;
}
