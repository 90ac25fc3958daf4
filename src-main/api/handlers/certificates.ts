// The dashboard's and the certificate page's requests: list, details, renew (one or all), change
// how the CA reaches the person, revoke, delete.
import { X509Certificate } from 'node:crypto';
import { isInteractiveRoute } from '../../shared/route-facts.ts';
import type { ChallengeConfig } from '../../shared/types.ts';
import { splitPem } from '../../engine/cert-info.ts';
import { withHistoryText } from '../../engine/history-text.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

type CertImpls = Pick<
  Impls,
  | 'cert:list'
  | 'cert:get'
  | 'cert:renew'
  | 'cert:renewAll'
  | 'cert:setRoute'
  | 'cert:revoke'
  | 'cert:delete'
>;

/** Manual modes need a person at every renewal. */
export const isInteractive = (c: ChallengeConfig): boolean => isInteractiveRoute(c);

const cnOf = (dn: string): string =>
  /(?:^|\n)CN=([^\n]+)/.exec(dn)?.[1] ?? dn.split('\n').join(', ');

function chainOf(
  pem: string | null,
): { subject: string; issuer: string; notAfter: string | null }[] {
  if (!pem) return [];
  return splitPem(pem).map((p) => {
    try {
      const c = new X509Certificate(p);
      return {
        subject: cnOf(c.subject),
        issuer: cnOf(c.issuer),
        notAfter: new Date(c.validTo).toISOString(),
      };
    } catch {
      return { subject: '(unreadable certificate)', issuer: '', notAfter: null };
    }
  });
}

export function certImpls(ctx: HandlerContext): CertImpls {
  const { engine, emit, prompts, runs, progressFor } = ctx;
  const certs = engine.certificates;
  let renewAllRunning = false;

  return {
    'cert:list': async () => certs.list(),

    'cert:get': async ({ id }) => {
      const c = certs.get(id);
      const stored = certs.getStored(id);
      return {
        ...c,
        chain: chainOf(c.chainPem),
        // Entries written before the history kept Texts get theirs from their English (issue 18).
        attempts: stored.attempts.map(withHistoryText),
        revoked: stored.revoked ?? null,
        renewsUnattended: !isInteractive(stored.challenge),
        storedSecrets: certs.storedSecretNames(id),
      };
    },

    'cert:renew': async ({ id, runId }) => {
      const signal = runId ? runs.start(runId) : undefined;
      emit({ type: 'cert-changed', id });
      try {
        // "Export here again after every renewal": the remembered destinations get the new files.
        const { renewal } = await prompts.run(runId ?? `renew-${id}`, () =>
          engine.renewAndDeploy(id, {
            trigger: 'manual',
            ...(signal ? { signal } : {}),
            onProgress: progressFor(runId ?? null, id),
          }),
        );
        return { certificate: certs.list().find((c) => c.id === id) ?? renewal.certificate };
      } finally {
        if (runId) runs.end(runId);
        emit({ type: 'cert-changed', id });
      }
    },

    'cert:renewAll': async () => {
      if (renewAllRunning)
        return {
          queued: 0,
          skipped: [{ id: '*', reason: 'Renewing all certificates is already under way.' }],
        };
      const skipped: { id: string; reason: string }[] = [];
      const queue: string[] = [];
      for (const c of certs.list()) {
        const stored = certs.getStored(c.id);
        if (stored.revoked) skipped.push({ id: c.id, reason: 'revoked' });
        else if (isInteractive(stored.challenge))
          skipped.push({
            id: c.id,
            reason: 'needs you to add a record or file: renew it from its own page',
          });
        else if (c.status === 'renewing') skipped.push({ id: c.id, reason: 'already renewing' });
        else queue.push(c.id);
      }
      renewAllRunning = true;
      // In the background: the answer says how many were queued; events tell the progress.
      void (async () => {
        let done = 0;
        let failed = 0;
        emit({ type: 'renew-all', running: true, done, total: queue.length, failed });
        for (const id of queue) {
          emit({ type: 'cert-changed', id });
          try {
            await engine.renewAndDeploy(id, {
              trigger: 'manual',
              onProgress: progressFor(null, id),
            });
          } catch {
            failed += 1; // recorded in the certificate's history by the engine (R22)
          }
          done += 1;
          emit({ type: 'cert-changed', id });
          emit({
            type: 'renew-all',
            running: done < queue.length,
            done,
            total: queue.length,
            failed,
          });
        }
        if (queue.length === 0)
          emit({ type: 'renew-all', running: false, done: 0, total: 0, failed: 0 });
      })().finally(() => {
        renewAllRunning = false;
      });
      return { queued: queue.length, skipped };
    },

    'cert:setRoute': async ({ id, challenge, secrets }) => {
      const c = await certs.setRoute(id, challenge, secrets);
      emit({ type: 'cert-changed', id });
      return c;
    },

    'cert:revoke': async ({ id, reason }) => {
      const c = await certs.revoke(id, reason);
      emit({ type: 'cert-changed', id });
      return c;
    },

    'cert:delete': async ({ id }) => {
      await certs.delete(id);
      emit({ type: 'cert-removed', id });
      return {};
    },
  };
}
