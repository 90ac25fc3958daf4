// Runs the `certdesk` CLI inside the Electron main process (issue 19): no window, no tray, no Dock
// icon, no single-instance lock (the CLI may run beside the open app; the data folder's locks keep
// them apart), then exits with the CLI's code once stdout and stderr are flushed.

export type HeadlessApp = {
  dock?: { hide(): void };
  exit(code?: number): void;
};

const flushed = (s: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => {
    if (!s.writable) resolve();
    else s.write('', () => resolve());
  });

export function runHeadlessCli(
  app: HeadlessApp,
  args: string[],
  run: (args: string[]) => Promise<number>,
): Promise<number> {
  app.dock?.hide();
  return run(args)
    .catch((e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      return 1;
    })
    .then(async (code) => {
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      app.exit(code);
      return code;
    });
}
