// Proving the names of one order (RFC 8555 section 7.5): each challenge handed to the solver,
// answered at the CA, the order polled until it leaves "pending", and the artifacts cleaned up.
import { createHash } from 'node:crypto';
import { problemToError, type AcmeProblem } from './acme/problems.ts';
import { pollUntil, type PollOptions } from './acme/poll.ts';
import type { ChallengeContext } from './challenges/types.ts';
import { isSafeToken } from './challenges/types.ts';
import { CertdeskError } from '../shared/errors.ts';
import { said } from '../shared/engine-text.ts';
import { traceMark } from '../shared/trace.ts';
import { inBatches, inPool } from './pool.ts';
import type { IssueInput } from './issue.ts';
import {
  checkAborted,
  NONCE_BATCH,
  PARALLEL,
  type Authz,
  type Challenge,
  type Order,
  type OrderRequests,
} from './issue-session.ts';

type Prove = OrderRequests & {
  input: IssueInput;
  order: Order;
  /** The order's authorizations, in its order. */
  authzs: Authz[];
  poll: Required<PollOptions>;
};

/**
 * Proves every name not yet valid with input.solver and waits for the CA's verdict. On failure
 * (or cancel) the artifacts are cleaned up before it throws; on success it gives the cleanup,
 * for issueOrder to run while the CA issues.
 */
export async function proveNames(p: Prove): Promise<() => Promise<void>> {
  const { input, order, authzs, poll, client, guard, postAsGet } = p;
  const { signal, progress, log, solver } = input;
  const presented: ChallengeContext[] = [];
  let started = false;
  // Challenge artifacts go on success, failure and interruption alike.
  // Automatic solvers clean up PARALLEL at a time (issue 21: 100 serial runs of a DNS script
  // took longer than the rest of a 100-name order); a person (manual modes) one at a time.
  const cleanUp = async () => {
    const one = (ctx: ChallengeContext) =>
      solver
        .cleanup(ctx)
        .catch((e: Error) =>
          log.warn('challenge cleanup failed', { name: ctx.identifier, error: e.message }),
        );
    if (solver.interactive) for (const ctx of presented) await one(ctx);
    else await inPool(presented, PARALLEL, one);
    traceMark('challenges-cleaned');
    if (started)
      await solver
        .stop?.()
        .catch((e: Error) => log.warn('solver stop failed', { error: e.message }));
    if (presented.length) progress({ step: 'cleanup', ...said('progress.cleanup') });
  };
  try {
    const pending: { authz: Authz; challenge: Challenge; ctx: ChallengeContext }[] = [];
    for (const authz of authzs) {
      const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
      if (authz.status === 'valid') {
        progress({ step: 'authorization', name, ...said('progress.alreadyValid', { name }) });
        continue;
      }
      const challenge = authz.challenges.find((c) => c.type === input.challengeType);
      if (!challenge) {
        const offered = authz.challenges.map((c) => c.type).join(', ');
        throw new CertdeskError(
          'unsupported',
          `The CA does not offer ${input.challengeType} for ${name} (it offers ${offered}). Choose one of those methods.`,
        );
      }
      if (!isSafeToken(challenge.token))
        throw new CertdeskError(
          'ca-misbehaved',
          'The CA sent a challenge token that is not base64url; Certdesk refused to use it.',
          { detail: String(challenge.token).slice(0, 80) },
        );
      const keyAuthorization = await client.getChallengeKeyAuthorization({
        type: 'http-01',
        token: challenge.token,
      } as never);
      const ctx: ChallengeContext = {
        identifier: authz.identifier.value,
        wildcard: authz.wildcard === true,
        token: challenge.token,
        keyAuthorization,
        dnsTxtValue: createHash('sha256').update(keyAuthorization).digest('base64url'),
        signal,
        progress,
        log,
      };
      pending.push({ authz, challenge, ctx });
      progress({
        step: 'authorization',
        name,
        ...said('progress.proving', {
          name,
          method: input.challengeType,
          how: solver.labelText ?? solver.label,
        }),
      });
    }

    if (pending.length > 0) {
      checkAborted(signal);
      started = true;
      await solver.start?.();
      const present = async (p: (typeof pending)[number]) => {
        checkAborted(signal);
        presented.push(p.ctx);
        await solver.present(p.ctx);
      };
      if (solver.interactive) {
        for (const p of pending) await present(p);
        if (solver.waitReady) for (const p of pending) await solver.waitReady(p.ctx);
      } else {
        // Each name is checked as soon as its own record is in, in a pool rather than batches:
        // the slowest script run of a batch no longer holds up the next ten (issue 21).
        await inPool(pending, PARALLEL, async (p) => {
          await present(p);
          await solver.waitReady?.(p.ctx);
        });
      }
      traceMark('challenges-ready');
      await inBatches(pending, NONCE_BATCH, async (p) => {
        await guard('start the validation', () => client.completeChallenge(p.challenge as never));
        progress({
          step: 'validation',
          name: p.ctx.identifier,
          ...said('progress.caChecking', {
            name: `${p.ctx.wildcard ? '*.' : ''}${p.ctx.identifier}`,
          }),
        });
      });
      traceMark('challenges-answered');
      // One request per round for every name: the order leaves "pending" once all authorizations
      // are valid ("ready") or one failed ("invalid") (RFC 8555 section 7.1.6).
      const settled = await pollUntil<Order>(
        () => guard('check the validation', () => postAsGet<Order>(order.url)),
        (o) => o.status !== 'pending',
        poll,
        signal,
        'the CA to validate the names',
      );
      traceMark('order-settled');
      if (settled.status === 'invalid' || settled.status === 'pending') {
        for (const p of pending) {
          const a = (await guard('read the authorizations', () => postAsGet<Authz>(p.authz.url)))
            .data;
          if (a.status === 'valid') continue;
          const ch = a.challenges.find((c) => c.type === input.challengeType);
          const problem: AcmeProblem = {
            ...(ch?.error ??
              settled.error ?? {
                type: 'urn:ietf:params:acme:error:unauthorized',
                detail: `authorization is ${a.status}`,
              }),
            identifier: a.identifier,
          };
          throw problemToError(problem);
        }
        throw problemToError(settled.error ?? { detail: `order is ${settled.status}` });
      }
      for (const p of pending)
        progress({
          step: 'validation',
          name: p.ctx.identifier,
          ...said('progress.validated', {
            name: `${p.ctx.wildcard ? '*.' : ''}${p.ctx.identifier}`,
          }),
        });
    }
  } catch (e) {
    await cleanUp();
    throw e;
  }
  return cleanUp;
}
