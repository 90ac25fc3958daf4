// The wizard's pure decisions (src-renderer/screens/wizard/model.ts): the route the plain answers
// recommend (R9, R15), the config and secrets handed to main, and the fields of a manual prompt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildChallenge,
  detailsFromRoute,
  emptyDetails,
  instructionFields,
  keepUnshown,
  missingDetails,
  recommend,
  type Answers,
} from '../../../src-renderer/screens/wizard/model.ts';
import { RouteSchema, type Route } from '../../../src-main/shared/route.ts';
import { ROUTE_KEYS, routeKey } from '../../../src-main/shared/route-facts.ts';

const none: Answers = { server: null, port80: null, webserver: null, upload: null, dns: null };

test('recommend: http-01 when this computer is the web server; built-in without a web server program, its folder with one', () => {
  assert.deepEqual(recommend({ ...none, server: 'yes', port80: 'yes', webserver: 'no' }, false), {
    route: 'http-01',
    httpMode: 'builtin',
    why: 'server',
  });
  assert.deepEqual(
    recommend({ ...none, server: 'yes', port80: 'unsure', webserver: 'yes' }, false),
    { route: 'http-01', httpMode: 'webroot', why: 'server' },
  );
});

test('recommend: tls-alpn-01 when only port 443 reaches this computer', () => {
  assert.equal(recommend({ ...none, server: 'yes', port80: 'no' }, false).route, 'tls-alpn-01');
});

test('recommend: an upload by folder, SFTP or FTP when this is not the web server', () => {
  assert.deepEqual(recommend({ ...none, server: 'no', upload: 'sftp' }, false), {
    route: 'http-01',
    httpMode: 'sftp',
    why: 'upload',
  });
  assert.deepEqual(recommend({ ...none, server: 'no', upload: 'ftp' }, false), {
    route: 'http-01',
    httpMode: 'ftp',
    why: 'upload',
  });
  assert.deepEqual(recommend({ ...none, server: 'unsure', upload: 'folder' }, false), {
    route: 'http-01',
    httpMode: 'webroot',
    why: 'upload',
  });
});

test('recommend: dns-01 with the provider named, and always for a wildcard', () => {
  assert.deepEqual(recommend({ ...none, server: 'no', upload: 'none', dns: 'cloudflare' }, false), {
    route: 'dns-01',
    dnsMode: 'cloudflare',
    why: 'dns',
  });
  // A wildcard goes by DNS even when the web server answers; by hand when no provider was named.
  assert.deepEqual(recommend({ ...none, server: 'yes', port80: 'yes' }, true), {
    route: 'dns-01',
    dnsMode: 'manual',
    why: 'wildcard',
  });
  assert.deepEqual(recommend({ ...none, dns: 'rfc2136' }, true), {
    route: 'dns-01',
    dnsMode: 'rfc2136',
    why: 'wildcard',
  });
});

test('recommend: nothing automatic fits -> the file by hand', () => {
  assert.deepEqual(recommend(none, false), { route: 'http-01', httpMode: 'manual', why: 'manual' });
  assert.deepEqual(recommend({ ...none, server: 'no', upload: 'none', dns: 'none' }, false), {
    route: 'http-01',
    httpMode: 'manual',
    why: 'manual',
  });
});

test('buildChallenge: credentials go apart from the config (main seals them); options are trimmed', () => {
  const sftp = buildChallenge('http-01', {
    ...emptyDetails(),
    httpMode: 'sftp',
    uploadHost: ' host.example ',
    uploadUser: 'me',
    uploadPassword: 'pw',
    uploadPort: '2222',
    uploadDir: '',
  });
  assert.deepEqual(sftp.challenge, {
    type: 'http-01',
    httpMode: 'sftp',
    host: 'host.example:2222',
    user: 'me',
    remoteRoot: '.',
  });
  assert.deepEqual(sftp.secrets, { sftpPassword: 'pw' });
  assert.ok(!JSON.stringify(sftp.challenge).includes('pw'));

  const cf = buildChallenge('dns-01', {
    ...emptyDetails(),
    dnsMode: 'cloudflare',
    cloudflareToken: ' tok ',
    propagationTimeout: '300',
  });
  assert.deepEqual(cf.challenge, {
    type: 'dns-01',
    dnsMode: 'cloudflare',
    propagationTimeout: 300,
  });
  assert.deepEqual(cf.secrets, { cloudflareToken: 'tok' });

  const tsig = buildChallenge('dns-01', {
    ...emptyDetails(),
    dnsMode: 'rfc2136',
    rfc2136Server: 'ns1.example:53',
    tsigName: 'k.',
    tsigSecret: 'c2VjcmV0',
  });
  assert.deepEqual(tsig.challenge, {
    type: 'dns-01',
    dnsMode: 'rfc2136',
    server: 'ns1.example:53',
    tsigName: 'k.',
    tsigAlgorithm: 'hmac-sha256',
  });
  assert.deepEqual(tsig.secrets, { tsigSecret: 'c2VjcmV0' });

  assert.deepEqual(buildChallenge('tls-alpn-01', emptyDetails()).challenge, {
    type: 'tls-alpn-01',
  });
  assert.deepEqual(buildChallenge('dns-01', emptyDetails()).challenge, {
    type: 'dns-01',
    dnsMode: 'manual',
  });
});

