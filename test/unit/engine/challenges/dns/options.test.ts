// From CLI options to ChallengeConfig + secrets (src-main/cli/challenge-options.ts) and from
// ChallengeConfig to a solver (dns/index.ts): secrets come from files and never sit in `options`;
// each missing or misplaced option gets a sentence that says what to add.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { challengeFromOptions } from '../../../../../src-main/cli/challenge-options.ts';
import type { CliContext, Values } from '../../../../../src-main/cli/context.ts';
import { createSolver, type SolverEnv } from '../../../../../src-main/engine/challenges/index.ts';
import { silentLogger } from '../../../../../src-main/engine/ports.ts';
import '../../../../../src-main/engine/challenges/dns/index.ts';
import '../../../../../src-main/engine/challenges/tls-alpn.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-opts-'));
const file = (name: string, content: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, content, { mode: 0o600 });
  return f;
};
const ctx = (values: Values): CliContext => ({
  values,
  positionals: [],
  json: false,
  quiet: false,
  progress: () => {},
  out: () => {},
  err: () => {},
  engine: () => {
    throw new Error('not needed');
  },
  engineOptions: () => {
    throw new Error('not needed');
  },
});
const invalid = (re: RegExp) => (e: Error & { code?: string }) =>
  e.code === 'invalid-input' && re.test(e.message);

test('rfc2136: server, key name and algorithm in options; the secret only in secrets', () => {
  const secret = Buffer.alloc(32, 4).toString('base64');
  const { challenge, secrets } = challengeFromOptions(
    ctx({
      'dns-mode': 'rfc2136',
      'rfc2136-server': '192.0.2.53:53',
      'tsig-name': 'k',
      'tsig-secret-file': file('tsig', `${secret}\n`),
      'tsig-algorithm': 'hmac-sha512',
      'dns-propagation-timeout': '90',
    }),
  );
  assert.deepEqual(challenge, {
    type: 'dns-01',
    dnsMode: 'rfc2136',
    propagationTimeout: 90,
    server: '192.0.2.53:53',
    tsigName: 'k',
    tsigAlgorithm: 'hmac-sha512',
  });
  assert.deepEqual(secrets, { tsigSecret: secret });
  assert.ok(!JSON.stringify(challenge).includes(secret));
});

test('cloudflare, acme-dns, exec and manual', () => {
  const cf = challengeFromOptions(
    ctx({
      challenge: 'dns-01',
      'dns-mode': 'cloudflare',
      'cloudflare-token-file': file('cf', 'tok\n'),
      'cloudflare-api': 'http://127.0.0.1:9/client/v4',
    }),
  );
  assert.deepEqual(cf, {
    challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: 'http://127.0.0.1:9/client/v4' },
    secrets: { cloudflareToken: 'tok' },
  });
  const ad = challengeFromOptions(
    ctx({
      'dns-mode': 'acme-dns',
      'acme-dns-server': 'https://auth.example.org',
      'acme-dns-register': true,
    }),
  );
  assert.deepEqual(ad.challenge, {
    type: 'dns-01',
    dnsMode: 'acme-dns',
    server: 'https://auth.example.org',
    register: true,
  });
  const ex = challengeFromOptions(
    ctx({ 'dns-mode': 'exec', 'dns-exec': '/opt/dns.sh --flag', 'dns-exec-timeout': '30' }),
  );
  assert.deepEqual(ex.challenge, {
    type: 'dns-01',
    dnsMode: 'exec',
    command: '/opt/dns.sh --flag',
    timeout: 30,
  });
  assert.deepEqual(challengeFromOptions(ctx({ challenge: 'dns-01' })).challenge, {
    type: 'dns-01',
    dnsMode: 'manual',
  });
  assert.deepEqual(challengeFromOptions(ctx({ challenge: 'tls-alpn-01' })).challenge, {
    type: 'tls-alpn-01',
  });
});

