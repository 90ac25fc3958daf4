// Issue 20, part 2: a stored secret follows only its own destination. The review's attacks, built
// with the real handlers, a real Store and a real SMTP server on loopback:
// - the SMTP password is stored; a request changes only the host to another server; notify:test
//   must not send the password there (the other server records every login it is offered);
// - the same with the store edited behind Certdesk's back (the AEAD binding alone must hold);
// - per-certificate credentials sealed for one server do not open for another;
// - data written before the binding (sealed the old way) still works and is rebound on open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSmtp, type SmtpServer } from '../../helpers/smtp.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlerSet, dispatch } from '../../../src-main/api/index.ts';
import { createRenewalService } from '../../../src-main/engine/renewal/service.ts';
import {
  boundContext,
  openCertSecret,
  sealCertSecret,
  SMTP_PASSWORD_REF,
  smtpDestination,
} from '../../../src-main/engine/secret-binding.ts';
import type { Route, RouteOf } from '../../../src-main/shared/route.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import type { Result } from '../../../src-main/shared/contract.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'certdesk-bound-'));
const PASSWORD = 'smtp-password-4711';
const servers: SmtpServer[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function smtp(): Promise<SmtpServer> {
  // Both servers accept this password: a login at the wrong one is exactly the leak.
  const s = await startSmtp({ auth: { user: 'certdesk', password: PASSWORD } });
  servers.push(s);
  return s;
}

async function setup() {
  const engine = await Engine.open({ dataDir: tmp() });
  const set = createHandlerSet({ engine, emit: () => {}, face: 'app' });
  const renewals = createRenewalService({ engine });
  const call = async (channel: string, input: unknown) =>
    (await dispatch(set.handlers, channel, input)) as Result<Record<string, unknown>>;
  return { engine, set, renewals, call };
}

const emailSettings = (s: SmtpServer, password?: string) => ({
  host: s.host,
  port: s.port,
  secure: false,
  user: 'certdesk',
  ...(password !== undefined ? { password } : {}),
  from: 'certdesk@example.com',
  to: 'admin@example.com',
});

test('SMTP: changing only the host does not send the stored password to the new server', async () => {
  const [good, evil] = [await smtp(), await smtp()];
  const { renewals, call } = await setup();
  assert.ok((await call('settings:set', { email: emailSettings(good, PASSWORD) })).ok);
  assert.deepEqual(await renewals.testChannel('email'), { sent: true, detail: expect(good) });
  // The attack: the same settings, another host, no password typed.
  const r = await call('settings:set', { email: emailSettings(evil) });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'credentials-needed');
  assert.match(!r.ok ? r.error.message : '', /does not send it to 127\.0\.0\.1 port \d+/);
  const t = await renewals.testChannel('email');
  assert.equal(t.sent, true, 'still goes to the first server');
  assert.deepEqual(evil.logins, [], 'the other server was offered no login');
  // Typed again for the new server, it goes there.
  assert.ok((await call('settings:set', { email: emailSettings(evil, PASSWORD) })).ok);
  assert.equal((await renewals.testChannel('email')).sent, true);
  assert.deepEqual(evil.logins, [{ user: 'certdesk', ok: true }]);
});

test('SMTP: the host changed in the store behind Certdesk (no handler): the password does not open', async () => {
  const [good, evil] = [await smtp(), await smtp()];
  const { engine, renewals, call } = await setup();
  assert.ok((await call('settings:set', { email: emailSettings(good, PASSWORD) })).ok);
  await engine.store.update((d) => {
    d.settings.email = { ...d.settings.email!, port: evil.port };
  });
  const t = await renewals.testChannel('email');
  assert.equal(t.sent, false);
  assert.match(t.detail ?? '', /cannot read the saved e-mail password/);
  assert.deepEqual(evil.logins, [], 'the AEAD binding alone kept it from the other server');
});

const sftp = (host: string): RouteOf<'http-01:sftp'> => ({
  type: 'http-01',
  httpMode: 'sftp',
  host,
  user: 'site',
  remoteRoot: 'public_html',
});

test('a certificate credential sealed for one server does not open for another', async () => {
  const { engine } = await setup();
  const box = engine.store.secrets;
  const sealed = sealCertSecret(box, 'c1', 'sftpPassword', sftp('a.example:22'), 'pw');
  assert.equal(openCertSecret(box, sealed, 'c1', 'sftpPassword', sftp('A.example:22')), 'pw');
  for (const other of [
    sftp('b.example:22'),
    sftp('a.example:2222'),
    { ...sftp('a.example:22'), user: 'else' },
  ] as Route[])
    assert.throws(
      () => openCertSecret(box, sealed, 'c1', 'sftpPassword', other),
      /store-corrupt|could not be decrypted/,
    );
  // Nor under another certificate's or credential's name.
  assert.throws(() => openCertSecret(box, sealed, 'c2', 'sftpPassword', sftp('a.example:22')));
  assert.throws(() => openCertSecret(box, sealed, 'c1', 'ftpPassword', sftp('a.example:22')));
});

function storedCert(id: string, challenge: Route): StoredCertificate {
  return {
    id,
    names: ['old.example.test'],
    accountId: 'acct',
    keyType: 'ec256',
    challenge,
    createdAt: '2026-01-01T00:00:00.000Z',
    current: null,
    previous: null,
    attempts: [],
    exports: [],
  };
}

test('data sealed before the binding keeps working: rebound to its destination on open', async () => {
  const dir = tmp();
  const first = await Engine.open({ dataDir: dir });
  const box = first.store.secrets;
  const route = sftp('ssh.example.test:22');
  // What an older Certdesk wrote: the ref alone as associated data.
  await first.store.update((d) => {
    d.certificates.c1 = storedCert('c1', route);
    d.secrets['c1:sftpPassword'] = box.seal('old-sftp', 'secret:c1:sftpPassword');
    d.settings.email = {
      host: 'mail.example.test',
      port: 587,
      secure: false,
      passwordRef: SMTP_PASSWORD_REF,
      from: 'a@example.com',
      to: 'b@example.com',
    };
    d.secrets[SMTP_PASSWORD_REF] = box.seal('old-smtp', `secret:${SMTP_PASSWORD_REF}`);
  });
  const engine = await Engine.open({ dataDir: dir });
  const data = engine.store.read();
  const b = engine.store.secrets;
  assert.equal(
    openCertSecret(b, data.secrets['c1:sftpPassword'], 'c1', 'sftpPassword', route),
    'old-sftp',
  );
  assert.equal(
    b.open(
      data.secrets[SMTP_PASSWORD_REF],
      boundContext(SMTP_PASSWORD_REF, smtpDestination({ host: 'mail.example.test', port: 587 })),
    ),
    'old-smtp',
  );
  // Rebound, not merely accepted: the unbound form no longer opens, so it cannot follow a change.
  assert.throws(() => b.open(data.secrets['c1:sftpPassword'], 'secret:c1:sftpPassword'));
  assert.throws(() =>
    openCertSecret(
      b,
      data.secrets['c1:sftpPassword'],
      'c1',
      'sftpPassword',
      sftp('evil.example:22'),
    ),
  );
  // The route change keeps it for the same server (issue 15's rule, now through the binding).
  const moved = await engine.setRoute('c1', { ...route, remoteRoot: 'www' });
  assert.equal(moved.id, 'c1');
  assert.equal(
    openCertSecret(b, engine.store.read().secrets['c1:sftpPassword'], 'c1', 'sftpPassword', route),
    'old-sftp',
  );
});

function expect(s: SmtpServer): string {
  return `Sent to admin@example.com via ${s.host}:${s.port}.`;
}
