// R12/R15: dns-01 through RFC 2136 + TSIG against a real BIND 9, with Pebble's VA resolving
// through that BIND. Certificates for one name (CLI) and for a wildcard plus its bare name (two
// TXT values on one name at once); the wrong key ends in a clear error; no TXT record remains.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startBind, type Bind } from '../helpers/bind.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { IssueStep } from '../../src-main/shared/types.ts';
import '../../src-main/engine/challenges/dns/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
// Registers the dns-01 solvers in the CLI child too, until the engine imports them itself.
const DNS_IMPORT: Record<string, string> = {}; // the CLI registers every solver itself

let bind: Bind;
let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));

before(async () => {
  bind = await startBind({ zone: 'example.test' });
  // No authorization reuse: the unattended renewal below must really validate again.
  pebble = await startPebble({ dnsServer: bind.server, authzReuse: 0 });
});
after(async () => {
  await pebble?.stop();
  await bind?.stop();
});

function secretFile(secret: string): string {
  const f = path.join(tmp('tsig'), 'tsig.key');
  writeFileSync(
    f,
    `key "${bind.keyName}" {\n\talgorithm hmac-sha256;\n\tsecret "${secret}";\n};\n`,
    { mode: 0o600 },
  );
  return f;
}
const common = (d: string) => [
  '--data-dir',
  d,
  '--ca-cert',
  pebble.caCertPath,
  '--dns-resolver',
  bind.server,
];

async function engineWithAccount(): Promise<Engine> {
  const engine = await Engine.open({
    dataDir: tmp('eng'),
    caCertPem: pebble.caCertPem,
    dnsResolver: bind.server,
  });
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'dns@example.org',
    agreeTos: true,
  });
  return engine;
}

test('rfc2136 through the CLI: certificate issued, TXT record removed from BIND afterwards', async () => {
  const d = tmp('r1');
  const acct = await runCli([
    'account',
    'create',
    '--email',
    'a@example.org',
    '--directory',
    pebble.directoryUrl,
    '--agree-tos',
    ...common(d),
  ]);
  assert.equal(acct.code, 0, acct.stderr);
  const r = await runCli(
    [
      'issue',
      '--domain',
      'www.example.test',
      '--challenge',
      'dns-01',
      '--dns-mode',
      'rfc2136',
      '--rfc2136-server',
      bind.server,
      '--tsig-name',
      bind.keyName,
      '--tsig-secret-file',
      secretFile(bind.keySecret),
      '--json',
      '--verbose',
      ...common(d),
    ],
    { env: DNS_IMPORT },
  );
  assert.equal(r.code, 0, `${r.stderr}\n${pebble.logTail()}`);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.names, ['www.example.test']);
  assert.ok((await verifyChain(out.chainPem, await pebble.rootPem(0))).ok);
  assert.match(r.stderr, /has the TXT record/, 'a propagation line per name server');
  assert.doesNotMatch(
    r.stderr + r.stdout,
    new RegExp(bind.keySecret.slice(0, 12).replace(/[+/]/g, '.')),
    'the secret never shows',
  );
  assert.deepEqual(await bind.txt('_acme-challenge.www.example.test'), []);

  // R12: the renewal runs unattended with the key stored sealed at the first issuance.
  const again = await runCli(['renew', '--id', out.id, '--force', '--json', ...common(d)], {
    env: DNS_IMPORT,
  });
  assert.equal(again.code, 0, again.stderr);
  const renewed = JSON.parse(again.stdout);
  assert.notEqual(JSON.stringify(renewed), '[]', again.stdout);
  const shown = JSON.parse((await runCli(['show', out.id, '--json', ...common(d)])).stdout);
  assert.notEqual(shown.chainPem, out.chainPem, 'a new certificate');
  assert.deepEqual(await bind.txt('_acme-challenge.www.example.test'), []);
});

test('wildcard plus bare name in one order: both TXT values coexist, then both go', async () => {
  const engine = await engineWithAccount();
  const seen: string[][] = [];
  const steps: IssueStep[] = [];
  const r = await engine.issue({
    names: ['*.example.test', 'example.test'],
    challenge: {
      type: 'dns-01',
      dnsMode: 'rfc2136',
      server: bind.server,
      tsigName: bind.keyName,
      propagationTimeout: 20,
    },
    secrets: { tsigSecret: bind.keySecret },
    onProgress: (s) => {
      steps.push(s);
      if (s.step === 'validation' && /checking/.test(s.message))
        void bind.txt('_acme-challenge.example.test').then((v) => seen.push(v));
    },
  });
  assert.deepEqual([...r.certificate.names].sort(), ['*.example.test', 'example.test']);
  const props = steps.filter((s) => s.step === 'propagation');
  assert.ok(props.some((s) => s.step === 'propagation' && s.name === '*.example.test' && s.ok));
  assert.ok(props.some((s) => s.step === 'propagation' && s.name === 'example.test' && s.ok));
  assert.ok(
    seen.some((v) => v.length === 2),
    `both values were published together (saw ${JSON.stringify(seen)})`,
  );
  assert.deepEqual(await bind.txt('_acme-challenge.example.test'), []);
});

test('wrong TSIG secret: a clear error about the key, nothing left in the zone', async () => {
  const engine = await engineWithAccount();
  const wrong = Buffer.alloc(32, 7).toString('base64');
  await assert.rejects(
    engine.issue({
      names: ['bad.example.test'],
      challenge: {
        type: 'dns-01',
        dnsMode: 'rfc2136',
        server: bind.server,
        tsigName: bind.keyName,
      },
      secrets: { tsigSecret: wrong },
    }),
    (e: Error & { code?: string }) => {
      assert.equal(e.code, 'credentials-refused');
      assert.match(e.message, /refused the key \(BADSIG\/NOTAUTH\)/);
      assert.match(e.message, /check the key name .* the secret and the algorithm/);
      assert.ok(!e.message.includes(wrong));
      return true;
    },
  );
  await assert.rejects(
    engine.issue({
      names: ['bad.example.test'],
      challenge: {
        type: 'dns-01',
        dnsMode: 'rfc2136',
        server: bind.server,
        tsigName: 'no-such-key',
      },
      secrets: { tsigSecret: bind.keySecret },
    }),
    (e: Error & { code?: string }) =>
      e.code === 'credentials-refused' &&
      /BADKEY/.test(e.message) &&
      /"no-such-key"/.test(e.message),
  );
  assert.deepEqual(await bind.txt('_acme-challenge.bad.example.test'), []);
});

test('CLI: a wrong key file ends with the error sentence, not a stack trace', async () => {
  const d = tmp('r2');
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--email',
        'b@example.org',
        '--directory',
        pebble.directoryUrl,
        '--agree-tos',
        ...common(d),
      ])
    ).code,
    0,
  );
  const r = await runCli(
    [
      'issue',
      '--domain',
      'cli-bad.example.test',
      '--dns-mode',
      'rfc2136',
      '--rfc2136-server',
      bind.server,
      '--tsig-name',
      bind.keyName,
      '--tsig-secret-file',
      secretFile(Buffer.alloc(32, 9).toString('base64')),
      ...common(d),
    ],
    { env: DNS_IMPORT },
  );
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /refused the key \(BADSIG\/NOTAUTH\)/);
  assert.doesNotMatch(r.stderr, /\n\s+at .+\.ts:\d+/, 'no stack trace');
});
