// Why and when a certificate renews (renewal/policy.ts, issue 5 and R20-R22), as the engine's
// sentences: joined into engineText under "renewal" (engine-text.ts), so the CLI prints the
// English and the window says it in the person's language (src-renderer/i18n/renewal/). Issue 16:
// the renderer used to parse the English back with regular expressions.
export const renewalText = {
  third: 'one third of the {{days}}-day lifetime left',
  half: 'half of the {{days}}-day lifetime left',
  ari: 'the CA asked for renewal between {{start}} and {{end}} (ARI)',
  ariMoved: 'the CA asked for renewal between {{start}} and {{end}} (ARI); the CA moved it earlier',
  ariLater: "{{floor}} (the CA's ARI window is later; Certdesk does not wait past this)",
  renewing: 'renewing now',
  revoked: 'revoked: issue a new certificate',
  notIssued: 'not issued yet: issue it first',
  expired: 'expired on {{date}}',
  needsYou: 'needs you: {{problem}}. Fix it, then renew by hand',
  needsYouExpired: 'needs you: {{problem}}. Fix it, then renew by hand (expired on {{date}})',
  retryWaitCa: 'retry {{attempt}} after a failure: the CA asked to wait until {{date}}',
  retryWait: 'retry {{attempt}} after a failure: waiting {{delay}}',
  /** A reason, and the certificate has expired meanwhile. */
  whileExpired: '{{reason}} (expired on {{date}})',
  closeToExpiry: '{{reason}}; close to expiry, so tries come at least every 100 minutes',
  manual: '{{reason}}; the manual method needs you: renew it by hand',
  delay: {
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
  /** Problems a retry cannot fix (renewal/backoff.ts NON_RETRYABLE_CODES, RETRY_ONCE_CODES). */
  problem: {
    caa: 'a CAA record in your DNS forbids this CA to issue',
    'rejected-identifier': 'the CA refuses to issue for one of the names',
    'eab-required': 'the CA wants an External Account Binding for the account',
    'eab-invalid': 'the CA refused the External Account Binding',
    'no-account': 'the CA no longer knows the account',
    'tos-not-agreed': 'the CA wants you to agree to new Terms of Service',
    'bad-signature-algorithm': 'the CA does not accept the account key type',
    'account-paused': 'the CA paused the account for these names',
    unauthorized: 'the CA got the wrong answer from your server twice in a row',
    'incorrect-response': 'the CA got a wrong challenge answer twice in a row',
  },
};
