// What one issuance run leaves in the store (R22): on success the new files, then the record that
// points at them (the version before the previous one goes, the route's credentials are sealed);
// on failure a line in the certificate's history.
import { randomBytes } from 'node:crypto';
import { toErrorShape } from '../../shared/errors.ts';
import type { AttemptTrigger } from '../../shared/types.ts';
import type { SecretName } from '../../shared/route-facts.ts';
import { sealCertSecret } from '../secret-binding.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { IssueOutput } from '../issue.ts';
import { textFromEnglish } from '../history-text.ts';
import { MAX_ATTEMPTS_KEPT, type EngineCore } from '../core.ts';
import { storedVersion } from './issuance-twin.ts';
import type { Carried } from './issuance-secrets.ts';

type Issued = {
  cert: StoredCertificate;
  trigger: AttemptTrigger;
  /** The route's credentials to seal with the certificate (secretsFor of what was given). */
  given: Record<string, string>;
  carried?: Carried;
  out: IssueOutput;
  /** The twin's order (R17 dual certificates), when the certificate has one. */
  twinOut: IssueOutput | null;
};

/** Keeps an issued certificate (and its twin): the files first, then the record naming them. */
export async function recordIssued(
  core: Pick<EngineCore, 'storage' | 'clock' | 'log'>,
  s: Issued,
): Promise<void> {
  const { storage, clock, log } = core;
  const { cert, trigger, given, out, twinOut } = s;
  const version = `${new Date(clock.now())
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
  const twinVersion = cert.twin ? `${version}-${cert.twin.keyType}` : null;
  // New files first, then the pointer: a crash in between leaves the old certificate in use.
  await storage.writeVersion(cert.id, version, out.chainPem, out.keyPem);
  if (twinOut && twinVersion)
    await storage.writeVersion(cert.id, twinVersion, twinOut.chainPem, twinOut.keyPem);
  const at = new Date(clock.now()).toISOString();
  const dropped: string[] = [];
  await storage.update((d) => {
    const cur = d.certificates[cert.id] ?? cert;
    for (const v of [cur.previous?.version, cur.twin?.previous?.version]) if (v) dropped.push(v);
    for (const n of [...(s.carried?.drop ?? []), ...(s.carried?.notCarried ?? [])])
      delete d.secrets[`${cert.id}:${n}`];
    for (const [name, value] of Object.entries(given))
      d.secrets[`${cert.id}:${name}`] = sealCertSecret(
        storage.secrets,
        cert.id,
        name as SecretName,
        cert.challenge,
        value,
      );
    d.certificates[cert.id] = {
      ...cert,
      exports: cur.exports,
      attempts: [...cur.attempts, { at, trigger, outcome: 'success' as const }].slice(
        -MAX_ATTEMPTS_KEPT,
      ),
      previous: cur.current,
      revoked: undefined,
      ari: undefined,
      notified: cur.notified,
      current: storedVersion(version, out, at, log),
      ...(cert.twin && twinOut && twinVersion
        ? {
            twin: {
              keyType: cert.twin.keyType,
              previous: cur.twin?.current ?? null,
              current: storedVersion(twinVersion, twinOut, at, log),
            },
          }
        : {}),
    };
  });
  for (const v of dropped) storage.removeVersion(cert.id, v);
}

/** R22: a failed renewal is kept in the history the backoff and the person read. */
export async function recordFailure(
  core: Pick<EngineCore, 'storage' | 'clock'>,
  id: string,
  trigger: AttemptTrigger,
  e: unknown,
): Promise<void> {
  const shape = toErrorShape(e);
  const said = shape.text ?? textFromEnglish(shape.message);
  const at = new Date(core.clock.now()).toISOString();
  await core.storage
    .update((d) => {
      const cur = d.certificates[id];
      if (cur)
        cur.attempts = [
          ...cur.attempts,
          {
            at,
            trigger,
            outcome: 'failure' as const,
            errorCode: shape.code,
            message: shape.message,
            // Issue 18: the history says it in the window's language; an error that carries no
            // Text of its own gets the known sentence its English is, if it is one.
            ...(said ? { text: said } : {}),
            ...(shape.retryAfter ? { retryAfter: shape.retryAfter } : {}),
          },
        ].slice(-MAX_ATTEMPTS_KEPT);
    })
    .catch(() => {});
}
