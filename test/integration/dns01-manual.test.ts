// R12: manual dns-01. The test plays the person: when the instructions appear it adds the TXT
// record in pebble-challtestsrv and confirms; when told it may delete the record, it does. A record
// that never shows up ends, after the (short) wait, in an error that names the servers and the fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resolver } from 'node:dns/promises';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import type { Prompter } from '../../src-main/engine/challenges/index.ts';
import type { IssueStep } from '../../src-main/shared/types.ts';
import '../../src-main/engine/challenges/dns/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const DNS_IMPORT: Record<string, string> = {}; // the CLI registers every solver itself

let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;

before(async () => {
  pebble = await startPebble();
});
after(async () => {
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
/** What a person reads off the instructions. */
function readInstructions(text: string): { name: string; value: string } {
  const name = /name:\s+(\S+)/.exec(text)?.[1];
  const value = /value:\s+(\S+)/.exec(text)?.[1];
  assert.ok(name && value, text);
  return { name, value };
}

async function engineWith(prompter: Prompter): Promise<Engine> {
  const engine = await Engine.open({
    dataDir: tmp('man'),
    caCertPem: pebble.caCertPem,
    dnsResolver: resolver(),
    prompter,
  });
  await engine.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'manual@example.org',
    agreeTos: true,
  });
  return engine;
}

test('manual dns-01 for a wildcard and its bare name: the person adds two values, the CA validates, the person removes them', async () => {
  const prompts: string[] = [];
  const engine = await engineWith({
    async waitForUser(message) {
      prompts.push(message);
      const { name, value } = readInstructions(message);
      await pebble.chall!.setTxt(name, value); // challtestsrv ADDS a value to the name
    },
  });
  const steps: IssueStep[] = [];
  const r = await engine.issue({
    names: ['*.manual.example.test', 'manual.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'manual' },
    onProgress: (s) => {
      steps.push(s);
      // The person follows "You can now delete ...".
      if (s.step === 'cleanup' && /delete the TXT record/.test(s.message))
        void pebble.chall!.clearTxt('_acme-challenge.manual.example.test');
    },
  });
  assert.equal(r.reused, false);
  assert.equal(prompts.length, 2, 'one prompt per authorization');
  assert.match(prompts[0], /_acme-challenge\.manual\.example\.test\./);
  assert.match(prompts[0], /cannot renew unattended/);
  assert.match(prompts[1], /ADDITIONAL value on the same name/);
  const challenge = steps.find((s) => s.step === 'challenge');
  assert.ok(
    challenge && challenge.step === 'challenge' && challenge.instructions,
    'instructions come with the progress step',
  );
  const prop = steps.filter(
    (s): s is Extract<IssueStep, { step: 'propagation' }> => s.step === 'propagation',
  );
  assert.ok(
    prop.length >= 2 && prop.every((s) => s.ok && s.server.includes(resolver())),
    JSON.stringify(prop),
  );
  const cert = engine.getCertificate(r.certificate.id);
  assert.ok((await verifyChain(cert.chainPem!, await pebble.rootPem(0))).ok);
  await new Promise((res) => setTimeout(res, 100));
  assert.deepEqual(await txt('_acme-challenge.manual.example.test'), []);
});

test('manual dns-01 through a CNAME: the person adds the TXT at the target, and is told to delete it there', async () => {
  const record = '_acme-challenge.cname.manual.example.test';
  const target = 'cname-target.validation.example.test';
  await pebble.chall!.setCname(record, target);
  const told: string[] = [];
  try {
    const engine = await engineWith({
      async waitForUser(message) {
        const { name, value } = readInstructions(message);
        told.push(name);
        await pebble.chall!.setTxt(name, value);
      },
    });
    const cleanup: string[] = [];
    const r = await engine.issue({
      names: ['cname.manual.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'manual' },
      onProgress: (s) => {
        if (s.step === 'cleanup') cleanup.push(s.message);
      },
    });
    assert.equal(r.reused, false);
    assert.deepEqual(told, [`${target}.`]);
    // The record the person created is the one to delete; the CNAME stays for the next renewal.
    const line = cleanup.find((m) => /delete the TXT record/.test(m));
    assert.ok(line, cleanup.join('\n'));
    assert.match(
      line,
      new RegExp(`delete the TXT record ${target.replace(/\./g, '\\.')} with value`),
    );
  } finally {
    await pebble.chall!.clearTxt(target);
    await pebble.chall!.clearCname(record);
  }
});

test('record never added: after the wait, an error names the server and what to do; the CA was not asked', async () => {
  let shown = '';
  const engine = await engineWith({
    async waitForUser(message) {
      shown = message;
    },
  });
  const start = Date.now();
  await assert.rejects(
    engine.issue({
      names: ['late.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'manual', propagationTimeout: 1 },
    }),
    (e: Error & { code?: string; retryable?: boolean }) => {
      assert.equal(e.code, 'timeout');
      assert.equal(e.retryable, true);
      assert.match(e.message, /_acme-challenge\.late\.example\.test/);
      assert.match(
        e.message,
        new RegExp(
          `still not visible on 1 of 1 name servers: the DNS resolver ${resolver().replace(/\./g, '\\.')}`,
        ),
      );
      assert.match(e.message, /Check that the TXT record is at exactly/);
      assert.match(e.message, /--dns-propagation-timeout/);
      assert.match(e.message, /did not count against its limits/);
      return true;
    },
  );
  assert.ok(shown.includes('late.example.test'));
  assert.doesNotMatch(
    pebble.logTail(50_000),
    /Pulled a task[^\n]*late\.example\.test/,
    'the CA never started a validation',
  );
  assert.ok(Date.now() - start < 30_000);
});

test('manual dns-01 through the CLI: the person presses Enter after adding the record', async () => {
  const d = tmp('cli');
  const common = ['--data-dir', d, '--ca-cert', pebble.caCertPath, '--dns-resolver', resolver()];
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--email',
        'c@example.org',
        '--directory',
        pebble.directoryUrl,
        '--agree-tos',
        ...common,
      ])
    ).code,
    0,
  );
  let buffer = '';
  let answered = false;
  try {
    const r = await runCli(
      ['issue', '--domain', 'cli.manual.example.test', '--dns-mode', 'manual', '--json', ...common],
      {
        env: DNS_IMPORT,
        onStderr: (chunk, child) => {
          buffer += chunk;
          if (/\nerror: /.test(buffer)) child.kill(); // fail fast instead of waiting for the runner's timeout
          if (!answered && /Press Enter/.test(buffer)) {
            answered = true;
            const { name, value } = readInstructions(buffer);
            void pebble.chall!.setTxt(name, value).then(() => child.stdin?.write('\n'));
          }
        },
      },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).names, ['cli.manual.example.test']);
  } finally {
    await pebble.chall!.clearTxt('_acme-challenge.cli.manual.example.test');
  }
});
