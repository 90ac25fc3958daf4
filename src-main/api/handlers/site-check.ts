// The live-site check from the window (issue 17): check now, record, and tell every window.
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

export function siteCheckImpls(ctx: HandlerContext): Pick<Impls, 'cert:siteCheck'> {
  const { engine, emit } = ctx;
  return {
    'cert:siteCheck': async ({ id }) => {
      const out = await engine.siteCheck.check(id);
      emit({ type: 'cert-changed', id });
      return out;
    },
  };
}
