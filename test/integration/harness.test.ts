// The real-CA harness itself: Pebble + challtestsrv on run-time ports, trusted only through the
// throwaway CA, stopped by PID. Every other integration test and bench/ builds on this.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import acme from 'acme-client';
import dgram from 'node:dgram';
import net from 'node:net';
import { startPebble, startChallTestSrv } from '../helpers/pebble.ts';
import { freePort, waitForPort } from '../helpers/ports.ts';

function get(url: string, ca?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent: false, ...(ca ? { ca } : {}) }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function opensslSubject(pem: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('openssl', ['x509', '-noout', '-subject'], (err, stdout, stderr) =>
      err ? reject(new Error(String(stderr))) : resolve(String(stdout)),
    );
    child.stdin?.end(pem);
  });
}

const isGone = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
};

test('pebble answers its directory over HTTPS trusted through the generated CA only', async () => {
  const pebble = await startPebble();
  try {
    assert.match(pebble.directoryUrl, /^https:\/\/127\.0\.0\.1:\d+\/dir$/);
    const r = await get(pebble.directoryUrl, pebble.caCertPem);
    assert.equal(r.status, 200);
    const dir = JSON.parse(r.body);
    for (const k of ['newNonce', 'newAccount', 'newOrder'])
      assert.match(dir[k], /^https:\/\/127\.0\.0\.1:/, k);
    assert.ok(dir.meta?.termsOfService, 'meta.termsOfService is present');
    assert.equal(dir.meta.externalAccountRequired, false);
    await assert.rejects(
      get(pebble.directoryUrl),
      "an untrusting client refuses pebble's certificate",
    );
    assert.match(await opensslSubject(await pebble.rootPem()), /subject=.*Pebble Root CA/);
    assert.match(
      await opensslSubject(await pebble.intermediatePem(0)),
      /subject=.*Pebble Intermediate CA/,
    );
    assert.match(await opensslSubject(pebble.caCertPem), /Certdesk Pebble HTTPS CA/);
    assert.ok(
      pebble.dnsPort && pebble.challtestsrvUrl && pebble.chall,
      'challtestsrv started by default',
    );
    assert.notEqual(pebble.httpPort, pebble.tlsPort);
  } finally {
    await pebble.stop();
  }
});

test('with EAB keys the directory says an external account is required', async () => {
  const pebble = await startPebble({
    eabKeys: { 'kid-1': Buffer.from('a'.repeat(32)).toString('base64url') },
    startChallTestSrv: false,
  });
  try {
    const dir = (await pebble.directory()) as { meta?: { externalAccountRequired?: boolean } };
    assert.equal(dir.meta?.externalAccountRequired, true);
    assert.equal(pebble.dnsPort, null);
    assert.equal(pebble.chall, null);
  } finally {
    await pebble.stop();
  }
});

test('challtestsrv serves TXT, CAA and default A records the harness sets', async () => {
  const srv = await startChallTestSrv();
  try {
    const r = new Resolver({ timeout: 1000, tries: 2 });
    r.setServers([`127.0.0.1:${srv.dnsPort}`]);
    await srv.client.setTxt('_acme-challenge.example.test', 'token-value-1'); // no trailing dot: added
    assert.deepEqual(await r.resolveTxt('_acme-challenge.example.test'), [['token-value-1']]);
    await srv.client.clearTxt('_acme-challenge.example.test.');
    await assert.rejects(
      r.resolveTxt('_acme-challenge.example.test'),
      (e: NodeJS.ErrnoException) => e.code === 'ENODATA' || e.code === 'ENOTFOUND',
    );
    await srv.client.addCaa('caa.example.test', [
      { tag: 'issue', value: 'pebble.letsencrypt.org' },
    ]);
    const caa = await r.resolveCaa('caa.example.test');
    assert.equal(caa.length, 1);
    assert.equal(caa[0].issue, 'pebble.letsencrypt.org');
    // Every name points at 127.0.0.1 where solvers listen, with no AAAA to lure the VA onto IPv6.
    assert.deepEqual(await r.resolve4('anything.example.test'), ['127.0.0.1']);
    await assert.rejects(r.resolve6('anything.example.test'));
    await srv.client.addA('a.example.test', ['192.0.2.7']);
    assert.deepEqual(await r.resolve4('a.example.test'), ['192.0.2.7']);
  } finally {
    await srv.stop();
  }
  assert.ok(isGone(srv.pid));
});

