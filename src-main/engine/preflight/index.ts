// Pre-flight checks (issue 4): the engine API the CLI's `check` command and the desktop wizard use.
export { runPreflight } from './run.ts';
export type { CheckId, CheckResult, PreflightInput, PreflightOutput, Verdict } from './types.ts';
export { stagingDirectoryFor } from './trial-run.ts';
