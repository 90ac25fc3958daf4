// R12: dns-01 through the user's own script (lego's exec convention: SCRIPT present|cleanup FQDN.
// VALUE). The script here talks to pebble-challtestsrv with curl, like a provider script talks to
// its provider's API. A failing script and a script that "succeeds" without publishing anything
// end in errors that say what happened and what to do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resolver } from 'node:dns/promises';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { verifyChain } from '../helpers/openssl.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import '../../src-main/engine/challenges/dns/index.ts';
import { cliHint } from '../../src-main/cli/error-hints.ts';
import type { CertdeskError } from '../../src-main/shared/errors.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const DNS_IMPORT: Record<string, string> = {}; // the CLI registers every solver itself

let pebble: Pebble;
let dir: string;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;

before(async () => {
  pebble = await startPebble();
  dir = tmp('exec');
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

/** A provider script: logs each call, then adds/clears the TXT at challtestsrv. */
function script(name: string, body?: string): { path: string; log: string } {
  const log = path.join(dir, `${name}.log`);
  const file = path.join(dir, `${name}.sh`);
  writeFileSync(
    file,
    `#!/bin/sh
echo "$1 $2 $3" >> '${log}'
${
  body ??
  `case "$1" in
  present) curl -sf -X POST -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" '${pebble.challtestsrvUrl}/set-txt' ;;
  cleanup) curl -sf -X POST -d "{\\"host\\":\\"$2\\"}" '${pebble.challtestsrvUrl}/clear-txt' ;;
  *) echo "unknown action $1" >&2; exit 2 ;;
esac`
}
`,
    { mode: 0o755 },
  );
  return { path: file, log };
}
const calls = (log: string): string[] =>
  existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];

async function engine(): Promise<Engine> {
  const e = await Engine.open({
    dataDir: tmp('eng'),
    caCertPem: pebble.caCertPem,
    dnsResolver: resolver(),
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'exec@example.org',
    agreeTos: true,
  });
  return e;
}

test('exec through the CLI: the script is called with present/cleanup, FQDN with a trailing dot, and the value', async () => {
  const s = script('ok');
  const d = tmp('cli');
  const common = ['--data-dir', d, '--ca-cert', pebble.caCertPath, '--dns-resolver', resolver()];
  assert.equal(
    (
      await runCli([
        'account',
        'create',
        '--email',
        'e@example.org',
        '--directory',
        pebble.directoryUrl,
        '--agree-tos',
        ...common,
      ])
    ).code,
    0,
  );
  // The command line is split without a shell: "sh" plus the quoted path.
  const r = await runCli(
    [
      'issue',
      '--domain',
      'exec.example.test',
      '--dns-mode',
      'exec',
      '--dns-exec',
      `sh '${s.path}'`,
      '--json',
      ...common,
    ],
    { env: DNS_IMPORT },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.ok((await verifyChain(JSON.parse(r.stdout).chainPem, await pebble.rootPem(0))).ok);
  const log = calls(s.log);
  assert.equal(log.length, 2, log.join('\n'));
  assert.match(log[0], /^present _acme-challenge\.exec\.example\.test\. [A-Za-z0-9_-]{43}$/);
  assert.equal(log[1], log[0].replace('present', 'cleanup'));
  assert.deepEqual(await txt('_acme-challenge.exec.example.test'), []);
});

test('exec for a wildcard and its bare name: two values on one name, both validated, none left', async () => {
  const s = script('wild');
  const e = await engine();
  const r = await e.issue({
    names: ['*.wild.example.test', 'wild.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'exec', command: s.path },
  });
  assert.deepEqual([...r.certificate.names].sort(), ['*.wild.example.test', 'wild.example.test']);
  const log = calls(s.log);
  assert.equal(
    log.filter((l) => l.startsWith('present _acme-challenge.wild.example.test. ')).length,
    2,
  );
  assert.equal(
    new Set(log.filter((l) => l.startsWith('present')).map((l) => l.split(' ')[2])).size,
    2,
    'two different values',
  );
  assert.equal(log.filter((l) => l.startsWith('cleanup')).length, 2);
  assert.deepEqual(await txt('_acme-challenge.wild.example.test'), []);
});

test('a failing script: the error quotes its last stderr lines and says the record was not added', async () => {
  const s = script(
    'fail',
    'echo "connecting to provider" >&2\necho "API error: invalid API key" >&2\nexit 3',
  );
  const e = await engine();
  await assert.rejects(
    e.issue({
      names: ['fail.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'exec', command: s.path },
    }),
    (err: Error & { code?: string }) => {
      assert.equal(err.code, 'solver');
      assert.match(err.message, /failed \(exit code 3\)/);
      assert.match(
        err.message,
        /TXT record for _acme-challenge\.fail\.example\.test\. was not added/,
      );
      assert.match(err.message, /API error: invalid API key/);
      return true;
    },
  );
  assert.deepEqual(
    calls(s.log).map((l) => l.split(' ')[0]),
    ['present', 'cleanup'],
    'cleanup runs even after a failed present',
  );
});

test('a script that exits 0 but publishes nothing: the wait ends with an error naming the server', async () => {
  const s = script('noop', 'exit 0');
  const e = await engine();
  await assert.rejects(
    e.issue({
      names: ['noop.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'exec', command: s.path, propagationTimeout: 1 },
    }),
    (err: Error & { code?: string }) =>
      err.code === 'timeout' &&
      /Your DNS script .* accepted the record, but its name servers have not published it yet/.test(
        err.message,
      ) &&
      err.message.includes(resolver()),
  );
});

test('a command that does not exist: says so and how to give it', async () => {
  const e = await engine();
  await assert.rejects(
    e.issue({
      names: ['nocmd.example.test'],
      challenge: { type: 'dns-01', dnsMode: 'exec', command: path.join(dir, 'missing.sh') },
    }),
    (err: CertdeskError) =>
      err.code === 'solver' &&
      /was not found: give its full path/.test(err.message) &&
      !/--[a-z]/.test(err.message) &&
      /give its full path in --dns-exec/.test(cliHint(err)),
  );
});
