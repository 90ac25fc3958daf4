// Issue 22, run as a person runs the CLI (a child process): the report's own repro (a data file cut
// short, then `certdesk list`), a damaged record healed, and `list` exiting non-zero, with the
// sentence, when renewals would otherwise stop silently (a folder nothing matches, the master key
// gone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { SAMPLE, sampleFolder } from '../../helpers/data-folder.ts';
import { singleFileContent, writeSingleFile } from '../../helpers/single-file-store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const { id: ID, version: V } = SAMPLE;
const folder = sampleFolder;

test("the report's repro: the single data file of an older version cut short; list still shows the certificate", async () => {
  const dir = await folder();
  const old = await singleFileContent(dir);
  old.schemaVersion = 2;
  writeSingleFile(dir, old);
  const file = path.join(dir, 'certdesk.json');
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/, 'the certificate is still listed');
  assert.match(r.stderr, /moved aside/);
  assert.match(
    r.stderr,
    /rebuilt them from their certificate files\. Still missing: account, route/,
  );
});

test('a damaged certificate record: restored from its last good generation, said on stderr', async () => {
  const dir = await folder();
  writeFileSync(path.join(dir, 'certs', ID, 'certificate.json'), '{"certdesk":"certif');
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/);
  assert.match(r.stderr, /could not read the saved file of shop\.example\.test.*last good copy/);
});

test('a certificate folder nothing matches: list says so and exits 1', async () => {
  const dir = await folder();
  for (const f of ['certificate.json', 'certificate.json.prev'])
    writeFileSync(path.join(dir, 'certs', ID, f), 'garbage');
  writeFileSync(path.join(dir, 'certs', ID, V, 'chain.pem'), '');
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /cannot match to a usable record, so nothing renews them/);
});

test('the master key deleted: list still lists, says exactly that with the way back, exits 1', async () => {
  const dir = await folder();
  rmSync(path.join(dir, 'master.key'));
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/);
  assert.match(
    r.stderr,
    /master key .* is missing .*Restore .*backup.*issue the certificates again/s,
  );
  assert.throws(() => readFileSync(path.join(dir, 'master.key')), 'no new key was made');
});

test('settings written by a newer version: said on stderr, list works (exit 0), the file is left as it is', async () => {
  const dir = await folder();
  const file = path.join(dir, 'settings.json');
  const j = JSON.parse(readFileSync(file, 'utf8')) as { format: number };
  j.format += 1;
  writeFileSync(file, JSON.stringify(j));
  const newer = readFileSync(file);
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /shop\.example\.test/);
  assert.match(
    r.stderr,
    /warning: Your settings were saved by a newer version of Certdesk \(format \d+\), so this version leaves them untouched and runs with default settings/,
  );
  assert.ok(readFileSync(file).equals(newer), 'not rewritten');
});

test('an account written by a newer version: list says its certificates cannot renew and exits 1', async () => {
  const dir = await folder();
  const file = path.join(dir, 'accounts', `${SAMPLE.account}.json`);
  const j = JSON.parse(readFileSync(file, 'utf8')) as { format: number };
  j.format += 1;
  writeFileSync(file, JSON.stringify(j));
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /account me@example\.org was saved by a newer version.*cannot renew/);
});
