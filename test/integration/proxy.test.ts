// Issue 19 "Proxies": a certificate from a real Pebble through a real proxy (Debian's tinyproxy on
// loopback), a NO_PROXY match that goes around it, a refusing or absent proxy named in the error,
// and the webhook, acme-dns and Cloudflare clients through the proxy set in Settings.
//
// Pebble listens on 127.0.0.1. Certdesk does not bypass loopback on its own (as curl and undici,
// unlike Go): only NO_PROXY decides. So the CLI is started with HTTPS_PROXY set and NO_PROXY empty
// (both cases cleared, whatever the developer's shell has), and the proxy's log must show a
// CONNECT to Pebble's own host:port: had the CA been reached directly, that line would be missing.
// Validation (Pebble's VA fetching the built-in http-01 server) never goes through the proxy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';
import { freePort } from '../helpers/ports.ts';
import { haveTinyproxy, startTinyproxy, type TinyProxy } from '../helpers/tinyproxy.ts';
import { useSettingsProxy } from '../../src-main/engine/net/proxy.ts';
import { webhookChannel } from '../../src-main/engine/renewal/notify-webhook.ts';
import { makeNotice } from '../../src-main/engine/renewal/notifier.ts';
import { CloudflareDnsSolver } from '../../src-main/engine/challenges/dns/cloudflare.ts';
import { CertdeskError } from '../../src-main/shared/errors.ts';
import type { ChallengeContext } from '../../src-main/engine/challenges/types.ts';
import { silentLogger } from '../../src-main/engine/ports.ts';
import { startFakeCloudflare } from '../helpers/fake-cloudflare.ts';

const skip = haveTinyproxy() ? false : 'tinyproxy is not installed (apt-get install tinyproxy)';
let pebble: Pebble;
let proxy: TinyProxy;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-proxy-${p}-`));

before(async () => {
  if (skip) return;
  pebble = await startPebble();
  proxy = await startTinyproxy();
});
after(async () => {
  useSettingsProxy(() => null);
  await proxy?.stop();
  await pebble?.stop();
});

/** The proxy variables exactly as given, every other case of them removed. */
function proxyEnv(vars: { https?: string; http?: string; no?: string }): Record<string, string> {
  return {
    HTTPS_PROXY: vars.https ?? '',
    https_proxy: vars.https ?? '',
    HTTP_PROXY: vars.http ?? '',
    http_proxy: vars.http ?? '',
    NO_PROXY: vars.no ?? '',
    no_proxy: vars.no ?? '',
  };
}
const pebbleHostPort = () => new URL(pebble.directoryUrl).host;
const opts = (dataDir: string): string[] => [
  '--data-dir',
  dataDir,
  '--ca-cert',
  pebble.caCertPath,
  '--http-port',
  String(pebble.httpPort),
  '--dns-resolver',
  `127.0.0.1:${pebble.dnsPort}`,
];

async function accountAndIssue(
  dataDir: string,
  env: Record<string, string>,
  name: string,
): Promise<{ code: number; stderr: string; stdout: string }> {
  const a = await runCli(
    [
      'account',
      'create',
      '--email',
      'owner@example.org',
      '--directory',
      pebble.directoryUrl,
      '--agree-tos',
      ...opts(dataDir),
    ],
    { env },
  );
  if (a.code !== 0) return a;
  return runCli(['issue', '--domain', name, '--key', 'ec256', '--json', ...opts(dataDir)], {
    env,
  });
}

test(
  'HTTPS_PROXY: every connection to the CA goes through the proxy, and a certificate is issued',
  {
    skip,
  },
  async () => {
    const before = proxy.requests().length;
    const r = await accountAndIssue(
      tmp('via'),
      proxyEnv({ https: proxy.url, http: proxy.url }),
      'via-proxy.example.test',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).names, ['via-proxy.example.test']);
    const seen = proxy.requests().slice(before);
    // Two processes (account create, issue), each with at least one tunnel to the CA, and nothing else.
    const toCa = seen.filter((l) => l === `CONNECT ${pebbleHostPort()}`);
    assert.ok(toCa.length >= 2, `the proxy saw: ${JSON.stringify(seen)}`);
    assert.deepEqual(
      seen.filter((l) => l !== `CONNECT ${pebbleHostPort()}`),
      [],
      'only the CA goes through the proxy: validation does not',
    );
  },
);

test('NO_PROXY that names the CA host: connections go around the proxy', { skip }, async () => {
  for (const no of ['127.0.0.1', `localhost,127.0.0.1:${new URL(pebble.directoryUrl).port}`]) {
    const before = proxy.requests().length;
    const r = await accountAndIssue(
      tmp('bypass'),
      proxyEnv({ https: proxy.url, http: proxy.url, no }),
      'bypass.example.test',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(proxy.requests().slice(before), [], `NO_PROXY=${no}: nothing went through`);
  }
});

test('a proxy that refuses, or is not there: the error names the proxy', { skip }, async () => {
  const refusing = await startTinyproxy({ allow: '192.0.2.1' });
  try {
    const r = await accountAndIssue(
      tmp('refused'),
      proxyEnv({ https: refusing.url }),
      'x.example.test',
    );
    assert.notEqual(r.code, 0);
    assert.match(
      r.stderr,
      new RegExp(`through the proxy ${refusing.url}: the proxy refused \\(HTTP 403\\)`),
    );
    assert.match(r.stderr, /HTTPS_PROXY/);
    assert.match(refusing.log(), /Unauthorized connection from "127\.0\.0\.1"/);
  } finally {
    await refusing.stop();
  }
  const closed = `http://127.0.0.1:${await freePort()}`;
  const r = await accountAndIssue(tmp('closed'), proxyEnv({ https: closed }), 'x.example.test');
  assert.notEqual(r.code, 0);
  assert.match(
    r.stderr,
    new RegExp(
      `through the proxy ${closed}: Certdesk could not connect to the proxy \\(ECONNREFUSED\\)`,
    ),
  );
});

