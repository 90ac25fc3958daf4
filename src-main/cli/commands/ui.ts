// certdesk ui: browser mode. The same engine and the same handlers as the desktop app, served on
// 127.0.0.1 to a browser tab that holds the printed token. Manual modes wait for the page's
// "continue" button instead of the terminal's Enter key.
import { existsSync, openSync, writeSync, closeSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import { str } from '../context.ts';
import type { Command } from './types.ts';

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

/**
 * --token-file F: the address with its token goes into F (a new file, mode 0600, refused if F
 * exists, so nobody can have prepared it), not onto the terminal (issue 20). Removed at exit.
 */
export function writeTokenFile(file: string, url: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CertdeskError(
      code === 'EEXIST' ? 'file-exists' : 'invalid-input',
      code === 'EEXIST'
        ? `${file} already exists. Give --token-file a new file name (Certdesk creates it, readable only by you).`
        : `Certdesk could not create ${file} (${code ?? 'error'}). Give --token-file a file in a folder you can write to.`,
    );
  }
  try {
    writeSync(fd, `${url}\n`);
  } finally {
    closeSync(fd);
  }
}

export const uiCommand: Command = {
  name: 'ui',
  summary:
    'open Certdesk in your web browser (browser mode, reachable from this computer only). The address it prints holds a secret token: whoever has it can use Certdesk as you until it stops. Use --token-file to keep it off the terminal',
  usage: 'certdesk ui [--port N] [--token-file F] [--renderer-dir DIR]',
  options: {
    'token-file': {
      type: 'string',
      arg: 'F',
      help: 'write the address with its secret token into the new file F (mode 0600) instead of printing it',
    },
    port: { type: 'string', arg: 'N', help: 'port on 127.0.0.1 (default: a free one)' },
    'renderer-dir': {
      type: 'string',
      arg: 'DIR',
      help: 'the built user interface (default: dist/renderer of this installation)',
    },
  },
  async run(ctx) {
    const port = portOption(str(ctx.values, 'port'));
    const tokenFile = str(ctx.values, 'token-file');
    const rendererDir = findRendererDir(str(ctx.values, 'renderer-dir'));
    // Loaded here, not at start-up: the other commands need no web server.
    const { startWebServer } = await import('../../web/server.ts');
    const { openRuntime } = await import('../../api/runtime.ts');
    const { realTimer } = await import('../../engine/schedule/index.ts');
    // Browser mode renews too while it runs (there is no tray here: e-mail and webhook notices only).
    const runtime = await openRuntime({
      ...ctx.engineOptions(),
      app: 'Certdesk browser mode',
      face: 'browser',
      renewals: true,
      // Settings > "Keep renewing when I am signed out" installs this machine's timer (issue 19).
      timer: realTimer(),
    });
    const server = await startWebServer({ runtime, port, host: '127.0.0.1', rendererDir });
    const renewals = runtime.renewals!;
    renewals.start();
    // The one line a person (or a test) needs: the address with the token. Keep it private:
    // whoever has it can use Certdesk as you until it stops (SECURITY.md, "the token").
    if (tokenFile) {
      try {
        writeTokenFile(tokenFile, server.url);
      } catch (e) {
        await renewals.stop();
        await server.close();
        throw e;
      }
      ctx.out(
        `Certdesk is running at ${server.origin}; the address with its token is in ${tokenFile}`,
      );
    } else ctx.out(`Certdesk is running at ${server.url}`);
    if (!ctx.json)
      ctx.err(
        tokenFile
          ? 'Open the address from that file in your browser on this computer. Press Ctrl+C to stop.'
          : 'Open that address in your browser on this computer; it is a secret, like a password. Press Ctrl+C to stop.',
      );
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await runtime.close();
    await server.close();
    if (tokenFile)
      try {
        unlinkSync(tokenFile);
      } catch {
        /* already gone */
      }
    return 0;
  },
};
