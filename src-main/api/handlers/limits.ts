// Issue 18: "I have unpaused it": the person lifted the CA's pause at its page. Every certificate
// of the account paused with it may renew again, and this one renews now, as "Renew now" does.
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';
import { certImpls } from './certificates.ts';

export function limitsImpls(ctx: HandlerContext): Pick<Impls, 'cert:unpaused'> {
  const renew = certImpls(ctx)['cert:renew'];
  return {
    'cert:unpaused': async (input, sender) => {
      await ctx.engine.certificates.unpause(input.id);
      ctx.emit({ type: 'cert-changed', id: input.id });
      return renew(input, sender);
    },
  };
}
