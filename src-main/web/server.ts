// Browser mode (`certdesk ui`): serves the built renderer and an HTTP bridge to the very handlers
// the desktop app serves over IPC (DESIGN.md convention 1):
//   POST /api/<channel>   JSON body = the channel's one object argument; answers the Result as JSON
//   GET  /api/events      server-sent events: the same events the app sends on its event channel
// Binds 127.0.0.1 only. Every request passes guard.ts first; /api/* also needs the token.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CertdeskError } from '../shared/errors.ts';
import type { AppEvent } from '../shared/contract.ts';
import type { HandlerSet } from '../api/index.ts';
import type { Runtime } from '../api/runtime.ts';
import { fetchSiteOk, hostOk, newToken, originOk, requestToken, tokenMatches } from './guard.ts';
import {
  CONNECTIONS_CHECKING_INTERVAL_MS,
  refuseBadRequest,
} from '../engine/net/listener-limits.ts';
import {
  API_CSP,
  BASE_HEADERS,
  PAGE_CSP,
  TYPES,
  errorResult,
  readBody,
  refuse,
  sendJson,
  staticFiles,
} from './respond.ts';

export { MAX_BODY_BYTES } from './respond.ts';

const HEARTBEAT_MS = 15_000;

/**
 * Issue 20, part 4: a request must arrive whole within this long (headers and body alike; a
 * 1 MiB body on loopback takes milliseconds), and only so many connections are open at once
 * (each open page holds one for its event stream).
 */
export type WebLimits = { requestTimeoutMs: number; maxConnections: number };
export const WEB_LIMITS: WebLimits = { requestTimeoutMs: 10_000, maxConnections: 64 };

export type WebServerOptions = {
  /** The runtime (api/runtime.ts, opened with face 'browser') whose handlers this bridge serves. */
  runtime: Runtime;
  /** 0 or absent: a free port. */
  port?: number;
  /** Loopback only; anything else is refused. */
  host?: '127.0.0.1';
  /** Given for tests; otherwise 32 random bytes. */
  token?: string;
  /** The built renderer (index.html, app.js, styles.css). */
  rendererDir: string;
  /** Tests only (smaller, to be quick); `certdesk ui` never passes it. */
  limits?: Partial<WebLimits>;
};

export type WebServer = {
  /** http://127.0.0.1:PORT/#token=... : what the person opens. */
  url: string;
  origin: string;
  port: number;
  token: string;
  handlerSet: HandlerSet;
  /** Sends an event to every open page. */
  emit(event: AppEvent): void;
  close(): Promise<void>;
};

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const host = opts.host ?? '127.0.0.1';
  if (host !== '127.0.0.1')
    throw new CertdeskError(
      'invalid-input',
      'Browser mode listens on 127.0.0.1 only, so nobody else on the network can reach it.',
    );
  const rendererDir = path.resolve(opts.rendererDir);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new CertdeskError(
      'unsupported',
      `The user interface is not built (${path.join(rendererDir, 'index.html')} is missing). Run "npm run build" first.`,
    );
  }
  // A fixed list taken at start: a URL can only name a file that was there, never ../anything.
  const files = staticFiles(rendererDir);
  const token = opts.token ?? newToken();
  const clients = new Set<ServerResponse>();

  const emit = (event: AppEvent) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const c of clients) c.write(line);
  };
  if (!opts.runtime.handlerSet)
    throw new CertdeskError('internal', 'Browser mode needs a runtime opened for the browser.');
  const handlerSet: HandlerSet = opts.runtime.handlerSet;
  const unsubscribe = opts.runtime.events.subscribe(emit);
  let port = 0;

  const limits: WebLimits = { ...WEB_LIMITS, ...opts.limits };
  const server = http.createServer(
    {
      headersTimeout: limits.requestTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    (req, res) => {
      handle(req, res).catch((e) => {
        if (!res.headersSent)
          sendJson(
            res,
            500,
            errorResult('internal', 'Something unexpected went wrong inside Certdesk. Try again.'),
          );
        else res.end();
        opts.runtime.engine.log.warn('web request failed', {
          error: e instanceof Error ? e.message : String(e),
        });
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on('clientError', refuseBadRequest);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a foreign page that resolves its own name to 127.0.0.1 still sends its own Host.
    if (!hostOk(req, port)) return refuse(res, 'unknown host name');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');

    if (!isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, errorResult('invalid-input', 'Only GET is allowed here.'));
      const file = files.get(url.pathname === '/' ? '/index.html' : url.pathname);
      if (!file) return sendJson(res, 404, errorResult('not-found', 'There is no such page.'));
      // The page and its script hold no data, so they load without the token; the API does not.
      const body = await readFile(file);
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Security-Policy': PAGE_CSP,
        'Content-Type': TYPES[path.extname(file)],
        'Cache-Control': 'no-cache',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }

    if (!originOk(req, port)) return refuse(res, 'the request came from another web site');
    if (!fetchSiteOk(req)) return refuse(res, 'the request came from another web site');

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET')
        return sendJson(res, 405, errorResult('invalid-input', 'Use GET for events.'));
      // The header only (issue 20): a token in a URL ends up in logs and history. The page reads
      // the stream with fetch(), which sends the header (src-renderer/bridge-http.ts).
      if (!tokenMatches(requestToken(req, url, false), token))
        return refuse(res, 'missing or wrong token');
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Security-Policy': API_CSP,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      // A page that reloads in the middle of a manual step sees the instructions again.
      for (const p of handlerSet.prompts.pending())
        res.write(`data: ${JSON.stringify({ type: 'prompt', ...p })}\n\n`);
      const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      beat.unref();
      req.on('close', () => {
        clearInterval(beat);
        clients.delete(res);
      });
      return;
    }

    if (req.method !== 'POST')
      return sendJson(res, 405, errorResult('invalid-input', 'Use POST with a JSON body.'));
    if (!tokenMatches(requestToken(req, url, false), token))
      return refuse(res, 'missing or wrong token');
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json')
      return sendJson(
        res,
        415,
        errorResult('invalid-input', 'Send the request as JSON (Content-Type: application/json).'),
      );
    const raw = await readBody(req, res);
    if (raw === null) return;
    let input: unknown = {};
    if (raw.length > 0) {
      try {
        input = JSON.parse(raw.toString('utf8'));
      } catch {
        return sendJson(
          res,
          400,
          errorResult('invalid-input', 'The request body is not valid JSON.'),
        );
      }
    }
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendJson(
        res,
        400,
        errorResult('invalid-input', 'The request names no Certdesk request (bad %-encoding).'),
      );
    }
    const result = await opts.runtime.dispatch(channel, input);
    sendJson(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new CertdeskError(
              'port-in-use',
              `Port ${opts.port} on 127.0.0.1 is already in use. Choose another with --port, or leave it out to take a free one.`,
            )
          : e,
      ),
    );
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    handlerSet,
    emit,
    close: async () => {
      unsubscribe();
      handlerSet.close();
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
