// The "trial-run" check (opt-in, it contacts the CA): validate the real challenges from the CA's
// own vantage points against its STAGING directory, then throw the result away. A throwaway
// account (kept for this process), newOrder, the real solver presents the challenges, the CA
// validates, the authorizations are deactivated and the order is never finalized: nothing is
// issued and the production CA's rate limits are not touched.
import { createHash } from 'node:crypto';
import { CertdeskError, textError } from '../../shared/errors.ts';
import type { ChallengeConfig } from '../../shared/types.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import { createClient, type CaConnection, type WrappedClient } from '../acme/client.ts';
import { problemToError, type AcmeProblem } from '../acme/problems.ts';
import { CA_PRESETS, practiceDirectoryFor } from '../ca-presets.ts';
import { createSolver } from '../challenges/index.ts';
// Self-registering solvers, as engine.ts does (dns-01 modes, tls-alpn-01, SFTP/FTP upload).
import '../challenges/dns/index.ts';
import '../challenges/tls-alpn.ts';
import '../challenges/upload/index.ts';
import type { ChallengeContext, ChallengeSolver } from '../challenges/types.ts';
import { isSafeToken } from '../challenges/types.ts';
import { generateKeyPem } from '../keys.ts';
import { ipOf, profilesOf } from '../profiles.ts';
import { silentLogger } from '../ports.ts';
import type { CheckResult } from './types.ts';
import { fixed, said, text } from '../../shared/engine-text.ts';

/**
 * Where to rehearse: the preset's practice directory, the practice directory the person gave for
 * a custom CA (issue 18), or else the same one for a custom or test CA (no order is finalized).
 */
export function stagingDirectoryFor(
  directoryUrl: string,
  stagingDirectoryUrl?: string,
): { url: string } | { none: string } {
  const preset = CA_PRESETS.find((p) => p.directoryUrl === directoryUrl);
  if (!preset || preset.practice) return { url: (!preset && stagingDirectoryUrl) || directoryUrl };
  const twin = practiceDirectoryFor({ directoryUrl });
  return twin ? { url: twin.directoryUrl } : { none: preset.label };
}

// Throwaway accounts, one per staging directory, for the life of this process.
const accounts = new Map<string, { keyPem: string; accountUrl: string }>();

export type TrialRunInput = {
  names: string[];
  challenge: ChallengeConfig;
  directoryUrl: string;
  stagingDirectoryUrl?: string;
  caCertPem?: string;
  httpPort?: number;
  httpHost?: string;
  tlsPort?: number;
  dnsResolver?: string;
  secrets?: Record<string, string>;
  /** The ACME profile the real order asks for (issue 18): the rehearsal asks for it too. */
  profile?: string;
  signal: AbortSignal;
};

type Authz = {
  url: string;
  status: string;
  identifier: { type: string; value: string };
  wildcard?: boolean;
  challenges: { type: string; url: string; token: string; status: string; error?: AcmeProblem }[];
};

const label = (a: Authz) => `${a.wildcard ? '*.' : ''}${a.identifier.value}`;

