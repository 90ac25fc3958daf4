// CA presets (R2, R24, R25): only directory URLs and status pages live here; everything else
// (Terms of Service, EAB requirement, CAA identities, ARI) is read from the directory at run time.
import type { CaPresetId } from '../shared/types.ts';
import { CertdeskError } from '../shared/errors.ts';

export type CaPreset = {
  id: CaPresetId;
  label: string;
  directoryUrl: string;
  statusPage?: string;
  practice?: boolean;
  note?: string;
};

export const CA_PRESETS: readonly CaPreset[] = [
  {
    id: 'letsencrypt',
    label: "Let's Encrypt",
    directoryUrl: 'https://acme-v02.api.letsencrypt.org/directory',
    statusPage: 'https://letsencrypt.status.io/',
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
