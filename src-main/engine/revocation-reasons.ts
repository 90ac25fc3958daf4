// RFC 5280 §5.3.1 reason codes a subscriber may give when revoking (RFC 8555 §7.6). In a file of
// its own so the CLI can print them in its usage line without loading the engine (issue 21).
export const REVOCATION_REASONS = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
} as const;
export type RevocationReason = keyof typeof REVOCATION_REASONS;
