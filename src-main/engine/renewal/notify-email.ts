// E-mail notifications over SMTP with nodemailer (issue 5, R23): one connection per message (they
// are rare), every wait bounded, a plain-text body a person can act on. The password goes to the
// mail server only: never into a log line, an error message or its detail.
import { isIP } from 'node:net';
import { CertdeskError } from '../../shared/errors.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import type { Notice, NotifyChannel } from './notifier.ts';
import { mainT } from '../../shared/main-i18n.ts';

export type EmailOptions = {
  host: string;
  port: number;
  /** TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  to: string;
  /** Each stage (DNS, connect, greeting, any silence) may take this long; default 15 s. */
  timeoutMs?: number;
  /**
   * Refuse to log in without encryption. Default: on whenever a password is sent to a host other
   * than this computer, so that it never crosses a network in the clear.
   */
  requireTls?: boolean;
  /** Extra root certificates to trust (a company's own CA; tests). */
  caCertPem?: string;
};

export const EMAIL_TIMEOUT_MS = 15 * SECOND_MS;

/** "2026-06-01 12:00 UTC" (as notifier.ts formatTime; not imported from there to keep imports one-way). */
const formatTime = (iso: string): string =>
  new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

type NodemailerModule = typeof import('nodemailer');
// Loaded on the first message: most runs never send one, and the CLI starts faster without it.
let mailer: NodemailerModule | null = null;

type SmtpError = Error & {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  errno?: number | string;
  syscall?: string;
  cause?: unknown;
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const isLoopback = (host: string): boolean =>
  LOOPBACK.has(host.toLowerCase()) || (isIP(host) === 4 && host.startsWith('127.'));

export const emailSubject = (n: Notice): string =>
  `[Certdesk] ${n.title}`.replace(/[\r\n]+/g, ' ').slice(0, 200);

/**
 * The plain-text body: what happened and what to do, then the names, the expiry and the ids, in
 * the notice's language (issue 19).
 */
export function emailText(n: Notice): string {
  const t = mainT(n.lang);
  const lines = [n.message, ''];
  if (!n.test) {
    lines.push(t('email.name', { count: n.names.length }));
    for (const name of n.names) lines.push(`  ${name}`);
    lines.push('');
    if (n.notAfter) lines.push(t('email.expires', { date: formatTime(n.notAfter) }));
    if (n.errorCode) lines.push(t('email.errorCode', { code: n.errorCode }));
    lines.push(t('email.certId', { id: n.certId }));
  }
  lines.push(t('email.sent', { date: formatTime(n.at) }));
  lines.push('');
  lines.push('--');
  lines.push(t('email.footer'));
  return lines.join('\n') + '\n';
}

export function emailChannel(o: EmailOptions): NotifyChannel {
  const where = `${o.host} port ${o.port}`;
  const target = `${o.to} via ${o.host}:${o.port}`;
  return {
    name: 'email',
    target,
    async send(n) {
      if (!o.host || !o.to || !o.from)
        throw new CertdeskError(
          'invalid-input',
          'E-mail notifications need a mail server, a From address and a To address. Fill them in under Settings > Notifications.',
        );
      mailer ??= await import('nodemailer');
      const timeout = o.timeoutMs ?? EMAIL_TIMEOUT_MS;
      const auth =
        o.user && o.password !== undefined ? { user: o.user, pass: o.password } : undefined;
      const requireTLS = !o.secure && (o.requireTls ?? (auth !== undefined && !isLoopback(o.host)));
      const transport = mailer.createTransport({
        host: o.host,
        port: o.port,
        secure: o.secure,
        ...(requireTLS ? { requireTLS: true } : {}),
        ...(auth ? { auth } : {}),
        ...(o.caCertPem ? { tls: { ca: o.caCertPem } } : {}),
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        dnsTimeout: timeout,
        // Never read files or fetch URLs named in a message; nothing of the SMTP session is logged.
        disableFileAccess: true,
        disableUrlAccess: true,
        logger: false,
        debug: false,
      });
      // Each stage has its own limit; this bounds the whole conversation as well.
      let timer: NodeJS.Timeout | undefined;
      const overall = 4 * timeout;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          transport.close();
          reject(
            new CertdeskError(
              'timeout',
              `The mail server ${where} took longer than ${Math.round(overall / SECOND_MS)} seconds to take the message, so Certdesk gave up. Try again later; if it keeps happening, check the server and port in Settings > Notifications.`,
              { retryable: true },
            ),
          );
        }, overall);
      });
      const sending = transport.sendMail({
        from: o.from,
        to: o.to,
        subject: emailSubject(n),
        text: emailText(n),
      });
      sending.catch(() => {}); // a rejection after the deadline is not an unhandled one
      try {
        const info = await Promise.race([sending, late]);
        if (info.rejected.length > 0 && info.accepted.length === 0) {
          throw new CertdeskError(
            'notify-failed',
            `The mail server ${where} refused to deliver to ${o.to}. Check the To address in Settings > Notifications.`,
            { detail: redact(String(info.response ?? ''), o) },
          );
        }
      } catch (e) {
        if (e instanceof CertdeskError) throw e;
        throw smtpError(e as SmtpError, o, where);
      } finally {
        clearTimeout(timer);
        transport.close();
      }
    },
  };
}

