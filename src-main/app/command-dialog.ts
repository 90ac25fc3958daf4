// The desktop app's answer to "may Certdesk run this command?" (issue 20, part 1): a native
// message box of the main process, modal to the Certdesk window, that shows the exact command.
// The renderer cannot answer it: no contract channel resolves it, only a click in the OS dialog.
// "Cancel" is the default and the answer to Escape; one dialog at a time.
import { visibleCommand, type CommandApprovalRequest } from '../engine/command-approval.ts';

export type MessageBoxOptionsLike = {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
  normalizeAccessKeys?: boolean;
};
/** Electron's two forms of dialog.showMessageBox: modal to a window, or on its own. */
export type CommandDialogLike<W> = {
  showMessageBox(window: W, options: MessageBoxOptionsLike): Promise<{ response: number }>;
  showMessageBox(options: MessageBoxOptionsLike): Promise<{ response: number }>;
};

export const ALLOW_BUTTON = 1;

export function commandDialogOptions(req: CommandApprovalRequest): MessageBoxOptionsLike {
  const forNames = req.names.length ? ` for ${req.names.join(', ')}` : '';
  const when =
    req.kind === 'dns-exec'
      ? `to add and remove the DNS record at every renewal${forNames}`
      : `after every renewal${forNames}, when the new files are exported`;
  return {
    type: 'warning',
    title: 'Allow this command?',
    message: `Certdesk will run this command as you, ${when}:`,
    detail: `${visibleCommand(req.command)}\n\nAllow it only if you typed it yourself or know exactly what it does.`,
    buttons: ['Cancel', 'Allow this command'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** confirmCommand for the handlers: true only when the person clicked "Allow this command". */
export function nativeCommandConfirm<W>(
  dialog: CommandDialogLike<W>,
  parentWindow: () => W | null,
): (req: CommandApprovalRequest) => Promise<boolean> {
  let queue: Promise<unknown> = Promise.resolve();
  return (req) => {
    const asked = queue.then(async () => {
      const parent = parentWindow();
      const options = commandDialogOptions(req);
      const { response } = await (parent
        ? dialog.showMessageBox(parent, options)
        : dialog.showMessageBox(options));
      return response === ALLOW_BUTTON;
    });
    queue = asked.catch(() => false);
    return asked.catch(() => false);
  };
}
