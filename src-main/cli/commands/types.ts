import type { CliContext } from '../context.ts';

export type OptionSpec = {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  help: string;
  arg?: string;
};

export type Command = {
  /** "issue", or "account create" for a sub-command. */
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code. */
  run(ctx: CliContext): Promise<number>;
};