/** Removes the password (as given and in the base64 forms AUTH PLAIN and LOGIN send) from a text. */
function redact(text: string, o: EmailOptions): string {
  let out = text;
  const p = o.password;
  if (!p) return out;
  const forms = [
    p,
    Buffer.from(p).toString('base64'),
    Buffer.from(`\u0000${o.user ?? ''}\u0000${p}`).toString('base64'),
  ];
  for (const f of forms) if (f.length >= 3) out = out.split(f).join('[hidden]');
  return out;
}

const causeCode = (e: SmtpError): string => {
  const c = e.cause as { code?: unknown } | undefined;
  return typeof c?.code === 'string' ? c.code : typeof e.errno === 'string' ? e.errno : '';
};

/** A nodemailer failure as a sentence that says what to change. */
export function smtpError(
  e: SmtpError,
  o: EmailOptions,
  where = `${o.host} port ${o.port}`,
): CertdeskError {
  const code = e.code ?? '';
  const rc = e.responseCode ?? 0;
  const text = `${code} ${causeCode(e)} ${e.message}`;
  const detail = redact(
    `${code}${rc ? ` ${rc}` : ''}${e.command ? ` (${e.command.split(' ')[0]})` : ''}: ${e.response ?? e.message}`,
    o,
  );
  const settings = 'in Settings > Notifications';
  if (code === 'EAUTH' || rc === 535 || rc === 534) {
    return new CertdeskError(
      'credentials-refused',
      `The mail server ${where} refused the user name or password${o.user ? ` for "${o.user}"` : ''}. Check the user name and password ${settings}; some providers (Gmail, Outlook) need an app password instead of your normal one.`,
      { detail },
    );
  }
  if (code === 'ENOAUTH' || rc === 530) {
    return new CertdeskError(
      'credentials-refused',
      `The mail server ${where} wants a user name and password before it takes a message. Fill them in ${settings}.`,
      { detail },
    );
  }
  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(text)) {
    return new CertdeskError(
      'connection',
      `Certdesk could not find the mail server ${o.host}: the name does not exist in DNS. Check the server name ${settings} (your provider gives it, e.g. smtp.example.com).`,
      { retryable: /EAI_AGAIN/.test(text), detail },
    );
  }
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(e.message)) {
    return new CertdeskError(
      'timeout',
      `The mail server ${where} did not answer in time. Check the server and port ${settings} (usually 587, or 465 with SSL), and that no firewall blocks outgoing mail.`,
      { retryable: true, detail },
    );
  }
  if (
    code === 'ETLS' ||
    /STARTTLS|certificate|self[- ]signed|wrong version number|SSL|TLS/i.test(text)
  ) {
    if (/STARTTLS/i.test(text) && !o.secure) {
      return new CertdeskError(
        'tls',
        `The mail server ${where} does not offer encryption (STARTTLS), so Certdesk will not send your password to it. Use the port your provider gives for encrypted mail (587, or 465 with SSL turned on) ${settings}.`,
        { detail },
      );
    }
    if (/certificate|self[- ]signed|unable to verify/i.test(text)) {
      return new CertdeskError(
        'tls',
        `The mail server ${where} could not be verified: its certificate is not for ${o.host} or not signed by an authority this computer trusts. Use the server name your provider gives ${settings}.`,
        { detail },
      );
    }
    return new CertdeskError(
      'tls',
      `The encrypted connection to the mail server ${where} failed. Check the SSL setting ${settings}: turn it on for port 465 and off for 587 (which encrypts with STARTTLS).`,
      { detail },
    );
  }
  if (
    /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE/.test(text) ||
    code === 'ECONNECTION' ||
    code === 'ESOCKET'
  ) {
    return new CertdeskError(
      'connection',
      `Certdesk could not connect to the mail server ${where}. Check the server and port ${settings} (usually 587, or 465 with SSL), and that no firewall blocks outgoing mail.`,
      { retryable: true, detail },
    );
  }
  if (code === 'EENVELOPE') {
    const who = e.command?.toUpperCase().startsWith('MAIL')
      ? `the From address ${o.from}`
      : `the To address ${o.to}`;
    return new CertdeskError(
      'notify-failed',
      `The mail server ${where} refused ${who}. Check it ${settings}; many servers only send from the address of the account you log in with.`,
      { retryable: rc >= 400 && rc < 500, detail },
    );
  }
  if (code === 'EMESSAGE') {
    return new CertdeskError(
      'notify-failed',
      `The mail server ${where} refused the message. Check the From and To addresses ${settings}, then send a test message.`,
      { retryable: rc >= 400 && rc < 500, detail },
    );
  }
  if (code === 'EPROTOCOL') {
    return new CertdeskError(
      'notify-failed',
      `${where} did not answer like a mail server. Check the server and port ${settings} (usually 587, or 465 with SSL).`,
      { detail },
    );
  }
  return new CertdeskError(
    'notify-failed',
    `Certdesk could not send the e-mail through ${where}. Check the mail settings ${settings}, then send a test message.`,
    { retryable: true, detail },
  );
}
