// Accounts at CAs (R2, R3, R5, R17) and the directory facts a CA tells (R24).
import { CertdeskError, textError } from '../../shared/errors.ts';
import type { AccountSummary, KeyType } from '../../shared/types.ts';
import { text } from '../../shared/engine-text.ts';
import type { StoredAccount } from '../../storage/schema.ts';
import { createClient, type AcmeDirectory } from '../acme/client.ts';
import { checkStagingUrl, resolveCa, statusPageFor } from '../ca-presets.ts';
import { checkEmail } from '../email.ts';
import { generateKeyPem } from '../keys.ts';
import type { EngineCore } from '../core.ts';
import { accountProblem } from '../data-notices.ts';

export type CreateAccountInput = {
  ca?: string;
  directoryUrl?: string;
  email: string;
  agreeTos: boolean;
  keyType?: KeyType;
  eab?: { kid: string; hmacKey: string };
  /** A custom CA's practice (staging) directory (issue 18); ignored for presets, which know theirs. */
  stagingDirectoryUrl?: string;
};

export type DirectoryInfo = {
  directoryUrl: string;
  termsOfService: string | null;
  externalAccountRequired: boolean;
  caaIdentities: string[];
  renewalInfo: string | null;
  website: string | null;
  statusPage: string | null;
};

export function publicAccount(a: StoredAccount): AccountSummary {
  return {
    id: a.id,
    caId: a.caId,
    directoryUrl: a.directoryUrl,
    email: a.email,
    keyType: a.keyType,
    accountUrl: a.accountUrl,
    createdAt: a.createdAt,
    tosAgreed: a.tosAgreed,
    ...(a.stagingDirectoryUrl ? { stagingDirectoryUrl: a.stagingDirectoryUrl } : {}),
  };
}

const eabLooksWrong = (eab: { kid: string; hmacKey: string }): boolean =>
  !eab.kid.trim() ||
  !/^[A-Za-z0-9_\-+/=]+$/.test(eab.hmacKey) ||
  Buffer.from(eab.hmacKey, 'base64url').length < 16;

export class AccountsService {
  private readonly core: EngineCore;

  constructor(core: EngineCore) {
    this.core = core;
  }

  /** Directory facts the CA tells (R2, R24): Terms of Service, EAB requirement, CAA identities, ARI. */
  async directoryInfo(opts: { ca?: string; directoryUrl?: string }): Promise<DirectoryInfo> {
    const { directoryUrl } = resolveCa(opts);
    const dir = await this.fetchDirectory(directoryUrl);
    return {
      directoryUrl,
      termsOfService: dir.meta?.termsOfService ?? null,
      externalAccountRequired: dir.meta?.externalAccountRequired === true,
      caaIdentities: dir.meta?.caaIdentities ?? [],
      renewalInfo: dir.renewalInfo ?? null,
      website: dir.meta?.website ?? null,
      statusPage: statusPageFor(directoryUrl) ?? null,
    };
  }

  async fetchDirectory(directoryUrl: string): Promise<AcmeDirectory> {
    const throwaway = createClient(
      this.core.conn(directoryUrl),
      '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n',
    );
    return throwaway.directory();
  }

