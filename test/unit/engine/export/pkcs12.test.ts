// PFX details a target notices: the two encodings, the password rules, friendlyName/localKeyId,
// our PKCS#12 KDF against forge's, and that the checking helper really catches broken files.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import {
  buildPfx,
  pkcs12Kdf,
  exportBundle,
  NON_ASCII_PFX_PASSWORD_WARNING,
} from '../../../../src-main/engine/export/index.ts';
import { CertdeskError } from '../../../../src-main/shared/errors.ts';
import {
  makeTestChain,
  checkExportWithOpenssl,
  pfxAlgorithms,
  run,
  pemKeys,
  type TestChain,
} from '../../../helpers/test-certs.ts';

describe('PKCS#12 key derivation', () => {
  test('matches forge.pkcs12.generateKey (RFC 7292 B.2) for SHA-1 and SHA-256', () => {
    const salt = Buffer.from('0102030405060708a1a2a3a4a5a6a7a8', 'hex');
    for (const password of [
      'secret',
      'correct horse battery staple, and more than sixty-four characters!!',
      'pässwörd €',
    ]) {
      for (const id of [1, 2, 3] as const) {
        for (const [hash, n] of [
          ['sha1', 24],
          ['sha1', 8],
          ['sha1', 20],
          ['sha256', 32],
          ['sha256', 50],
        ] as const) {
          const ours = pkcs12Kdf(password, salt, id, 7, n, hash);
          const md = hash === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create();
          const theirs = Buffer.from(
            forge.pkcs12
              .generateKey(password, forge.util.createBuffer(salt.toString('binary')), id, 7, n, md)
              .getBytes(),
            'binary',
          );
          assert.equal(ours.toString('hex'), theirs.toString('hex'), `${hash} id ${id} n ${n}`);
        }
      }
    }
  });
});

describe('buildPfx', () => {
  let rsa: TestChain;
  let ec: TestChain;
  let work: string;
  before(async () => {
    [rsa, ec] = await Promise.all([
      makeTestChain('rsa2048', { names: ['shop.example.test'] }),
      makeTestChain('p384', { names: ['*.example.test', 'example.test'], intermediates: 2 }),
    ]);
    work = await mkdtemp(path.join(tmpdir(), 'certdesk-pfx-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
    await rsa.cleanup();
    await ec.cleanup();
  });

  test('refuses an empty, missing or too short password with a sentence', () => {
    for (const pw of [undefined, '', 'abc', '😀😀😀']) {
      assert.throws(
        () => buildPfx(rsa.material, pw, 'modern'),
        (e: unknown) => {
          assert.ok(e instanceof CertdeskError);
          assert.equal(e.code, 'wrong-password');
          assert.match(e.message, pw ? /at least 4 characters/ : /^PFX files need a password/);
          return true;
        },
      );
    }
    assert.ok(buildPfx(rsa.material, 'abcd', 'legacy').length > 0);
  });

  test('the legacy encoding is 3DES everywhere (no RC2), so OpenSSL 3 opens it without the legacy provider', async () => {
    const file = path.join(work, 'legacy.pfx');
    await writeFile(file, buildPfx(ec.material, 'secret-pw', 'legacy'));
    const algs = await pfxAlgorithms(file, 'secret-pw');
    assert.doesNotMatch(algs.raw, /RC2|RC4|40-bit/i);
    const pw = path.join(work, 'pw');
    await writeFile(pw, 'secret-pw');
    const r = await run('openssl', [
      'pkcs12',
      '-info',
      '-nodes',
      '-in',
      file,
      '-passin',
      `file:${pw}`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(pemKeys(r.stdout).length, 1);
  });

  test('friendlyName is the first domain and localKeyID is the SHA-1 of the leaf, on key and leaf', async () => {
    const file = path.join(work, 'attrs.pfx');
    await writeFile(file, buildPfx(ec.material, 'secret-pw', 'modern'));
    const r = await run('openssl', [
      'pkcs12',
      '-info',
      '-nodes',
      '-in',
      file,
      '-passin',
      'pass:secret-pw',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const id = createHash('sha1')
      .update(new X509Certificate(ec.material.certPem).raw)
      .digest('hex')
      .toUpperCase()
      .match(/../g)
      ?.join(' ');
    assert.equal(r.stdout.split(`localKeyID: ${id}`).length - 1, 2);
    assert.equal(r.stdout.split('friendlyName: *.example.test').length - 1, 2);
  });

  test('a non-ASCII password opens with OpenSSL, and the export warns that Java refuses such passwords', async () => {
    const dir = await mkdtemp(path.join(work, 'unicode-'));
    const res = await exportBundle(rsa.material, { dir, format: 'pfx', password: 'pässwörd €' });
    assert.deepEqual(res.warnings, [NON_ASCII_PFX_PASSWORD_WARNING]);
    await checkExportWithOpenssl(dir, res.files, 'pässwörd €', rsa.material, {
      rootPem: rsa.rootPem,
      java: false,
    });
    const legacy = await exportBundle(rsa.material, {
      dir: await mkdtemp(path.join(work, 'unicode-l-')),
      format: 'pfx-legacy',
      password: 'pässwörd €',
    });
    await checkExportWithOpenssl(dir, legacy.files, 'pässwörd €', rsa.material, { java: false });
  });

  test('a key that does not belong to the certificate is refused without showing the key', () => {
    const mixed = { ...rsa.material, keyPem: ec.material.keyPem };
    assert.throws(
      () => buildPfx(mixed, 'secret-pw', 'modern'),
      (e: unknown) => {
        assert.ok(e instanceof CertdeskError);
        assert.equal(e.code, 'invalid-input');
        assert.doesNotMatch(`${e.message}${e.detail ?? ''}`, /PRIVATE KEY|MII/);
        return true;
      },
    );
  });

  test('the openssl checker is not a rubber stamp: it catches a leaf-only fullchain, a foreign key and the wrong PFX encoding', async () => {
    const dir = await mkdtemp(path.join(work, 'broken-'));
    await writeFile(path.join(dir, 'fullchain.pem'), rsa.material.certPem);
    await assert.rejects(
      checkExportWithOpenssl(dir, ['fullchain.pem'], undefined, rsa.material),
      /certificates differ/,
    );
    await writeFile(path.join(dir, 'privkey.pem'), ec.material.keyPem);
    await assert.rejects(
      checkExportWithOpenssl(dir, ['privkey.pem'], undefined, rsa.material),
      /does not match/,
    );
    await writeFile(path.join(dir, 'x.pfx'), buildPfx(rsa.material, 'secret-pw', 'legacy'));
    await assert.rejects(
      checkExportWithOpenssl(dir, ['x.pfx'], 'secret-pw', rsa.material, {
        pfxEncoding: 'modern',
        java: false,
      }),
      /MAC should be sha256/,
    );
    await writeFile(path.join(dir, 'y.pfx'), buildPfx(ec.material, 'secret-pw', 'modern'));
    await assert.rejects(
      checkExportWithOpenssl(dir, ['y.pfx'], 'secret-pw', ec.material, {
        rootPem: rsa.rootPem,
        java: false,
      }),
      /openssl verify rejected/,
    );
    assert.deepEqual((await readdir(dir)).sort(), [
      'fullchain.pem',
      'privkey.pem',
      'x.pfx',
      'y.pfx',
    ]);
  });
});