test('stop() ends both processes by PID and removes the work folder; two pebbles run side by side', async () => {
  const [a, b] = await Promise.all([startPebble(), startPebble()]);
  const pids = [a.pid, a.challtestsrvPid, b.pid, b.challtestsrvPid] as number[];
  try {
    assert.equal(new Set(pids).size, 4);
    assert.notEqual(a.directoryUrl, b.directoryUrl);
    assert.notEqual(a.dnsPort, b.dnsPort);
    assert.equal((await get(b.directoryUrl, b.caCertPem)).status, 200);
    for (const pid of pids) assert.ok(!isGone(pid), `${pid} runs before stop`);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  for (const pid of pids) assert.ok(isGone(pid), `${pid} is gone after stop`);
  assert.ok(!existsSync(a.workDir) && !existsSync(b.workDir));
  await a.stop(); // idempotent
});

test('alternateRoots: 1 serves a second root for preferred-chain tests', async () => {
  const pebble = await startPebble({ alternateRoots: 1, startChallTestSrv: false });
  try {
    const [r0, r1] = [await pebble.rootPem(0), await pebble.rootPem(1)];
    assert.match(await opensslSubject(r1), /subject=.*Pebble Root CA/);
    assert.notEqual(r0, r1);
    assert.match(await pebble.intermediatePem(1), /BEGIN CERTIFICATE/);
    await assert.rejects(pebble.rootPem(2), /no roots\/2/);
  } finally {
    await pebble.stop();
  }
});

test('pebble validates http-01 on httpPort and resolves names through challtestsrv', async () => {
  // Nonce rejection off: this checks the wiring, not acme-client's badNonce retries.
  const pebble = await startPebble({ nonceRejectPercent: 0 });
  const tokens = new Map<string, string>();
  const solver = http.createServer((req, res) => {
    const token = (req.url ?? '').split('/').pop() ?? '';
    const body = tokens.get(token);
    res.writeHead(body ? 200 : 404).end(body ?? 'no such token');
  });
  await new Promise<void>((resolve) => solver.listen(pebble.httpPort, '127.0.0.1', resolve));
  const saved = acme.axios.defaults.httpsAgent;
  acme.axios.defaults.httpsAgent = new https.Agent({ ca: pebble.caCertPem });
  try {
    const client = new acme.Client({
      directoryUrl: pebble.directoryUrl,
      accountKey: await acme.crypto.createPrivateEcdsaKey(),
    });
    const [, csr] = await acme.crypto.createCsr({ commonName: 'harness.example.test' });
    const chain = await client.auto({
      csr,
      termsOfServiceAgreed: true,
      challengePriority: ['http-01'],
      skipChallengeVerification: true,
      challengeCreateFn: async (_authz, challenge, keyAuthorization) => {
        tokens.set(challenge.token, keyAuthorization);
      },
      challengeRemoveFn: async (_authz, challenge) => {
        tokens.delete(challenge.token);
      },
    });
    assert.match(chain, /BEGIN CERTIFICATE/);
    assert.match(await opensslSubject(chain), /harness\.example\.test/);
  } finally {
    acme.axios.defaults.httpsAgent = saved;
    await new Promise((resolve) => solver.close(resolve));
    await pebble.stop();
  }
});

test('a pebble that cannot start fails at once with the reason from its own log', async () => {
  await assert.rejects(
    startPebble({ eabKeys: { kid: '!!! not base64url !!!' }, startChallTestSrv: false }),
    (e: Error) => {
      assert.match(e.message, /pebble exited during start-up/);
      assert.match(e.message, /external account/i, 'the reason from pebble.log is in the message');
      return true;
    },
  );
});

test('freePort({udp: true}) gives a number free on TCP and UDP; waitForPort sees a listener', async () => {
  const port = await freePort({ udp: true });
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
  try {
    await waitForPort(port, 2000);
  } finally {
    socket.close();
    await new Promise((resolve) => server.close(resolve));
  }
  await assert.rejects(waitForPort(await freePort(), 300), /nothing listened/);
});
