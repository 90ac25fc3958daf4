// R12: dns-01 delegated to an acme-dns server. acme-dns is not packaged here, so
// test/helpers/fake-acme-dns.ts implements its documented HTTP API and publishes the values in
// pebble-challtestsrv at the registration's fulldomain; the person's one-time CNAME is set in
// challtestsrv too, and Pebble's VA follows it, as a real CA follows it to a real acme-dns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resolver } from 'node:dns/promises';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startFakeAcmeDns, type FakeAcmeDns } from '../helpers/fake-acme-dns.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { Prompter } from '../../src-main/engine/challenges/index.ts';
import '../../src-main/engine/challenges/dns/index.ts';
import { cliHint } from '../../src-main/cli/error-hints.ts';
import type { CertdeskError } from '../../src-main/shared/errors.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let adns: FakeAcmeDns;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;

before(async () => {
  // No authorization reuse: the renewal below must really validate again.
  pebble = await startPebble({ authzReuse: 0 });
  adns = await startFakeAcmeDns({ chall: pebble.chall });
});
after(async () => {
  await adns?.stop();
  await pebble?.stop();
});

async function ownTxt(name: string): Promise<string[]> {
  // Only records owned by the name itself (a CNAME answer carries the target's TXT too).
  const r = new Resolver({ timeout: 1000, tries: 1 });
  r.setServers([resolver()]);
  try {
    await r.resolveCname(name);
    return [];
  } catch {
    /* not a CNAME: look for own TXT */
  }
  try {
    return (await r.resolveTxt(name)).map((p) => p.join(''));
  } catch {
    return [];
  }
}

async function engine(prompter?: Prompter): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('adns'),
    caCertPem: pebble.caCertPem,
    dnsResolver: resolver(),
    ...(prompter ? { prompter } : {}),
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'adns@example.org',
    agreeTos: true,
  });
  return e;
}

test('acme-dns: registers once, asks for the one CNAME, validates through it, and renews without asking', async () => {
  const prompts: string[] = [];
  const e = await engine({
    async waitForUser(message) {
      prompts.push(message);
      // The person creates the CNAME shown.
      const name = /name:\s+(\S+)/.exec(message)![1];
      const target = /target:\s+(\S+)/.exec(message)![1];
      await pebble.chall!.setCname(name, target);
    },
  });
  const cfg = { type: 'dns-01' as const, dnsMode: 'acme-dns' as const, server: adns.url };
  const r = await e.issue({ names: ['*.adns.example.test', 'adns.example.test'], challenge: cfg });
  assert.equal(prompts.length, 1, 'one CNAME for the wildcard and the bare name');
  assert.match(prompts[0], /_acme-challenge\.adns\.example\.test\./);
  assert.match(prompts[0], /CNAME/);
  assert.match(
    prompts[0],
    new RegExp(`target:\\s+[0-9a-f-]{36}\\.${adns.domain.replace(/\./g, '\\.')}\\.`),
  );
  assert.equal(adns.registrations(), 1);
  const saved = Object.keys(e.store.read().secrets).filter((k) => k.startsWith('global:acme-dns:'));
  assert.deepEqual(
    saved,
    [`global:acme-dns:${adns.url}:adns.example.test`],
    'the registration is stored sealed for renewals',
  );
  assert.ok(!JSON.stringify(e.store.read()).includes('"password"'), 'credentials only sealed');
  const cert = e.getCertificate(r.certificate.id);
  assert.ok((await verifyChain(cert.chainPem!, await pebble.rootPem(0))).ok);
  assert.deepEqual(
    await ownTxt('_acme-challenge.adns.example.test'),
    [],
    'nothing but the CNAME at the name',
  );

  // Renewal: same registration, same CNAME, no person needed.
  const updatesBefore = adns.requests.filter((q) => q === 'POST /update').length;
  const again = await e.renew(r.certificate.id);
  assert.equal(again.reused, false);
  assert.equal(prompts.length, 1, 'no prompt on renewal');
  assert.equal(adns.registrations(), 1, 'no new registration on renewal');
  assert.ok(adns.requests.filter((q) => q === 'POST /update').length > updatesBefore);
});

test('acme-dns without a person and without the CNAME: says which record to create', async () => {
  const e = await engine();
  await assert.rejects(
    e.issue({
      names: ['nocname.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'acme-dns', server: adns.url },
    }),
    (err: Error & { code?: string }) => {
      assert.equal(err.code, 'solver');
      assert.match(
        err.message,
        /create _acme-challenge\.nocname\.example\.test\. as a CNAME to [0-9a-f-]{36}\.auth\.acme-dns\.test\./,
      );
      assert.match(err.message, /registration is saved/);
      return true;
    },
  );
});

test('acme-dns credentials the server refuses: the error says to register again', async () => {
  const e = await engine();
  const accounts = {
    'refused.example.test': {
      username: '00000000-0000-0000-0000-000000000000',
      password: 'wrong',
      fulldomain: `x.${adns.domain}`,
      subdomain: 'x',
    },
  };
  await pebble.chall!.setCname('_acme-challenge.refused.example.test', `x.${adns.domain}`);
  try {
    await assert.rejects(
      e.issue({
        names: ['refused.example.test'],
        challenge: { type: 'dns-01', dnsMode: 'acme-dns', server: adns.url },
        secrets: { acmeDnsAccounts: JSON.stringify(accounts) },
      }),
      (err: CertdeskError) =>
        err.code === 'credentials-refused' &&
        /refused the saved registration .* \(HTTP 401\)/.test(err.message) &&
        !/--[a-z]/.test(err.message) &&
        /--acme-dns-register/.test(cliHint(err)),
    );
  } finally {
    await pebble.chall!.clearCname('_acme-challenge.refused.example.test');
  }
});
