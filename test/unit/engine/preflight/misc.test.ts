// Small pieces of the pre-flight checks: time limits, the names check, the outbound finding, the
// trial run's choice of practice server, and the CLI's table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCheck } from '../../../../src-main/engine/preflight/guard.ts';
import { namesCheck } from '../../../../src-main/engine/preflight/names.ts';
import { outboundVerdict } from '../../../../src-main/engine/preflight/outbound.ts';
import { stagingDirectoryFor } from '../../../../src-main/engine/preflight/trial-run.ts';
import { worst } from '../../../../src-main/engine/preflight/types.ts';
import { formatResults } from '../../../../src-main/cli/commands/check.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';

test('a check that never ends still returns, as "warn: did not finish"', async () => {
  const r = await runCheck('dns', 'example.com', 50, undefined, () => new Promise(() => {}));
  assert.equal(r.verdict, 'warn');
  assert.equal(r.domain, 'example.com');
  assert.match(r.message, /did not finish within/);
});

test('a check that throws becomes a warning with its message; a cancelled run says so', async () => {
  const r = await runCheck('caa', undefined, 1000, undefined, async () => {
    throw new CertdeskError('dns', 'No DNS server answered.', { detail: 'x' });
  });
  assert.deepEqual([r.verdict, r.message, r.details], ['warn', 'No DNS server answered.', ['x']]);
  const ac = new AbortController();
  const p = runCheck('caa', undefined, 10_000, ac.signal, () => new Promise(() => {}));
  ac.abort();
  assert.equal((await p).verdict, 'skip');
});

test('names: one finding per bad name, with a fix; wildcards need dns-01; IPs need a profile', () => {
  const ok = namesCheck(['Example.COM', 'www.example.com.'], 'http-01');
  assert.deepEqual(ok.names, ['example.com', 'www.example.com']);
  assert.equal(ok.results[0].verdict, 'pass');
  const bad = namesCheck(['*.example.com', '192.0.2.7', 'a..example.com'], 'http-01');
  assert.deepEqual(
    bad.results.map((r) => r.verdict),
    ['fail', 'fail', 'fail'],
  );
  assert.match(bad.results[0].fix!, /dns-01/);
  assert.match(bad.results[1].message, /CA profile that allows them/);
  assert.equal(namesCheck(['*.example.com'], 'dns-01').results[0].verdict, 'pass');
  assert.equal(namesCheck(['*.example.com'], 'tls-alpn-01').results[0].verdict, 'fail');
});

test("outbound: a failure points to firewall, proxy and the CA's status page (R25)", () => {
  const le = 'https://acme-v02.api.letsencrypt.org/directory';
  const r = outboundVerdict(le, {
    error: new CertdeskError('ca-unreachable', 'Certdesk cannot reach the CA.', {
      detail: 'ECONNREFUSED',
    }),
  });
  assert.equal(r.verdict, 'fail');
  assert.match(r.fix!, /firewall/);
  assert.match(r.fix!, /proxy/);
  assert.match(r.fix!, /https:\/\/letsencrypt\.status\.io\//);
  const custom = outboundVerdict('https://ca.example/dir', { error: new Error('boom') });
  assert.match(custom.fix!, /status page/);
  const pass = outboundVerdict(le, {
    dir: {
      newNonce: '',
      newAccount: '',
      newOrder: '',
      meta: { caaIdentities: ['letsencrypt.org'] },
    },
  });
  assert.equal(pass.verdict, 'pass');
  assert.ok(pass.details!.includes('caaIdentities: letsencrypt.org'));
});

test('the trial run rehearses at the practice server: staging for presets, the same for custom CAs', () => {
  assert.deepEqual(stagingDirectoryFor('https://acme-v02.api.letsencrypt.org/directory'), {
    url: 'https://acme-staging-v02.api.letsencrypt.org/directory',
  });
  assert.deepEqual(stagingDirectoryFor('https://acme-staging-v02.api.letsencrypt.org/directory'), {
    url: 'https://acme-staging-v02.api.letsencrypt.org/directory',
  });
  assert.deepEqual(stagingDirectoryFor('https://dv.acme-v02.api.pki.goog/directory'), {
    url: 'https://dv.acme-v02.test-api.pki.goog/directory',
  });
  assert.deepEqual(stagingDirectoryFor('https://127.0.0.1:14000/dir'), {
    url: 'https://127.0.0.1:14000/dir',
  });
  assert.ok('none' in stagingDirectoryFor('https://acme.zerossl.com/v2/DV90'));
});

test('worst verdict and the CLI table', () => {
  assert.equal(worst(['pass', 'skip', 'warn']), 'warn');
  assert.equal(worst(['pass', 'fail', 'warn']), 'fail');
  const lines = formatResults(
    [
      { check: 'names', verdict: 'pass', message: 'All good.' },
      {
        check: 'dns',
        verdict: 'fail',
        domain: 'www.example.com',
        message: 'Bad AAAA.',
        fix: 'Remove it.',
        details: ['AAAA ::1'],
      },
    ],
    false,
  );
  assert.equal(lines.length, 3);
  assert.match(lines[1], /^FAIL {2}dns\s+www\.example\.com Bad AAAA\.$/);
  assert.match(lines[2], /^\s+fix: Remove it\.$/);
  assert.equal(
    formatResults([{ check: 'dns', verdict: 'fail', message: 'x', details: ['d1'] }], true)
      .at(-1)!
      .trim(),
    'd1',
  );
});