export async function trialRun(i: TrialRunInput): Promise<CheckResult[]> {
  const base = { check: 'trial-run' as const };
  const where = stagingDirectoryFor(i.directoryUrl, i.stagingDirectoryUrl);
  if ('none' in where)
    return [
      { ...base, verdict: 'skip', ...said('preflight.trial.noPractice', { ca: where.none }) },
    ];
  const conn: CaConnection = {
    directoryUrl: where.url,
    ...(i.caCertPem ? { caCertPem: i.caCertPem } : {}),
    timeoutMs: 15 * SECOND_MS,
  };
  let solver: ChallengeSolver;
  try {
    solver = createSolver(i.challenge, {
      httpPort: i.httpPort,
      httpHost: i.httpHost,
      tlsPort: i.tlsPort,
      dnsResolver: i.dnsResolver,
      log: silentLogger,
      secret: (name) => i.secrets?.[name],
      // A rehearsal keeps nothing (an acme-dns registration made here is not saved).
      saveSecret: async () => {},
    });
  } catch (e) {
    const msg = e instanceof CertdeskError ? e.message : (e as Error).message;
    return [{ ...base, verdict: 'skip', ...said('preflight.trial.notPossible', { error: msg }) }];
  }
  if (solver.interactive)
    return [{ ...base, verdict: 'skip', ...said('preflight.trial.interactive') }];

  // Account: reused within this process, else a fresh one with a throwaway key.
  let acct = accounts.get(where.url);
  let w: WrappedClient;
  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    if (i.signal.aborted) throw textError('cancelled', text('failure.trialOutOfTime'));
    try {
      return await fn();
    } catch (e) {
      throw w.toError(e, `Certdesk could not ${what} at the practice server.`);
    }
  };
  if (!acct) {
    const keyPem = await generateKeyPem('ec256');
    w = createClient(conn, keyPem);
    const dir = await guard('read the directory', () => w.directory());
    if (dir.meta?.externalAccountRequired) {
      return [{ ...base, verdict: 'skip', ...said('preflight.trial.eab') }];
    }
    // A throwaway practice account: no contact address, nothing kept beyond this process.
    await guard('create a practice account', () =>
      w.client.createAccount({ termsOfServiceAgreed: true }),
    );
    acct = { keyPem, accountUrl: w.client.getAccountUrl() };
    accounts.set(where.url, acct);
  } else {
    w = createClient(conn, acct.keyPem, { accountUrl: acct.accountUrl });
  }
  // The profile of the real order, or nothing rehearsed: the practice CA must offer it (issue 18).
  if (i.profile !== undefined) {
    const offered = profilesOf(await guard('read the directory', () => w.directory()));
    if (!offered.some((p) => p.name === i.profile))
      return [
        {
          ...base,
          verdict: 'fail',
          ...(offered.length === 0
            ? said('profile.trialNone', { profile: i.profile })
            : said('profile.trialMissing', {
                profile: i.profile,
                list: offered.map((p) => p.name).join(', '),
              })),
          details: [`practice directory: ${where.url}`],
        },
      ];
  }
  const { client } = w;
  const api = (
    client as unknown as {
      api: { apiRequest(url: string, payload: unknown, ok: number[]): Promise<{ data: unknown }> };
    }
  ).api;
  const getAuthz = async (url: string): Promise<Authz> => ({
    ...((await api.apiRequest(url, null, [200])).data as Authz),
    url,
  });

  const order = await guard(
    'create a practice order',
    async () =>
      (await client.createOrder({
        // RFC 8738: an IP address is an identifier of type "ip".
        identifiers: i.names.map((value) => ({ type: ipOf(value) ? 'ip' : 'dns', value })),
        ...(i.profile !== undefined ? { profile: i.profile } : {}),
      } as never)) as unknown as { authorizations: string[] },
  );
  const authzs = await guard('read the authorizations', () =>
    Promise.all(order.authorizations.map(getAuthz)),
  );
  const results: CheckResult[] = [];
  const presented: ChallengeContext[] = [];
  let started = false;
  try {
    const pending: { a: Authz; ch: Authz['challenges'][number]; ctx: ChallengeContext }[] = [];
    for (const a of authzs) {
      if (a.status === 'valid') {
        results.push({
          ...base,
          domain: label(a),
          verdict: 'pass',
          ...said('preflight.trial.alreadyValid', { name: label(a) }),
        });
        continue;
      }
      const ch = a.challenges.find((c) => c.type === i.challenge.type);
      if (!ch || !isSafeToken(ch.token)) {
        results.push({
          ...base,
          domain: label(a),
          verdict: 'fail',
          ...said('preflight.trial.notOffered', {
            method: i.challenge.type,
            name: label(a),
            offered: a.challenges.map((c) => c.type).join(', '),
          }),
          ...fixed('preflight.trial.fixNotOffered'),
        });
        continue;
      }
      const keyAuthorization = await client.getChallengeKeyAuthorization({
        type: 'http-01',
        token: ch.token,
      } as never);
      pending.push({
        a,
        ch,
        ctx: {
          identifier: a.identifier.value,
          wildcard: a.wildcard === true,
          token: ch.token,
          keyAuthorization,
          dnsTxtValue: createHash('sha256').update(keyAuthorization).digest('base64url'),
          signal: i.signal,
          progress: () => {},
          log: silentLogger,
        },
      });
    }
    if (pending.length) {
      started = true;
      await solver.start?.();
      for (const p of pending) {
        presented.push(p.ctx);
        await solver.present(p.ctx);
      }
      if (solver.waitReady) for (const p of pending) await solver.waitReady(p.ctx);
      for (const p of pending)
        await guard('start the validation', () => client.completeChallenge(p.ch as never));
      // Poll each authorization until the CA has decided (RFC 8555 section 7.5.1).
      let delay = 250;
      const open = new Map(pending.map((p) => [p.a.url, p]));
      while (open.size > 0) {
        await sleep(delay, i.signal);
        delay = Math.min(delay * 2, 3 * SECOND_MS);
        for (const url of [...open.keys()]) {
          const a = await guard('check the validation', () => getAuthz(url));
          if (a.status === 'pending') continue;
          open.delete(url);
          const name = label(a);
          if (a.status === 'valid') {
            results.push({
              ...base,
              domain: name,
              verdict: 'pass',
              ...said('preflight.trial.validated', { name, method: i.challenge.type }),
              // Which practice server answered (issue 18: a custom CA's own staging directory).
              details: [`practice directory: ${where.url}`],
            });
          } else {
            const ch = a.challenges.find((c) => c.type === i.challenge.type);
            const problem: AcmeProblem = {
              ...(ch?.error ?? {
                type: 'urn:ietf:params:acme:error:unauthorized',
                detail: `authorization is ${a.status}`,
              }),
              identifier: a.identifier,
            };
            const err = problemToError(problem);
            results.push({
              ...base,
              domain: name,
              verdict: 'fail',
              ...said('preflight.trial.notValidated', { name, error: err.message }),
              details: [`${problem.type ?? ''} ${problem.detail ?? ''}`.trim()],
            });
          }
        }
      }
    }
  } finally {
    for (const ctx of presented) await solver.cleanup(ctx).catch(() => {});
    if (started) await solver.stop?.().catch(() => {});
    // Leave nothing usable behind: a rehearsal must not pre-authorize the names (RFC 8555 section 7.5.2).
    await Promise.all(
      authzs.map((a) => client.deactivateAuthorization(a as never).catch(() => {})),
    );
  }
  return results;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(textError('cancelled', text('failure.trialOutOfTime')));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(textError('cancelled', text('failure.trialOutOfTime')));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
