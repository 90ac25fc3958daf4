// Store migration 1 -> 2 (issue 15): a data folder written by the version before the typed route
// contract, with one certificate per route in the shapes its two writers produced (the CLI's option
// keys, and the wizard's host/username/remoteDir), opens as typed routes that the real solver
// factory builds, with the credentials that were sealed then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createSolver } from '../../../src-main/engine/challenges/index.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { RouteSchema, routeKey, type SecretName } from '../../../src-main/shared/route.ts';
import { openCertSecret } from '../../../src-main/engine/secret-binding.ts';
import { singleFileContent, writeSingleFile } from '../../helpers/single-file-store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const TSIG = Buffer.alloc(32, 3).toString('base64');

/** What schema 1 stored, per certificate: its challenge, the secrets sealed for it, the route and label expected now. */
const V1: {
  id: string;
  challenge: Record<string, unknown>;
  secrets?: Record<string, string>;
  expect: Record<string, unknown>;
  label: RegExp;
}[] = [
  {
    id: 'builtin',
    challenge: { type: 'http-01' },
    expect: { type: 'http-01', httpMode: 'builtin' },
    label: /built-in web server/,
  },
  {
    id: 'webroot',
    challenge: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
    expect: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
    label: /\/var\/www/,
  },
  {
    id: 'manualhttp',
    challenge: { type: 'http-01', httpMode: 'manual' },
    expect: { type: 'http-01', httpMode: 'manual' },
    label: /./,
  },
  {
    id: 'clisftp',
    secrets: { sftpPassword: 'pw1' },
    challenge: {
      type: 'http-01',
      httpMode: 'sftp',
      options: {
        sftpHost: 'ssh.example.test:2222',
        sftpUser: 'site',
        remoteRoot: 'public_html',
        sftpHostKey: `SHA256:${'A'.repeat(43)}`,
        connectTimeout: 5,
        uploadSelfCheck: false,
      },
    },
    expect: {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'ssh.example.test:2222',
      user: 'site',
      remoteRoot: 'public_html',
      hostKey: `SHA256:${'A'.repeat(43)}`,
      connectTimeout: 5,
      selfCheck: false,
    },
    label: /^SFTP upload to site@ssh\.example\.test port 2222:public_html$/,
  },
  {
    id: 'cliftp',
    secrets: { ftpPassword: 'pw2' },
    challenge: {
      type: 'http-01',
      httpMode: 'ftp',
      options: {
        ftpHost: 'ftp.example.test',
        ftpUser: 'site',
        remoteRoot: 'www',
        ftpTls: true,
        ftpInsecureTls: true,
      },
    },
    expect: {
      type: 'http-01',
      httpMode: 'ftp',
      host: 'ftp.example.test',
      user: 'site',
      remoteRoot: 'www',
      tls: true,
      insecureTls: true,
    },
    label: /^FTPS upload to site@ftp\.example\.test:www$/,
  },
  {
    // What the wizard stored before the fix: keys no solver read.
    id: 'wizardsftp',
    secrets: { sftpPassword: 'pw3' },
    challenge: {
      type: 'http-01',
      httpMode: 'sftp',
      options: { host: 'ssh.example.test', username: 'me', remoteDir: '/', port: 2200 },
    },
    expect: {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'ssh.example.test:2200',
      user: 'me',
      remoteRoot: '.',
    },
    label: /^SFTP upload to me@ssh\.example\.test port 2200:\.$/,
  },
  {
    id: 'wizardftp',
    secrets: { ftpPassword: 'pw4' },
    challenge: {
      type: 'http-01',
      httpMode: 'ftp',
      options: { host: 'ftp.example.test', username: 'me', remoteDir: 'public_html' },
    },
    expect: {
      type: 'http-01',
      httpMode: 'ftp',
      host: 'ftp.example.test',
      user: 'me',
      remoteRoot: 'public_html',
    },
    label: /^FTP upload to me@ftp\.example\.test:public_html$/,
  },
  {
    id: 'tlsalpn',
    challenge: { type: 'tls-alpn-01' },
    expect: { type: 'tls-alpn-01' },
    label: /TLS responder/,
  },
  {
    id: 'manualdns',
    challenge: { type: 'dns-01', dnsMode: 'manual', options: { propagationTimeout: 900 } },
    expect: { type: 'dns-01', dnsMode: 'manual', propagationTimeout: 900 },
    label: /./,
  },
  {
    id: 'nomodedns',
    challenge: { type: 'dns-01' },
    expect: { type: 'dns-01', dnsMode: 'manual' },
    label: /./,
  },
  {
    id: 'rfc2136',
    secrets: { tsigSecret: TSIG },
    challenge: {
      type: 'dns-01',
      dnsMode: 'rfc2136',
      options: {
        rfc2136Server: '127.0.0.1:5353',
        tsigName: 'k.',
        tsigAlgorithm: 'hmac-sha512',
        rfc2136Zone: 'example.test',
        propagationTimeout: 60,
      },
    },
    expect: {
      type: 'dns-01',
      dnsMode: 'rfc2136',
      server: '127.0.0.1:5353',
      tsigName: 'k.',
      tsigAlgorithm: 'hmac-sha512',
      zone: 'example.test',
      propagationTimeout: 60,
    },
    label: /RFC 2136\) at 127\.0\.0\.1:5353/,
  },
  {
    id: 'acmedns',
    challenge: {
      type: 'dns-01',
      dnsMode: 'acme-dns',
      options: { acmeDnsServer: 'https://auth.example.test', acmeDnsRegister: true },
    },
    expect: {
      type: 'dns-01',
      dnsMode: 'acme-dns',
      server: 'https://auth.example.test',
      register: true,
    },
    label: /auth\.example\.test/,
  },
  {
    id: 'exec',
    challenge: {
      type: 'dns-01',
      dnsMode: 'exec',
      options: { execCommand: '/opt/hook.sh', execTimeout: 30 },
    },
    expect: { type: 'dns-01', dnsMode: 'exec', command: '/opt/hook.sh', timeout: 30 },
    label: /hook\.sh/,
  },
  {
    id: 'cloudflare',
    secrets: { cloudflareToken: 'tok' },
    challenge: {
      type: 'dns-01',
      dnsMode: 'cloudflare',
      options: { cloudflareApi: 'https://cf.example.test/client/v4' },
    },
    expect: { type: 'dns-01', dnsMode: 'cloudflare', api: 'https://cf.example.test/client/v4' },
    label: /Cloudflare/,
  },
];

