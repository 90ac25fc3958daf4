// certdesk ui: browser mode. The same engine and the same handlers as the desktop app, served on
// 127.0.0.1 to a browser tab that holds the printed token. Manual modes wait for the page's
// "continue" button instead of the terminal's Enter key.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import { Engine } from '../../engine/engine.ts';
import { str } from '../context.ts';
import type { Command } from './types.ts';
import type { AppEvent } from '../../shared/contract.ts';
import { useSettingsProxy } from '../../engine/net/proxy.ts';

/** The built renderer: next to the checkout's dist/, or beside the installed CLI bundle (dist/cli). */
export function findRendererDir(given?: string): string {
  const candidates = given
    ? [path.resolve(given)]
    : [
        path.resolve(import.meta.dirname, '../../../dist/renderer'),
        path.resolve(import.meta.dirname, '../renderer'),
      ];
  const found = candidates.find((d) => existsSync(path.join(d, 'index.html')));
  if (!found)
    throw new CertdeskError(
      'unsupported',
      `The user interface is not built (looked in ${candidates.join(', ')}). Run "npm run build" in the Certdesk folder first.`,
    );
  return found;
}

function portOption(v: string | undefined): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new CertdeskError(
      'invalid-input',
      `--port needs a port number from 1 to 65535 (or 0 for a free one), not "${v}".`,
    );
  return n;
}

export const uiCommand: Command = {
  name: 'ui',
  summary: 'open Certdesk in your web browser (browser mode, reachable from this computer only)',
  usage: 'certdesk ui [--port N] [--renderer-dir DIR]',
  options: {
    port: { type: 'string', arg: 'N', help: 'port on 127.0.0.1 (default: a free one)' },
    'renderer-dir': {
      type: 'string',
      arg: 'DIR',
      help: 'the built user interface (default: dist/renderer of this installation)',
    },
  },
  async run(ctx) {
    const port = portOption(str(ctx.values, 'port'));
    const rendererDir = findRendererDir(str(ctx.values, 'renderer-dir'));
    // Loaded here, not at start-up: the other commands need neither the web server nor the contract.
    const [{ PromptBroker }, { startWebServer }] = await Promise.all([
      import('../../app/handlers/prompts.ts'),
      import('../../web/server.ts'),
    ]);
    const prompts = new PromptBroker();
    const engine = await Engine.open({
      ...ctx.engineOptions(),
      app: 'Certdesk browser mode',
      prompter: prompts.prompter,
    });
    useSettingsProxy(() => engine.store.read().settings.proxy);
    // Browser mode renews too while it runs (there is no tray here: e-mail and webhook notices only).
    const { createRenewalService, describeSchedulerState } =
      await import('../../engine/renewal/service.ts');
    let emit: ((e: AppEvent) => void) | null = null;
    const renewals = createRenewalService({
      engine,
      onState: (st) => emit?.({ type: 'scheduler', state: describeSchedulerState(st) }),
      onCertChanged: (id) => emit?.({ type: 'cert-changed', id }),
    });
    const server = await startWebServer({
      engine,
      port,
      host: '127.0.0.1',
      rendererDir,
      prompts,
      deps: {
        kickScheduler: () => renewals.kick(),
        schedulerState: () => describeSchedulerState(renewals.state()),
        notifyTest: (channel) => renewals.testChannel(channel),
      },
    });
    emit = (e) => server.emit(e);
    renewals.start();
    // The one line a person (or a test) needs: the address with the token. Keep it private:
    // whoever has it can use Certdesk as you until it stops.
    ctx.out(`Certdesk is running at ${server.url}`);
    if (!ctx.json)
      ctx.err('Open that address in your browser on this computer. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await renewals.stop();
    await server.close();
    return 0;
  },
};
