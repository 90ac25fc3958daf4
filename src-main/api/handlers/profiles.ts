// The CA's ACME profiles for the wizard and the certificate page, read from the directory of the
// account the certificate uses, and changing a certificate's profile (issue 18).
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

export function profileImpls(ctx: HandlerContext): Pick<Impls, 'ca:profiles' | 'cert:setProfile'> {
  const { engine, emit } = ctx;
  return {
    'ca:profiles': async ({ accountId }) => engine.profiles.offered(accountId),
    'cert:setProfile': async ({ id, profile }) => {
      const c = await engine.setProfile(id, profile);
      emit({ type: 'cert-changed', id });
      return c;
    },
  };
}
