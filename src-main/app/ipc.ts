// The only module that touches Electron's raw ipcMain (eslint.config.js). Everything it does is in
// ipc-core.ts, which takes ipcMain as a parameter and is unit-tested without Electron.
import { ipcMain } from 'electron';
import { registerIpc, type Dispatch } from './ipc-core.ts';

export function registerContractIpc(opts: {
  channels: readonly string[];
  dispatch: Dispatch;
  isOurContents?: (id: number) => boolean;
  onRefused?: (channel: string) => void;
}): () => void {
  // No cast: Electron's IpcMain must fit IpcMainLike (test/types/electron-ports.ts, issue 23).
  return registerIpc(ipcMain, opts);
}
