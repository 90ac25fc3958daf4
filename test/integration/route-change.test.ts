// Issue 15 "change the route later", through the handlers the window calls (cert:setRoute,
// cert:get, cert:renew) against a real Pebble, a real OpenSSH sshd and a real vsftpd: a
// certificate issued through a web folder moves to shared hosting (SFTP with a password), and
// the next renewal, given no credential at all, logs in over SFTP with the sealed password.
// A changed server without its password is refused with a sentence and changes nothing; a
// password follows only its own server and route; no answer and no log line carries it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { createUnixUser, listTree, startSshd, type Sshd, type UnixUser } from '../helpers/sshd.ts';
import { startFtpd, type Ftpd } from '../helpers/ftpd.ts';
import { startStaticWeb, type StaticWeb } from '../helpers/static-web.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { createFileLogger } from '../../src-main/storage/file-logger.ts';
import { createHandlerSet, dispatch, type HandlerSet } from '../../src-main/api/index.ts';
import type { Result } from '../../src-main/shared/contract.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let user: UnixUser;
let sshd: Sshd;
let ftpd: Ftpd;
let web: StaticWeb;
let engine: Engine;
let set: HandlerSet;
let dataDir = '';
let siteDir = '';
const answers: unknown[] = [];
const NAME = 'moving.example.test';
let certId = '';

const count = (text: string, re: RegExp): number =>
  text.match(new RegExp(re.source, 'g'))?.length ?? 0;
const sftpLogins = () => count(sshd.logTail(1e6), /Accepted password for /);
const ftpLogins = () => count(ftpd.logTail(1e7), /OK LOGIN/);
const sftpRoute = (host = `127.0.0.1:${sshd.port}`) => ({
  type: 'http-01' as const,
  httpMode: 'sftp' as const,
  host,
  user: user.name,
  remoteRoot: 'public_html',
});
const ftpRoute = (remoteRoot = 'public_html') => ({
  type: 'http-01' as const,
  httpMode: 'ftp' as const,
  host: `127.0.0.1:${ftpd.port}`,
  user: user.name,
  remoteRoot,
});
const progress: unknown[] = [];

/**
 * cert:renew, asked again while the CA reused a valid authorization instead of asking for proof.
 * Pebble does so now and then even at PEBBLE_AUTHZREUSE=0 (its test is `rand.Intn(100) > percent`,
 * so about 1 order in 100): that renewal proves nothing, so it logs in nowhere, and "the renewal
 * logged in over FTP" failed once in a batch. Returns the renewal that proved control, and how
 * many logins `logins` counted during it (the callers still require exactly one).
 */
async function renewProving(
  runId: string,
  logins: () => number,
): Promise<{ value: Record<string, unknown>; logins: number }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = logins();
    const seen = progress.length;
    const value = await ok('cert:renew', { id: certId, runId: `${runId}-${attempt}` });
    const reused = progress
      .slice(seen)
      .some(
        (e) =>
          (e as { step?: { text?: { key?: string } } }).step?.text?.key === 'progress.alreadyValid',
      );
    if (!reused) return { value, logins: logins() - before };
  }
  throw new Error('the CA reused its authorization three renewals in a row');
}

const sealedNames = () =>
  Object.keys(engine.store.read().secrets)
    .filter((k) => k.startsWith(`${certId}:`))
    .sort();

async function call(channel: string, input: unknown): Promise<Result<Record<string, unknown>>> {
  const r = (await dispatch(set.handlers, channel, input)) as Result<Record<string, unknown>>;
  answers.push(r);
  return r;
}
async function ok(channel: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await call(channel, input);
  assert.equal(r.ok, true, `${channel}: ${JSON.stringify(r)}`);
  return (r as { value: Record<string, unknown> }).value;
}

before(async () => {
  pebble = await startPebble({ authzReuse: 0 });
  user = await createUnixUser();
  sshd = await startSshd({ user });
  ftpd = await startFtpd({ user });
  siteDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-own-site-'));
  // Before the move the name is served from a folder on this machine; later from the hosting account.
  web = await startStaticWeb({
    port: pebble.httpPort,
    sites: { [NAME]: siteDir, '*': user.webRoot },
  });
  dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-reroute-')), 'data');
  engine = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
    logger: createFileLogger(dataDir, { level: 'debug' }),
    poll: { firstMs: 20, maxMs: 200 },
  });
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'mover@example.org',
    agreeTos: true,
  });
  set = createHandlerSet({ engine, emit: (e) => progress.push(e), face: 'app' });
});

