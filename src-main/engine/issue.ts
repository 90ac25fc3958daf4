// One ACME order from newOrder to the downloaded chain (RFC 8555 section 7.4), built on the
// low-level API so the wizard can show every step (DESIGN.md library notes).
// This file orders and reads the authorizations; proving the names is issue-validation.ts,
// finalizing and downloading issue-finalize.ts, what the steps share issue-session.ts.
import acme from 'acme-client';
import { CertdeskError } from '../shared/errors.ts';
import type { CaPresetId, ChallengeType, KeyType } from '../shared/types.ts';
import {
  createClient,
  type AcmeDirectory,
  type CaConnection,
  type WrappedClient,
} from './acme/client.ts';
import { POLL_DEFAULTS, type PollOptions } from './acme/poll.ts';
import type { ChallengeSolver } from './challenges/types.ts';
import { generateKeyPem } from './keys.ts';
import type { CertInfo } from './cert-info.ts';
import type { Logger, ProgressFn } from './ports.ts';
import { said } from '../shared/engine-text.ts';
import { checkIpNames, checkProfile, ipOf } from './profiles.ts';
import { inBatches } from './pool.ts';
import { checkAborted, NONCE_BATCH, type Authz, type Order } from './issue-session.ts';
import { proveNames } from './issue-validation.ts';
import { finishOrder } from './issue-finalize.ts';

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
  // RFC 9773 section 5: `replaces` only where the directory offers renewalInfo. A CA that refuses
  // it (the old certificate was already replaced, or it does not know it) still gets an order
  // without.
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

  const cleanUp = await proveNames({ input, order, authzs, poll, client, guard, postAsGet });
  // Validated: the artifacts go (a DNS record, the built-in server) while the CA issues (issue
  // 21); that ends before this returns or fails, so nothing is left behind.
  // A person asked to remove a record is asked before the next step starts, as before.
  const cleaned = solver.interactive ? await cleanUp() : cleanUp();
  try {
    return await finishOrder({
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

export type { WrappedClient };
