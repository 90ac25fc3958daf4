// The cron-friendly CLI of issue 19, run as a person runs it (a child process): names for IDs,
// --quiet, --help, completion, export --out making its folder, errors that point to the log.
// No CA here: renewals that reach one (--dry-run's trial run at a staging directory) are not
// exercised by this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import { runCli } from '../../helpers/cli.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const cert = (id: string, names: string[]): StoredCertificate => ({
  id,
  names,
  accountId: 'acct00000001',
  keyType: 'ec256',
  challenge: { type: 'http-01', httpMode: 'builtin' },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
});

async function dataFolder() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-cron-'));
  const engine = await Engine.open({ dataDir: dir });
  assert.ok(engine.store.secrets);
  await engine.store.update((d) => {
    d.certificates.aaaa0000cert = cert('aaaa0000cert', ['shop.example', 'www.shop.example']);
    d.certificates.bbbb0000cert = cert('bbbb0000cert', ['www.shop.example', 'blog.example']);
    d.certificates.cccc0000cert = cert('cccc0000cert', ['xn--bcher-kva.example']);
  });
  return dir;
}

test('show takes a name: one match is that certificate, several are listed, none is said', async () => {
  const dir = await dataFolder();
  const one = await runCli(['show', 'shop.example', '--json', '--data-dir', dir]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(JSON.parse(one.stdout).id, 'aaaa0000cert');
  const idn = await runCli(['show', 'bücher.example', '--json', '--data-dir', dir]);
  assert.equal(JSON.parse(idn.stdout).id, 'cccc0000cert', 'a Unicode name finds its punycode');
  const many = await runCli(['show', 'WWW.shop.example', '--data-dir', dir]);
  assert.equal(many.code, 2);
  assert.match(
    many.stderr,
    /"WWW.shop.example" is on 2 certificates: aaaa0000cert \(shop.example, www.shop.example; until not issued\); bbbb0000cert \(www.shop.example, blog.example; until not issued\)\. Give the ID/,
  );
  const none = await runCli(['delete', 'nothing.example', '--yes', '--data-dir', dir]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /There is no certificate with the ID or name "nothing.example"/);
  const byId = await runCli(['show', 'bbbb0000cert', '--json', '--data-dir', dir]);
  assert.equal(JSON.parse(byId.stdout).id, 'bbbb0000cert');
});

test('renew --quiet prints nothing when nothing is due (exit 0); without it, one line', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-cron-'));
  const q = await runCli(['renew', '--quiet', '--data-dir', dir]);
  assert.deepEqual([q.code, q.stdout, q.stderr], [0, '', '']);
  const loud = await runCli(['renew', '--data-dir', dir]);
  assert.match(loud.stdout, /^Nothing is due\. 0 certificate\(s\) checked/);
  const dry = await runCli(['renew', '--dry-run', '--data-dir', dir]);
  assert.equal(dry.code, 0);
  assert.match(dry.stdout, /There are no certificates yet, so nothing to rehearse/);
  // -q is --quiet; errors still print.
  const err = await runCli(['renew', '-q', '--id', 'nothing.example', '--data-dir', dir]);
  assert.equal(err.code, 2);
  assert.match(err.stderr, /^error: There is no certificate/);
});

test('--help documents -h, -V, --quiet, the environment variables and the log file', async () => {
  const h = await runCli(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /^ {2}-h, --help +show help$/m);
  assert.match(h.stdout, /^ {2}-V, --version +print the version of Certdesk$/m);
  assert.match(h.stdout, /^ {2}-q, --quiet +print only errors/m);
  assert.match(
    h.stdout,
    /^Environment:\n {2}CERTDESK_DATA_DIR .*\n {2}CERTDESK_KEYCHAIN=off\|on /m,
  );
  assert.match(h.stdout, /^Log file: .*certdesk\.log/m);
  for (const c of ['schedule install', 'schedule status', 'schedule remove', 'completion'])
    assert.match(h.stdout, new RegExp(`^ {2}${c} `, 'm'), c);
});

test('a failed renewal with --quiet: one error naming the certificate, and the log file', async () => {
  const dir = await dataFolder();
  // Its account is missing: the renewal fails (not an input mistake).
  const r = await runCli([
    'renew',
    '--id',
    'shop.example',
    '--force',
    '--quiet',
    '--data-dir',
    dir,
  ]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.deepEqual(r.stderr.trim().split('\n'), [
    'error: renewing shop.example, www.shop.example (aaaa0000cert) failed: There is no account acct00000001. See the list with: certdesk account list.',
    `Details are in the log: ${path.join(dir, 'logs', 'certdesk.log')}`,
  ]);
});

test('export --out makes the folder and its parents, private (0700) when it gets a key', async () => {
  const dir = await dataFolder();
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-out-')), 'a', 'b');
  const r = await runCli(['export', 'shop.example', '--out', out, '--data-dir', dir]);
  // Not issued yet, so nothing to write; the folder is made before the engine says so.
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /error: /);
  const mode = execFileSync('stat', ['-c', '%a', out], { encoding: 'utf8' }).trim();
  assert.equal(mode, '700');
});

test('completion: bash completes commands, sub-commands and options; zsh and fish parse', async () => {
  const b = await runCli(['completion', 'bash']);
  assert.equal(b.code, 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-compl-'));
  writeFileSync(path.join(dir, 'c.bash'), b.stdout);
  const complete = (words: string[]) =>
    execFileSync(
      'bash',
      [
        '-c',
        `source ${path.join(dir, 'c.bash')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _certdesk; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
  assert.deepEqual(complete(['certdesk', 'sch']), ['schedule']);
  assert.deepEqual(complete(['certdesk', 'schedule', '']).sort(), ['install', 'remove', 'status']);
  assert.ok(complete(['certdesk', 'schedule', 'install', '--']).includes('--system'));
  assert.ok(complete(['certdesk', 'export', 'ID', '--o']).includes('--out'));
  assert.ok(complete(['certdesk', 'renew', '--']).includes('--dry-run'));
  assert.ok(complete(['certdesk', 'renew', '--']).includes('--quiet'));
  assert.ok(!complete(['certdesk', 'renew', '--']).includes('--out'), 'only its own options');
  const z = await runCli(['completion', 'zsh']);
  assert.match(z.stdout, /^#compdef certdesk\n/);
  const f = await runCli(['completion', 'fish']);
  assert.match(f.stdout, /^complete -c certdesk -n __fish_use_subcommand -a schedule /m);
  assert.match(
    f.stdout,
    /complete -c certdesk -n '__fish_seen_subcommand_from renew' -l dry-run -d /,
  );
  const bad = await runCli(['completion', 'tcsh']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /certdesk completion bash\|zsh\|fish/);
});
