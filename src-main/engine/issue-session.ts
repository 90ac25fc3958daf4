// What the steps of one ACME order share (issue.ts, issue-validation.ts, issue-finalize.ts): the
// CA's objects as read (RFC 8555 section 7.1), the order's signed requests and the cancel check.
import { CertdeskError } from '../shared/errors.ts';
import type { WrappedClient } from './acme/client.ts';
import type { AcmeProblem } from './acme/problems.ts';

/** Names an automatic solver handles at once (present and check, clean up). */
export const PARALLEL = 10;
/** Parallel signed requests per round; the first round may need this many fresh nonces. */
export const NONCE_BATCH = 5;

export type Authz = {
  url: string;
  status: string;
  identifier: { type: string; value: string };
  wildcard?: boolean;
  challenges: Challenge[];
};
export type Challenge = {
  type: string;
  url: string;
  token: string;
  status: string;
  error?: AcmeProblem;
};
export type Order = {
  url: string;
  status: string;
  finalize: string;
  certificate?: string;
  authorizations: string[];
  error?: AcmeProblem;
};

/** The order's requests to the CA, as issueOrder set them up for its account. */
export type OrderRequests = {
  client: WrappedClient['client'];
  /** Runs one step after the cancel check; a failure says what Certdesk could not do. */
  guard: <T>(what: string, fn: () => Promise<T>) => Promise<T>;
  postAsGet: <T>(url: string) => Promise<{ data: T; retryAfter?: string }>;
};

/** Cancel (the wizard's button, quitting) stops the order before its next request. */
export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted)
    throw new CertdeskError(
      'cancelled',
      'Cancelled. Nothing was changed; start again when you are ready.',
    );
}
