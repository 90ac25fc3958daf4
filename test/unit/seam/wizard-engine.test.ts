// The seam between the window and the engine (issue 15): what the wizard's model really produces
// crosses the real IPC contract (cert:issue's zod schema, as main validates it) and goes into the
// engine's real solver factory. Each side has its own tests; this one fails when a key on either
// side changes (the SFTP route was broken here while both sides were green).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTRACT } from '../../../src-main/shared/contract.ts';
import {
  ROUTE_KEYS,
  routeKey,
  type RouteKey,
  type RouteSecrets,
} from '../../../src-main/shared/route.ts';
import { createSolver, type SolverEnv } from '../../../src-main/engine/challenges/index.ts';
import '../../../src-main/engine/engine.ts'; // registers every solver module, as the app does
import {
  buildChallenge,
  emptyDetails,
  type Details,
  type Route,
} from '../../../src-renderer/screens/wizard/model.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';
const TSIG = Buffer.alloc(32, 7).toString('base64');

type Case = {
  name: string;
  route: Route;
  details: Partial<Details>;
  key: RouteKey;
  label: RegExp;
  secrets: (keyof RouteSecrets)[];
};
const upload = {
  uploadHost: 'ssh.example.test',
  uploadUser: 'site1',
  uploadDir: 'public_html',
  uploadPassword: 'pw',
};

/** Every route and every option the wizard's details form can set. */
const CASES: Case[] = [
  {
    name: 'built-in web server',
    route: 'http-01',
    details: { httpMode: 'builtin' },
    key: 'http-01:builtin',
    label: /built-in web server/,
    secrets: [],
  },
  {
    name: 'webroot',
    route: 'http-01',
    details: { httpMode: 'webroot', webroot: ' /var/www/html ' },
    key: 'http-01:webroot',
    label: /\/var\/www\/html/,
    secrets: [],
  },
  {
    name: 'manual http-01',
    route: 'http-01',
    details: { httpMode: 'manual' },
    key: 'http-01:manual',
    label: /./,
    secrets: [],
  },
  {
    name: 'SFTP, password',
    route: 'http-01',
    details: { httpMode: 'sftp', ...upload },
    key: 'http-01:sftp',
    label: /^SFTP upload to site1@ssh\.example\.test:public_html$/,
    secrets: ['sftpPassword'],
  },
  {
    name: 'SFTP, own port',
    route: 'http-01',
    details: { httpMode: 'sftp', ...upload, uploadPort: '2222' },
    key: 'http-01:sftp',
    label: /^SFTP upload to site1@ssh\.example\.test port 2222:public_html$/,
    secrets: ['sftpPassword'],
  },
  {
    name: 'SFTP, key file and passphrase',
    route: 'http-01',
    details: {
      httpMode: 'sftp',
      ...upload,
      uploadAuth: 'key',
      uploadKey: KEY,
      uploadPassphrase: 'open',
    },
    key: 'http-01:sftp',
    label: /site1@ssh\.example\.test/,
    secrets: ['sftpPrivateKey', 'sftpPassphrase'],
  },
  {
    name: 'SFTP, login folder',
    route: 'http-01',
    details: { httpMode: 'sftp', ...upload, uploadDir: '.' },
    key: 'http-01:sftp',
    label: /^SFTP upload to site1@ssh\.example\.test:\.$/,
    secrets: ['sftpPassword'],
  },
  {
    name: 'FTPS (default)',
    route: 'http-01',
    details: { httpMode: 'ftp', ...upload },
    key: 'http-01:ftp',
    label: /^FTPS upload to site1@ssh\.example\.test:public_html$/,
    secrets: ['ftpPassword'],
  },
  {
    name: 'plain FTP',
    route: 'http-01',
    details: { httpMode: 'ftp', ...upload, uploadTls: false },
    key: 'http-01:ftp',
    label: /^(?!.*FTPS).*FTP.*site1@/,
    secrets: ['ftpPassword'],
  },
  {
    name: 'FTPS, self-signed',
    route: 'http-01',
    details: { httpMode: 'ftp', ...upload, uploadTls: false, uploadInsecureTls: true },
    key: 'http-01:ftp',
    label: /FTPS/,
    secrets: ['ftpPassword'],
  },
  {
    name: 'tls-alpn-01',
    route: 'tls-alpn-01',
    details: {},
    key: 'tls-alpn-01',
    label: /TLS responder/,
    secrets: [],
  },
  {
    name: 'manual DNS',
    route: 'dns-01',
    details: { dnsMode: 'manual', propagationTimeout: '900' },
    key: 'dns-01:manual',
    label: /./,
    secrets: [],
  },
  {
    name: 'RFC 2136',
    route: 'dns-01',
    details: {
      dnsMode: 'rfc2136',
      rfc2136Server: '127.0.0.1:5353',
      tsigName: 'certdesk.',
      tsigSecret: TSIG,
      tsigAlgorithm: 'hmac-sha512',
      rfc2136Zone: 'example.test',
    },
    key: 'dns-01:rfc2136',
    label: /RFC 2136\) at 127\.0\.0\.1:5353/,
    secrets: ['tsigSecret'],
  },
  {
    name: 'acme-dns',
    route: 'dns-01',
    details: { dnsMode: 'acme-dns', acmeDnsServer: 'https://auth.example.test' },
    key: 'dns-01:acme-dns',
    label: /auth\.example\.test/,
    secrets: [],
  },
  {
    name: 'script',
    route: 'dns-01',
    details: { dnsMode: 'exec', execCommand: '/usr/local/bin/dns-hook' },
    key: 'dns-01:exec',
    label: /dns-hook/,
    secrets: [],
  },
  {
    name: 'Cloudflare',
    route: 'dns-01',
    details: { dnsMode: 'cloudflare', cloudflareToken: ' tok ', propagationTimeout: '60' },
    key: 'dns-01:cloudflare',
    label: /Cloudflare/,
    secrets: ['cloudflareToken'],
  },
];

