// One ACME order from newOrder to the downloaded chain (RFC 8555 section 7.4), built on the
// low-level API so the wizard can show every step (DESIGN.md library notes).
import { createHash } from 'node:crypto';
import acme from 'acme-client';
import { CertdeskError } from '../shared/errors.ts';
import type { CaPresetId, ChallengeType, KeyType } from '../shared/types.ts';
import {
  createClient,
  type AcmeDirectory,
  type CaConnection,
  type WrappedClient,
} from './acme/client.ts';
import { problemToError, type AcmeProblem } from './acme/problems.ts';
import { POLL_DEFAULTS, pollUntil, type PollOptions } from './acme/poll.ts';
import type { ChallengeSolver, ChallengeContext } from './challenges/types.ts';
import { isSafeToken } from './challenges/types.ts';
import { generateKeyPem, sameKey } from './keys.ts';
import { verifyIssued, type CertInfo } from './cert-info.ts';
import type { Logger, ProgressFn } from './ports.ts';
import { said } from '../shared/engine-text.ts';
import { checkIpNames, checkProfile, ipOf } from './profiles.ts';
import { traceMark } from '../shared/trace.ts';
import { inBatches, inPool } from './pool.ts';

export type IssueInput = {
  conn: CaConnection;
  account: { keyPem: string; accountUrl: string };
  names: string[];
  keyType: KeyType;
  /** Reuse this key (on request); otherwise a fresh one is made. */
  keyPem?: string;
  challengeType: ChallengeType;
  solver: ChallengeSolver;
  preferredChain?: string;
  /** RFC 9773 certID of the certificate this order replaces (only when the CA offers ARI). */
  replaces?: string;
  /** ACME profile (draft-ietf-acme-profiles); undefined: the CA's default. */
  profile?: string;
  /** The CA preset, for which profiles allow IP addresses (engine/profiles.ts). */
  caId?: CaPresetId;
  signal: AbortSignal;
  progress: ProgressFn;
  log: Logger;
  poll?: PollOptions;
};

export type IssueOutput = { chainPem: string; keyPem: string; info: CertInfo; requests: number };

export type { PollOptions };
const PARALLEL = 10;
/** Parallel signed requests per round; the first round may need this many fresh nonces. */
const NONCE_BATCH = 5;

type Authz = {
  url: string;
  status: string;
  identifier: { type: string; value: string };
  wildcard?: boolean;
  challenges: Challenge[];
};
type Challenge = { type: string; url: string; token: string; status: string; error?: AcmeProblem };
type Order = {
  url: string;
  status: string;
  finalize: string;
  certificate?: string;
  authorizations: string[];
  error?: AcmeProblem;
};

