// The log file in the data folder. Private keys and credentials never reach it: PEM key blocks
// and fields whose names suggest a secret are replaced before a line is written.
import { appendFileSync, mkdirSync, statSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../shared/ports.ts';

const SECRET_FIELD = /key|secret|password|passwd|token|hmac|credential|auth/i;
const SAFE_FIELDS = new Set(['keyType', 'token_count']);
const PEM_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;
const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(PEM_KEY, '[private key redacted]');
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_FIELD.test(k) && !SAFE_FIELDS.has(k) ? '[redacted]' : redact(v, depth + 1);
  return out;
}

/** Where the log of a data folder is: errors point people here (issue 19). */
export const logFilePath = (dataDir: string): string => path.join(dataDir, 'logs', 'certdesk.log');

export function createFileLogger(
  dataDir: string,
  opts: { echo?: (line: string) => void; level?: 'debug' | 'info' } = {},
): Logger {
  const dir = path.join(dataDir, 'logs');
  const file = path.join(dir, 'certdesk.log');
  let ready = false;
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    if (level === 'debug' && opts.level !== 'debug') return;
    const line = JSON.stringify({
      t: new Date().toISOString(),
      level,
      msg: redact(msg),
      ...(fields ? { fields: redact(fields) } : {}),
    });
    try {
      if (!ready) {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        ready = true;
      }
      try {
        if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
      } catch {
        /* no file yet */
      }
      appendFileSync(file, line + '\n', { mode: 0o600 });
    } catch {
      /* a log must never break an issuance */
    }
    opts.echo?.(`${level}: ${String(redact(msg))}`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
