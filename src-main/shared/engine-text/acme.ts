// What the CA's problem documents mean (RFC 8555 section 6.7; engine/acme/problems.ts), as the
// engine's sentences, joined into engineText under "acme" (../engine-text.ts). They are the most
// common lines of a certificate's history (a failed renewal), so the history says them in the
// person's language (issue 18); the translations are in src-renderer/i18n/history/engine-*.ts.
// `who` is either "" or the phrase acme.forName with the name the CA named.
export const acmeText = {
  forName: ' for {{name}}',
  rateLimited:
    'The CA says too many certificates or attempts were requested recently. Wait until the time shown, then try again; fix any failing validation first so retries do not count against you.',
  badNonce:
    'The CA rejected a one-time request token several times in a row. This is usually temporary: try again.',
  caa: 'A CAA record in your DNS does not allow this CA to issue{{who}}. Add a CAA record that allows it (for Let\'s Encrypt: 0 issue "letsencrypt.org"), or remove the restricting one.',
  dns: 'The CA could not look up your domain{{who}} in DNS. Check that the name exists and its DNS servers answer, then try again.',
  connection:
    'The CA could not connect to your server{{who}}. Check that the name points to this server and that the port (80 for http-01, 443 for tls-alpn-01) is open to the internet.',
  unauthorized:
    'The CA reached your server{{who}} but did not get the answer it expected. Check that the name points to the right server and that nothing (a CMS, CDN or redirect) intercepts the challenge.',
  incorrectResponse:
    'The CA got a wrong answer to its challenge{{who}}. Check that the file or DNS record holds exactly the value Certdesk gave.',
  rejectedIdentifier:
    'The CA will not issue certificates for this name{{who}} (its policy forbids it). Use another name or another CA.',
  tls: 'The CA had a TLS problem talking to your server{{who}}. Check the server on port 443.',
  serverInternal:
    "The CA had an internal error. Try again later; if it persists, check the CA's status page.",
  malformed:
    'The CA rejected the request as malformed: {{detail}}. If this keeps happening, report it.',
  badCSR: 'The CA rejected the certificate request: {{detail}}. Try another key type.',
  badSignatureAlgorithm:
    'The CA does not accept this account key type. Create an account with another key type (ECDSA P-256 is widely accepted).',
  badPublicKey:
    'The CA does not accept this certificate key type. Choose another key type (ECDSA P-256 or RSA 2048).',
  externalAccountRequired:
    'This CA needs an External Account Binding: copy the key ID and HMAC key from your account page at the CA and add them to the account.',
  unauthorizedEab:
    'The CA did not accept the External Account Binding. Check the key ID and HMAC key at your CA.',
  accountDoesNotExist: 'The CA does not know this account any more. Create a new account.',
  alreadyRevoked: 'This certificate is already revoked.',
  userActionRequired: 'The CA needs you to act (often: agree to new Terms of Service): {{detail}}',
  unsupportedIdentifier: 'The CA does not support this kind of name{{who}}.',
  orderNotReady: 'The CA said the order was not ready. Try again.',
  invalidContact:
    'The CA did not accept the e-mail address. Use an address at a real domain that reaches you.',
  unsupportedContact: 'The CA does not accept this kind of contact. Use a plain e-mail address.',
  /** A problem type Certdesk has no sentence for: the CA's own words. */
  refused: 'The CA refused: {{detail}}.',
};
