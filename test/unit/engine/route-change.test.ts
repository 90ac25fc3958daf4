// Issue 15 "change the route later": which sealed credentials a new route keeps, gets and drops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingCredential, planRouteChange } from '../../../src-main/engine/route-change.ts';
import type { Route, RouteOf } from '../../../src-main/shared/route.ts';

const sftp = (host: string, user = 'site'): RouteOf<'http-01:sftp'> => ({
  type: 'http-01',
  httpMode: 'sftp',
  host,
  user,
  remoteRoot: 'public_html',
});
const webroot: Route = { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' };

test('same SFTP server, password left empty: the stored password is kept', () => {
  const p = planRouteChange(
    sftp('ssh.example.test'),
    { ...sftp('SSH.example.test'), remoteRoot: 'www' },
    {},
    ['sftpPassword'],
  );
  assert.deepEqual(p, { seal: {}, keep: ['sftpPassword'], drop: [], notCarried: [] });
});

test('another SFTP server or account: the stored password is not carried over, and goes', () => {
  for (const to of [sftp('ssh2.example.test'), sftp('ssh.example.test', 'other')]) {
    const p = planRouteChange(sftp('ssh.example.test'), to, {}, ['sftpPassword']);
    assert.deepEqual(p.keep, []);
    assert.deepEqual(p.notCarried, ['sftpPassword']);
    assert.deepEqual(p.drop, ['sftpPassword']);
    assert.deepEqual(missingCredential(to, new Set(p.keep)), ['sftpPassword', 'sftpPrivateKey']);
  }
});

test('to a route without credentials: every stored one of the certificate goes; given ones are not stored', () => {
  const p = planRouteChange(
    sftp('ssh.example.test'),
    webroot,
    { sftpPassword: 'typed', cloudflareToken: 't' },
    ['sftpPassword', 'sftpPassphrase'],
  );
  assert.deepEqual(p, {
    seal: {},
    keep: [],
    drop: ['sftpPassword', 'sftpPassphrase'],
    notCarried: [],
  });
});

test('SFTP to FTP on the same host: the SFTP password is not an FTP password', () => {
  const ftp: Route = {
    type: 'http-01',
    httpMode: 'ftp',
    host: 'ssh.example.test',
    user: 'site',
    remoteRoot: 'public_html',
  };
  const p = planRouteChange(sftp('ssh.example.test'), ftp, { ftpPassword: 'f' }, ['sftpPassword']);
  assert.deepEqual(p, {
    seal: { ftpPassword: 'f' },
    keep: [],
    drop: ['sftpPassword'],
    notCarried: [],
  });
});

test('a new SFTP login method replaces the old one on the same server', () => {
  const toKey = planRouteChange(sftp('h'), sftp('h'), { sftpPrivateKey: 'KEY' }, ['sftpPassword']);
  assert.deepEqual(toKey, {
    seal: { sftpPrivateKey: 'KEY' },
    keep: [],
    drop: ['sftpPassword'],
    notCarried: [],
  });
  const toPw = planRouteChange(sftp('h'), sftp('h'), { sftpPassword: 'pw' }, [
    'sftpPrivateKey',
    'sftpPassphrase',
  ]);
  assert.deepEqual(toPw, {
    seal: { sftpPassword: 'pw' },
    keep: [],
    drop: ['sftpPrivateKey', 'sftpPassphrase'],
    notCarried: [],
  });
  const newPassphrase = planRouteChange(sftp('h'), sftp('h'), { sftpPassphrase: 'pp' }, [
    'sftpPrivateKey',
    'sftpPassphrase',
  ]);
  assert.deepEqual(newPassphrase, {
    seal: { sftpPassphrase: 'pp' },
    keep: ['sftpPrivateKey'],
    drop: [],
    notCarried: [],
  });
});

test('DNS: a TSIG secret follows its server and key name; a Cloudflare token its API', () => {
  const rfc = (server: string, tsigName = 'k'): RouteOf<'dns-01:rfc2136'> => ({
    type: 'dns-01',
    dnsMode: 'rfc2136',
    server,
    tsigName,
  });
  assert.deepEqual(
    planRouteChange(rfc('ns:53'), { ...rfc('ns:53'), zone: 'example.test' }, {}, ['tsigSecret'])
      .keep,
    ['tsigSecret'],
  );
  assert.deepEqual(planRouteChange(rfc('ns:53'), rfc('ns2:53'), {}, ['tsigSecret']).notCarried, [
    'tsigSecret',
  ]);
  assert.deepEqual(
    planRouteChange(rfc('ns:53'), rfc('ns:53', 'other'), {}, ['tsigSecret']).notCarried,
    ['tsigSecret'],
  );
  const cf = (api?: string): RouteOf<'dns-01:cloudflare'> => ({
    type: 'dns-01',
    dnsMode: 'cloudflare',
    ...(api ? { api } : {}),
  });
  assert.deepEqual(
    planRouteChange(cf(), { ...cf(), propagationTimeout: 60 }, {}, ['cloudflareToken']).keep,
    ['cloudflareToken'],
  );
  assert.deepEqual(
    planRouteChange(cf(), cf('https://cf.example.test'), {}, ['cloudflareToken']).keep,
    [],
  );
});
