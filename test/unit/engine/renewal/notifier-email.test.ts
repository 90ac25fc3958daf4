// E-mail notifications against a real SMTP server on 127.0.0.1 (smtp-server): the message arrives
// with the right subject and a body a person can act on; a refused login, a refused recipient,
// a closed port and a server without encryption give sentences that say what to fix, and the
// password never shows up in them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emailChannel, emailText } from '../../../../src-main/engine/renewal/notify-email.ts';
import {
  channelsFromSettings,
  createNotifier,
  makeNotice,
  memoryGate,
} from '../../../../src-main/engine/renewal/notifier.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import { startSmtp, type SmtpServer } from '../../../helpers/smtp.ts';
import { issueServerCert, makeTestCa, type ServerCert, type TestCa } from '../../../helpers/tls.ts';

const servers: SmtpServer[] = [];
const dirs: string[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

let pki: Promise<{ ca: TestCa; cert: ServerCert }> | null = null;
/** A throwaway CA and a certificate for 127.0.0.1, made once for the TLS tests. */
const testPki = () =>
  (pki ??= (async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-smtp-'));
    dirs.push(dir);
    const ca = await makeTestCa(dir, { cn: 'Certdesk SMTP test CA' });
    return {
      ca,
      cert: await issueServerCert(ca, dir, {
        cn: 'localhost',
        sans: ['IP:127.0.0.1', 'DNS:localhost'],
      }),
    };
  })());
const start = async (...args: Parameters<typeof startSmtp>) => {
  const s = await startSmtp(...args);
  servers.push(s);
  return s;
};

const NOW = Date.parse('2026-03-15T08:30:00Z');
const cert = {
  id: 'cert-123',
  names: ['example.com', 'www.example.com'],
  notAfter: '2026-03-20T00:00:00Z',
};
const failed = makeNotice('renewal-failed', cert, NOW, {
  error: {
    code: 'dns',
    message:
      'The CA found no DNS record for www.example.com. Check that the name points to your server.',
  },
});
const PASSWORD = 'correct horse battery staple';

