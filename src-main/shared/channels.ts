// The names of the contract's channels, without zod, for the preload's allow-list: the sandboxed
// preload stays a few kilobytes. contract.ts checks at compile time that this list and CONTRACT agree.
export const CHANNEL_NAMES = [
  'app:state', 'ca:directory', 'account:create', 'account:list', 'names:check', 'preflight:run',
  'cert:issue', 'cert:trial', 'cert:cancel', 'cert:continue', 'cert:list', 'cert:get', 'cert:renew', 'cert:renewAll', 'cert:setRoute', 'cert:revoke', 'cert:delete',
  'upload:trustHostKey',
  'export:presets', 'export:run', 'export:paste', 'export:saveKey', 'export:copyKey', 'export:forget', 'export:chooseFolder',
  'settings:get', 'settings:set', 'notify:test', 'data:backup', 'data:restore',
] as const;
