// The temporary responders the self-checks use: the same solvers an issuance uses (built-in web
// server, webroot files, the tls-alpn-01 listener), fed a random token instead of the CA's, so the
// check imitates exactly what the CA will meet. Binding the port is the "port80"/"port443" check.
import { createHash, randomBytes } from 'node:crypto';
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from '../challenges/types.ts';
import { silentLogger } from '../ports.ts';
import { describeOwners, findPortOwners } from './port-owner.ts';
import type { CheckResult } from './types.ts';
import { fixed, said, text } from '../../shared/engine-text.ts';

export type TestChallenge = { token: string; keyAuthorization: string };

/** A random token and key authorization shaped like the CA's (RFC 8555 section 8.1). */
export function randomChallenge(): TestChallenge {
  const token = randomBytes(32).toString('base64url');
  return { token, keyAuthorization: `${token}.${randomBytes(32).toString('base64url')}` };
}

export function testContext(name: string, c: TestChallenge, signal: AbortSignal): ChallengeContext {
  return {
    identifier: name,
    wildcard: false,
    token: c.token,
    keyAuthorization: c.keyAuthorization,
    dnsTxtValue: createHash('sha256').update(c.keyAuthorization).digest('base64url'),
    signal,
    progress: () => {},
    log: silentLogger,
  };
}

/** Start a listening solver; on failure, the port check's finding (with who holds the port). */
export async function bindCheck(
  solver: ChallengeSolver,
  check: 'port80' | 'port443',
  port: number,
  challenge: 'http-01' | 'tls-alpn-01',
): Promise<{ result: CheckResult; started: boolean }> {
  try {
    await solver.start?.();
    return {
      started: true,
      result: {
        check,
        verdict: 'pass',
        ...said(
          challenge === 'http-01' ? 'preflight.responder.okHttp' : 'preflight.responder.okTls',
          { port },
        ),
      },
    };
  } catch (e) {
    const err = e instanceof CertdeskError ? e : new CertdeskError('solver', (e as Error).message);
    if (err.code === 'port-in-use') {
      const owners = await findPortOwners(port);
      const who = describeOwners(owners);
      return {
        started: false,
        result: {
          check,
          verdict: 'fail',
          ...said(
            challenge === 'http-01'
              ? 'preflight.responder.inUseHttp'
              : 'preflight.responder.inUseTls',
            { port, who },
          ),
          ...fixed(
            challenge === 'http-01'
              ? 'preflight.responder.fixStopHttp'
              : 'preflight.responder.fixStopTls',
            { who: owners.length ? who : text('preflight.responder.thatProgram') },
          ),
          details: [
            err.detail ?? err.message,
            ...owners.map((o) => `listening: ${o.name}${o.pid ? ` pid ${o.pid}` : ''}`),
          ],
        },
      };
    }
    return {
      started: false,
      result: {
        check,
        verdict: 'fail',
        ...said('preflight.responder.cannotOpen', { port }),
        fix: err.message,
        ...(err.detail ? { details: [err.detail] } : {}),
      },
    };
  }
}
