// Presets write the files each target's upload form or config expects, with names it expects,
// and say in one sentence where they go.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  exportBundle,
  pasteFields,
  PRESETS,
  PRESET_IDS,
  fileBaseName,
  type PresetId,
} from '../../../../src-main/engine/export/index.ts';
import {
  makeTestChain,
  checkExportWithOpenssl,
  pfxAlgorithms,
  pemCerts,
  type TestChain,
} from '../../../helpers/test-certs.ts';

const EXPECTED: Record<PresetId, string[]> = {
  nginx: ['fullchain.pem', 'privkey.pem'],
  apache: ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'],
  iis: ['_wildcard.example.test.pfx'],
  cpanel: [],
  haproxy: ['_wildcard.example.test.pem'],
  synology: ['cert.pem', 'chain.pem', 'privkey.pem'],
  tomcat: ['_wildcard.example.test.pfx'],
  generic: ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'],
};

describe('export presets', () => {
  let chain: TestChain;
  let work: string;
  before(async () => {
    chain = await makeTestChain('p256', { names: ['*.example.test', 'example.test'] });
    work = await mkdtemp(path.join(tmpdir(), 'certdesk-presets-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
    await chain.cleanup();
  });

  for (const id of PRESET_IDS) {
    test(`${id}: writes ${EXPECTED[id].join(', ') || 'nothing (paste fields)'} and says where they go`, async () => {
      const dir = await mkdtemp(path.join(work, `${id}-`));
      const res = await exportBundle(chain.material, { dir, preset: id, password: 'preset-pw' });
      assert.equal(res.preset, id);
      assert.deepEqual((await readdir(dir)).sort(), EXPECTED[id]);
      assert.equal(res.where, PRESETS[id].where);
      // One sentence: a single full stop, at the end.
      assert.match(res.where, /^[^.]*(\.[^\s][^.]*)*\.$/, res.where);
      if (res.files.length)
        await checkExportWithOpenssl(dir, res.files, 'preset-pw', chain.material, {
          rootPem: chain.rootPem,
          java: id === 'tomcat',
        });
      if (id === 'iis' || id === 'tomcat')
        assert.equal((await pfxAlgorithms(res.files[0].path, 'preset-pw')).mac, 'sha256');
    });
  }

  test('iis with the compatible encoding gives a 3DES/SHA-1 PFX for Windows Server 2016', async () => {
    const dir = await mkdtemp(path.join(work, 'iis-legacy-'));
    const res = await exportBundle(chain.material, {
      dir,
      preset: 'iis',
      password: 'preset-pw',
      pfxEncoding: 'legacy',
    });
    await checkExportWithOpenssl(dir, res.files, 'preset-pw', chain.material, {
      pfxEncoding: 'legacy',
      java: false,
    });
  });

  test('cpanel returns the certificate and CA bundle to paste, never the key', async () => {
    const dir = await mkdtemp(path.join(work, 'cpanel-'));
    const res = await exportBundle(chain.material, { dir, preset: 'cpanel' });
    assert.ok(res.paste);
    assert.doesNotMatch(JSON.stringify(res), /PRIVATE KEY/);
    assert.equal(pemCerts(res.paste.certificate).length, 1);
    assert.equal(pemCerts(res.paste.caBundle).length, chain.material.chainPem.length);
    const withKey = pasteFields(chain.material, { includeKey: true });
    assert.match(withKey.privateKey ?? '', /^-----BEGIN PRIVATE KEY-----/);
    assert.equal(pasteFields(chain.material).privateKey, undefined);
  });

  test('no format and no preset means the generic PEM set, with fullchain.pem named as the file to use', async () => {
    const dir = await mkdtemp(path.join(work, 'default-'));
    const res = await exportBundle(chain.material, { dir });
    assert.equal(res.preset, 'generic');
    assert.deepEqual((await readdir(dir)).sort(), EXPECTED.generic);
    assert.match(res.where, /fullchain\.pem/);
  });

  test('file names: wildcard becomes _wildcard and odd characters are made safe', () => {
    assert.equal(fileBaseName('*.example.com'), '_wildcard.example.com');
    assert.equal(fileBaseName('xn--bcher-kva.example'), 'xn--bcher-kva.example');
    assert.equal(fileBaseName('a/b\\c:d'), 'a_b_c_d');
    assert.equal(fileBaseName('con'), '_con');
    assert.equal(fileBaseName('...'), 'certificate');
  });
});
