// Issue 20, part 1: a request over the contract (the desktop window or the browser bridge) that
// would store a new or changed command is held here before its handler runs:
// - desktop app: the person confirms each command in a native dialog of the main process that
//   shows it exactly (HandlerDeps.confirmCommand); the renderer has no channel to answer it;
// - browser mode: refused with a sentence, because holding the token must not mean a shell;
// - the CLI does not come through here: it calls the engine, and sets commands directly.
// A face that gives no way to confirm is treated like browser mode (fail closed).
import { CertdeskError, textError } from '../shared/errors.ts';
import { text } from '../shared/engine-text.ts';
import {
  deployCommands,
  exportCommands,
  issueCommands,
  setRouteCommands,
  type CommandApprovalRequest,
} from '../engine/command-approval.ts';
import type { StoreData } from '../storage/schema.ts';
import type { HandlerContext } from './context.ts';
import type { Impl, Impls } from './dispatch.ts';

export const COMMANDS_FROM_DESKTOP_OR_CLI = 'Set commands from the desktop app or the CLI';

type Gated = 'cert:issue' | 'cert:trial' | 'cert:setRoute' | 'export:run' | 'deploy:add';

const PLANS: {
  [C in Gated]: (
    data: Pick<StoreData, 'certificates'>,
    input: Parameters<Impl<C>>[0],
  ) => CommandApprovalRequest[];
} = {
  'cert:issue': issueCommands,
  'cert:trial': issueCommands,
  'cert:setRoute': setRouteCommands,
  'export:run': exportCommands,
  'deploy:add': deployCommands,
};

function refusedInBrowser(): CertdeskError {
  return new CertdeskError(
    'permission-denied',
    `${COMMANDS_FROM_DESKTOP_OR_CLI}. Browser mode does not set or change a command Certdesk runs, so that whoever holds its address cannot run programs as you. Nothing was changed.`,
  );
}

/** Asks for every new command of a request; throws (nothing changed) unless each is allowed. */
async function approve(ctx: HandlerContext, wanted: CommandApprovalRequest[]): Promise<void> {
  if (wanted.length === 0) return;
  const face = ctx.deps.face ?? 'app';
  const confirm = ctx.deps.confirmCommand;
  if (face !== 'app' || !confirm) throw refusedInBrowser();
  for (const req of wanted) {
    if (!(await confirm(req))) throw textError('cancelled', text('failure.commandRefused'));
  }
}

/** Wraps the channels that can set a command; every other implementation is unchanged. */
export function gateCommands(ctx: HandlerContext, impls: Impls): Impls {
  const gate = <C extends Gated>(channel: C): Impl<C> => {
    const inner = impls[channel];
    const plan = PLANS[channel];
    return async (input, sender) => {
      const certificates = Object.fromEntries(
        ctx.engine.storedCertificates().map((c) => [c.id, c]),
      );
      await approve(ctx, plan({ certificates }, input));
      return inner(input, sender);
    };
  };
  return {
    ...impls,
    'cert:issue': gate('cert:issue'),
    'cert:trial': gate('cert:trial'),
    'cert:setRoute': gate('cert:setRoute'),
    'export:run': gate('export:run'),
    'deploy:add': gate('deploy:add'),
  };
}
