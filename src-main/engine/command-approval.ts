// Issue 20, part 1: no command runs without the person seeing it. Which commands a request would
// set that Certdesk does not already hold for that certificate: the exec DNS hook's command
// (cert:issue, cert:trial, cert:setRoute) and an export destination's post-renewal command
// (export:run). Pure, over a store snapshot: the faces decide what to do with the answer
// (the desktop app asks in a native dialog, browser mode refuses, the CLI sets directly).
import type { Route } from '../shared/route.ts';
import type { StoreData } from '../storage/schema.ts';
import path from 'node:path';

export type CommandKind = 'dns-exec' | 'post-command';

/** One command that needs the person's yes before Certdesk stores or runs it. */
export type CommandApprovalRequest = {
  kind: CommandKind;
  /** Exactly what will run. */
  command: string;
  /** The certificate's names, for the question ("for www.example.org"). */
  names: string[];
};

/** The command a route runs, if any (only the exec DNS hook runs one). */
export const routeCommand = (r: Route | undefined): string | null =>
  r?.type === 'dns-01' && r.dnsMode === 'exec' && r.command.trim() ? r.command.trim() : null;

const nameKey = (names: readonly string[]): string =>
  names
    .map((n) => n.trim().toLowerCase().replace(/\.$/, ''))
    .sort()
    .join(',');

/** cert:issue and cert:trial: new unless a certificate for the same names has this command. */
export function issueCommands(
  data: Pick<StoreData, 'certificates'>,
  input: { names: string[]; challenge: Route },
): CommandApprovalRequest[] {
  const command = routeCommand(input.challenge);
  if (!command) return [];
  const key = nameKey(input.names);
  const known = Object.values(data.certificates).some(
    (c) => nameKey(c.names) === key && routeCommand(c.challenge) === command,
  );
  return known ? [] : [{ kind: 'dns-exec', command, names: input.names }];
}

/** cert:setRoute: new unless this certificate's stored route runs the same command. */
export function setRouteCommands(
  data: Pick<StoreData, 'certificates'>,
  input: { id: string; challenge: Route },
): CommandApprovalRequest[] {
  const command = routeCommand(input.challenge);
  if (!command) return [];
  const cert = data.certificates[input.id];
  if (cert && routeCommand(cert.challenge) === command) return [];
  return [{ kind: 'dns-exec', command, names: cert?.names ?? [] }];
}

/**
 * export:run with `remember`: the command is stored and runs after every renewal (without
 * `remember` it is not kept and never runs); new unless this certificate already exports to the
 * same folder with the same command.
 */
export function exportCommands(
  data: Pick<StoreData, 'certificates'>,
  input: { id: string; dir: string; postCommand?: string; remember?: boolean },
): CommandApprovalRequest[] {
  const command = input.postCommand?.trim();
  if (!command || !input.remember) return [];
  const cert = data.certificates[input.id];
  const dir = path.resolve(input.dir);
  const known = cert?.exports.some(
    (e) => path.resolve(e.dir) === dir && e.postCommand?.trim() === command,
  );
  return known ? [] : [{ kind: 'post-command', command, names: cert?.names ?? [] }];
}

/**
 * deploy:add (issue 17): a local target's command after the files, or an SFTP target's command
 * over SSH; always new (a target is added, never edited).
 */
export function deployCommands(
  data: Pick<StoreData, 'certificates'>,
  input: {
    id: string;
    config: { kind: string; command?: string | undefined; postCommand?: string | undefined };
  },
): CommandApprovalRequest[] {
  const c = input.config;
  const command = (c.kind === 'sftp' ? c.command : c.kind === 'local' ? c.postCommand : '')?.trim();
  if (!command) return [];
  return [{ kind: 'post-command', command, names: data.certificates[input.id]?.names ?? [] }];
}

/**
 * The command as the person should read it: control characters, line breaks and text-direction
 * marks shown as escapes, so nothing of what runs can hide (a newline in a shell command is a
 * second command; U+202E can make "rm" read as something else).
 */
export function visibleCommand(command: string): string {
  return command.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
    (c) => {
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      return `\\u{${c.codePointAt(0)!.toString(16)}}`;
    },
  );
}
