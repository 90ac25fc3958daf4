// Deployment targets from the window (issue 17): the wizard's "Where is this certificate used?"
// step and the list on the certificate page. Each change is told as cert-changed, so the
// dashboard and the page show the new runs.
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

type DeployImpls = Pick<
  Impls,
  | 'deploy:list'
  | 'deploy:add'
  | 'deploy:test'
  | 'deploy:run'
  | 'deploy:remove'
  | 'deploy:done'
  | 'deploy:waiting'
>;

export function deployImpls(ctx: HandlerContext): DeployImpls {
  const { engine, emit } = ctx;
  const changed = (id: string): void => emit({ type: 'cert-changed', id });
  return {
    'deploy:list': async ({ id }) => engine.deploy.list(id),
    'deploy:add': async ({ id, config, secrets, run }) => {
      const target = await engine.deploy.add(id, config, secrets ?? {});
      const runs =
        run && engine.getStored(id).current
          ? await engine.deploy.run(id, { targetId: target.id, trigger: 'issued' })
          : [];
      changed(id);
      return { target: runs[0]?.target ?? target, runs };
    },
    'deploy:test': async ({ id, targetId }) => ({ text: await engine.deploy.test(id, targetId) }),
    'deploy:run': async ({ id, targetId }) => {
      const runs = await engine.deploy.run(id, {
        ...(targetId ? { targetId } : {}),
        trigger: 'manual',
      });
      changed(id);
      return runs;
    },
    'deploy:remove': async ({ id, targetId }) => {
      await engine.deploy.remove(id, targetId);
      changed(id);
      return {};
    },
    'deploy:done': async ({ id, targetId }) => {
      const v = await engine.deploy.markManualDone(id, targetId);
      changed(id);
      return v;
    },
    'deploy:waiting': async () => engine.deploy.waitingManual(),
  };
}
