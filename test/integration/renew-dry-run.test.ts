// `certdesk renew --dry-run` (issue 19) against a real Pebble standing in for the CA's staging
// directory (a custom CA is its own practice server: trial-run.ts stagingDirectoryFor). The
// rehearsal validates for real at the CA and changes nothing: the same serial, the same list, no
// new version; a rehearsal the CA cannot validate says so and exits 1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';

let pebble: Pebble;
let dir: string;
before(async () => {
  pebble = await startPebble();
  dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-dryrun-'));
});
after(async () => {
  await pebble?.stop();
});

const opts = () => [
  '--data-dir',
  dir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];
const list = async () => {
  const r = await runCli(['list', '--json', ...opts()]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};

test('renew --dry-run rehearses at the CA for real and changes nothing', async () => {
  const acct = await runCli([
    'account',
    'create',
    '--email',
    'dry@example.org',
    '--directory',
    pebble.directoryUrl,
    '--agree-tos',
    ...opts(),
  ]);
  assert.equal(acct.code, 0, acct.stderr);
  const issued = await runCli(['issue', '-d', 'dry.example.test', '--json', ...opts()]);
  assert.equal(issued.code, 0, issued.stderr);
  const cert = JSON.parse(issued.stdout) as { id: string; serial: string };
  const before = await list();

  // Nothing is due: the rehearsal says so, and --force rehearses anyway.
  const idle = await runCli(['renew', '--dry-run', ...opts()]);
  assert.equal(idle.code, 0, idle.stderr);
  assert.match(idle.stdout, /Nothing is due, so nothing to rehearse \(1 certificate/);

  const r = await runCli(['renew', '--dry-run', '--force', '--json', ...opts()]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout) as {
    dryRun: boolean;
    certificates: { id: string; ok: boolean; results: { check: string; verdict: string }[] }[];
  };
  assert.equal(out.dryRun, true);
  assert.equal(out.certificates.length, 1);
  assert.equal(out.certificates[0].id, cert.id);
  assert.equal(out.certificates[0].ok, true);
  const trial = out.certificates[0].results.find((x) => x.check === 'trial-run');
  assert.equal(trial?.verdict, 'pass', 'the CA validated the name in the rehearsal');

  const text = await runCli(['renew', '--dry-run', '--force', ...opts()]);
  assert.equal(text.code, 0, text.stdout + text.stderr);
  assert.match(text.stdout, /Dry run: 1 of 1 would renew\. Nothing was changed\./);

  assert.equal(await list(), before, 'the store says exactly what it said before');
  const shown = JSON.parse((await runCli(['show', cert.id, '--json', ...opts()])).stdout) as {
    serial: string;
  };
  assert.equal(shown.serial, cert.serial, 'no new certificate');
});

test('a rehearsal the CA cannot validate fails with exit 1, and still changes nothing', async () => {
  const before = await list();
  // Another program holds the validation port and answers 404: the CA's check fails.
  const squatter = http.createServer((_q, s) => {
    s.statusCode = 404;
    s.end('not here');
  });
  await new Promise<void>((resolve) => squatter.listen(pebble.httpPort, '127.0.0.1', resolve));
  try {
    const r = await runCli(['renew', '--dry-run', '--force', ...opts()]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /Dry run: 0 of 1 would renew\. Nothing was changed\./);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
  assert.equal(await list(), before);
});
