// The few file operations the upload route needs, over one connection (SFTP or FTP/FTPS), so the
// solver logic (folders, cleanup, self-check) is written once. Implementations map their
// protocol's errors: connection and login failures become CertdeskErrors with the cause and the
// fix; per-file failures become RemoteOpError, which the solver turns into a sentence that names
// the path.
import { CertdeskError } from '../../../shared/errors.ts';

export type RemoteKind = 'dir' | 'file' | 'missing';
export type RemoteFailure = 'not-found' | 'permission' | 'other';

export class RemoteOpError extends Error {
  readonly kind: RemoteFailure;
  constructor(kind: RemoteFailure, message: string) {
    super(message);
    this.name = 'RemoteOpError';
    this.kind = kind;
  }
}

export interface RemoteFs {
  /** "SFTP", "FTP" or "FTPS", for messages. */
  readonly protocol: string;
  /** Host name for messages, e.g. "sftp.example.com" or "sftp.example.com port 2222". */
  readonly where: string;
  readonly user: string;
  /** Connect and log in (bounded by the connect timeout); throws CertdeskError. */
  connect(): Promise<void>;
  isOpen(): boolean;
  kind(path: string): Promise<RemoteKind>;
  mkdir(path: string): Promise<void>;
  writeFile(path: string, content: string): Promise<void>;
  /** Throws RemoteOpError('not-found') when the file is already gone. */
  unlink(path: string): Promise<void>;
  /** Removes an empty folder; throws when it is not empty. */
  rmdir(path: string): Promise<void>;
  /** Names of the sub-folders (for "did you mean" hints); [] when the folder cannot be listed. */
  listDirs(path: string): Promise<string[]>;
  /** Ends the session; never throws. */
  close(): Promise<void>;
}

/**
 * What a deployment target (issue 17) needs on top: binary files with a mode (keys 0600) and a
 * rename, so new files are uploaded under temporary names and only then take the real names.
 */
export interface DeployFs extends RemoteFs {
  writeFile(path: string, content: string | Buffer, mode?: number): Promise<void>;
  /** Renames within the server; `to` must not exist (SFTP v3 refuses to replace). */
  rename(from: string, to: string): Promise<void>;
}

/**
 * Settles with `work`, or rejects with a 'timeout' CertdeskError after ms and calls onTimeout
 * (which closes the connection: a late answer must not land after we gave up).
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  onTimeout: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new CertdeskError(
          'timeout',
          `${what} took longer than ${secondsText(ms)}, so Certdesk gave up. Try again; if it keeps happening, the server may be overloaded or a firewall may block the connection.`,
          { retryable: true },
        ),
      );
    }, ms);
  });
  work.catch(() => {}); // a rejection after the deadline is not an unhandled one
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export const secondsText = (ms: number): string => {
  const n = Math.max(1, Math.round(ms / 1000));
  return n === 1 ? '1 second' : `${n} seconds`;
};

/** The connect time limit ran out: name the server and what to check (not just "it took too long"). */
export function connectTimeoutError(
  host: string,
  port: number,
  ms: number,
  protocol: string,
  detail?: string,
): CertdeskError {
  return new CertdeskError(
    'timeout',
    `${host} port ${port} did not answer within ${secondsText(ms)}: check the host name and port your hosting provider gives, and that no firewall blocks outgoing ${protocol} connections to that port.`,
    { retryable: true, ...(detail ? { detail } : {}) },
  );
}

/** Removes every occurrence of the given secrets from a technical detail string (defence in depth). */
export function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 3) out = out.split(s).join('[hidden]');
  return out;
}
