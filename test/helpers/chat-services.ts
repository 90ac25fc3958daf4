// Local stand-ins for the chat services Certdesk posts notifications to (issue 17): no real Slack,
// Teams, Discord, ntfy or Gotify can run here, so one local HTTP server answers as each service's
// documentation says, and refuses a request that does not have the documented shape:
// - Slack incoming webhooks (POST /slack/...): JSON; `text` required when blocks are present (as
//   the fallback), header blocks plain_text <= 150, section text <= 3000; 200 "ok", else 400
//   "invalid_payload" / "no_text".
// - Teams Workflows ("When a Teams webhook request is received", POST /teams/...): JSON
//   {type:"message", attachments:[{contentType:"application/vnd.microsoft.card.adaptive",
//   content:{type:"AdaptiveCard", version, body:[...]}}]}; 202 Accepted, else 400.
// - Discord webhooks (POST /discord/api/webhooks/ID/TOKEN): JSON `content` 1..2000 characters;
//   204 No Content, else 400 {"code":50006,"message":"Cannot send an empty message"}.
// - ntfy (POST /ntfy/TOPIC): the body is the message; Title (RFC 2047 decoded) and Priority
//   (1-5 or min..max) headers; 200 with the message as JSON, else 400 {"code":40007,...}.
// - Gotify (POST /gotify/message?token=T or X-Gotify-Key): JSON {message (required), title,
//   priority}; 200 with the stored message, 401 without a valid token, 400 without a message.
// Each accepted message is kept in `received` in a common form for assertions.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = {
  service: 'slack' | 'teams' | 'discord' | 'ntfy' | 'gotify';
  title: string;
  message: string;
  priority?: number;
  raw: unknown;
};

export type ChatServices = {
  base: string;
  received: Received[];
  /** Requests refused because of their shape, with the reason. */
  refused: { service: string; reason: string }[];
  stop(): Promise<void>;
};

export const GOTIFY_TOKEN = 'AbCdEf.gotify-app-token';
const NTFY_PRIORITIES: Record<string, number> = {
  min: 1,
  low: 2,
  default: 3,
  high: 4,
  max: 5,
  urgent: 5,
};

