// Pre-flight checks (issue 4) against real peers on loopback: Pebble and pebble-challtestsrv for
// DNS records and the trial run, BIND for dns-01 zones and a critical CAA record, small web
// servers that misbehave the ways real ones do. Each failure case asserts the verdict and the fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { startBind, type Bind } from '../helpers/bind.ts';
import { startStaticWeb, type StaticWeb } from '../helpers/static-web.ts';
import { freePort } from '../helpers/ports.ts';
import { makeTestCa, issueServerCert } from '../helpers/tls.ts';
import {
  runPreflight,
  type CheckResult,
  type PreflightInput,
} from '../../src-main/engine/preflight/index.ts';
import { checkCmd } from '../../src-main/cli/commands/check.ts';
import { makeContext, type Values } from '../../src-main/cli/context.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-preflight-${p}-`));
const resolver = () => `127.0.0.1:${pebble.dnsPort}`;
const find = (rs: CheckResult[], check: string, domain?: string) => {
  const r = rs.find((x) => x.check === check && (domain === undefined || x.domain === domain));
  assert.ok(
    r,
    `no ${check} finding${domain ? ` for ${domain}` : ''} in ${JSON.stringify(rs, null, 1)}`,
  );
  return r;
};
const base = (over: Partial<PreflightInput> & Pick<PreflightInput, 'names'>): PreflightInput => ({
  challenge: { type: 'http-01', httpMode: 'builtin' },
  directoryUrl: pebble.directoryUrl,
  caCertPem: pebble.caCertPem,
  dnsResolver: resolver(),
  ...over,
});
const portIsClosed = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ port, host });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });

before(async () => {
  pebble = await startPebble();
});
after(async () => {
  await pebble?.stop();
});

test('passing case: every check passes, the trial run validates at the CA, nothing is left listening', async () => {
  const seen: CheckResult[] = [];
  const out = await runPreflight(
    base({
      names: ['ok.preflight.test', 'www.ok.preflight.test'],
      httpPort: pebble.httpPort,
      trialRun: true,
      onResult: (r) => seen.push(r),
    }),
  );
  assert.equal(out.ok, true, JSON.stringify(out.results, null, 1));
  for (const check of ['names', 'outbound', 'port80', 'dns', 'caa', 'http-01', 'trial-run']) {
    for (const r of out.results.filter((x) => x.check === check))
      assert.equal(r.verdict, 'pass', `${check}: ${r.message}`);
  }
  assert.equal(out.results.filter((r) => r.check === 'trial-run').length, 2);
  assert.match(
    find(out.results, 'caa', 'ok.preflight.test').message,
    /No CAA records.*any CA may issue/,
  );
  assert.match(
    find(out.results, 'http-01', 'ok.preflight.test').details!.join('\n'),
    /GET http:\/\/ok\.preflight\.test\/\.well-known\/acme-challenge\/\S+ \[127\.0\.0\.1\] -> HTTP 200/,
  );
  assert.equal(seen.length, out.results.length, 'every finding was also streamed through onResult');
  assert.ok(await portIsClosed(pebble.httpPort));
});