test('missingDetails: the fields each route needs before going on', () => {
  assert.deepEqual(missingDetails('http-01', { ...emptyDetails(), httpMode: 'ftp' }), [
    'uploadHost',
    'uploadUser',
    'uploadDir',
    'uploadPassword',
  ]);
  assert.deepEqual(
    missingDetails('http-01', {
      ...emptyDetails(),
      httpMode: 'sftp',
      uploadAuth: 'key',
      uploadHost: 'h',
      uploadUser: 'u',
      uploadDir: '.',
      uploadKey: 'ssh-ed25519 AAAA (a .pub)',
    }),
    ['uploadKey'],
  );
  assert.deepEqual(
    missingDetails('dns-01', {
      ...emptyDetails(),
      dnsMode: 'rfc2136',
      rfc2136Server: 'ns1.example',
    }),
    ['rfc2136Server', 'tsigName', 'tsigSecret'],
  );
  assert.deepEqual(
    missingDetails('dns-01', {
      ...emptyDetails(),
      dnsMode: 'acme-dns',
      acmeDnsServer: 'auth.example',
    }),
    ['acmeDnsServer'],
  );
  assert.deepEqual(missingDetails('http-01', emptyDetails()), []);
});

test('instructionFields: the manual DNS record as fields; name and value are copied, type and TTL shown', () => {
  const text = [
    'Add this DNS record for *.example.com at your DNS provider:',
    '  name:   _acme-challenge.example.com.',
    '  type:   TXT',
    '  value:  abcDEF123_-',
    '  TTL:    60 (or the lowest your provider allows)',
    '  Many providers want only "_acme-challenge" as the name: they add example.com themselves.',
  ].join('\n');
  assert.deepEqual(instructionFields(text), [
    { label: 'name', value: '_acme-challenge.example.com.', copy: true },
    { label: 'type', value: 'TXT', copy: false },
    { label: 'value', value: 'abcDEF123_-', copy: true },
    { label: 'TTL', value: '60', copy: false },
  ]);
  assert.deepEqual(
    instructionFields(
      'Put this file on your site:\n  file name:  http://x/.well-known/acme-challenge/tok\n  content:    tok.thumb',
    ),
    [
      { label: 'file name', value: 'http://x/.well-known/acme-challenge/tok', copy: true },
      { label: 'content', value: 'tok.thumb', copy: true },
    ],
  );
});

