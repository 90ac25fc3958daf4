// R12: dns-01 through Cloudflare's API with a scoped token. Cloudflare itself is out of reach in
// tests, so test/helpers/fake-cloudflare.ts stands in for the API (same endpoints and envelopes,
// Bearer token checked) and mirrors records into pebble-challtestsrv, where Pebble's VA looks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resolver } from 'node:dns/promises';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startFakeCloudflare, type FakeCloudflare } from '../helpers/fake-cloudflare.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { issueServerCert, makeTestCa, type TestCa } from '../helpers/tls.ts';
import '../../src-main/engine/challenges/dns/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const DNS_IMPORT: Record<string, string> = {}; // the CLI registers every solver itself
const TOKEN = 'cf-scoped-token-for-tests-0123456789';

let pebble: Pebble;
let cf: FakeCloudflare;
/** The same stand-in over https, as Certdesk requires outside tests (issue 20). */
let cfs: FakeCloudflare;
/** A second API a changed route points at: it must never see the stored token. */
let elsewhere: FakeCloudflare;
let testCa: TestCa;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;

before(async () => {
  pebble = await startPebble();
  cf = await startFakeCloudflare({ token: TOKEN, zones: ['example.test'], chall: pebble.chall });
  const certDir = tmp('cf-tls');
  testCa = await makeTestCa(certDir);
  const server = await issueServerCert(testCa, certDir);
  cfs = await startFakeCloudflare({
    token: TOKEN,
    zones: ['example.test'],
    chall: pebble.chall,
    tls: { key: server.keyPem, cert: server.certPem },
  });
  elsewhere = await startFakeCloudflare({ token: 'another', zones: ['example.test'] });
});
after(async () => {
  await cf?.stop();
  await cfs?.stop();
  await elsewhere?.stop();
  await pebble?.stop();
});

async function txt(name: string): Promise<string[]> {
  const r = new Resolver({ timeout: 1000, tries: 1 });
  r.setServers([resolver()]);
  try {
    return (await r.resolveTxt(name)).map((p) => p.join(''));
  } catch {
    return [];
  }
}
async function engine(): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('eng'),
    caCertPem: pebble.caCertPem,
    dnsResolver: resolver(),
    // The Cloudflare stand-in speaks plain http on loopback; only a test can allow that.
    plainHttpDnsApiForTests: true,
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'cf@example.org',
    agreeTos: true,
  });
  return e;
}

test('Cloudflare through the CLI: token from a file, record created then deleted, certificate issued', async () => {
  const d = tmp('cli');
  const tokenFile = path.join(d, 'cf-token');
  writeFileSync(tokenFile, `${TOKEN}\n`, { mode: 0o600 });
  const common = ['--data-dir', d, '--ca-cert', pebble.caCertPath, '--dns-resolver', resolver()];
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--email',
        'f@example.org',
        '--directory',
        pebble.directoryUrl,
        '--agree-tos',
        ...common,
      ])
    ).code,
    0,
  );
  const before = cfs.requests.length;
  const r = await runCli(
    [
      'issue',
      '--domain',
      'cf.example.test',
      '--dns-mode',
      'cloudflare',
      '--cloudflare-token-file',
      tokenFile,
      '--cloudflare-api',
      cfs.api,
      '--json',
      '--verbose',
      ...common,
    ],
    // The stand-in's https certificate is trusted the way a company CA would be.
    { env: { ...DNS_IMPORT, NODE_EXTRA_CA_CERTS: testCa.caCertPath } },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.ok((await verifyChain(JSON.parse(r.stdout).chainPem, await pebble.rootPem(0))).ok);
  assert.ok(!r.stderr.includes(TOKEN) && !r.stdout.includes(TOKEN), 'the token never shows');
  const reqs = cfs.requests.slice(before);
  assert.ok(
    reqs.some((q) => /^POST \/client\/v4\/zones\/\w+\/dns_records$/.test(q)),
    reqs.join('\n'),
  );
  assert.ok(
    reqs.some((q) => /^DELETE \/client\/v4\/zones\/\w+\/dns_records\/\w+$/.test(q)),
    reqs.join('\n'),
  );
  assert.deepEqual(cfs.records(), []);
  assert.deepEqual(await txt('_acme-challenge.cf.example.test'), []);
});