test('a CAA record for another CA fails, with the record to add', async () => {
  await pebble.chall!.addCaa('caa-deny.preflight.test', [
    { tag: 'issue', value: 'other-ca.example' },
  ]);
  // Pebble's directory publishes no meta.caaIdentities: give the identity explicitly.
  const out = await runPreflight(
    base({
      names: ['caa-deny.preflight.test'],
      httpPort: await freePort(),
      caaIdentities: ['pebble.letsencrypt.org'],
    }),
  );
  const r = find(out.results, 'caa');
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /allow only other-ca\.example.*pebble\.letsencrypt\.org.*not among them/);
  assert.match(r.fix!, /caa-deny\.preflight\.test\. CAA 0 issue "pebble\.letsencrypt\.org"/);
  assert.equal(out.ok, false);
  // The same records with the CA allowed pass; a wildcard without issuewild falls back to issue.
  await pebble.chall!.addCaa('caa-allow.preflight.test', [
    { tag: 'issue', value: 'pebble.letsencrypt.org; validationmethods=dns-01' },
  ]);
  const ok = await runPreflight(
    base({
      names: ['*.caa-allow.preflight.test'],
      challenge: { type: 'dns-01', dnsMode: 'manual' },
      caaIdentities: ['pebble.letsencrypt.org'],
    }),
  );
  assert.equal(find(ok.results, 'caa').verdict, 'pass');
  // Through a CNAME: the alias has the target's CAA records.
  await pebble.chall!.setCname('caa-alias.preflight.test', 'caa-deny.preflight.test');
  const alias = await runPreflight(
    base({
      names: ['caa-alias.preflight.test'],
      challenge: { type: 'dns-01', dnsMode: 'manual' },
      caaIdentities: ['pebble.letsencrypt.org'],
    }),
  );
  assert.equal(find(alias.results, 'caa').verdict, 'fail');
});

test('an AAAA record that does not answer while the A does fails, with the fix', async () => {
  await pebble.chall!.addAaaa('v6.preflight.test', ['::1']);
  const port = await freePort();
  // The built-in server listens on 127.0.0.1 only: nothing answers on [::1]:port.
  const out = await runPreflight(
    base({ names: ['v6.preflight.test'], httpPort: port, httpHost: '127.0.0.1' }),
  );
  const r = find(out.results, 'dns');
  assert.equal(r.verdict, 'fail');
  assert.match(
    r.message,
    /IPv6 address \(::1\) that does not answer on port \d+, while its IPv4 address \(127\.0\.0\.1\) does/,
  );
  assert.match(
    r.fix!,
    /Remove the AAAA record of v6\.preflight\.test, or make the server answer on IPv6/,
  );
  assert.ok(r.details!.some((d) => /^AAAA ::1: does not answer/.test(d)));
  const h = find(out.results, 'http-01');
  assert.equal(h.verdict, 'fail');
  assert.match(h.message, /through ::1/);
});

// A web server that misbehaves per host name, in front of a webroot (http-mode webroot).
let web: http.Server;
let webPort: number;
let webroot: string;
let slow: net.Server | null = null;
before(async () => {
  webroot = tmp('webroot');
  webPort = await freePort();
  web = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    const token = url.split('/').pop() ?? '';
    const redirect = (to: string) => {
      res.writeHead(301, { location: to });
      res.end();
    };
    const hop = Number(/\/hop\/(\d+)\//.exec(url)?.[1] ?? 0);
    switch (host.split('.')[0]) {
      case 'to-ip':
        return redirect(`http://127.0.0.1/.well-known/acme-challenge/${token}`);
      case 'chain11':
        return hop < 11 ? redirect(`/hop/${hop + 1}/${token}`) : serveFile(token, res);
      case 'loop':
        return redirect(url.includes('/a/') ? `/b/${token}` : `/a/${token}`);
      case 'missing':
        res.writeHead(404);
        res.end('Not Found');
        return;
      case 'cms':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>Welcome to my blog</html>');
        return;
      case 'https-up':
        return redirect(`https://https-up.preflight.test/.well-known/acme-challenge/${token}`);
      default:
        return serveFile(token, res);
    }
  });
  await new Promise<void>((resolve) => web.listen(webPort, '127.0.0.1', resolve));
});
after(async () => {
  web?.closeAllConnections();
  web?.close();
  slow?.close();
  rmSync(webroot, { recursive: true, force: true });
});

function serveFile(token: string, res: http.ServerResponse): void {
  readFile(path.join(webroot, '.well-known', 'acme-challenge', token), 'utf8').then(
    (b) => {
      res.writeHead(200);
      res.end(b);
    },
    () => {
      res.writeHead(404);
      res.end('nope');
    },
  );
}