// Issue 15 "change the route later": the certificate page fills the wizard's form from the stored
// route; saving it unchanged must give the same route back, for every kind of route there is.
test('detailsFromRoute is the inverse of buildChallenge for every route kind', () => {
  const routes: Route[] = [
    { type: 'http-01', httpMode: 'builtin' },
    { type: 'http-01', httpMode: 'webroot', webroot: '/var/www/html' },
    { type: 'http-01', httpMode: 'manual' },
    {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'ssh.example.test',
      user: 'site',
      remoteRoot: 'public_html',
    },
    {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'ssh.example.test:2222',
      user: 'site',
      remoteRoot: '.',
    },
    {
      type: 'http-01',
      httpMode: 'sftp',
      host: '[2001:db8::1]:2222',
      user: 'site',
      remoteRoot: 'www',
    },
    {
      type: 'http-01',
      httpMode: 'ftp',
      host: 'ftp.example.test:2121',
      user: 'site',
      remoteRoot: 'public_html',
      tls: true,
    },
    {
      type: 'http-01',
      httpMode: 'ftp',
      host: 'ftp.example.test',
      user: 'site',
      remoteRoot: 'public_html',
      tls: true,
      insecureTls: true,
    },
    {
      type: 'http-01',
      httpMode: 'ftp',
      host: 'ftp.example.test',
      user: 'site',
      remoteRoot: 'public_html',
    },
    { type: 'dns-01', dnsMode: 'manual' },
    { type: 'dns-01', dnsMode: 'manual', propagationTimeout: 900 },
    {
      type: 'dns-01',
      dnsMode: 'rfc2136',
      server: 'ns1.example.test:53',
      tsigName: 'certdesk-key',
      tsigAlgorithm: 'hmac-sha512',
      zone: 'example.test',
    },
    {
      type: 'dns-01',
      dnsMode: 'rfc2136',
      server: 'ns1.example.test:53',
      tsigName: 'k',
      tsigAlgorithm: 'hmac-sha256',
      propagationTimeout: 60,
    },
    { type: 'dns-01', dnsMode: 'acme-dns', server: 'https://auth.example.test' },
    { type: 'dns-01', dnsMode: 'exec', command: '/usr/local/bin/dns-hook' },
    { type: 'dns-01', dnsMode: 'cloudflare' },
    { type: 'tls-alpn-01' },
  ];
  assert.deepEqual(
    [...new Set(routes.map(routeKey))].sort(),
    [...ROUTE_KEYS].sort(),
    'every route kind is covered',
  );
  for (const r of routes) {
    RouteSchema.parse(r);
    const { route, details } = detailsFromRoute(r);
    assert.equal(route, r.type);
    const back = buildChallenge(route, details);
    assert.deepEqual(back.challenge, r, `${routeKey(r)}: ${JSON.stringify(r)}`);
    assert.deepEqual(back.secrets, {}, 'no credential comes out of a stored route');
  }
  // A stored key and no password: the form opens on "log in with a key".
  const sftp = routes[3];
  assert.equal(
    detailsFromRoute(sftp, ['sftpPrivateKey', 'sftpPassphrase']).details.uploadAuth,
    'key',
  );
  assert.equal(detailsFromRoute(sftp, ['sftpPassword']).details.uploadAuth, 'password');
});

test('keepUnshown: what the form does not show stays, a pinned host key only for its own server', () => {
  const stored: Route = {
    type: 'http-01',
    httpMode: 'sftp',
    host: 'ssh.example.test',
    user: 'site',
    remoteRoot: 'public_html',
    hostKey: 'SHA256:abc',
    connectTimeout: 40,
    selfCheck: false,
  };
  const edited: Route = {
    type: 'http-01',
    httpMode: 'sftp',
    host: 'ssh.example.test',
    user: 'site',
    remoteRoot: 'www',
  };
  assert.deepEqual(keepUnshown(stored, edited), { ...stored, remoteRoot: 'www' });
  assert.deepEqual(keepUnshown(stored, { ...edited, host: 'ssh2.example.test' }), {
    type: 'http-01',
    httpMode: 'sftp',
    host: 'ssh2.example.test',
    user: 'site',
    remoteRoot: 'www',
    connectTimeout: 40,
    selfCheck: false,
  });
  const cf: Route = { type: 'dns-01', dnsMode: 'cloudflare', api: 'https://cf.example.test/v4' };
  assert.deepEqual(keepUnshown(cf, { type: 'dns-01', dnsMode: 'cloudflare' }), cf);
  assert.deepEqual(keepUnshown(stored, { type: 'tls-alpn-01' }), { type: 'tls-alpn-01' });
});

test('missingDetails: a credential main keeps need not be typed again', () => {
  const d = {
    ...emptyDetails(),
    httpMode: 'sftp' as const,
    uploadHost: 'h',
    uploadUser: 'u',
    uploadDir: 'public_html',
  };
  assert.deepEqual(missingDetails('http-01', d), ['uploadPassword']);
  assert.deepEqual(missingDetails('http-01', d, ['sftpPassword']), []);
  assert.deepEqual(
    missingDetails('http-01', { ...d, httpMode: 'ftp' }, ['sftpPassword']),
    ['uploadPassword'],
    'an SFTP password is no FTP password',
  );
  assert.deepEqual(missingDetails('http-01', { ...d, uploadAuth: 'key' }, ['sftpPassword']), [
    'uploadKey',
  ]);
  assert.deepEqual(missingDetails('http-01', { ...d, uploadAuth: 'key' }, ['sftpPrivateKey']), []);
  const dns = { ...emptyDetails(), dnsMode: 'cloudflare' as const };
  assert.deepEqual(missingDetails('dns-01', dns), ['cloudflareToken']);
  assert.deepEqual(missingDetails('dns-01', dns, ['cloudflareToken']), []);
});
