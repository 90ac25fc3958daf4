// The trial run (R2 "practice mode"): the same names and route validated for real at the CA's
// practice (staging) twin with an account of the same e-mail, and nothing of it kept: a practice
// certificate is not trusted by browsers.
import { CertdeskError, textError } from '../shared/errors.ts';
import { text } from '../shared/engine-text.ts';
import type { CaPresetId, ChallengeConfig, KeyType } from '../shared/types.ts';
import type { RouteSecrets } from '../shared/route-facts.ts';
import { practiceDirectoryFor } from '../engine/ca-presets.ts';
import { profilesOf } from '../engine/profiles.ts';
import type { Engine } from '../engine/engine.ts';
import type { ProgressFn } from '../engine/ports.ts';

/** The practice twin of a CA, for a trial run that counts against no real limit (issue 18). */
export function stagingTwin(account: {
  directoryUrl: string;
  stagingDirectoryUrl?: string;
}): { id: CaPresetId; directoryUrl: string } | null {
  const p = practiceDirectoryFor(account);
  return p ? { id: p.caId, directoryUrl: p.directoryUrl } : null;
}

export type TrialRequest = {
  names: string[];
  challenge: ChallengeConfig;
  accountId?: string;
  keyType?: KeyType;
  /** The ACME profile the real order will ask for: the rehearsal asks the practice CA for it too. */
  profile?: string;
  secrets?: RouteSecrets;
};

/**
 * Finds (or makes) the practice account and checks the whole route there before any real order.
 * A chosen profile must be one the practice directory offers too (issue 18): refused here, before
 * any practice account or order, naming what it offers, since a rehearsal of another kind of
 * certificate would prove nothing about the real one.
 */
export async function prepareTrial(
  engine: Engine,
  accountId: string | undefined,
  profile?: string,
): Promise<{ ca: CaPresetId; accountId: string }> {
  const main = engine.accounts.pick({ ...(accountId ? { accountId } : {}) });
  const twin = stagingTwin(main);
  if (!twin)
    throw new CertdeskError(
      'unsupported',
      main.caId === 'custom'
        ? 'Certdesk knows no practice (staging) service for this CA, so a trial run is not possible. Give the practice directory URL your CA documents with the account, run the pre-flight check instead, or go ahead.'
        : 'This CA has no practice (staging) service, so a trial run is not possible. Run the pre-flight check instead, or go ahead.',
    );
  if (profile !== undefined) {
    const offered = profilesOf(await engine.accounts.fetchDirectory(twin.directoryUrl));
    if (offered.length === 0)
      throw textError('unsupported', text('profile.trialNone', { profile }));
    if (!offered.some((p) => p.name === profile))
      throw textError(
        'unsupported',
        text('profile.trialMissing', { profile, list: offered.map((p) => p.name).join(', ') }),
      );
  }
  // The staging account uses the same e-mail and the same CA's terms the person already agreed to.
  const staging =
    engine.accounts
      .list()
      .find((a) => a.directoryUrl === twin.directoryUrl && a.email === main.email) ??
    (await engine.accounts.create({
      directoryUrl: twin.directoryUrl,
      email: main.email,
      agreeTos: true,
    }));
  return { ca: twin.id, accountId: staging.id };
}

/** Orders at the practice CA, then deletes what it made. */
export async function runTrial(
  engine: Engine,
  req: TrialRequest & { stagingAccountId: string },
  opts: { signal: AbortSignal; onProgress: ProgressFn },
): Promise<void> {
  const before = new Set(engine.certificates.list().map((c) => c.id));
  let made: string | null = null;
  try {
    const r = await engine.issuance.issue({
      names: req.names,
      challenge: req.challenge,
      accountId: req.stagingAccountId,
      force: true,
      ...(req.keyType ? { keyType: req.keyType } : {}),
      ...(req.profile ? { profile: req.profile } : {}),
      ...(req.secrets ? { secrets: req.secrets } : {}),
      trigger: 'wizard',
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
    if (!before.has(r.certificate.id)) made = r.certificate.id;
  } finally {
    // Nothing of a trial is kept: a practice certificate is not trusted by browsers.
    if (made) await engine.certificates.delete(made).catch(() => {});
  }
}