test('Cloudflare, wildcard plus bare name: two records on one name, each deleted by its id', async () => {
  const e = await engine();
  let most = 0;
  const r = await e.issue({
    names: ['*.cfw.example.test', 'cfw.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
    secrets: { cloudflareToken: TOKEN },
    onProgress: () => {
      most = Math.max(most, cf.records().length);
    },
  });
  assert.equal(r.certificate.names.length, 2);
  assert.equal(most, 2, 'both TXT records existed at the same time');
  assert.deepEqual(cf.records(), []);
  assert.deepEqual(await txt('_acme-challenge.cfw.example.test'), []);
});

test('a token Cloudflare refuses: the error names the permission and the zone', async () => {
  const e = await engine();
  await assert.rejects(
    e.issue({
      names: ['denied.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
      secrets: { cloudflareToken: 'a-token-without-access' },
    }),
    (err: Error & { code?: string }) => {
      assert.equal(err.code, 'credentials-refused');
      assert.match(err.message, /Cloudflare refused the token \(HTTP 403\)/);
      assert.match(
        err.message,
        /needs Zone\.DNS Edit permission for the zone of denied\.example\.test/,
      );
      assert.ok(!err.message.includes('a-token-without-access'));
      return true;
    },
  );
  assert.deepEqual(cf.records(), []);
});

// Issue 20, part 2: the review's attack. A certificate's Cloudflare token is stored sealed; a
// request (the window, the bridge) asks for the same names with `force` and another API address.
test('a forced issuance to another Cloudflare API does not take the stored token there', async () => {
  const e = await engine();
  const names = ['moved.example.test'];
  await e.issue({
    names,
    challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
    secrets: { cloudflareToken: TOKEN },
  });
  const before = elsewhere.requests.length;
  await assert.rejects(
    e.issue({
      names,
      force: true,
      challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: elsewhere.api },
    }),
    (err: Error & { code?: string }) => {
      assert.equal(err.code, 'credentials-needed');
      assert.match(err.message, /belongs to the server or account you changed/);
      assert.match(err.message, /Type the Cloudflare API token for the new one/);
      return true;
    },
  );
  assert.equal(elsewhere.requests.length, before, 'the other API heard nothing');
  // Nothing changed: the stored route and its token still renew at the first API.
  assert.equal(e.listCertificates()[0].names[0], names[0]);
  const id = e.listCertificates().find((c) => c.names[0] === names[0])!.id;
  const renewed = await e.renew(id);
  assert.equal(renewed.reused, false);
  // The same API written with a trailing slash is the same destination: the sealed token opens.
  await e.issue({
    names,
    force: true,
    challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: `${cf.api}/` },
  });
  assert.equal(elsewhere.requests.length, before);
});

test('a plain-http Cloudflare API is refused outside tests (no test option, as every face)', async () => {
  const e = await Engine.open({ dataDir: tmp('cf-http'), caCertPem: pebble.caCertPem });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'h@example.org',
    agreeTos: true,
  });
  const before = cf.requests.length;
  await assert.rejects(
    e.issue({
      names: ['plain.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'cloudflare', api: cf.api },
      secrets: { cloudflareToken: TOKEN },
    }),
    (err: Error & { code?: string }) => {
      assert.equal(err.code, 'invalid-input');
      assert.match(err.message, /must start with https:\/\//);
      return true;
    },
  );
  assert.equal(cf.requests.length, before, 'the token was never sent over http');
});

test("a test's Cloudflare API (EngineOptions.cloudflareApiForTests) serves routes that name none, checked like a route's own", async () => {
  const e = await engine();
  e.opts.cloudflareApiForTests = cf.api;
  const posts = () => cf.requests.filter((r) => r.startsWith('POST ')).length;
  const before = posts();
  const r = await e.issue({
    names: ['default-api.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'cloudflare' },
    secrets: { cloudflareToken: TOKEN },
  });
  assert.equal(r.certificate.status, 'valid');
  assert.equal(posts() - before, 1, 'the record was created at the stand-in');
  // Without the plain-http switch the same address is refused before the token is sent.
  e.opts.plainHttpDnsApiForTests = false;
  const sent = cf.requests.length;
  await assert.rejects(
    e.issue({
      names: ['default-api-2.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'cloudflare' },
      secrets: { cloudflareToken: TOKEN },
    }),
    /must start with https:\/\//,
  );
  assert.equal(cf.requests.length, sent);
});
