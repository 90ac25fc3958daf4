// Channel of ACME profiles (issue 18): the profiles the account's CA offers, with the CA's own
// descriptions from its directory (meta.profiles, R24), and which of them allow IP addresses.
import { z } from 'zod';
import { id } from './contract-base.ts';

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
} as const;
