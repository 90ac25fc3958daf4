// A local stand-in for the part of Cloudflare's API v4 that dns-01 uses (zones by name, DNS records
// create/list/delete), checking the Bearer token like a scoped token: a token that does not cover a
// zone gets 403, and a read-only token (Zone:Read without DNS:Edit) may list zones and records but
// gets 403 "Authentication error" (code 10000) when it adds or deletes a record, the answer
// Cloudflare documents for a token without DNS edit permission
// (https://developers.cloudflare.com/terraform/troubleshooting/authentication-error-dns-records/).
// Records are mirrored into pebble-challtestsrv so Pebble's VA sees them.
// Shapes follow https://developers.cloudflare.com/api/ (envelope {success, errors, messages, result}).
import http from 'node:http';
import https from 'node:https';
import { randomBytes } from 'node:crypto';
import type { ChallTestSrv } from './pebble.ts';

export type FakeRecord = {
  id: string;
  zoneId: string;
  type: string;
  name: string;
  content: string;
  ttl: number;
};

export type FakeCloudflare = {
  /** Base URL to give as cloudflareApi, ending in /client/v4. */
  api: string;
  records(): FakeRecord[];
  /** Every request as "METHOD path", for assertions. */
  requests: string[];
  stop(): Promise<void>;
};

export async function startFakeCloudflare(opts: {
  token: string;
  zones: string[];
  chall?: ChallTestSrv | null;
  readOnlyToken?: string;
  /** Serve https with this certificate (Certdesk refuses a plain-http API outside tests). */
  tls?: { key: string; cert: string };
}): Promise<FakeCloudflare> {
  const zones = opts.zones.map((name) => ({ id: randomBytes(16).toString('hex'), name }));
  const records: FakeRecord[] = [];
  const requests: string[] = [];
  // challtestsrv can only clear all TXT values of a name, so a delete re-adds the others.
  // One mirror at a time: interleaved clear/set calls would publish duplicates.
  let mirroring: Promise<void> = Promise.resolve();
  const mirror = (name: string): Promise<void> => {
    const chall = opts.chall;
    if (!chall) return Promise.resolve();
    mirroring = mirroring.then(async () => {
      await chall.clearTxt(name);
      for (const r of records.filter((x) => x.name === name && x.type === 'TXT'))
        await chall.setTxt(name, r.content);
    });
    return mirroring;
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://x');
        requests.push(`${req.method} ${url.pathname}${url.search}`);
        const send = (
          status: number,
          result: unknown,
          errors: { code: number; message: string }[] = [],
        ) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ success: status < 400, errors, messages: [], result }));
        };
        const readOnly =
          opts.readOnlyToken !== undefined &&
          req.headers.authorization === `Bearer ${opts.readOnlyToken}`;
        if (req.headers.authorization !== `Bearer ${opts.token}` && !readOnly)
          return send(403, null, [{ code: 10000, message: 'Authentication error' }]);
        if (readOnly && req.method !== 'GET')
          return send(403, null, [{ code: 10000, message: 'Authentication error' }]);
        const path = url.pathname.replace(/^\/client\/v4/, '');
        if (req.method === 'GET' && path === '/zones')
          return send(
            200,
            zones.filter((z) => z.name === url.searchParams.get('name')),
          );
        const m = /^\/zones\/([^/]+)\/dns_records(?:\/([^/]+))?$/.exec(path);
        const zone = m ? zones.find((z) => z.id === m[1]) : undefined;
        if (!m || !zone)
          return send(404, null, [{ code: 7003, message: 'Could not route to ' + path }]);
        if (req.method === 'POST' && !m[2]) {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            type: string;
            name: string;
            content: string;
            ttl?: number;
          };
          const name = body.name.toLowerCase().replace(/\.$/, '');
          if (name !== zone.name && !name.endsWith(`.${zone.name}`))
            return send(400, null, [{ code: 9005, message: 'Content for record is invalid' }]);
          if (
            records.some(
              (r) => r.name === name && r.type === body.type && r.content === body.content,
            )
          )
            return send(400, null, [
              { code: 81058, message: 'An identical record already exists.' },
            ]);
          const rec: FakeRecord = {
            id: randomBytes(16).toString('hex'),
            zoneId: zone.id,
            type: body.type,
            name,
            content: body.content,
            ttl: body.ttl ?? 1,
          };
          records.push(rec);
          await mirror(name);
          return send(200, {
            id: rec.id,
            type: rec.type,
            name: rec.name,
            content: rec.content,
            ttl: rec.ttl,
          });
        }
        if (req.method === 'GET' && !m[2]) {
          return send(
            200,
            records.filter(
              (r) =>
                r.zoneId === zone.id &&
                (!url.searchParams.get('type') || r.type === url.searchParams.get('type')) &&
                (!url.searchParams.get('name') || r.name === url.searchParams.get('name')),
            ),
          );
        }
        if (req.method === 'DELETE' && m[2]) {
          const i = records.findIndex((r) => r.id === m[2] && r.zoneId === zone.id);
          if (i < 0) return send(404, null, [{ code: 81044, message: 'Record does not exist.' }]);
          const [gone] = records.splice(i, 1);
          await mirror(gone.name);
          return send(200, { id: gone.id });
        }
        send(405, null, [{ code: 10405, message: 'Method not allowed' }]);
      })().catch((e: Error) => {
        res.writeHead(500).end(e.message);
      });
    });
  };
  const server = opts.tls
    ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, onRequest)
    : http.createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    api: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}/client/v4`,
    records: () => records.map((r) => ({ ...r })),
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