const webrootCheck = (name: string, extra: Partial<PreflightInput> = {}) =>
  runPreflight(
    base({
      names: [name],
      challenge: { type: 'http-01', httpMode: 'webroot', webroot },
      httpPort: webPort,
      ...extra,
    }),
  );

test('webroot: the file is placed, fetched like the CA does, and removed afterwards', async () => {
  const out = await webrootCheck('plain.preflight.test');
  assert.equal(find(out.results, 'http-01').verdict, 'pass', JSON.stringify(out.results, null, 1));
  assert.deepEqual(
    readdirSync(webroot),
    [],
    'the test file and the folders Certdesk made are gone',
  );
});

const httpCases: [string, RegExp, RegExp][] = [
  [
    'to-ip.preflight.test',
    /never follows a redirect to an IP address \(127\.0\.0\.1\)/,
    /Redirect only to a domain name \(not an IP address\)/,
  ],
  [
    'chain11.preflight.test',
    /More than 10 redirects; the CA gives up after 10/,
    /the CA follows at most 10/,
  ],
  ['loop.preflight.test', /redirects go round in a circle/, /Fix the redirect rules/],
  [
    'missing.preflight.test',
    /404 Not Found/,
    /is the folder your web server serves for missing\.preflight\.test/,
  ],
  [
    'cms.preflight.test',
    /other content than the challenge value/,
    /no rewrite rule, login page or app fallback/,
  ],
];
for (const [name, message, fix] of httpCases) {
  test(`http-01 self-check: ${name.split('.')[0]}`, async () => {
    const out = await webrootCheck(name);
    const r = find(out.results, 'http-01');
    assert.equal(r.verdict, 'fail', JSON.stringify(r, null, 1));
    assert.match(r.message, message);
    assert.match(r.fix!, fix);
    assert.ok(r.details!.length >= 2, 'every hop is reported');
    assert.equal(out.ok, false);
  });
}

test('http-01 self-check: a server that accepts and never answers is a timeout', async () => {
  slow = net.createServer(() => {
    /* accept, say nothing */
  });
  const port = await freePort();
  await new Promise<void>((resolve) => slow!.listen(port, '127.0.0.1', resolve));
  const out = await runPreflight(
    base({
      names: ['slow.preflight.test'],
      challenge: { type: 'http-01', httpMode: 'manual' },
      httpPort: port,
      checkTimeoutMs: 3000,
    }),
  );
  const r = find(out.results, 'http-01');
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /did not answer in time/);
  assert.match(r.fix!, /open to|router/);
});

test('port held by another process: port80 fails naming it, the self-check is skipped', async () => {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = Number(
      await new Promise<string>((resolve) =>
        child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())),
      ),
    );
    const out = await runPreflight(base({ names: ['busy.preflight.test'], httpPort: port }));
    const r = find(out.results, 'port80');
    assert.equal(r.verdict, 'fail');
    assert.match(
      r.message,
      new RegExp(`Port ${port} is already used by "node" \\(process ${child.pid}\\)`),
    );
    assert.match(
      r.fix!,
      /Stop "node" .* while Certdesk validates, or choose "upload to my web server's folder"/,
    );
    assert.equal(find(out.results, 'http-01').verdict, 'skip');
  } finally {
    child.kill();
  }
});

