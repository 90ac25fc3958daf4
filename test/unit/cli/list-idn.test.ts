// Internationalised names in `certdesk list` (and show): people read bücher.test, the punycode the
// certificate holds (xn--bcher-kva.test) follows as a detail; --json is unchanged, punycode only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { summarize } from '../../../src-main/engine/summary.ts';
import { certDetails, certJson, certLine } from '../../../src-main/cli/format.ts';
import type { StoredCertificate } from '../../../src-main/storage/schema.ts';
import { runCli } from '../../helpers/cli.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const NAMES = ['xn--bcher-kva.test', '*.xn--bcher-kva.test', 'www.example.test'];
const stored: StoredCertificate = {
  id: 'idn0cert0001',
  names: NAMES,
  accountId: 'acct00000001',
  keyType: 'ec256',
  challenge: { type: 'dns-01', dnsMode: 'manual' },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
};
const SHOWN =
  'bücher.test (xn--bcher-kva.test), *.bücher.test (*.xn--bcher-kva.test), www.example.test';

test('list and show: the Unicode form first, the punycode in brackets; plain names as they are', () => {
  const c = summarize(stored, Date.parse('2026-01-02T00:00:00Z'));
  assert.deepEqual(c.names, NAMES, 'the certificate keeps punycode');
  assert.deepEqual(c.unicodeNames, ['bücher.test', '*.bücher.test', 'www.example.test']);
  assert.ok(certLine(c).split('\n')[0].endsWith(`  ${SHOWN}`), certLine(c));
  assert.match(certDetails(c), new RegExp(`names: +${SHOWN.replace(/[.*()]/g, '\\$&')}\n`));
});

test('--json is unchanged: punycode names, no Unicode field', () => {
  const j = certJson(summarize(stored, Date.parse('2026-01-02T00:00:00Z')));
  assert.deepEqual(j.names, NAMES);
  assert.equal('unicodeNames' in j, false);
  assert.doesNotMatch(JSON.stringify(j), /bücher/);
});

test('certdesk list as a person runs it, on a data folder holding an internationalised name', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-idn-'));
  const engine = await Engine.open({ dataDir: dir });
  // As after a real issuance: the data folder's master key exists before anything is stored.
  assert.ok(engine.store.secrets);
  await engine.store.update((d) => {
    d.certificates[stored.id] = stored;
  });
  const r = await runCli(['list', '--data-dir', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /^idn0cert0001 .* {2}bücher\.test \(xn--bcher-kva\.test\), \*\.bücher\.test/m,
  );
  const j = await runCli(['list', '--json', '--data-dir', dir]);
  assert.equal(j.code, 0, j.stderr);
  const [only] = JSON.parse(j.stdout) as Record<string, unknown>[];
  assert.deepEqual(only.names, NAMES);
  assert.equal('unicodeNames' in only, false);
  assert.doesNotMatch(j.stdout, /bücher/);
});