test(
  "the proxy set in Settings carries webhooks and Cloudflare's API; its NO_PROXY list bypasses it",
  {
    skip,
  },
  async () => {
    const got: string[] = [];
    const server = http.createServer((req, res) => {
      got.push(`${req.method} ${req.url}`);
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const notice = makeNotice(
        'renewal-succeeded',
        { id: 'c1', names: ['a.example'] },
        Date.now(),
      );
      useSettingsProxy(() => ({ url: proxy.url }));
      const before = proxy.requests().length;
      await webhookChannel({ url: `http://127.0.0.1:${port}/hook` }).send(notice);
      assert.deepEqual(proxy.requests().slice(before), [`POST http://127.0.0.1:${port}/hook`]);

      // Cloudflare's API through the same proxy: a dns-01 record added and deleted (a local stand-in).
      const cf = await startFakeCloudflare({ token: 'tok', zones: ['example.test'] });
      try {
        const solver = new CloudflareDnsSolver({
          token: 'tok',
          api: cf.api,
          resolver: `127.0.0.1:${pebble.dnsPort}`,
          propagationTimeoutMs: 1000,
        });
        const ctx: ChallengeContext = {
          identifier: 'cf.example.test',
          wildcard: false,
          token: 't'.repeat(43),
          keyAuthorization: 'k',
          dnsTxtValue: 'v',
          signal: new AbortController().signal,
          progress: () => {},
          log: silentLogger,
        };
        const mark = proxy.requests().length;
        await solver.present(ctx);
        await solver.cleanup(ctx);
        const viaProxy = proxy.requests().slice(mark);
        assert.equal(viaProxy.length, cf.requests.length, JSON.stringify(viaProxy));
        assert.ok(
          viaProxy.some((l) =>
            /^POST http:\/\/127\.0\.0\.1:\d+\/client\/v4\/zones\/\w+\/dns_records$/.test(l),
          ),
        );
        assert.ok(viaProxy.some((l) => l.startsWith('DELETE ')));
      } finally {
        await cf.stop();
      }

      // The Settings' "No proxy for" list.
      useSettingsProxy(() => ({ url: proxy.url, noProxy: '127.0.0.1' }));
      const mid = proxy.requests().length;
      await webhookChannel({ url: `http://127.0.0.1:${port}/hook2` }).send(notice);
      assert.deepEqual(proxy.requests().slice(mid), []);
      assert.ok(got.includes('POST /hook2'));

      // A Settings proxy that is not there: the webhook error names it and says where to change it.
      const closed = `http://127.0.0.1:${await freePort()}`;
      useSettingsProxy(() => ({ url: closed }));
      await assert.rejects(
        webhookChannel({ url: `http://127.0.0.1:${port}/hook3` }).send(notice),
        (e: unknown) =>
          e instanceof CertdeskError &&
          e.message.includes(`through the proxy ${closed}`) &&
          e.message.includes('Settings > Network'),
      );
    } finally {
      useSettingsProxy(() => null);
      server.close();
    }
  },
);