test("tls-alpn-01: the handshake reaches Certdesk's responder; another TLS server at the address fails", async () => {
  const tlsPort = await freePort();
  const ok = await runPreflight(
    base({
      names: ['alpn.preflight.test'],
      challenge: { type: 'tls-alpn-01' },
      tlsPort,
      httpHost: '127.0.0.1',
    }),
  );
  assert.equal(find(ok.results, 'port443').verdict, 'pass');
  assert.equal(
    find(ok.results, 'tls-alpn-01').verdict,
    'pass',
    JSON.stringify(ok.results, null, 1),
  );
  // The name points to another machine (127.0.0.2) whose TLS server does not speak acme-tls/1.
  const dir = tmp('othertls');
  const ca = await makeTestCa(dir);
  const cert = await issueServerCert(ca, dir, { sans: ['DNS:other.preflight.test'] });
  const other = tls.createServer(
    { key: cert.keyPem, cert: cert.certPem, ALPNProtocols: ['http/1.1'] },
    (s) => s.end(),
  );
  await new Promise<void>((resolve) => other.listen(tlsPort, '127.0.0.2', resolve));
  try {
    await pebble.chall!.addA('other.preflight.test', ['127.0.0.2']);
    const bad = await runPreflight(
      base({
        names: ['other.preflight.test'],
        challenge: { type: 'tls-alpn-01' },
        tlsPort,
        httpHost: '127.0.0.1',
      }),
    );
    const r = find(bad.results, 'tls-alpn-01');
    assert.equal(r.verdict, 'fail');
    assert.match(r.message, /127\.0\.0\.2/);
    assert.match(r.fix!, /use http-01 or dns-01 instead/);
  } finally {
    other.close();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(await portIsClosed(tlsPort));
});

test("trial run: the CA's own validation fails where the local self-check passes (the CA dials another port)", async () => {
  // Certdesk answers on a port of its own; Pebble's VA dials pebble.httpPort, where nothing listens.
  const out = await runPreflight(
    base({ names: ['trial-fail.preflight.test'], httpPort: await freePort(), trialRun: true }),
  );
  assert.equal(find(out.results, 'http-01').verdict, 'pass');
  const t = find(out.results, 'trial-run');
  assert.equal(t.verdict, 'fail');
  assert.match(t.message, /practice server could not validate trial-fail\.preflight\.test/);
});

// dns-01 against a real authoritative server (BIND): zone and name servers, CNAME delegation,
// stale TXT records; and a critical CAA record with a tag no CA knows.
let bind: Bind;
before(async () => {
  bind = await startBind({
    zone: 'zone.test',
    records: [
      'crit IN A 127.0.0.1',
      'crit IN CAA 128 tbs "unknown"',
      '_acme-challenge.stale IN TXT "old-1"',
      '_acme-challenge.stale IN TXT "old-2"',
      '_acme-challenge.deleg IN CNAME validation.zone.test.',
      'validation IN TXT "x"',
    ],
  });
});
after(async () => {
  await bind?.stop();
});

const dns01 = (name: string) =>
  runPreflight({
    names: [name],
    challenge: { type: 'dns-01', dnsMode: 'manual' },
    directoryUrl: pebble.directoryUrl,
    caCertPem: pebble.caCertPem,
    dnsResolver: bind.server,
    caaIdentities: ['pebble.letsencrypt.org'],
  });

test("dns-01: the zone's name servers are found and answer; no old records: pass", async () => {
  const out = await dns01('clean.zone.test');
  const r = find(out.results, 'dns-01');
  assert.equal(r.verdict, 'pass', JSON.stringify(r, null, 1));
  assert.match(r.message, /the name servers of zone\.test \(ns1\.zone\.test/);
  assert.ok(r.details!.includes('zone: zone.test'));
});

test('dns-01: stale TXT records warn (R12); CNAME delegation is reported', async () => {
  const stale = find((await dns01('stale.zone.test')).results, 'dns-01');
  assert.equal(stale.verdict, 'warn');
  assert.match(stale.message, /already holds 2 TXT values/);
  assert.match(stale.fix!, /Remove the old TXT records at _acme-challenge\.stale\.zone\.test/);
  const deleg = find((await dns01('deleg.zone.test')).results, 'dns-01');
  assert.match(
    deleg.message,
    /_acme-challenge\.deleg\.zone\.test points to validation\.zone\.test \(CNAME delegation\)/,
  );
  assert.ok(
    deleg.details!.includes(
      'CNAME delegation: _acme-challenge.deleg.zone.test -> validation.zone.test',
    ),
  );
});

test('CAA with the critical flag and an unknown tag fails', async () => {
  const r = find((await dns01('crit.zone.test')).results, 'caa');
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /marked critical with a property CAs do not understand \(tbs\)/);
  assert.match(r.fix!, /clear its critical flag/);
});

test(
  'everything down: a black-holed DNS server and a CA that never answers; the run still returns verdicts',
  { timeout: 120_000 },
  async () => {
    const hole = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => hole.bind(0, '127.0.0.1', () => resolve()));
    const mute = net.createServer(() => {
      /* accept, never answer */
    });
    const mutePort = await freePort();
    await new Promise<void>((resolve) => mute.listen(mutePort, '127.0.0.1', resolve));
    try {
      const common = {
        directoryUrl: `https://127.0.0.1:${mutePort}/dir`,
        dnsResolver: `127.0.0.1:${hole.address().port}`,
      };
      const [h, d] = await Promise.all([
        runPreflight({
          ...common,
          names: ['down.example.test'],
          challenge: { type: 'http-01', httpMode: 'builtin' },
          httpPort: await freePort(),
        }),
        runPreflight({
          ...common,
          names: ['down.example.test'],
          challenge: { type: 'dns-01', dnsMode: 'manual' },
        }),
      ]);
      for (const out of [h, d]) {
        for (const r of out.results)
          assert.ok(['pass', 'warn', 'fail', 'skip'].includes(r.verdict) && r.message.length > 0);
      }
      assert.equal(find(h.results, 'outbound').verdict, 'fail');
      assert.match(find(h.results, 'outbound').fix!, /firewall.*proxy.*status page/s);
      assert.notEqual(find(h.results, 'caa').verdict, 'pass');
      assert.notEqual(find(h.results, 'http-01').verdict, 'pass');
      assert.notEqual(find(d.results, 'dns-01').verdict, 'pass');
    } finally {
      hole.close();
      mute.close();
    }
  },
);

