// Accounts, names, pre-flight and certificates: the wizard's and the dashboard's requests.
import { X509Certificate } from 'node:crypto';
import { domainToUnicode } from 'node:url';
import { CertdeskError, toErrorShape } from '../../shared/errors.ts';
import type { ChallengeConfig } from '../../shared/types.ts';
import { isInteractiveRoute } from '../../shared/route-facts.ts';
import { checkNames } from '../../engine/names.ts';
import { CA_PRESETS } from '../../engine/ca-presets.ts';
import { splitPem } from '../../engine/cert-info.ts';
import type { Engine } from '../../engine/engine.ts';
import type { HandlerContext } from './context.ts';
import type { Impls } from './dispatch.ts';
import { runPreflight } from '../../engine/preflight/index.ts';

type CertImpls = Pick<
  Impls,
  | 'ca:directory'
  | 'account:create'
  | 'account:list'
  | 'names:check'
  | 'preflight:run'
  | 'cert:issue'
  | 'cert:trial'
  | 'cert:cancel'
  | 'cert:continue'
  | 'cert:list'
  | 'cert:get'
  | 'cert:renew'
  | 'cert:renewAll'
  | 'cert:setRoute'
  | 'cert:revoke'
  | 'cert:delete'
  | 'upload:trustHostKey'
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

/** The practice twin of a CA (R2 "practice mode"), for a trial run that counts against no real limit. */
function stagingTwin(
  directoryUrl: string,
): { id: 'letsencrypt-staging'; directoryUrl: string } | null {
  const le = CA_PRESETS.find((p) => p.id === 'letsencrypt');
  const st = CA_PRESETS.find((p) => p.id === 'letsencrypt-staging');
  if (le && st && directoryUrl === le.directoryUrl)
    return { id: 'letsencrypt-staging', directoryUrl: st.directoryUrl };
  return null;
}

