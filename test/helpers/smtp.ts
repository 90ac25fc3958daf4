// A real SMTP server on 127.0.0.1 (smtp-server) for the e-mail notifier: listens on a free port,
// keeps every message it takes, and, when given a user and password, accepts that login only and
// refuses mail from anyone who has not logged in. Without `tls` it speaks plain SMTP and refuses
// STARTTLS; with it, TLS from the first byte (port 465 style) or STARTTLS (port 587 style).
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export type ReceivedMail = {
  /** Whether the message came over TLS. */
  secure: boolean;
  from: string;
  to: string[];
  /** The user who logged in, if any. */
  user?: string;
  /** Header names in lower case, values unfolded. */
  headers: Record<string, string>;
  subject: string;
  /** The decoded plain-text body. */
  text: string;
  raw: string;
};

export type SmtpServer = {
  host: '127.0.0.1';
  port: number;
  messages: ReceivedMail[];
  /** Logins tried, with whether they were accepted (the password itself is not kept). */
  logins: { user: string; ok: boolean }[];
  /** Resolves at the next message taken (or now, if n messages are already in). */
  waitFor(n: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
};

export type SmtpOptions = {
  auth?: { user: string; password: string };
  /** Recipients refused with 550 at RCPT TO. */
  rejectRecipients?: string[];
  /** A certificate and key (PEM) to serve; 'implicit' is TLS from the start, 'starttls' an upgrade. */
  tls?: { key: string; cert: string; mode: 'implicit' | 'starttls' };
};

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Headers and a single-part text body (what the notifier sends), decoded. */
export function parseMail(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const enc = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    enc === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : enc === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

export async function startSmtp(opts: SmtpOptions = {}): Promise<SmtpServer> {
  const messages: ReceivedMail[] = [];
  const logins: { user: string; ok: boolean }[] = [];
  const waiters: { n: number; resolve: (m: ReceivedMail[]) => void }[] = [];
  const wake = () => {
    for (const w of [...waiters])
      if (messages.length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve([...messages]);
      }
  };
  const server = new SMTPServer({
    secure: opts.tls?.mode === 'implicit',
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    hideSTARTTLS: opts.tls?.mode !== 'starttls',
    // A login only over TLS when TLS is set up, as real servers do.
    allowInsecureAuth: !opts.tls,
    authOptional: !opts.auth,
    authMethods: ['PLAIN', 'LOGIN'],
    // hideSTARTTLS alone still answers the command (with a built-in, expired certificate).
    disabledCommands: [
      ...(opts.tls?.mode === 'starttls' ? [] : ['STARTTLS']),
      ...(opts.auth ? [] : ['AUTH']),
    ],
    logger: false,
    onAuth(auth, _session, cb) {
      const ok =
        !!opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.password;
      logins.push({ user: auth.username ?? '', ok });
      if (!ok) {
        const e = new Error('Invalid username or password') as Error & { responseCode: number };
        e.responseCode = 535;
        cb(e);
        return;
      }
      cb(null, { user: auth.username });
    },
    onRcptTo(address, _session, cb) {
      if (opts.rejectRecipients?.includes(address.address)) {
        const e = new Error('No such user here') as Error & { responseCode: number };
        e.responseCode = 550;
        cb(e);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { headers, text } = parseMail(raw);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({
          secure: session.secure,
          from,
          to: session.envelope.rcptTo.map((r) => r.address),
          ...(session.user ? { user: String(session.user) } : {}),
          headers,
          subject: headers.subject ?? '',
          text,
          raw,
        });
        cb();
        wake();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => {}); // a client dropping mid-session is not a test failure
  const port = (server.server.address() as AddressInfo).port;
  let stopping: Promise<void> | null = null;
  return {
    host: '127.0.0.1',
    port,
    messages,
    logins,
    waitFor: (n) =>
      new Promise((resolve) => {
        waiters.push({ n, resolve });
        wake();
      }),
    stop: () => (stopping ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
