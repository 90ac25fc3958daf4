// How browser mode answers (./server.ts): the security headers, the JSON answer, a refusal,
// a bounded request body and the fixed list of the renderer's files.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Result } from '../shared/contract.ts';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Answers after which the connection is closed: a refused client does not keep its socket. */
const CLOSE_AFTER = new Set([400, 403, 405, 413, 415]);

// The renderer's policy (also in index.html's meta tag); the API answers JSON that must never render.
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // No '.map': source maps are never served (issue 20), so the page's source stays on disk.
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export function errorResult(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message, retryable: false } };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const close = CLOSE_AFTER.has(status);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Security-Policy': API_CSP,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...(close ? { Connection: 'close' } : {}),
  });
  // A refused request's body is not read: the connection goes once the answer is out.
  res.end(text, close ? () => res.socket?.destroy() : undefined);
}

export const refuse = (res: ServerResponse, why: string) =>
  sendJson(
    res,
    403,
    errorResult(
      'permission-denied',
      `Refused: ${why}. Open Certdesk with the address "certdesk ui" printed, on this computer.`,
    ),
  );

/** Reads a JSON body up to MAX_BODY_BYTES; null when it was too large (the answer is already sent). */
export function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      sendJson(
        res,
        413,
        errorResult('invalid-input', 'The request is too large (over 1 MiB). Send less at once.'),
      );
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        sendJson(
          res,
          413,
          errorResult('invalid-input', 'The request is too large (over 1 MiB). Send less at once.'),
        );
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export function staticFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (TYPES[path.extname(name)]) files.set(`/${prefix}${name}`, full);
    }
  };
  walk(dir, '');
  return files;
}