// --- the CLI ---------------------------------------------------------------------------------

async function cli(args: Values): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = {
    ...makeContext(
      {
        'data-dir': tmp('cli'),
        'ca-cert': pebble.caCertPath,
        'dns-resolver': resolver(),
        directory: pebble.directoryUrl,
        ...args,
      },
      [],
    ),
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
  };
  const code = await checkCmd.run(ctx);
  return { code, out, err };
}

test('CLI: --json prints an array of findings and exits 1 when a check fails', async () => {
  const site = tmp('site');
  let server: StaticWeb | null = null;
  try {
    const port = await freePort();
    server = await startStaticWeb({ port, sites: { '*': site } });
    // The dead-AAAA case through the CLI: the web server answers on 127.0.0.1 only.
    const r = await cli({
      domain: ['v6.preflight.test'],
      'http-mode': 'webroot',
      webroot: site,
      'http-port': String(port),
      json: true,
    });
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.out.join('\n')) as CheckResult[];
    assert.ok(Array.isArray(findings));
    const dns = findings.find((f) => f.check === 'dns')!;
    assert.equal(dns.verdict, 'fail');
    assert.match(dns.fix!, /Remove the AAAA record/);
    for (const f of findings)
      assert.deepEqual(
        Object.keys(f).filter(
          (k) => !['check', 'verdict', 'message', 'fix', 'details', 'domain'].includes(k),
        ),
        [],
      );
  } finally {
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('CLI: a readable table, exit 0 when nothing fails (warnings allowed)', async () => {
  const r = await cli({ domain: ['table.preflight.test'], 'http-port': String(await freePort()) });
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.match(
    r.out.join('\n'),
    /^ok {4}http-01 +table\.preflight\.test The CA will find the challenge file/m,
  );
  assert.match(r.out.at(-1)!, /No problems found.*certdesk issue --domain table\.preflight\.test/);
  const v = await cli({
    domain: ['table.preflight.test'],
    'http-port': String(await freePort()),
    verbose: true,
  });
  assert.match(
    v.out.join('\n'),
    /GET http:\/\/table\.preflight\.test\/\.well-known\/acme-challenge\//,
  );
});