test('the cases cover every route of the contract', () => {
  assert.deepEqual([...new Set(CASES.map((c) => c.key))].sort(), [...ROUTE_KEYS].sort());
});

for (const c of CASES) {
  test(`wizard -> contract -> solver factory: ${c.name}`, () => {
    const built = buildChallenge(c.route, { ...emptyDetails(), ...c.details });
    // Exactly what main does with the request: the contract's schema, strict about unknown keys.
    const input = CONTRACT['cert:issue'].input.parse({
      names: ['seam.example.test'],
      runId: 'seam-run-1',
      challenge: built.challenge,
      secrets: built.secrets,
    });
    assert.equal(routeKey(input.challenge), c.key);
    assert.deepEqual(Object.keys(input.secrets ?? {}).sort(), [...c.secrets].sort());
    const env: SolverEnv = {
      httpPort: 5002,
      tlsPort: 5001,
      prompter: { waitForUser: async () => {} },
      log: silentLogger,
      secret: (name) => input.secrets?.[name as keyof RouteSecrets],
      saveSecret: async () => {},
    };
    const solver = createSolver(input.challenge, env);
    assert.equal(solver.type, input.challenge.type);
    assert.match(solver.label, c.label);
    assert.ok(
      !solver.label.includes('pw') && !solver.label.includes(TSIG),
      'no credential in the label',
    );
  });
}

test('a key the wizard might misspell is refused at the contract, not ignored by a solver', () => {
  const sftp = buildChallenge('http-01', {
    ...emptyDetails(),
    httpMode: 'sftp',
    ...upload,
  }).challenge;
  const misspelt = { ...sftp, username: 'site1' };
  assert.equal(
    CONTRACT['cert:issue'].input.safeParse({ names: ['x.example.test'], challenge: misspelt })
      .success,
    false,
  );
  const secret = CONTRACT['cert:issue'].input.safeParse({
    names: ['x.example.test'],
    challenge: sftp,
    secrets: { sftpPasword: 'pw' },
  });
  assert.equal(secret.success, false);
});
