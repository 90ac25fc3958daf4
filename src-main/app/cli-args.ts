// The packaged app's executable is also the `certdesk` command (issue 19), as VS Code's `code` is:
// given a command it runs it headless, prints to the terminal and exits without a window; given
// none it opens the app. The fuses forbid ELECTRON_RUN_AS_NODE, so the main process itself looks
// at its arguments, before any window, tray or single-instance lock exists.

/** The app's own switches (login item), which mean "open the app", not "run a command". */
const APP_SWITCHES = new Set(['--hidden']);

/**
 * Chromium and Electron switches that reach process.argv too: given by the Linux launcher for a
 * display-less server (src-main/engine/schedule/self-command.ts), by the AppImage runtime
 * (--no-sandbox), by a desktop's flags file, or by macOS Finder (-psn_...). Never CLI input.
 */
const CHROMIUM_SWITCH =
  /^--(ozone-platform|ozone-platform-hint|enable-features|disable-features|disable-gpu|disable-gpu-sandbox|no-sandbox|no-zygote|enable-logging|v|vmodule|use-gl|use-angle|disable-dev-shm-usage|in-process-gpu|enable-wayland-ime|wayland-text-input-version|force-device-scale-factor|high-dpi-support|gtk-version|lang|password-store|disable-software-rasterizer)(=.*)?$/;

/**
 * The CLI's arguments, or null to open the app. `defaultApp` is process.defaultApp: under
 * `electron .` in a checkout, argv[1] is the app's folder.
 */
export function cliArgsFrom(
  argv: readonly string[],
  opts: { defaultApp: boolean },
): string[] | null {
  const rest = argv
    .slice(opts.defaultApp ? 2 : 1)
    .filter((a) => !CHROMIUM_SWITCH.test(a) && !a.startsWith('-psn_'));
  if (rest.every((a) => APP_SWITCHES.has(a))) return null;
  return rest;
}
