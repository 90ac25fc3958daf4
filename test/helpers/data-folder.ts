// A small data folder as Certdesk writes it (issue 22 layout), without a CA: one account, one
// certificate with a whole version (a self-signed chain and its sealed key), each record written
// twice so it has a last good generation. For the tests of what a damaged file costs and says.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../src-main/storage/store.ts';
import { selfSignedEc } from './openssl.ts';

export const SAMPLE = {
  id: 'abcdef012345',
  version: '20260101000000-aaaaaa',
  account: 'acct00000001',
  name: 'shop.example.test',
  email: 'me@example.org',
};

export async function sampleFolder(): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-damaged-')), 'data');
  const { id: ID, version: V, account: A } = SAMPLE;
  const pki = selfSignedEc(SAMPLE.name);
  const s = await Store.open(dir);
  const key = pki.key;
  await s.writeVersion(ID, V, pki.cert, key);
  await s.update((d) => {
    d.accounts[A] = {
      id: A,
      caId: 'letsencrypt',
      directoryUrl: 'https://acme.example/dir',
      email: SAMPLE.email,
      keyType: 'ec256',
      accountUrl: 'https://acme.example/acct/1',
      createdAt: '2026-01-01T00:00:00.000Z',
      tosAgreed: '2026-01-01T00:00:00.000Z',
      keySealed: s.secrets.seal(key, `account-key:${A}`),
    };
    d.certificates[ID] = {
      id: ID,
      names: [SAMPLE.name],
      accountId: A,
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'webroot', webroot: '/var/www' },
      createdAt: '2026-01-01T00:00:00.000Z',
      current: null,
      previous: null,
      attempts: [],
      exports: [],
    };
  });
  await s.update((d) => {
    d.certificates[ID].current = {
      version: V,
      notBefore: new Date().toISOString(),
      notAfter: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      serial: '01',
      issuer: SAMPLE.name,
      chainIssuers: [],
      issuedAt: new Date().toISOString(),
    };
  });
  return dir;
}
