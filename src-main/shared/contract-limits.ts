// Channel of the CA's limits (issue 18): after the CA paused the account for some names, the
// person unpauses it at the CA's page and says so here; the mark goes and the certificate renews.
import { z } from 'zod';
import { id, runId } from './contract-base.ts';
import { CertificateSummarySchema } from './contract-certs.ts';

export const LIMITS_CHANNELS = {
  'cert:unpaused': {
    input: z.strictObject({ id, runId: runId.optional() }),
    output: z.object({ certificate: CertificateSummarySchema }),
  },
} as const;
