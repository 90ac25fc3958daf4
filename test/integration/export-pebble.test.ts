// Issue 6 "done when", with certificates a real CA issued: Pebble signs RSA 2048, RSA 4096, P-256
// and P-384 certificates through `certdesk issue`, `certdesk export` writes every format, and the
// openssl command line (keytool where present) checks each file: PFX in both encodings opens with
// the password and holds the key and the whole chain, keys match, full chains verify to Pebble's
// root, file modes are 0600 for secrets. Bad input through the CLI gets a sentence and no file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { checkExportWithOpenssl } from '../helpers/test-certs.ts';
import { Engine } from '../../src-main/engine/engine.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
let pebble: Pebble;
let dataDir: string;
let work: string;
const PASSWORD = 'Export-test 2026!';
const FORMATS = ['pem', 'fullchain', 'pfx', 'pfx-legacy', 'der', 'combined'] as const;
const KEYS = ['rsa2048', 'rsa4096', 'ec256', 'ec384'] as const;
const ids: Record<string, string> = {};

const common = () => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];

before(async () => {
  pebble = await startPebble();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-export-pebble-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-export-out-'));
  writeFileSync(path.join(work, 'pw.txt'), `${PASSWORD}\n`, { mode: 0o600 });
  writeFileSync(path.join(work, 'empty.txt'), '\n', { mode: 0o600 });
  const a = await runCli([
    'account',
    'create',
    '--directory',
    pebble.directoryUrl,
    '--email',
    'export@example.org',
    '--agree-tos',
    ...common(),
  ]);
  assert.equal(a.code, 0, a.stderr);
  for (const key of KEYS) {
    const r = await runCli([
      'issue',
      '-d',
      `${key}.export.example.test`,
      '-d',
      `www.${key}.export.example.test`,
      '--key',
      key,
      '--json',
      ...common(),
    ]);
    assert.equal(r.code, 0, r.stderr);
    ids[key] = JSON.parse(r.stdout).id;
  }
});
after(async () => {
  await pebble?.stop();
});

for (const key of KEYS) {
  test(`${key}: every format written by certdesk export and accepted by openssl`, async (t) => {
    const engine = await Engine.open({ dataDir });
    const material = await engine.keyMaterial(ids[key]);
    const rootPem = await pebble.rootPem(0);
    for (const format of FORMATS) {
      const dir = path.join(work, `${key}-${format}`);
      mkdirSync(dir);
      const r = await runCli([
        'export',
        ids[key],
        '--format',
        format,
        '--out',
        dir,
        '--password-file',
        path.join(work, 'pw.txt'),
        '--json',
        ...common(),
      ]);
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      const res = JSON.parse(r.stdout) as {
        files: { path: string; kind: string; secret: boolean }[];
      };
      assert.deepEqual(readdirSync(dir).sort(), res.files.map((f) => path.basename(f.path)).sort());
      const checked = await checkExportWithOpenssl(dir, res.files, PASSWORD, material, {
        rootPem,
        ...(format.startsWith('pfx')
          ? { pfxEncoding: format === 'pfx' ? 'modern' : 'legacy' }
          : {}),
      });
      t.diagnostic(`${format}: ${checked.join('; ')}`);
      for (const f of res.files)
        assert.equal(
          statSync(f.path).mode & 0o777,
          f.secret ? 0o600 : 0o644,
          `${format} ${path.basename(f.path)}`,
        );
    }
  });
}

test('bad input through the CLI: a sentence, exit 2 or 1, and no file written', async () => {
  const id = ids.ec256;
  const dir = path.join(work, 'bad');
  mkdirSync(dir);
  const empty = await runCli([
    'export',
    id,
    '--format',
    'pfx',
    '--out',
    dir,
    '--password-file',
    path.join(work, 'empty.txt'),
    ...common(),
  ]);
  assert.notEqual(empty.code, 0);
  assert.match(empty.stderr, /password/i);
  const missing = await runCli([
    'export',
    id,
    '--format',
    'pem',
    '--out',
    path.join(work, 'no-such-folder'),
    ...common(),
  ]);
  // Issue 19 changed this case: a folder that does not exist is made (as certbot and lego do),
  // private because it holds the key; before, it was refused.
  assert.equal(missing.code, 0, missing.stderr);
  assert.equal(statSync(path.join(work, 'no-such-folder')).mode & 0o777, 0o700);
  assert.ok(readdirSync(path.join(work, 'no-such-folder')).length > 0, 'the files are in it');
  const once = await runCli(['export', id, '--format', 'fullchain', '--out', dir, ...common()]);
  assert.equal(once.code, 0, once.stderr);
  const before = Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
  const twice = await runCli(['export', id, '--format', 'fullchain', '--out', dir, ...common()]);
  assert.notEqual(twice.code, 0, 'existing files are never overwritten silently');
  assert.match(twice.stderr, /--overwrite/);
  assert.deepEqual(
    Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])),
    before,
    'the earlier files are untouched',
  );
});
