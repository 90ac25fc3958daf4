// ACME profiles and IP-address names (issue 18): what the directory says decides, before any order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkIpNames,
  checkProfile,
  ipAllowedBy,
  ipProfilesOf,
  profilesOf,
} from '../../../src-main/engine/profiles.ts';
import { checkNames } from '../../../src-main/engine/names.ts';
import { certInfo } from '../../../src-main/engine/cert-info.ts';
import { sniName } from '../../../src-main/engine/challenges/tls-alpn.ts';

const LE = {
  meta: {
    profiles: {
      classic: 'The same profile you have been getting all along',
      tlsserver: 'https://letsencrypt.org/docs/profiles#tlsserver',
      shortlived: 'https://letsencrypt.org/docs/profiles#shortlived',
    },
  },
};
const NONE = { meta: {} };

test('profiles are read from meta.profiles with the CA descriptions', () => {
  assert.deepEqual(
    profilesOf(LE).map((p) => p.name),
    ['classic', 'tlsserver', 'shortlived'],
  );
  assert.equal(profilesOf(LE)[0].description, 'The same profile you have been getting all along');
  assert.deepEqual(profilesOf(NONE), []);
  assert.deepEqual(profilesOf({ meta: { profiles: 'x' as never } }), []);
});

test('an unknown profile is refused with the list; none chosen is always fine', () => {
  checkProfile(LE, undefined);
  checkProfile(LE, 'tlsserver');
  assert.throws(
    () => checkProfile(LE, 'classik'),
    (e: Error & { code?: string }) =>
      e.code === 'invalid-input' && /"classik".*classic, tlsserver, shortlived/.test(e.message),
  );
  assert.throws(() => checkProfile(NONE, 'shortlived'), /does not offer profiles/);
});

test('IP addresses: only the profile that allows them, never dns-01, free where no profiles', () => {
  const o = { dir: LE, caId: 'letsencrypt' as const, challenge: 'http-01' };
  assert.deepEqual(ipProfilesOf(LE, 'letsencrypt'), ['shortlived']);
  assert.equal(ipProfilesOf(NONE, 'custom'), null);
  checkIpNames(['example.com'], o);
  checkIpNames(['192.0.2.1'], { ...o, profile: 'shortlived' });
  assert.throws(() => checkIpNames(['192.0.2.1'], o), /only with the "shortlived" profile/);
  assert.throws(
    () => checkIpNames(['192.0.2.1'], { ...o, profile: 'classic' }),
    /only with the "shortlived" profile/,
  );
  assert.throws(
    () => checkIpNames(['2001:db8::1'], { ...o, profile: 'shortlived', challenge: 'dns-01' }),
    /never through DNS/,
  );
  checkIpNames(['192.0.2.1'], { ...o, dir: NONE, caId: 'custom' });
  assert.throws(
    () =>
      checkIpNames(['192.0.2.1'], {
        ...o,
        dir: { meta: { profiles: { classic: 'x' } } },
        caId: 'custom',
      }),
    /offers no profile that allows IP/,
  );
  assert.equal(ipAllowedBy(LE, 'letsencrypt', 'shortlived'), true);
  assert.equal(ipAllowedBy(LE, 'letsencrypt', undefined), false);
  assert.equal(ipAllowedBy(NONE, 'custom', undefined), true);
});

test('names: an IP address passes only when allowed, in one spelling', () => {
  assert.match(checkNames(['192.0.2.1'], 'http-01').problems[0].reason, /"shortlived"/);
  assert.deepEqual(checkNames(['192.0.2.1', '[2001:DB8:0::1]'], 'http-01', { allowIp: true }), {
    names: ['192.0.2.1', '2001:db8::1'],
    problems: [],
  });
  assert.match(
    checkNames(['192.0.2.1'], 'dns-01', { allowIp: true }).problems[0].reason,
    /never through DNS/,
  );
});

test('certInfo lists IP SANs next to DNS names (so an IP certificate is verified as issued)', async () => {
  const { execFileSync } = await import('node:child_process');
  const pem = execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      '/dev/null',
      '-subj',
      '/CN=x',
      '-days',
      '1',
      '-addext',
      'subjectAltName=IP:192.0.2.1,IP:2001:db8::1,DNS:a.example',
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(certInfo(pem).names.sort(), ['192.0.2.1', '2001:db8::1', 'a.example']);
});

test('tls-alpn-01 for an address answers the reverse-DNS SNI of RFC 8738 section 6', () => {
  assert.equal(sniName('Example.COM'), 'example.com');
  assert.equal(sniName('127.0.0.1'), '1.0.0.127.in-addr.arpa');
  // The RFC's own example.
  assert.equal(
    sniName('2001:db8::1'),
    '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
  );
});