after(async () => {
  set?.close();
  for (const stop of [
    () => web?.stop(),
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

test('issued through a web folder, moved to SFTP with a password: the renewal, given nothing, logs in over SFTP', async () => {
  const issued = await ok('cert:issue', {
    runId: 'reroute-1',
    names: [NAME],
    challenge: { type: 'http-01', httpMode: 'webroot', webroot: siteDir },
  });
  const cert = issued.certificate as { id: string; serial: string };
  certId = cert.id;
  assert.deepEqual(listTree(siteDir), [], 'the web folder route cleaned up');

  // The site moved to the hosting account: change the route, and nothing is issued.
  web.setSite(NAME, user.webRoot);
  const loginsBefore = sftpLogins();
  const changed = await ok('cert:setRoute', {
    id: certId,
    challenge: sftpRoute(),
    secrets: { sftpPassword: user.password, cloudflareToken: 'not-for-this-route' },
  });
  assert.equal((changed.challenge as { httpMode: string }).httpMode, 'sftp');
  assert.equal(changed.serial, cert.serial, 'no new certificate');
  assert.equal(sftpLogins(), loginsBefore, 'nothing connected yet');
  assert.deepEqual(
    sealedNames(),
    [`${certId}:sftpPassword`],
    'only the secret the route uses is stored',
  );

  const detail = await ok('cert:get', { id: certId });
  assert.deepEqual(detail.storedSecrets, ['sftpPassword']);
  assert.deepEqual(
    (detail.attempts as unknown[]).length,
    1,
    'changing the route is not an attempt',
  );

  const renewed = await renewProving('reroute-2', sftpLogins);
  const after = renewed.value.certificate as {
    serial: string;
    challenge: { httpMode: string };
  };
  assert.notEqual(after.serial, cert.serial, 'a new certificate');
  assert.equal(after.challenge.httpMode, 'sftp');
  assert.equal(renewed.logins, 1, 'the renewal logged in over SFTP with the sealed password');
  assert.ok(
    web.requests.some(
      (l) => l.startsWith(`GET ${NAME}/.well-known/acme-challenge/`) && l.endsWith('-> 200'),
    ),
    web.requests.join('\n'),
  );
  assert.deepEqual(listTree(siteDir), [], 'the old web folder was not used');
  assert.deepEqual(listTree(user.webRoot), [], 'the uploaded file was removed');
  assert.equal(await sshd.waitNoSessions(), 0);
});

test('another SFTP server without its password: refused with a sentence, nothing changed; with it, accepted', async () => {
  const before = engine.getStored(certId).challenge;
  // "localhost" is the same sshd, but another name: the password typed for 127.0.0.1 does not follow.
  const moved = sftpRoute(`localhost:${sshd.port}`);
  const r = await call('cert:setRoute', { id: certId, challenge: moved });
  assert.equal(r.ok, false);
  const err = (r as { error: { code: string; message: string } }).error;
  assert.equal(err.code, 'credentials-needed');
  assert.equal(
    err.message,
    'The SFTP password or SFTP private key stored for this certificate belongs to the server or account you changed, so Certdesk does not send it to the new one. Type the SFTP password or SFTP private key for the new one, then save again.',
  );
  assert.deepEqual(engine.getStored(certId).challenge, before, 'the route is unchanged');
  assert.deepEqual(
    sealedNames(),
    [`${certId}:sftpPassword`],
    'the password stays with its own server',
  );

  // Same server, another web root, password left empty: kept.
  await ok('cert:setRoute', { id: certId, challenge: { ...before, remoteRoot: './public_html' } });
  assert.deepEqual(sealedNames(), [`${certId}:sftpPassword`]);

  await ok('cert:setRoute', {
    id: certId,
    challenge: moved,
    secrets: { sftpPassword: user.password },
  });
  assert.equal(
    (engine.getStored(certId).challenge as { host: string }).host,
    `localhost:${sshd.port}`,
  );
});

test('to FTP and then to a route without credentials: the old password does not stay in the store', async () => {
  // FTP on the same account: the SFTP password is not carried over to another route, even to the same host.
  const refused = await call('cert:setRoute', { id: certId, challenge: ftpRoute() });
  assert.equal(refused.ok, false);
  assert.equal((refused as { error: { code: string } }).error.code, 'credentials-needed');
  assert.match(
    (refused as { error: { message: string } }).error.message,
    /^This way of reaching you needs the FTP password\. Type it, then save again\.$/,
  );

  await ok('cert:setRoute', {
    id: certId,
    challenge: ftpRoute(),
    secrets: { ftpPassword: user.password },
  });
  assert.deepEqual(sealedNames(), [`${certId}:ftpPassword`], 'the SFTP password is gone');
  await ok('cert:setRoute', { id: certId, challenge: ftpRoute('./public_html') });
  assert.deepEqual(sealedNames(), [`${certId}:ftpPassword`], 'same FTP server, left empty: kept');

  const renewed = await renewProving('reroute-3', ftpLogins);
  assert.equal(renewed.logins, 1, 'the renewal logged in over FTP with the sealed password');
  assert.equal(await ftpd.waitNoSessions(), 0);

  web.setSite(NAME, siteDir);
  await ok('cert:setRoute', {
    id: certId,
    challenge: { type: 'http-01', httpMode: 'webroot', webroot: siteDir },
  });
  assert.deepEqual(sealedNames(), [], 'no credential of this certificate is left');
  assert.deepEqual((await ok('cert:get', { id: certId })).storedSecrets, []);

  // A field the solver cannot use is refused before anything is stored.
  const bad = await call('cert:setRoute', {
    id: certId,
    challenge: {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'h',
      user: 'u',
      remoteRoot: 'public_html',
      hostKey: 'not-a-fingerprint',
    },
    secrets: { sftpPassword: 'x' },
  });
  assert.equal((bad as { error: { code: string } }).error.code, 'invalid-input');
  assert.equal(engine.getStored(certId).challenge.type, 'http-01');
  assert.equal(
    (engine.getStored(certId).challenge as { httpMode: string }).httpMode,
    'webroot',
    'unchanged after a refusal',
  );
});

test('no answer, no log line and no file of the data folder carries the password', () => {
  const needles = [user.password, Buffer.from(user.password).toString('base64').replace(/=+$/, '')];
  const haystacks: [string, string][] = answers.map((a, i) => [`answer ${i}`, JSON.stringify(a)]);
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else haystacks.push([p, readFileSync(p, 'latin1')]);
    }
  };
  walk(dataDir);
  const log = readFileSync(path.join(dataDir, 'logs', 'certdesk.log'), 'utf8');
  assert.match(log, /route changed/, 'the change is logged');
  assert.match(log, /sftpPassword/, 'by the names of the secrets');
  for (const [where, text] of haystacks)
    for (const n of needles) assert.ok(!text.includes(n), `${where} carries the password`);
  assert.ok(haystacks.length > answers.length, 'the data folder was scanned');
});
