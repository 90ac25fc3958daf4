// A stand-in for an acme-dns server (github.com/joohoi/acme-dns, not packaged for Debian): its
// documented HTTP API (POST /register -> 201 {username, password, fulldomain, subdomain, allowfrom};
// POST /update with X-Api-User / X-Api-Key and {subdomain, txt} -> 200 {txt}; 401 on bad
// credentials; 400 bad_txt / bad_subdomain), keeping the two most recent TXT values per account as
// acme-dns does. Instead of its own DNS server it writes the values into pebble-challtestsrv at
// `fulldomain`, so Pebble's VA follows the user's CNAME there.
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ChallTestSrv } from './pebble.ts';

export type FakeAcmeDns = {
  url: string;
  domain: string;
  /** TXT values per subdomain (newest last). */
  values(subdomain: string): string[];
  registrations(): number;
  requests: string[];
  stop(): Promise<void>;
};

export async function startFakeAcmeDns(
  opts: { chall?: ChallTestSrv | null; domain?: string } = {},
): Promise<FakeAcmeDns> {
  const domain = opts.domain ?? 'auth.acme-dns.test';
  const accounts = new Map<string, { password: string; subdomain: string; txt: string[] }>();
  const requests: string[] = [];
  let mirroring: Promise<void> = Promise.resolve();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        requests.push(`${req.method} ${req.url}`);
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (req.method === 'POST' && req.url === '/register') {
          const username = randomUUID();
          const subdomain = randomUUID();
          const password = randomBytes(30).toString('base64url').slice(0, 40);
          accounts.set(username, { password, subdomain, txt: [] });
          return send(201, {
            username,
            password,
            fulldomain: `${subdomain}.${domain}`,
            subdomain,
            allowfrom: [],
          });
        }
        if (req.method === 'POST' && req.url === '/update') {
          const acct = accounts.get(String(req.headers['x-api-user'] ?? ''));
          if (!acct || acct.password !== req.headers['x-api-key'])
            return send(401, { error: 'forbidden' });
          let body: { subdomain?: string; txt?: string };
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
          } catch {
            return send(400, { error: 'malformed_json_payload' });
          }
          if (body.subdomain !== acct.subdomain) return send(401, { error: 'forbidden' });
          if (typeof body.txt !== 'string' || body.txt.length !== 43)
            return send(400, { error: 'bad_txt' });
          acct.txt = [...acct.txt, body.txt].slice(-2);
          const fqdn = `${acct.subdomain}.${domain}`;
          const chall = opts.chall;
          if (chall) {
            // One mirror at a time: interleaved clear/set calls would publish duplicates.
            const values = [...acct.txt];
            mirroring = mirroring.then(async () => {
              await chall.clearTxt(fqdn);
              for (const v of values) await chall.setTxt(fqdn, v);
            });
            await mirroring;
          }
          return send(200, { txt: body.txt });
        }
        send(404, { error: 'not found' });
      })().catch((e: Error) => {
        res.writeHead(500).end(e.message);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    domain,
    values: (sub) => [...([...accounts.values()].find((a) => a.subdomain === sub)?.txt ?? [])],
    registrations: () => accounts.size,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