test('missing, misplaced or out-of-range options say what to do', () => {
  assert.throws(
    () => challengeFromOptions(ctx({ 'dns-mode': 'rfc2136', 'tsig-name': 'k' })),
    invalid(/--rfc2136-server/),
  );
  assert.throws(
    () =>
      challengeFromOptions(
        ctx({ 'dns-mode': 'rfc2136', 'rfc2136-server': '1.2.3.4', 'tsig-name': 'k' }),
      ),
    invalid(/--tsig-secret-file/),
  );
  assert.throws(
    () =>
      challengeFromOptions(
        ctx({
          'dns-mode': 'rfc2136',
          'rfc2136-server': '1.2.3.4',
          'tsig-name': 'k',
          'tsig-secret-file': path.join(dir, 'none'),
        }),
      ),
    invalid(/Cannot read the TSIG secret/),
  );
  assert.throws(
    () => challengeFromOptions(ctx({ 'dns-mode': 'cloudflare' })),
    invalid(/--cloudflare-token-file/),
  );
  assert.throws(
    () =>
      challengeFromOptions(
        ctx({ 'dns-mode': 'exec', 'rfc2136-server': '1.2.3.4', 'dns-exec': 'x' }),
      ),
    invalid(/--rfc2136-server belongs to --dns-mode rfc2136, but the DNS method is exec/),
  );
  assert.throws(
    () => challengeFromOptions(ctx({ 'dns-exec': 'x', challenge: 'http-01' })),
    invalid(/add --challenge dns-01 --dns-mode exec/),
  );
  assert.throws(
    () => challengeFromOptions(ctx({ 'dns-mode': 'manual', 'dns-propagation-timeout': '7200' })),
    invalid(/from 1 to 3600/),
  );
  assert.throws(
    () => challengeFromOptions(ctx({ 'dns-mode': 'route53' })),
    invalid(/Unknown --dns-mode "route53"/),
  );
});

const env = (over: Partial<SolverEnv> = {}): SolverEnv => ({
  secret: () => undefined,
  saveSecret: async () => {},
  log: silentLogger,
  ...over,
});

test('solvers: manual is interactive and needs a person; the others need their credentials', () => {
  const prompter = { waitForUser: async () => {} };
  const manual = createSolver({ type: 'dns-01', dnsMode: 'manual' }, env({ prompter }));
  assert.equal(manual.interactive, true);
  assert.equal(manual.type, 'dns-01');
  assert.throws(
    () => createSolver({ type: 'dns-01', dnsMode: 'manual' }, env()),
    (e: Error & { code?: string }) =>
      e.code === 'unsupported' && /cannot run unattended/.test(e.message),
  );
  assert.throws(
    () =>
      createSolver(
        { type: 'dns-01', dnsMode: 'rfc2136', server: '127.0.0.1:53', tsigName: 'k' },
        env(),
      ),
    invalid(/needs the TSIG key's secret/),
  );
  const r = createSolver(
    { type: 'dns-01', dnsMode: 'rfc2136', server: '127.0.0.1:5353', tsigName: 'k' },
    env({ secret: (n) => (n === 'tsigSecret' ? Buffer.alloc(32).toString('base64') : undefined) }),
  );
  assert.equal(r.interactive, false);
  assert.match(r.label, /RFC 2136\) at 127\.0\.0\.1:5353/);
  assert.throws(
    () => createSolver({ type: 'dns-01', dnsMode: 'cloudflare' }, env()),
    invalid(/Zone\.DNS Edit/),
  );
  assert.throws(
    () => createSolver({ type: 'dns-01', dnsMode: 'acme-dns', server: 'not a url' }, env()),
    invalid(/is not a URL/),
  );
  assert.throws(
    () => createSolver({ type: 'dns-01', dnsMode: 'exec', command: 'x', timeout: 0 }, env()),
    invalid(/between 1 and 3600 seconds/),
  );
  assert.throws(
    () =>
      createSolver(
        { type: 'dns-01', dnsMode: 'manual', propagationTimeout: 5000 },
        env({ prompter }),
      ),
    invalid(/between 1 and 3600 seconds/),
  );
  assert.equal(
    createSolver({ type: 'tls-alpn-01' }, env({ tlsPort: 8443 })).label,
    'built-in TLS responder on port 8443',
  );
});
