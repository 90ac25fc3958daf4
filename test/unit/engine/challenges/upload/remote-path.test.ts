// The web root as people type it, and the one remote path a token may produce (R10/R11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normaliseRemoteRoot,
  challengeFile,
  challengeDirs,
  joinRemote,
  parseHostPort,
} from '../../../../../src-main/engine/challenges/upload/remote-path.ts';

const TOKEN = 'evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA';

test('web roots are normalised the way the person meant them', () => {
  assert.equal(normaliseRemoteRoot('public_html'), 'public_html');
  assert.equal(normaliseRemoteRoot(' public_html/ '), 'public_html');
  assert.equal(normaliseRemoteRoot('./www//htdocs/.'), 'www/htdocs');
  assert.equal(normaliseRemoteRoot('~/public_html'), 'public_html');
  assert.equal(
    normaliseRemoteRoot('sites\\blog'),
    'sites/blog',
    'Windows-style separators from a control panel',
  );
  assert.equal(normaliseRemoteRoot('/home/u/www/../public_html'), '/home/u/public_html');
  assert.equal(normaliseRemoteRoot('.'), '', 'the login folder');
  assert.equal(normaliseRemoteRoot('~'), '');
  assert.equal(normaliseRemoteRoot('/'), '/');
});

test('a ".." that climbs out of the starting folder is refused, not clamped', () => {
  for (const bad of ['..', '../public_html', 'public_html/../../etc', '/..', '/var/../../etc']) {
    assert.throws(
      () => normaliseRemoteRoot(bad),
      (e: Error & { code?: string }) =>
        e.code === 'invalid-input' && /without "\.\."/.test(e.message),
      bad,
    );
  }
  assert.throws(
    () => normaliseRemoteRoot('public_html\r\nDELE x'),
    (e: Error & { code?: string }) =>
      e.code === 'invalid-input' && /control characters/.test(e.message),
  );
});

test('the challenge file sits in <root>/.well-known/acme-challenge, for relative, absolute and login-folder roots', () => {
  assert.equal(
    challengeFile('public_html', TOKEN),
    `public_html/.well-known/acme-challenge/${TOKEN}`,
  );
  assert.equal(challengeFile('/var/www', TOKEN), `/var/www/.well-known/acme-challenge/${TOKEN}`);
  assert.equal(challengeFile('', TOKEN), `.well-known/acme-challenge/${TOKEN}`);
  assert.equal(challengeFile('/', TOKEN), `/.well-known/acme-challenge/${TOKEN}`);
  assert.deepEqual(challengeDirs('public_html'), [
    'public_html/.well-known',
    'public_html/.well-known/acme-challenge',
  ]);
  assert.equal(joinRemote('/', 'a', '', 'b'), '/a/b');
});

test('a token that could name another file is refused before any remote path is built', () => {
  for (const bad of [
    '../../../etc/passwd-aaaaaaaa',
    'a/b-cccccccccccccccc',
    'short',
    'x'.repeat(300),
    'tok en-aaaaaaaaaaaaaa',
  ]) {
    assert.throws(
      () => challengeFile('public_html', bad),
      (e: Error & { code?: string }) => e.code === 'ca-misbehaved',
      bad,
    );
  }
});

test('server addresses: host, host:port, IPv6, and what people paste from a control panel', () => {
  assert.deepEqual(parseHostPort('sftp.example.com', 22, 'SFTP'), {
    host: 'sftp.example.com',
    port: 22,
  });
  assert.deepEqual(parseHostPort('SFTP.Example.com:2222', 22, 'SFTP'), {
    host: 'sftp.example.com',
    port: 2222,
  });
  assert.deepEqual(parseHostPort('sftp://me@s1.host.net:2200/home', 22, 'SFTP'), {
    host: 's1.host.net',
    port: 2200,
  });
  assert.deepEqual(parseHostPort('ftp://ftp.example.com', 21, 'FTP'), {
    host: 'ftp.example.com',
    port: 21,
  });
  assert.deepEqual(parseHostPort('[2001:db8::1]:22', 21, 'SFTP'), {
    host: '2001:db8::1',
    port: 22,
  });
  assert.deepEqual(parseHostPort('2001:db8::1', 21, 'FTP'), { host: '2001:db8::1', port: 21 });
  assert.throws(() => parseHostPort('host:99999', 22, 'SFTP'), /not a port number/);
  assert.throws(() => parseHostPort('', 22, 'SFTP'), /not a server address/);
  assert.throws(() => parseHostPort('bad host', 21, 'FTP'), /not a server address/);
});
