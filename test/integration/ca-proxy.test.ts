// The proxy in front of Pebble (test/helpers/ca-proxy.ts) does what it promises, so tests built on
// it (profiles, ARI, problem answers: issue 18) rest on something checked. Real issuance by Pebble.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import https from 'node:https';
import { generateKeyPem } from '../../src-main/engine/keys.ts';
import { createClient } from '../../src-main/engine/acme/client.ts';
import { startPebble } from '../helpers/pebble.ts';
import { startCaProxy } from '../helpers/ca-proxy.ts';
import { runCli } from '../helpers/cli.ts';
import { ariCertId } from '../../src-main/engine/renewal/ari.ts';
import { splitChain } from '../helpers/openssl.ts';

test('ca-proxy: profiles and ARI in the directory, newOrder recorded, chosen problems', async () => {
  const pebble = await startPebble();
  const proxy = await startCaProxy(pebble, {
    profiles: { classic: 'The default', shortlived: 'Six days' },
    ipProfiles: ['shortlived'],
  });
  try {
    const d = mkdtempSync(path.join(os.tmpdir(), 'certdesk-proxy-'));
    const o = ['--data-dir', d, '--ca-cert', proxy.caCertPath];
    const acct = await runCli([
      'account',
      'create',
      '--email',
      'p@example.org',
      '--directory',
      proxy.directoryUrl,
      '--agree-tos',
      ...o,
    ]);
    assert.equal(acct.code, 0, acct.stderr);
    const r = await runCli([
      'issue',
      '-d',
      'proxied.example.test',
      '--http-port',
      String(pebble.httpPort),
      '--json',
      ...o,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { chainPem: string };
    // Every request went through the proxy; the order was recorded with its identifiers.
    assert.deepEqual(proxy.newOrders.at(-1)?.identifiers, [
      { type: 'dns', value: 'proxied.example.test' },
    ]);
    assert.equal(proxy.newOrders.at(-1)?.status, 201);
    assert.ok(proxy.requests.some((q) => q.kind === 'finalize' && q.status === 200));
    // The certificate it passed on is known by its certID, with a default ARI window.
    const certId = ariCertId(splitChain(out.chainPem)[0]) ?? '';
    assert.ok(proxy.certificates.has(certId), 'openssl and the engine agree on the certID');

    // The directory additions and the ARI answers, read as any client would.
    const get = (url: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
        (resolve, reject) =>
          https
            .get(url, { ca: proxy.caCertPem }, (res) => {
              let b = '';
              res.on('data', (c: Buffer) => (b += c.toString()));
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b }),
              );
            })
            .on('error', reject),
      );
    const directory = JSON.parse((await get(proxy.directoryUrl)).body);
    assert.deepEqual(directory.meta.profiles, { classic: 'The default', shortlived: 'Six days' });
    assert.equal(directory.renewalInfo, `${proxy.origin}/renewal-info/`);
    assert.ok(directory.newOrder.startsWith(proxy.origin), 'Pebble built URLs for the proxy');
    const ari = await get(directory.renewalInfo + certId);
    assert.equal(ari.status, 200);
    assert.ok(JSON.parse(ari.body).suggestedWindow.start);
    assert.equal(ari.headers['retry-after'], '21600');
    proxy.setRenewalInfo(certId, {
      start: '2030-01-01T00:00:00Z',
      end: '2030-01-02T00:00:00Z',
      explanationURL: 'https://ca.example/why',
      retryAfter: 60,
    });
    const ari2 = await get(directory.renewalInfo + certId);
    assert.equal(JSON.parse(ari2.body).explanationURL, 'https://ca.example/why');
    assert.equal((await get(directory.renewalInfo + 'AAAA.BBBB')).status, 404);

    // newOrder through an ACME client: the profile is recorded and echoed; unknown ones refused.
    const w = createClient(
      { directoryUrl: proxy.directoryUrl, caCertPem: proxy.caCertPem },
      await generateKeyPem('ec256'),
    );
    await w.client.createAccount({ termsOfServiceAgreed: true });
    const ordered = (await w.client.createOrder({
      identifiers: [{ type: 'dns', value: 'p.example.test' }],
      profile: 'shortlived',
    } as never)) as unknown as { profile?: string };
    assert.equal(ordered.profile, 'shortlived');
    assert.equal(proxy.newOrders.at(-1)?.profile, 'shortlived');
    await assert.rejects(
      w.client.createOrder({
        identifiers: [{ type: 'dns', value: 'p.example.test' }],
        profile: 'nope',
      } as never),
    );
    assert.match(w.lastProblem()?.problem.type ?? '', /invalidProfile/);
    await assert.rejects(
      w.client.createOrder({ identifiers: [{ type: 'ip', value: '127.0.0.1' }] } as never),
    );
    assert.match(w.lastProblem()?.problem.type ?? '', /rejectedIdentifier/);

    // A chosen problem answer with Retry-After, once; then Pebble answers again.
    proxy.respond(
      {
        kind: 'newOrder',
        times: 1,
        when: (q) => JSON.stringify(q.payload).includes('limited.example.test'),
      },
      {
        status: 429,
        problem: { type: 'urn:ietf:params:acme:error:rateLimited', detail: 'too many' },
        headers: { 'Retry-After': '3600' },
      },
    );
    const limited = { identifiers: [{ type: 'dns', value: 'limited.example.test' }] };
    await assert.rejects(w.client.createOrder(limited as never));
    const last = w.lastProblem();
    assert.equal(last?.problem.status, 429);
    assert.ok(last?.retryAfter && Date.parse(last.retryAfter) > Date.now() + 3500_000);
    assert.equal(proxy.requests.at(-1)?.answeredByProxy, true);
    await w.client.createOrder(limited as never);
    assert.equal(proxy.newOrders.at(-1)?.status, 201, 'the rule was used up');
  } finally {
    await proxy.stop();
    await pebble.stop();
  }
});