  async create(
    input: CreateAccountInput,
  ): Promise<AccountSummary & { termsOfService: string | null }> {
    const { storage, clock, log } = this.core;
    const email = checkEmail(input.email);
    const { caId, directoryUrl } = resolveCa({ ca: input.ca, directoryUrl: input.directoryUrl });
    const keyType = input.keyType ?? 'ec256';
    const staging =
      caId === 'custom' && input.stagingDirectoryUrl?.trim()
        ? checkStagingUrl(input.stagingDirectoryUrl.trim())
        : undefined;
    const existing = Object.values(storage.read().accounts).find(
      (a) => a.directoryUrl === directoryUrl && a.email === email,
    );
    if (existing) {
      // Issue 18: giving the account again with a practice directory records it for trial runs.
      if (staging && existing.stagingDirectoryUrl !== staging) {
        await storage.update((d) => {
          const a = d.accounts[existing.id];
          if (a) a.stagingDirectoryUrl = staging;
        });
        return {
          ...publicAccount({ ...existing, stagingDirectoryUrl: staging }),
          termsOfService: null,
        };
      }
      return { ...publicAccount(existing), termsOfService: null };
    }
    if (input.eab && eabLooksWrong(input.eab)) {
      throw new CertdeskError(
        'eab-invalid',
        "The External Account Binding needs a key ID and an HMAC key (a long base64 text) from your CA's account page. Copy both again.",
      );
    }
    const keyPem = await generateKeyPem(keyType);
    const w = createClient(
      this.core.conn(directoryUrl),
      keyPem,
      input.eab ? { eab: input.eab } : {},
    );
    let dir: AcmeDirectory;
    try {
      dir = await w.directory();
    } catch (e) {
      throw w.toError(e, "Certdesk could not read the CA's directory.");
    }
    const tos = dir.meta?.termsOfService ?? null;
    if (tos && !input.agreeTos) {
      throw textError('tos-not-agreed', text('error.tosNotAgreed', { url: tos }), { detail: tos });
    }
    if (dir.meta?.externalAccountRequired && !input.eab) {
      throw textError('eab-required', text('error.eabRequired'));
    }
    try {
      await w.client.createAccount({ termsOfServiceAgreed: true, contact: [`mailto:${email}`] });
    } catch (e) {
      const err = w.toError(e, 'Certdesk could not create the account at the CA.');
      // At newAccount, "unauthorized"/"malformed" with a binding means the CA refused the binding.
      if (input.eab && (err.code === 'unauthorized' || err.code === 'malformed')) {
        throw new CertdeskError(
          'eab-invalid',
          'The CA refused the External Account Binding. Copy the key ID and HMAC key again from your account page at the CA (they may have expired or been used).',
          { detail: err.detail },
        );
      }
      throw err;
    }
    const accountUrl = w.client.getAccountUrl();
    const id = this.core.newId();
    const now = new Date(clock.now()).toISOString();
    const stored: StoredAccount = {
      id,
      caId,
      directoryUrl,
      email,
      keyType,
      accountUrl,
      createdAt: now,
      tosAgreed: tos ? now : null,
      ...(staging ? { stagingDirectoryUrl: staging } : {}),
      keySealed: storage.secrets.seal(keyPem, `account-key:${id}`),
      ...(input.eab
        ? {
            eab: {
              kid: input.eab.kid,
              hmacSealed: storage.secrets.seal(input.eab.hmacKey, `eab:${id}`),
            },
          }
        : {}),
    };
    await storage.update((d) => {
      d.accounts[id] = stored;
    });
    log.info('account created', { id, caId });
    return { ...publicAccount(stored), termsOfService: tos };
  }

  list(): AccountSummary[] {
    return Object.values(this.core.storage.read().accounts).map(publicAccount);
  }

  /** The account to use: the one named, or the only one (at the CA asked for). */
  pick(opts: { accountId?: string; ca?: string; directoryUrl?: string }): StoredAccount {
    const accounts = Object.values(this.core.storage.read().accounts);
    if (opts.accountId) {
      const a = accounts.find((x) => x.id === opts.accountId);
      // Issue 22: its file damaged beyond repair or written by a newer version: say that.
      const unreadable = a ? null : accountProblem(this.core.storage.notices, opts.accountId);
      if (unreadable) throw unreadable;
      if (!a)
        throw new CertdeskError(
          'not-found',
          `There is no account ${opts.accountId}. See the list with: certdesk account list.`,
        );
      return a;
    }
    let pool = accounts;
    if (opts.ca || opts.directoryUrl) {
      const { directoryUrl } = resolveCa(opts);
      pool = accounts.filter((a) => a.directoryUrl === directoryUrl);
    }
    if (pool.length === 1) return pool[0];
    if (pool.length === 0) throw textError('no-account', text('error.noAccount'));
    throw textError(
      'ambiguous-account',
      text('error.ambiguousAccount', {
        count: pool.length,
        list: pool.map((a) => `${a.id} ${a.email} ${a.caId}`).join('; '),
      }),
    );
  }

  /** The account's private key, opened for one request to the CA. */
  key(account: StoredAccount): string {
    return this.core.storage.secrets.open(account.keySealed, `account-key:${account.id}`);
  }
}
