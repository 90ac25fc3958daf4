// Channels of ACME profiles (issue 18): the profiles the account's CA offers, with the CA's own
// descriptions from its directory (meta.profiles, R24), and which of them allow IP addresses; and
// changing the profile of a stored certificate, which its next renewal asks for.
import { z } from 'zod';
import { id } from './contract-base.ts';
import { CertificateSummarySchema } from './contract-certs.ts';

export const CaProfileSchema = z.object({ name: z.string(), description: z.string() });

export const PROFILE_CHANNELS = {
  'ca:profiles': {
    input: z.strictObject({ accountId: id.optional() }),
    output: z.object({
      /** Empty: the CA has no profiles, and its default applies. */
      profiles: z.array(CaProfileSchema),
      /** Profiles that allow IP addresses (RFC 8738); null: the CA has no profiles and decides. */
      ipProfiles: z.array(z.string()).nullable(),
    }),
  },
  /** Nothing is ordered: refused, with the CA's list, when the CA does not offer the profile. */
  'cert:setProfile': {
    input: z.strictObject({
      id,
      /** The CA's name for it; null: back to the CA's default. */
      profile: z.string().min(1).max(64).nullable(),
    }),
    output: CertificateSummarySchema,
  },
} as const;
