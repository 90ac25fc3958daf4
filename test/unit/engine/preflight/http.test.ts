// The http-01 self-check follows redirects exactly as the CA does (R10): 10 are fine, the 11th is
// one too many; only http/https, ports 80/443, never an IP; every hop is reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { httpSelfCheck } from '../../../../src-main/engine/preflight/http.ts';
import { startFakeDns, type FakeDns } from './fake-dns.ts';

let dns: FakeDns;
let server: http.Server;
let port: number;
const TOKEN = 'tok_0123456789abcdefghij';
const BODY = `${TOKEN}.thumbprint`;

before(async () => {
  const hosts = ['ten.test', 'eleven.test', 'ftp.test', 'port.test', 'ok.test'];
  dns = await startFakeDns({ a: Object.fromEntries(hosts.map((h) => [h, ['127.0.0.1']])) });
  server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    const hop = Number(/^\/hop\/(\d+)\//.exec(url)?.[1] ?? 0);
    const redirect = (to: string) => {
      res.writeHead(302, { location: to });
      res.end();
    };
    if (host === 'ten.test' || host === 'eleven.test') {
      const total = host === 'ten.test' ? 10 : 11;
      if (hop < total) return redirect(`http://${host}/hop/${hop + 1}/${TOKEN}`);
      res.end(BODY);
      return;
    }
    if (host === 'ftp.test') return redirect(`ftp://ftp.test/${TOKEN}`);
    if (host === 'port.test')
      return redirect(`http://port.test:8080/.well-known/acme-challenge/${TOKEN}`);
    res.end(BODY);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
after(async () => {
  await dns?.stop();
  server?.close();
});

const check = (name: string, addresses: string[] = []) =>
  httpSelfCheck({
    name,
    addresses,
    token: TOKEN,
    expected: BODY,
    mode: 'webroot',
    webroot: '/var/www/html',
    httpPort: port,
    resolver: dns.server,
  });

test('ten redirects are followed; every hop is in the details', async () => {
  const r = await check('ten.test');
  assert.equal(r.verdict, 'pass', JSON.stringify(r));
  assert.match(r.message, /after 10 redirects/);
  assert.equal(r.details!.filter((d) => d.includes('GET ')).length, 11);
});

test('an eleventh redirect is one too many', async () => {
  const r = await check('eleven.test');
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /More than 10 redirects/);
  assert.match(r.fix!, /at most 10/);
});

test('redirects to ftp: or to another port are refused like the CA refuses them', async () => {
  const ftp = await check('ftp.test');
  assert.equal(ftp.verdict, 'fail');
  assert.match(ftp.message, /only follows redirects to http or https/);
  const other = await check('port.test');
  assert.equal(other.verdict, 'fail');
  assert.match(other.message, /only follows redirects to ports 80 and 443, not 8080/);
  assert.match(other.fix!, /standard ports 80 or 443/);
});

test('each address is fetched on its own, and the one that fails is named', async () => {
  const r = await check('ok.test', ['127.0.0.1', '127.0.0.2']);
  // 127.0.0.2 is loopback too on Linux, so both answer; a closed port on ::1 would not.
  assert.ok(
    r.details!.some((d) => d.startsWith('via 127.0.0.1')) &&
      r.details!.some((d) => d.startsWith('via 127.0.0.2')),
  );
  const dead = await httpSelfCheck({
    name: 'ok.test',
    addresses: ['127.0.0.1', '::1'],
    token: TOKEN,
    expected: BODY,
    mode: 'builtin',
    httpPort: port,
    resolver: dns.server,
  });
  assert.equal(dead.verdict, 'fail');
  assert.match(dead.message, /through ::1/);
});

test('reachability only (no file placed): any answer from the web server passes', async () => {
  const r = await httpSelfCheck({
    name: 'ok.test',
    addresses: [],
    token: 'other_token_0123456789',
    expected: null,
    mode: 'sftp',
    httpPort: port,
    resolver: dns.server,
  });
  assert.equal(r.verdict, 'pass');
  assert.match(r.message, /checked only that the server is reachable/);
});
