// The wizard's runs: issue, trial run, cancel, and "I've added it — continue" for manual steps.
// Each run has the wizard's runId, so Cancel and the prompts reach the right one.
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';
import { prepareTrial, runTrial } from '../trial-run.ts';

type IssuanceImpls = Pick<Impls, 'cert:issue' | 'cert:trial' | 'cert:cancel' | 'cert:continue'>;

export function issuanceImpls(ctx: HandlerContext): IssuanceImpls {
  const { engine, emit, prompts, runs, progressFor } = ctx;
  return {
    'cert:issue': async (input) => {
      const signal = runs.start(input.runId);
      try {
        const r = await prompts.run(input.runId, () =>
          engine.issuance.issue({
            names: input.names,
            challenge: input.challenge,
            ...(input.keyType ? { keyType: input.keyType } : {}),
            ...(input.twinKeyType ? { twinKeyType: input.twinKeyType } : {}),
            ...(input.accountId ? { accountId: input.accountId } : {}),
            ...(input.profile ? { profile: input.profile } : {}),
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
      const trial = await prepareTrial(engine, input.accountId, input.profile);
      const signal = runs.start(input.runId);
      try {
        await prompts.run(input.runId, () =>
          runTrial(
            engine,
            { ...input, stagingAccountId: trial.accountId },
            { signal, onProgress: progressFor(input.runId, null) },
          ),
        );
        return { ok: true as const, ca: trial.ca };
      } finally {
        runs.end(input.runId);
      }
    },

    'cert:cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),

    'cert:continue': async ({ promptId }) => ({ continued: prompts.continue(promptId) }),
  };
}
