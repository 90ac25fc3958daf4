// Issue 15 "Errors in the window speak to a person": a misconfigured route, issued through the
// real `cert:issue` handler (the one the window and browser mode call), ends in an error with a
// stable code, ONE sentence as a Text the renderer says in the person's language, no CLI flag in
// it, and the technical detail behind "Show details". Each case against the real peer: OpenSSH's
// sshd, vsftpd, BIND, a local script, the Cloudflare stand-in (documented 403 answer), a port
// another program holds; Pebble is the CA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { createUnixUser, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startBind, type Bind } from '../helpers/bind.ts';
import { startFakeCloudflare, type FakeCloudflare } from '../helpers/fake-cloudflare.ts';
import { freePort } from '../helpers/ports.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createHandlers, dispatch, type Handlers } from '../../src-main/api/index.ts';
import type { ErrorShape } from '../../src-main/shared/contract.ts';
import { say } from '../../src-main/shared/engine-text.ts';
import { RESOURCES } from '../../src-renderer/i18n/index.ts';
import { sayText } from '../../src-renderer/engine-text.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
let pebble: Pebble;
let user: UnixUser;
let sshd: Sshd;
let ftpd: Ftpd;
let bind: Bind;
let cf: FakeCloudflare;
let blocker: net.Server;
let tlsPort: number;
let handlers: Handlers;
let run = 0;

function t(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.t;
}

before(async () => {
  pebble = await startPebble();
  user = await createUnixUser();
  sshd = await startSshd({ user });
  ftpd = await startFtpd({ user });
  bind = await startBind({ zone: 'example.test' });
  cf = await startFakeCloudflare({
    token: 'full-token',
    readOnlyToken: 'read-only-token',
    zones: ['example.test'],
  });
  // Port 443 of the tls-alpn-01 responder, held by "another program".
  tlsPort = await freePort();
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(tlsPort, resolve));
  const engine = await Engine.open({
    dataDir: tmp('route-err'),
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    tlsPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
    // The Cloudflare stand-in speaks plain http on loopback; only a test can allow that.
    plainHttpDnsApiForTests: true,
  });
  handlers = createHandlers({
    engine,
    emit: () => {},
    face: 'app',
    // The person clicks "Allow this command" in the desktop dialog (issue 20; tested in
    // test/unit/app/command-confirm.test.ts): here only the script's failure is under test.
    confirmCommand: async () => true,
  });
  const acct = await dispatch(handlers, 'account:create', {
    directoryUrl: pebble.directoryUrl,
    email: 'route-errors@example.org',
    agreeTos: true,
  });
  assert.ok(acct.ok, JSON.stringify(acct));
});

after(async () => {
  for (const stop of [
    () => new Promise((r) => blocker?.close(r)),
    () => cf?.stop(),
    () => bind?.stop(),
    () => ftpd?.stop(),
    () => sshd?.stop(),
    () => user?.remove(),
    () => pebble?.stop(),
  ]) {
    await Promise.resolve()
      .then(stop)
      .catch((e: Error) => console.error('cleanup:', e.message));
  }
});

async function issue(
  names: string[],
  challenge: unknown,
  secrets?: Record<string, string>,
): Promise<ErrorShape> {
  const r = await dispatch(handlers, 'cert:issue', {
    runId: `route-err-${++run}`,
    names,
    challenge,
    ...(secrets ? { secrets } : {}),
  });
  assert.equal(r.ok, false, `expected a refusal, got ${JSON.stringify(r)}`);
  return (r as { ok: false; error: ErrorShape }).error;
}

/** What the window shows: code, the Text (English without a flag, Danish and Chinese not English), the detail. */
function windowFace(e: ErrorShape, code: string, key: string): void {
  assert.equal(e.code, code, JSON.stringify(e));
  assert.equal(e.text?.key, key, JSON.stringify(e));
  const en = sayText(t('en'), e.text!);
  assert.equal(en, say(e.text!), "the renderer says the engine's English");
  assert.ok(e.message.startsWith(en), `the English message is the Text said: ${e.message}`);
  assert.doesNotMatch(en, /--[a-z]/, `no CLI flag in the window: ${en}`);
  assert.doesNotMatch(en, /[.!?] +[A-Z]/, `one sentence: ${en}`);
  for (const lng of ['da', 'zh']) {
    const said = sayText(t(lng), e.text!);
    assert.notEqual(said, en, `${lng} is not English: ${said}`);
    assert.doesNotMatch(said, /\{\{|\}\}/, `${lng}: a placeholder left: ${said}`);
    assert.doesNotMatch(said, /--[a-z]/);
  }
  assert.ok(
    typeof e.detail === 'string' && e.detail.length > 0,
    'technical detail for "Show details"',
  );
}

const sftp = (extra: Record<string, unknown> = {}) => ({
  type: 'http-01',
  httpMode: 'sftp',
  host: `127.0.0.1:${sshd.port}`,
  user: user.name,
  remoteRoot: 'public_html',
  ...extra,
});

test('1. wrong SFTP password (sshd)', async () => {
  const wrong = 'not-the-password-4711';
  const e = await issue(['sftp-pw.err.example.test'], sftp(), { sftpPassword: wrong });
  windowFace(e, 'credentials-refused', 'error.sftpPassword');
  assert.ok(!JSON.stringify(e).includes(wrong), 'the password is never repeated back');
  assert.match(
    sayText(t('da'), e.text!),
    new RegExp(`Serveren afviste brugernavnet eller adgangskoden for "${user.name}"`),
  );
});