const isCd =
  (code: string, re: RegExp) =>
  (e: unknown): boolean => {
    assert.ok(e instanceof CertdeskError, `expected a CertdeskError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, re);
    for (const text of [e.message, e.detail ?? '']) {
      assert.ok(!text.includes(PASSWORD), 'the password must not appear');
      assert.ok(!text.includes(Buffer.from(PASSWORD).toString('base64')), 'nor its base64 form');
    }
    return true;
  };

test('a notice is delivered with its subject and a plain-text body (login with user and password)', async () => {
  const smtp = await start({ auth: { user: 'certdesk', password: PASSWORD } });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  assert.equal(ch.name, 'email');
  await ch.send(failed);
  const [m] = await smtp.waitFor(1);
  assert.equal(m.from, 'certdesk@example.com');
  assert.deepEqual(m.to, ['admin@example.com']);
  assert.equal(m.user, 'certdesk');
  assert.equal(m.subject, '[Certdesk] Renewal failed: example.com and www.example.com');
  assert.match(m.headers['content-type'] ?? '', /^text\/plain/);
  assert.equal(m.text, emailText(failed));
  assert.match(
    m.text,
    /^Certdesk could not renew the certificate for example\.com and www\.example\.com, which expires 2026-03-20 00:00 UTC \(in 4 days\)\./,
  );
  assert.match(
    m.text,
    /Check that the name points to your server\. Certdesk tries again on its own/,
  );
  assert.match(m.text, /Names on the certificate:\n {2}example\.com\n {2}www\.example\.com\n/);
  assert.match(m.text, /Expires: 2026-03-20 00:00 UTC/);
  assert.match(m.text, /Error code: dns/);
  assert.match(m.text, /Certificate id: cert-123/);
  assert.ok(!m.raw.includes(PASSWORD));
});

test('without a login (a relay that takes mail from this computer)', async () => {
  const smtp = await start();
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await ch.send(makeNotice('expired', cert, Date.parse('2026-03-21T00:00:00Z')));
  const [m] = await smtp.waitFor(1);
  assert.equal(m.subject, '[Certdesk] Expired: example.com and www.example.com');
  assert.match(m.text, /expired on 2026-03-20 00:00 UTC, so visitors now see a security warning/);
  assert.equal(m.user, undefined);
});

test('a refused login: check the user name and password in Settings > Notifications', async () => {
  const smtp = await start({ auth: { user: 'certdesk', password: 'the-real-one' } });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await assert.rejects(
    ch.send(failed),
    isCd(
      'credentials-refused',
      /refused the user name or password for "certdesk"\. Check the user name and password in Settings > Notifications/,
    ),
  );
  assert.deepEqual(smtp.logins, [{ user: 'certdesk', ok: false }]);
  assert.equal(smtp.messages.length, 0);
});

test('a server that wants a login when none is set up', async () => {
  const smtp = await start({ auth: { user: 'certdesk', password: PASSWORD } });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await assert.rejects(
    ch.send(failed),
    isCd('credentials-refused', /wants a user name and password.*Settings > Notifications/),
  );
});

test('a refused recipient names the To address', async () => {
  const smtp = await start({ rejectRecipients: ['nobody@example.com'] });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'certdesk@example.com',
    to: 'nobody@example.com',
  });
  await assert.rejects(
    ch.send(failed),
    isCd(
      'notify-failed',
      /refused the To address nobody@example\.com\. Check it in Settings > Notifications/,
    ),
  );
  assert.equal(smtp.messages.length, 0);
});

test('nothing listening on the port: check the server and port', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const ch = emailChannel({
    host: '127.0.0.1',
    port,
    secure: false,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await assert.rejects(
    ch.send(failed),
    isCd(
      'connection',
      new RegExp(
        `could not connect to the mail server 127\\.0\\.0\\.1 port ${port}\\. Check the server and port`,
      ),
    ),
  );
});

test('a password is never sent unencrypted to a server without STARTTLS', async () => {
  const smtp = await start({ auth: { user: 'certdesk', password: PASSWORD } });
  // requireTls is on by default for any host but this computer; forced here to test it on loopback.
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
    requireTls: true,
  });
  await assert.rejects(
    ch.send(failed),
    isCd('tls', /does not offer encryption \(STARTTLS\), so Certdesk will not send your password/),
  );
  assert.deepEqual(smtp.logins, [], 'no login was tried');
});

test('the notifier sends through the e-mail channel built from settings, and test() reports the address', async () => {
  const smtp = await start({ auth: { user: 'certdesk', password: PASSWORD } });
  const channels = channelsFromSettings(
    {
      notifyOnSuccess: true,
      email: {
        host: smtp.host,
        port: smtp.port,
        secure: false,
        user: 'certdesk',
        passwordRef: 'settings:smtpPassword',
        from: 'certdesk@example.com',
        to: 'admin@example.com',
      },
    },
    (ref) => (ref === 'settings:smtpPassword' ? PASSWORD : undefined),
  );
  let now = NOW;
  const notifier = createNotifier({
    channels,
    gate: memoryGate(),
    notifyOnSuccess: true,
    clock: { now: () => now },
  });
  const t = await notifier.test('email');
  assert.deepEqual(t, {
    sent: true,
    detail: `Sent to admin@example.com via 127.0.0.1:${smtp.port}.`,
  });
  const r1 = await notifier.notify(makeNotice('renewal-succeeded', cert, now));
  const r2 = await notifier.notify(makeNotice('renewal-succeeded', cert, now));
  assert.deepEqual([r1.sent, r2.skipped], [['email'], 'already-notified']);
  now += 25 * 3600_000;
  assert.deepEqual((await notifier.notify(makeNotice('renewal-succeeded', cert, now))).sent, [
    'email',
  ]);
  const got = await smtp.waitFor(3);
  assert.deepEqual(
    got.map((m) => m.subject),
    [
      '[Certdesk] Certdesk test notification',
      '[Certdesk] Renewed: example.com and www.example.com',
      '[Certdesk] Renewed: example.com and www.example.com',
    ],
  );
  assert.match(got[0].text, /This is a test message from Certdesk/);
});

test('TLS from the first byte (port 465 style), with a login', async () => {
  const { ca, cert: c } = await testPki();
  const smtp = await start({
    auth: { user: 'certdesk', password: PASSWORD },
    tls: { key: c.keyPem, cert: c.certPem, mode: 'implicit' },
  });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: true,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
    caCertPem: ca.caCertPem,
  });
  await ch.send(failed);
  const [m] = await smtp.waitFor(1);
  assert.equal(m.secure, true);
  assert.equal(m.user, 'certdesk');
  assert.equal(m.subject, '[Certdesk] Renewal failed: example.com and www.example.com');
});

test('STARTTLS (port 587 style): the password goes only over the encrypted connection', async () => {
  const { ca, cert: c } = await testPki();
  const smtp = await start({
    auth: { user: 'certdesk', password: PASSWORD },
    tls: { key: c.keyPem, cert: c.certPem, mode: 'starttls' },
  });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
    caCertPem: ca.caCertPem,
    requireTls: true,
  });
  await ch.send(failed);
  const [m] = await smtp.waitFor(1);
  assert.equal(m.secure, true);
  assert.equal(m.user, 'certdesk');
});

test('a server certificate this computer does not trust is refused', async () => {
  const { cert: c } = await testPki();
  const smtp = await start({ tls: { key: c.keyPem, cert: c.certPem, mode: 'implicit' } });
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: true,
    user: 'certdesk',
    password: PASSWORD,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await assert.rejects(ch.send(failed), isCd('tls', /could not be verified/));
  assert.equal(smtp.messages.length, 0);
});

test('SSL turned on for a server that does not speak it from the start', async () => {
  const smtp = await start();
  const ch = emailChannel({
    host: smtp.host,
    port: smtp.port,
    secure: true,
    from: 'certdesk@example.com',
    to: 'admin@example.com',
  });
  await assert.rejects(
    ch.send(failed),
    isCd(
      'tls',
      /Check the SSL setting in Settings > Notifications: turn it on for port 465 and off for 587/,
    ),
  );
});
