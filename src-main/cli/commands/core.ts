// The core commands in help order: account create/list, issue, list, show, revoke, delete.
import { accountCreate, accountList } from './account.ts';
import { issue } from './issue.ts';
import { deleteCmd, listCmd, revoke, show } from './certs.ts';
import type { Command } from './types.ts';

export { accountCreate, accountList } from './account.ts';
export { issue } from './issue.ts';
export { deleteCmd, listCmd, revoke, show } from './certs.ts';

export const CORE_COMMANDS: Command[] = [
  accountCreate,
  accountList,
  issue,
  listCmd,
  show,
  revoke,
  deleteCmd,
];