test('4. a remote web root that does not exist (sshd), and 2. then a changed host key (its own sshd)', async () => {
  const moving = await startSshd({ user });
  try {
    const opts = { host: `127.0.0.1:${moving.port}` };
    // The first connection logs in (and records the host key), then finds no such folder.
    const missing = await issue(
      ['root.err.example.test'],
      sftp({ ...opts, remoteRoot: 'public_htm' }),
      { sftpPassword: user.password },
    );
    windowFace(missing, 'webroot', 'error.remoteRootMissingList');
    assert.equal(missing.text?.params?.folders, 'public_html');
    const oldKey = moving.hostKeyFingerprint;
    const newKey = await moving.replaceHostKey();
    const changed = await issue(['hostkey.err.example.test'], sftp(opts), {
      sftpPassword: user.password,
    });
    windowFace(changed, 'host-key-changed', 'error.hostKeyChanged');
    const en = say(changed.text!);
    assert.ok(en.includes(newKey) && en.includes(oldKey), en);
    assert.match(
      en,
      /choose "Trust the new key" and try again\.$/,
      "how to accept the new key, in the window's terms",
    );
    assert.match(sayText(t('da'), changed.text!), /"Stol på den nye nøgle"/);
    // The wizard's "Trust the new key" button: the key the person confirmed is expected from now
    // on, so the next run logs in (and stops at the missing folder, past the host key check).
    const trusted = await dispatch(handlers, 'upload:trustHostKey', {
      host: changed.text?.params?.hostPort,
      fingerprint: changed.text?.params?.now,
    });
    assert.ok(trusted.ok, JSON.stringify(trusted));
    const after = await issue(
      ['hostkey2.err.example.test'],
      sftp({ ...opts, remoteRoot: 'public_htm' }),
      { sftpPassword: user.password },
    );
    assert.equal(after.code, 'webroot', 'logged in with the trusted key');
    // A third key is still refused: trusting was for exactly that key.
    await moving.replaceHostKey();
    assert.equal(
      (await issue(['hostkey3.err.example.test'], sftp(opts), { sftpPassword: user.password }))
        .code,
      'host-key-changed',
    );
  } finally {
    await moving.stop();
  }
});

test('3. FTP login refused (vsftpd)', async () => {
  const e = await issue(
    ['ftp.err.example.test'],
    {
      type: 'http-01',
      httpMode: 'ftp',
      host: `127.0.0.1:${ftpd.port}`,
      user: user.name,
      remoteRoot: 'public_html',
    },
    { ftpPassword: 'wrong-ftp-password' },
  );
  windowFace(e, 'credentials-refused', 'error.ftpLogin');
  assert.match(e.detail!, /530/);
});

test('5. wrong TSIG secret and unknown TSIG key (BIND)', async () => {
  const bad = await issue(
    ['bad.example.test'],
    { type: 'dns-01', dnsMode: 'rfc2136', server: bind.server, tsigName: bind.keyName },
    { tsigSecret: Buffer.alloc(32, 7).toString('base64') },
  );
  windowFace(bad, 'credentials-refused', 'error.tsigBadSig');
  assert.match(bad.detail!, /BADSIG/);
  const unknown = await issue(
    ['bad.example.test'],
    { type: 'dns-01', dnsMode: 'rfc2136', server: bind.server, tsigName: 'no-such-key' },
    { tsigSecret: bind.keySecret },
  );
  windowFace(unknown, 'credentials-refused', 'error.tsigBadKey');
  assert.match(unknown.detail!, /BADKEY/);
  assert.deepEqual(await bind.txt('_acme-challenge.bad.example.test'), []);
});

test('6. a DNS script that exits non-zero (a real script)', async () => {
  const dir = tmp('route-err-script');
  const script = path.join(dir, 'dns.sh');
  writeFileSync(script, '#!/bin/sh\necho "API error: invalid API key" >&2\nexit 3\n');
  chmodSync(script, 0o755);
  const e = await issue(['script.err.example.test'], {
    type: 'dns-01',
    dnsMode: 'exec',
    command: script,
  });
  windowFace(e, 'solver', 'error.scriptFailed');
  assert.match(
    e.detail!,
    /API error: invalid API key/,
    'what the script said is behind "Show details"',
  );
});

test('7. a Cloudflare token without DNS edit permission (documented 403 answer)', async () => {
  const e = await issue(
    ['cf.err.example.test'],
    { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
    { cloudflareToken: 'read-only-token' },
  );
  windowFace(e, 'credentials-refused', 'error.cloudflareRefused');
  assert.match(e.detail!, /POST .*dns_records.*HTTP 403 10000: Authentication error/);
  assert.ok(
    cf.requests.some((r) => r.startsWith('GET /client/v4/zones')),
    'the token could read the zone',
  );
  assert.deepEqual(cf.records(), []);
});

test('8. port 443 in use for the tls-alpn-01 responder (a listening socket)', async () => {
  const e = await issue(['alpn.err.example.test'], { type: 'tls-alpn-01' });
  windowFace(e, 'port-in-use', 'error.portInUseTls');
  assert.equal(e.text?.params?.port, tlsPort);
  assert.match(e.detail!, /EADDRINUSE/);
});