test('a schema-1 store with every route, from the CLI and from the wizard, migrates to typed routes that build solvers', async () => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-migroutes-')), 'data');
  // Seal the secrets with this folder's own master key, as the old version did.
  const first = await Engine.open({ dataDir: dir });
  await first.store.update((d) => {
    for (const c of V1) {
      for (const [name, value] of Object.entries(c.secrets ?? {}))
        d.secrets[`${c.id}:${name}`] = first.store.secrets.seal(value, `secret:${c.id}:${name}`);
    }
  });
  // The store as version 1 wrote it: one file (test/helpers/single-file-store.ts, issue 22).
  const raw = await singleFileContent(dir);
  raw.schemaVersion = 1;
  raw.certificates = Object.fromEntries(
    V1.map((c) => [
      c.id,
      {
        id: c.id,
        names: [`${c.id}.example.test`],
        accountId: 'acc1',
        keyType: 'ec256',
        challenge: c.challenge,
        createdAt: '2026-01-01T00:00:00.000Z',
        current: null,
        previous: null,
        attempts: [],
        exports: [],
      },
    ]),
  );
  writeSingleFile(dir, raw);

  const engine = await Engine.open({ dataDir: dir });
  assert.ok(engine.store.notices.some((n) => n.kind === 'migrated' && n.from === 1));
  for (const c of V1) {
    const stored = engine.getStored(c.id);
    assert.deepEqual(stored.challenge, c.expect, c.id);
    const route = RouteSchema.parse(stored.challenge);
    const secrets = engine.store.read().secrets;
    const solver = createSolver(route, {
      httpPort: 5002,
      tlsPort: 5001,
      prompter: { waitForUser: async () => {} },
      log: silentLogger,
      saveSecret: async () => {},
      secret: (name) => {
        const sealed = secrets[`${c.id}:${name}`];
        // Opened as the engine opens them: bound to the route's destination (issue 20), which the
        // engine rebinds old secrets to when it opens the folder.
        return sealed
          ? openCertSecret(engine.store.secrets, sealed, c.id, name as SecretName, route)
          : undefined;
      },
    });
    assert.match(solver.label, c.label, `${c.id} (${routeKey(route)})`);
  }
  // Nothing sealed moved: each secret still opens under its old name, for its own destination.
  for (const c of V1)
    for (const [name, value] of Object.entries(c.secrets ?? {})) {
      const sealed = engine.store.read().secrets[`${c.id}:${name}`];
      const route = RouteSchema.parse(engine.getStored(c.id).challenge);
      assert.equal(
        openCertSecret(engine.store.secrets, sealed, c.id, name as SecretName, route),
        value,
      );
    }
});
