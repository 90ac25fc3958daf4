// What every remote deployment target does (issue 17): "Test" (connect and check permissions,
// changing nothing) and "Deploy" (put the files in place, then its command if it has one).
import type { Text } from '../../shared/engine-text.ts';
import type { DeploySecretName } from '../../shared/deploy.ts';
import type { PlannedFile } from '../export/formats.ts';
import type { KeyMaterial } from '../export/types.ts';
import type { Logger } from '../ports.ts';
import type { CommandOutcome } from './remote-upload.ts';

export type DriverEnv = {
  /** This target's credential, opened from the store (bound to the target's server). */
  secret(name: DeploySecretName): string | undefined;
  /** The SSH host key seen first (or trusted) for this host and port: the SFTP route's own record. */
  knownHost(host: string, port: number): string | undefined;
  saveKnownHost(host: string, port: number, fingerprint: string): Promise<void>;
  /** Strings to blank out of any command output kept in the history. */
  redact: string[];
  log: Logger;
};

export type DeployResult = { command?: CommandOutcome; text: Text };

export interface DeployDriver {
  /** Resolves with a sentence on success; throws a CertdeskError with the fix otherwise. */
  test(): Promise<Text>;
  /** `files` for file targets; `material` for targets that take the PEM text (cPanel). */
  deploy(files: PlannedFile[], material: KeyMaterial): Promise<DeployResult>;
}
