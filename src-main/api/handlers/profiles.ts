// The CA's ACME profiles for the wizard (issue 18), read from the directory of the account the
// certificate will use.
import { ipProfilesOf, profilesOf } from '../../engine/profiles.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

export function profileImpls(ctx: HandlerContext): Pick<Impls, 'ca:profiles'> {
  const { engine } = ctx;
  return {
    'ca:profiles': async ({ accountId }) => {
      const account = engine.accounts.pick({ ...(accountId ? { accountId } : {}) });
      const dir = await engine.accounts.fetchDirectory(account.directoryUrl);
      return { profiles: profilesOf(dir), ipProfiles: ipProfilesOf(dir, account.caId) };
    },
  };
}
