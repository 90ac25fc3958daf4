// `certdesk check` as a person runs it: a readable table with the fix under each finding, or
// --json; exit 0 when nothing fails (warnings allowed), 1 when a check fails, 2 for bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';

let pebble: Pebble;
before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

const common = () => [
  '--data-dir',
  mkdtempSync(path.join(os.tmpdir(), 'certdesk-check-')),
  '--ca-cert',
  pebble.caCertPath,
  '--directory',
  pebble.directoryUrl,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];

test('check --json: every finding has check, verdict, message and fix; nothing fails, exit 0', async () => {
  const r = await runCli(['check', '-d', 'cli-ok.example.test', '--json', ...common()]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const results = JSON.parse(r.stdout) as { check: string; verdict: string; message: string }[];
  for (const c of ['names', 'dns', 'caa', 'port80', 'http-01', 'outbound'])
    assert.ok(
      results.some((x) => x.check === c),
      `a ${c} finding`,
    );
  assert.ok(
    results.every((x) => ['pass', 'warn', 'skip'].includes(x.verdict) && x.message.length > 10),
  );
});

test('check with port 80 taken by a site that answers 404: a FAIL line with its fix, exit 1', async () => {
  const squatter = http.createServer((_q, s) => {
    s.statusCode = 404;
    s.end('not here');
  });
  await new Promise<void>((resolve) => squatter.listen(pebble.httpPort, '127.0.0.1', resolve));
  try {
    const r = await runCli(['check', '-d', 'cli-taken.example.test', ...common()]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^FAIL\s+port80/m);
    assert.match(r.stdout, /^\s+fix: /m);
    assert.match(r.stdout, /checks? failed.*you can still order/s);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});

test('check without a name: a sentence that says what to type, exit 2', async () => {
  const r = await runCli(['check', ...common()]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--domain example\.com/);
});

// `check` asks the CA `issue` would order from: the only account's, or the one --account names.
// Checking Let's Encrypt instead failed "outbound" here (no internet) and named the wrong host.
test('check without --ca: the CA of the only account (a local Pebble) is reached and named', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-check-account-'));
  const local = [
    '--data-dir',
    dir,
    '--ca-cert',
    pebble.caCertPath,
    '--http-port',
    String(pebble.httpPort),
    '--dns-resolver',
    `127.0.0.1:${pebble.dnsPort}`,
  ];
  const account = (email: string) =>
    runCli([
      'account',
      'create',
      '--email',
      email,
      '--directory',
      pebble.directoryUrl,
      '--agree-tos',
      '--json',
      ...local,
    ]);
  const outbound = (stdout: string) =>
    (JSON.parse(stdout) as { check: string; verdict: string; message: string }[]).find(
      (x) => x.check === 'outbound',
    );
  const made = await account('check@example.org');
  assert.equal(made.code, 0, made.stderr);
  const r = await runCli(['check', '-d', 'cli-account.example.test', '--json', ...local]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const o1 = outbound(r.stdout);
  assert.equal(o1?.verdict, 'pass', JSON.stringify(o1));
  assert.ok(o1.message.includes(new URL(pebble.directoryUrl).host), o1.message);

  // A second account makes the choice ambiguous, as for `issue`; --account settles it.
  const second = await account('check2@example.org');
  assert.equal(second.code, 0, second.stderr);
  const ambiguous = await runCli(['check', '-d', 'cli-account.example.test', ...local]);
  assert.equal(ambiguous.code, 2, ambiguous.stderr);
  assert.match(ambiguous.stderr, /--account ID/);
  const id = (JSON.parse(second.stdout) as { id: string }).id;
  const picked = await runCli([
    'check',
    '-d',
    'cli-account.example.test',
    '--account',
    id,
    '--json',
    ...local,
  ]);
  assert.equal(picked.code, 0, picked.stdout + picked.stderr);
  const o2 = outbound(picked.stdout);
  assert.equal(o2?.verdict, 'pass', JSON.stringify(o2));
  assert.ok(o2.message.includes(new URL(pebble.directoryUrl).host), o2.message);
});
