// Every export format, checked with the openssl CLI (and keytool for PFX) for RSA 2048, RSA 4096,
// P-256 and P-384 certificates: what a hosting panel, NAS, IIS or Java would be handed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir, stat, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportBundle, type ExportFormat } from '../../../../src-main/engine/export/index.ts';
import {
  makeTestChain,
  checkExportWithOpenssl,
  LEAF_KEY_TYPES,
  type TestChain,
  type LeafKeyType,
} from '../../../helpers/test-certs.ts';

const PASSWORD = 'correct horse 42';

const EXPECTED: Record<Exclude<ExportFormat, 'paste'>, string[]> = {
  pem: ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'],
  fullchain: ['fullchain.pem', 'privkey.pem'],
  pfx: ['_wildcard.example.test.pfx'],
  'pfx-legacy': ['_wildcard.example.test.pfx'],
  der: ['_wildcard.example.test.cer'],
  combined: ['_wildcard.example.test.pem'],
};

for (const keyType of LEAF_KEY_TYPES) {
  describe(`export formats with a ${keyType} certificate`, () => {
    let chain: TestChain;
    let work: string;
    before(async () => {
      // Two intermediates for the EC P-256 case, so "the whole chain" means more than one issuer.
      chain = await makeTestChain(keyType as LeafKeyType, {
        names: ['*.example.test', 'example.test'],
        intermediates: keyType === 'p256' ? 2 : 1,
      });
      work = await mkdtemp(path.join(tmpdir(), `certdesk-export-${keyType}-`));
    });
    after(async () => {
      await rm(work, { recursive: true, force: true });
      await chain.cleanup();
    });

    for (const format of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      test(`${format}: the files a target expects, accepted by openssl`, async (t) => {
        const dir = await mkdtemp(path.join(work, `${format}-`));
        const res = await exportBundle(chain.material, { dir, format, password: PASSWORD });
        assert.deepEqual((await readdir(dir)).sort(), [...EXPECTED[format]].sort());
        assert.deepEqual(
          res.files.map((f) => path.basename(f.path)).sort(),
          [...EXPECTED[format]].sort(),
        );
        assert.equal(res.warnings.length, 0);
        assert.match(res.where, /\.$/);
        const checked = await checkExportWithOpenssl(dir, res.files, PASSWORD, chain.material, {
          rootPem: chain.rootPem,
          ...(format.startsWith('pfx')
            ? { pfxEncoding: format === 'pfx' ? 'modern' : 'legacy' }
            : {}),
        });
        t.diagnostic(checked.join('\n'));
        for (const f of res.files) {
          const mode = (await stat(f.path)).mode & 0o777;
          assert.equal(
            mode,
            f.secret ? 0o600 : 0o644,
            `${path.basename(f.path)} mode ${mode.toString(8)}`,
          );
          assert.equal(f.secret, ['key', 'pfx', 'combined'].includes(f.kind));
        }
      });
    }

    test('PKCS#1 on request gives "BEGIN RSA PRIVATE KEY" for RSA (EC keys stay PKCS#8)', async () => {
      const dir = await mkdtemp(path.join(work, 'pkcs1-'));
      const res = await exportBundle(chain.material, {
        dir,
        format: 'fullchain',
        rsaKeyFormat: 'pkcs1',
      });
      await checkExportWithOpenssl(dir, res.files, undefined, chain.material, {
        rootPem: chain.rootPem,
        expectPkcs1: true,
      });
      const key = await readFile(path.join(dir, 'privkey.pem'), 'utf8');
      assert.ok(
        key.startsWith(
          keyType.startsWith('rsa')
            ? '-----BEGIN RSA PRIVATE KEY-----'
            : '-----BEGIN PRIVATE KEY-----',
        ),
      );
    });
  });
}