export async function issueOrder(input: IssueInput): Promise<IssueOutput> {
  const { names, signal, progress, log, solver } = input;
  const poll = { ...POLL_DEFAULTS, ...input.poll };
  // Key generation runs in the thread pool while we talk to the CA.
  const keyPromise = input.keyPem ? Promise.resolve(input.keyPem) : generateKeyPem(input.keyType);
  keyPromise.catch(() => {});
  // The CSR is made as soon as the key exists, while the CA validates (issue 21): finalize then
  // goes out the moment the order is ready.
  const csrPromise = keyPromise.then((keyPem) =>
    acme.crypto.createCsr(
      {
        // No Common Name for an IP address: RFC 8738 names it in the SAN only.
        ...(names[0].length <= 64 && !names[0].startsWith('*') && !ipOf(names[0])
          ? { commonName: names[0] }
          : {}),
        altNames: names,
      },
      keyPem,
    ),
  );
  csrPromise.catch(() => {});
  const w = createClient(input.conn, input.account.keyPem, {
    accountUrl: input.account.accountUrl,
  });
  const { client } = w;
  const api = (
    client as unknown as {
      api: {
        apiRequest(
          url: string,
          payload: unknown,
          ok: number[],
        ): Promise<{ data: unknown; headers: Record<string, string | undefined> }>;
      };
    }
  ).api;
  const postAsGet = async <T>(url: string): Promise<{ data: T; retryAfter?: string }> => {
    const r = await api.apiRequest(url, null, [200]);
    return { data: r.data as T, retryAfter: r.headers['retry-after'] };
  };
  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    checkAborted(signal);
    try {
      return await fn();
    } catch (e) {
      throw w.toError(e, `Certdesk could not ${what}.`);
    }
  };

  progress({
    step: 'order',
    ...(names.length === 1
      ? said('progress.order', { name: names[0] })
      : said('progress.orderNames', { count: names.length })),
  });
  // RFC 8738 section 3: an IP address is an identifier of type "ip", never "dns".
  const identifiers = names.map((value) => ({ type: ipOf(value) ? 'ip' : 'dns', value }));
  const hasIp = identifiers.some((i) => i.type === 'ip');
  // The profile and IP rules are checked against the CA's own directory before newOrder, so an
  // unknown profile is refused with the CA's list and nothing is ordered (issue 18).
  let dir: AcmeDirectory | undefined;
  if (input.profile !== undefined || hasIp) {
    dir = await guard('read the CA directory', () => w.directory());
    checkProfile(dir, input.profile);
    checkIpNames(names, {
      dir,
      caId: input.caId ?? 'custom',
      challenge: input.challengeType,
      ...(input.profile !== undefined ? { profile: input.profile } : {}),
    });
  }
  // RFC 9773 section 5: `replaces` only where the directory offers renewalInfo. A CA that refuses it
  // (the old certificate was already replaced, or it does not know it) still gets an order without.
  let replaces: string | undefined;
  if (input.replaces) {
    try {
      replaces = (dir ?? (await w.directory())).renewalInfo ? input.replaces : undefined;
    } catch {
      replaces = undefined;
    }
  }
  const profile = input.profile !== undefined ? { profile: input.profile } : {};
  let order: Order;
  try {
    order = await guard(
      'create the order',
      async () =>
        (await client.createOrder({
          identifiers,
          ...profile,
          ...(replaces ? { replaces } : {}),
        } as never)) as unknown as Order,
    );
  } catch (e) {
    if (
      !replaces ||
      !(e instanceof CertdeskError) ||
      !['malformed', 'challenge-failed', 'ca-misbehaved'].includes(e.code)
    )
      throw e;
    log.warn('the CA refused `replaces`; ordering without it', {
      replaces,
      error: e.detail ?? e.message,
    });
    order = await guard(
      'create the order',
      async () =>
        (await client.createOrder({ identifiers, ...profile } as never)) as unknown as Order,
    );
  }
  // Batches of a few: each answer brings the next nonce, so only the first batch needs fresh ones.
  const authzs: Authz[] = [];
  await inBatches(
    order.authorizations.map((url, i) => ({ url, i })),
    NONCE_BATCH,
    async ({ url, i }) => {
      const a = await guard('read the authorizations', () => postAsGet<Authz>(url));
      authzs[i] = { ...a.data, url };
    },
  );

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
  // Validated: the artifacts go (a DNS record, the built-in server) while the CA issues (issue
  // 21); that ends before this returns or fails, so nothing is left behind.
  // A person asked to remove a record is asked before the next step starts, as before.
  const cleaned = solver.interactive ? await cleanUp() : cleanUp();
  try {
    return await finish({
      input,
      keyPromise,
      csrPromise,
      client,
      guard,
      postAsGet,
      order,
      poll,
      w,
    });
  } finally {
    await cleaned;
  }
}

type Finish = {
  input: IssueInput;
  keyPromise: Promise<string>;
  csrPromise: Promise<[Buffer, Buffer]>;
  client: WrappedClient['client'];
  guard: <T>(what: string, fn: () => Promise<T>) => Promise<T>;
  postAsGet: <T>(url: string) => Promise<{ data: T; retryAfter?: string }>;
  order: Order;
  poll: Required<PollOptions>;
  w: WrappedClient;
};

/** Finalize with the CSR made during validation, wait for the certificate, download it. */
async function finish(f: Finish): Promise<IssueOutput> {
  const { input, keyPromise, client, guard, postAsGet, order, poll, w } = f;
  const { names, signal, progress } = input;
  const keyPem = await keyPromise;
  if (sameKey(keyPem, input.account.keyPem)) {
    throw new CertdeskError(
      'invalid-input',
      'The certificate key is the account key. Certdesk never uses an account key for a certificate (R17); let it make a new key.',
    );
  }
  progress({ step: 'finalize', ...said('progress.finalize') });
  const csr = await f.csrPromise;
  let finalOrder = await guard(
    'finalize the order',
    async () => (await client.finalizeOrder(order as never, csr[1])) as unknown as Order,
  );
  if (finalOrder.status !== 'valid') {
    finalOrder = await pollUntil<Order>(
      () => guard('check the order', () => postAsGet<Order>(order.url)),
      (o) => o.status === 'valid' || o.status === 'invalid',
      poll,
      signal,
      'the CA to issue the certificate',
    );
  }
  if (finalOrder.status !== 'valid')
    throw problemToError(finalOrder.error ?? { detail: `order is ${finalOrder.status}` });
  progress({ step: 'download', ...said('progress.download') });
  const chainPem = await guard('download the certificate', () =>
    client.getCertificate({ ...finalOrder, url: order.url } as never, input.preferredChain),
  );
  const info = verifyIssued(chainPem, keyPem, names);
  return { chainPem, keyPem, info, requests: w.requestCount() };
}

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted)
    throw new CertdeskError(
      'cancelled',
      'Cancelled. Nothing was changed; start again when you are ready.',
    );
}

export type { WrappedClient };