export function certImpls(ctx: HandlerContext): CertImpls {
  const { engine, emit, prompts, runs } = ctx;

  const progressFor =
    (runId: string | null, certId: string | null) =>
    (step: Parameters<NonNullable<Parameters<Engine['issue']>[0]['onProgress']>>[0]) =>
      emit({ type: 'issue-progress', runId, certId, step });

  let renewAllRunning = false;

  return {
    'ca:directory': async ({ ca, directoryUrl }) =>
      engine.directoryInfo({
        ...(ca && ca !== 'custom' ? { ca } : {}),
        ...(directoryUrl ? { directoryUrl } : {}),
      }),

    'account:create': async (input) => {
      const a = await engine.createAccount({
        ...(input.ca && input.ca !== 'custom' ? { ca: input.ca } : {}),
        ...(input.directoryUrl ? { directoryUrl: input.directoryUrl } : {}),
        email: input.email,
        agreeTos: input.agreeTos,
        ...(input.keyType ? { keyType: input.keyType } : {}),
        ...(input.eab && (input.eab.kid || input.eab.hmacKey)
          ? { eab: { kid: input.eab.kid.trim(), hmacKey: input.eab.hmacKey.trim() } }
          : {}),
      });
      const { termsOfService: _tos, ...summary } = a;
      return summary;
    },

    'account:list': async () => engine.listAccounts(),

    'names:check': async ({ names, challenge }) => {
      const r = checkNames(
        names.map((n) => n.trim()).filter((n) => n !== ''),
        challenge,
      );
      const idn = r.names
        .filter((n) => n.split('.').some((l) => l.startsWith('xn--')))
        .map((ascii) => ({ input: domainToUnicode(ascii.replace(/^\*\./, '')), ascii }));
      return {
        names: r.names,
        problems: r.problems,
        wildcard: r.names.some((n) => n.startsWith('*.')),
        idn,
      };
    },

    'preflight:run': async ({ names, challenge, accountId }) => {
      // Checked against the CA of the account the certificate will use (its CAA identities, its
      // directory reachable from here), with the engine's test options (ports, resolver, CA root).
      const account = engine.pickAccount({ ...(accountId ? { accountId } : {}) });
      const o = engine.opts;
      const out = await runPreflight({
        names,
        challenge: challenge,
        directoryUrl: account.directoryUrl,
        ...(o.caCertPem ? { caCertPem: o.caCertPem } : {}),
        ...(o.httpPort ? { httpPort: o.httpPort } : {}),
        ...(o.tlsPort ? { tlsPort: o.tlsPort } : {}),
        ...(o.httpHost ? { httpHost: o.httpHost } : {}),
        ...(o.dnsResolver ? { dnsResolver: o.dnsResolver } : {}),
      });
      // The engine gives "Show details" as lines; the contract (and the wizard's <pre>) takes one text.
      return {
        results: out.results.map((r) => ({
          check: r.check,
          verdict: r.verdict,
          message: r.message,
          ...(r.text ? { text: r.text } : {}),
          ...(r.fix ? { fix: r.fix } : {}),
          ...(r.fixText ? { fixText: r.fixText } : {}),
          ...(r.details?.length ? { details: r.details.join('\n') } : {}),
          ...(r.domain ? { name: r.domain } : {}),
        })),
      };
    },

    'cert:issue': async (input) => {
      const signal = runs.start(input.runId);
      try {
        const r = await prompts.run(input.runId, () =>
          engine.issue({
            names: input.names,
            challenge: input.challenge,
            ...(input.keyType ? { keyType: input.keyType } : {}),
            ...(input.accountId ? { accountId: input.accountId } : {}),
            ...(input.force ? { force: true } : {}),
            ...(input.secrets ? { secrets: input.secrets } : {}),
            trigger: 'wizard',
            signal,
            onProgress: progressFor(input.runId, null),
          }),
        );
        emit({ type: 'cert-changed', id: r.certificate.id });
        return { certificate: r.certificate, reused: r.reused };
      } finally {
        runs.end(input.runId);
      }
    },

    'cert:trial': async (input) => {
      const main = engine.pickAccount({
        ...(input.accountId ? { accountId: input.accountId } : {}),
      });
      const twin = stagingTwin(main.directoryUrl);
      if (!twin)
        throw new CertdeskError(
          'unsupported',
          'This CA has no practice (staging) service Certdesk knows, so a trial run is not possible. Run the pre-flight check instead, or go ahead.',
        );
      // The staging account uses the same e-mail and the same CA's terms the person already agreed to.
      const staging =
        engine
          .listAccounts()
          .find((a) => a.directoryUrl === twin.directoryUrl && a.email === main.email) ??
        (await engine.createAccount({
          directoryUrl: twin.directoryUrl,
          email: main.email,
          agreeTos: true,
        }));
      const before = new Set(engine.listCertificates().map((c) => c.id));
      const signal = runs.start(input.runId);
      let made: string | null = null;
      try {
        const r = await prompts.run(input.runId, () =>
          engine.issue({
            names: input.names,
            challenge: input.challenge,
            accountId: staging.id,
            force: true,
            ...(input.keyType ? { keyType: input.keyType } : {}),
            ...(input.secrets ? { secrets: input.secrets } : {}),
            trigger: 'wizard',
            signal,
            onProgress: progressFor(input.runId, null),
          }),
        );
        if (!before.has(r.certificate.id)) made = r.certificate.id;
        return { ok: true as const, ca: twin.id };
      } finally {
        runs.end(input.runId);
        // Nothing of a trial is kept: a practice certificate is not trusted by browsers.
        if (made) await engine.deleteCertificate(made).catch(() => {});
      }
    },

    'cert:cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),

    'cert:continue': async ({ promptId }) => ({ continued: prompts.continue(promptId) }),

    'cert:list': async () => engine.listCertificates(),

    'cert:get': async ({ id }) => {
      const c = engine.getCertificate(id);
      const stored = engine.getStored(id);
      return {
        ...c,
        chain: chainOf(c.chainPem),
        attempts: stored.attempts,
        revoked: stored.revoked ?? null,
        renewsUnattended: !isInteractive(stored.challenge),
        storedSecrets: engine.storedSecretNames(id),
      };
    },

    'cert:renew': async ({ id, runId }) => {
      const signal = runId ? runs.start(runId) : undefined;
      emit({ type: 'cert-changed', id });
      try {
        const r = await prompts.run(runId ?? `renew-${id}`, () =>
          engine.renew(id, {
            trigger: 'manual',
            ...(signal ? { signal } : {}),
            onProgress: progressFor(runId ?? null, id),
          }),
        );
        // "Export here again after every renewal": the remembered destinations get the new files.
        await engine
          .reExportAll(id)
          .catch((e) =>
            engine.log.warn('re-export failed', { cert: id, error: toErrorShape(e).code }),
          );
        return { certificate: engine.listCertificates().find((c) => c.id === id) ?? r.certificate };
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
      const all = engine.listCertificates();
      const skipped: { id: string; reason: string }[] = [];
      const queue: string[] = [];
      for (const c of all) {
        const stored = engine.getStored(c.id);
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
            await engine.renew(id, { trigger: 'manual', onProgress: progressFor(null, id) });
            await engine.reExportAll(id).catch(() => {});
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
      const c = await engine.setRoute(id, challenge, secrets);
      emit({ type: 'cert-changed', id });
      return c;
    },

    'cert:revoke': async ({ id, reason }) => {
      const c = await engine.revoke(id, reason);
      emit({ type: 'cert-changed', id });
      return c;
    },

    'cert:delete': async ({ id }) => {
      await engine.deleteCertificate(id);
      emit({ type: 'cert-removed', id });
      return {};
    },

    'upload:trustHostKey': async ({ host, fingerprint }) => {
      await engine.trustSftpHostKey(host, fingerprint);
      return {};
    },
  };
}
