// Loads a built main-process bundle (dist/main/app.cjs or a test's own build) as the packaged app
// starts it with no command, with `require('electron')` answered by the stand-in (electron-store
// is bundled in, so its import of electron is that require too: scripts/app-bundle.ts).
import Module from 'node:module';

/** Answers the bundle's require('electron') with the stand-in until the returned function runs. */
export function installStandInElectron(electron: unknown): () => void {
  const loader = Module as unknown as {
    _load: (request: string, parent: unknown, isMain: boolean) => unknown;
  };
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    if (request === 'electron') return electron;
    return original.call(this, request, parent, isMain);
  };
  return () => {
    loader._load = original;
  };
}

export function loadDesktopBundle(outfile: string, electron: unknown): void {
  const uninstall = installStandInElectron(electron);
  // The packaged app opened with no command (argv[0] only): the desktop app, not the CLI. Under
  // `node --test`, argv[1] is the test file, which the bundle would take for a command (issue 19).
  const argv = process.argv;
  process.argv = [argv[0]];
  try {
    Module.createRequire(outfile)(outfile);
  } finally {
    uninstall();
    process.argv = argv;
  }
}