/** RFC 2047 encoded-word (B or Q), as ntfy decodes headers. */
function decode2047(v: string): string {
  return v.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

type Answer = { status: number; body: string; type?: string };
const json = (status: number, v: unknown): Answer => ({
  status,
  body: JSON.stringify(v),
  type: 'application/json',
});

export async function startChatServices(): Promise<ChatServices> {
  const received: Received[] = [];
  const refused: { service: string; reason: string }[] = [];
  const refuse = (service: string, reason: string, a: Answer): Answer => {
    refused.push({ service, reason });
    return a;
  };
  const parseJson = (body: string): Record<string, unknown> | null => {
    try {
      const v = JSON.parse(body) as unknown;
      return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };

  const slack = (req: http.IncomingMessage, body: string): Answer => {
    const bad = (r: string, code = 'invalid_payload') =>
      refuse('slack', r, { status: 400, body: code, type: 'text/plain' });
    if (!String(req.headers['content-type']).startsWith('application/json')) return bad('not JSON');
    const p = parseJson(body);
    if (!p) return bad('unparsable JSON');
    const text = p.text;
    const blocks = p.blocks as
      { type: string; text?: { type: string; text: string } }[] | undefined;
    if (typeof text !== 'string' || text.trim() === '') return bad('no text', 'no_text');
    let title = '';
    let message = '';
    if (blocks !== undefined) {
      if (!Array.isArray(blocks) || blocks.length > 50) return bad('blocks not a list');
      for (const b of blocks) {
        if (b.type === 'header') {
          if (b.text?.type !== 'plain_text' || !b.text.text || b.text.text.length > 150)
            return bad('header must be plain_text of 1..150 characters');
          title = b.text.text;
        } else if (b.type === 'section') {
          if (
            !b.text ||
            !['mrkdwn', 'plain_text'].includes(b.text.type) ||
            b.text.text.length > 3000
          )
            return bad('section text must be mrkdwn/plain_text up to 3000');
          message = b.text.text;
        } else if (b.type !== 'context' && b.type !== 'divider') return bad(`block ${b.type}`);
      }
    }
    received.push({ service: 'slack', title, message: message || text, raw: p });
    return { status: 200, body: 'ok', type: 'text/html' };
  };

  const teams = (body: string): Answer => {
    const bad = (r: string) =>
      refuse('teams', r, json(400, { error: { code: 'InvalidRequestContent', message: r } }));
    const p = parseJson(body);
    if (!p || p.type !== 'message') return bad('type must be "message"');
    const att = p.attachments as { contentType?: string; content?: Record<string, unknown> }[];
    if (!Array.isArray(att) || att.length === 0) return bad('no attachments');
    const card = att[0];
    if (card.contentType !== 'application/vnd.microsoft.card.adaptive')
      return bad('attachment is not an Adaptive Card');
    const c = card.content;
    if (!c || c.type !== 'AdaptiveCard' || typeof c.version !== 'string')
      return bad('content must be an AdaptiveCard with a version');
    const items = c.body as { type: string; text?: string }[];
    if (!Array.isArray(items) || items.some((i) => i.type === 'TextBlock' && !i.text))
      return bad('body must be a list of elements; every TextBlock needs text');
    const texts = items.filter((i) => i.type === 'TextBlock').map((i) => i.text!);
    received.push({ service: 'teams', title: texts[0] ?? '', message: texts[1] ?? '', raw: p });
    return { status: 202, body: '' };
  };

  const discord = (body: string): Answer => {
    const p = parseJson(body);
    const content = p?.content;
    if (typeof content !== 'string' || content.trim() === '')
      return refuse(
        'discord',
        'empty',
        json(400, { code: 50006, message: 'Cannot send an empty message' }),
      );
    if (content.length > 2000)
      return refuse(
        'discord',
        'too long',
        json(400, { code: 50035, message: 'Invalid Form Body', errors: { content: 'max 2000' } }),
      );
    const [first, ...rest] = content.split('\n');
    received.push({
      service: 'discord',
      title: first.replace(/^\*\*|\*\*$/g, ''),
      message: rest.join('\n'),
      raw: p,
    });
    return { status: 204, body: '' };
  };

  const ntfy = (req: http.IncomingMessage, body: string, topic: string): Answer => {
    const bad = (r: string) => refuse('ntfy', r, json(400, { code: 40007, http: 400, error: r }));
    if (!topic) return bad('no topic');
    // A JSON body would be shown raw: what the person saw before issue 17.
    if (body.trim().startsWith('{')) return bad('JSON body on a topic URL is shown as raw text');
    const pr = String(req.headers.priority ?? req.headers['x-priority'] ?? 'default');
    const priority = NTFY_PRIORITIES[pr] ?? Number(pr);
    if (!(priority >= 1 && priority <= 5)) return bad('invalid priority');
    const title = decode2047(String(req.headers.title ?? req.headers['x-title'] ?? ''));
    received.push({
      service: 'ntfy',
      title,
      message: body,
      priority,
      raw: { headers: req.headers },
    });
    return json(200, {
      id: 'x1',
      time: 0,
      event: 'message',
      topic,
      title,
      message: body,
      priority,
    });
  };

  const gotify = (req: http.IncomingMessage, body: string, url: URL): Answer => {
    const token = url.searchParams.get('token') ?? req.headers['x-gotify-key'];
    if (token !== GOTIFY_TOKEN)
      return refuse(
        'gotify',
        'token',
        json(401, {
          error: 'Unauthorized',
          errorCode: 401,
          errorDescription:
            'you need to provide a valid access token or user credentials to access this api',
        }),
      );
    const p = parseJson(body);
    if (!p || typeof p.message !== 'string' || p.message === '')
      return refuse(
        'gotify',
        'no message',
        json(400, {
          error: 'Bad Request',
          errorCode: 400,
          errorDescription: "Field 'message' is required",
        }),
      );
    if (p.priority !== undefined && !Number.isInteger(p.priority))
      return refuse('gotify', 'priority', json(400, { error: 'Bad Request', errorCode: 400 }));
    received.push({
      service: 'gotify',
      title: String(p.title ?? ''),
      message: p.message,
      ...(typeof p.priority === 'number' ? { priority: p.priority } : {}),
      raw: p,
    });
    return json(200, { id: 1, appid: 1, message: p.message, title: p.title, priority: p.priority });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://x');
      const [, service, ...rest] = url.pathname.split('/');
      let a: Answer;
      if (req.method !== 'POST') a = { status: 405, body: 'method not allowed' };
      else if (service === 'slack') a = slack(req, body);
      else if (service === 'teams') a = teams(body);
      else if (service === 'discord' && rest[0] === 'api' && rest[1] === 'webhooks')
        a = discord(body);
      else if (service === 'ntfy') a = ntfy(req, body, rest.join('/'));
      else if (service === 'gotify' && rest[0] === 'message') a = gotify(req, body, url);
      else a = { status: 404, body: 'no such hook' };
      res.writeHead(a.status, a.type ? { 'content-type': a.type } : {}).end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    refused,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
