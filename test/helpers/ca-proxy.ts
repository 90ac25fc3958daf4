// An HTTPS reverse proxy in front of the real Pebble that adds what Debian's Pebble 2.4 lacks and
// today's CAs have (issue 18): ACME profiles in the directory, ARI (RFC 9773) and chosen problem
// answers. Everything it does not change is Pebble's own answer, so orders are really validated and
// really issued by Pebble. Say in your note which assertions rest on the proxy.
//
// Usage
//   const pebble = await startPebble();
//   const proxy = await startCaProxy(pebble, { profiles: { classic: '90 days', shortlived: '160 h' } });
//   // Give the client proxy.directoryUrl and trust proxy.caCertPem (= pebble.caCertPem).
//   proxy.newOrders            // every newOrder's decoded JWS payload: identifiers, profile, replaces
//   proxy.requests             // every request: kind, method, path, decoded payload, answer status
//   proxy.certificates         // every certificate downloaded through it, by RFC 9773 certID
//   proxy.setRenewalInfo(certId, { start, end, explanationURL, retryAfter })
//   const undo = proxy.respond({ kind: 'newOrder', times: 1 }, {
//     status: 429,
//     problem: { type: 'urn:ietf:params:acme:error:rateLimited', detail: '...' },
//     headers: { 'Retry-After': '3600' },
//   });
//   await proxy.stop();        // stops the proxy only; stop Pebble yourself
//
// Options (all may be changed later with proxy.configure(...)):
//   profiles       Record<name, description> put in directory meta.profiles (draft-ietf-acme-profiles).
//                  A newOrder naming another profile gets Pebble-free `invalidProfile` (HTTP 400).
//                  The order objects Pebble returns get `profile` added, as a real CA echoes it.
//   ipProfiles     Profiles that allow `ip` identifiers (RFC 8738); Let's Encrypt: ['shortlived'].
//                  Set, an ip identifier in an order without one of them gets `rejectedIdentifier`.
//                  Unset, ip identifiers pass to Pebble, which accepts them.
//   renewalInfo    true (default): directory gets `renewalInfo` and GET renewalInfo/<certID> answers
//                  with what setRenewalInfo gave, else (a certificate issued through the proxy) a
//                  window at 2/3..3/4 of its lifetime, else 404. false: no ARI at all.
//   meta           Extra fields merged into directory meta (e.g. caaIdentities, website).
//
// Rules of respond(match, answer): the newest matching rule wins; `times` (default unlimited)
// counts down and removes the rule. A match has `kind` and/or `when(request)` (the decoded request,
// so a test can pick by identifier, profile or account). The answer's `problem` is served as
// application/problem+json; a fresh Replay-Nonce from Pebble is added as a real CA does (RFC 8555
// section 6.5), unless the answer's headers set one. `body` instead of `problem` serves any JSON.
//
// Several proxies may sit in front of one Pebble (e.g. a "production" and a "staging" directory):
// Pebble builds its URLs from the Host header, which the proxy forwards unchanged, so each proxy's
// clients only ever see that proxy's origin.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Pebble } from './pebble.ts';
import {
  b64json,
  certIdWithOpenssl,
  checkOrder,
  PATH_KINDS,
  RENEWAL_INFO_PATH,
  type CaProxy,
  type CaProxyOptions,
  type KnownCertificate,
  type NewOrderRecord,
  type ProxiedRequest,
  type ProxyMatch,
  type ProxyAnswer,
  type RenewalInfoAnswer,
  type RequestKind,
} from './ca-proxy-parts.ts';

export * from './ca-proxy-parts.ts';

export async function startCaProxy(pebble: Pebble, initial: CaProxyOptions = {}): Promise<CaProxy> {
  const upstream = new URL(pebble.directoryUrl);
  let opts: CaProxyOptions = { renewalInfo: true, ...initial };
  const requests: ProxiedRequest[] = [];
  const newOrders: NewOrderRecord[] = [];
  const certificates = new Map<string, KnownCertificate>();
  const renewalAnswers = new Map<string, RenewalInfoAnswer | null>();
  let rules: { match: ProxyMatch; answer: ProxyAnswer; left: number }[] = [];
  const agent = new https.Agent({ keepAlive: true, ca: pebble.caCertPem });
  let directoryUrls: Record<string, string> = {};

  const kindOf = (method: string, p: string): RequestKind => {
    if (p === upstream.pathname) return 'directory';
    if (p.startsWith(RENEWAL_INFO_PATH)) return 'renewalInfo';
    for (const [k, url] of Object.entries(directoryUrls))
      if (typeof url === 'string' && new URL(url).pathname === p) {
        if (['newNonce', 'newAccount', 'newOrder', 'revokeCert', 'keyChange'].includes(k))
          return k as RequestKind;
      }
    for (const [re, kind] of PATH_KINDS) if (re.test(p)) return kind;
    return method === 'HEAD' && p === '/nonce-plz' ? 'newNonce' : 'other';
  };

  const forward = (
    method: string,
    p: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const req = https.request(
        { host: upstream.hostname, port: upstream.port, path: p, method, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const h: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) h[k] = Array.isArray(v) ? v.join(', ') : v;
            resolve({ status: res.statusCode ?? 502, headers: h, body: Buffer.concat(chunks) });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const freshNonce = async (host: string): Promise<string | undefined> => {
    const path = directoryUrls.newNonce ? new URL(directoryUrls.newNonce).pathname : '/nonce-plz';
    const r = await forward('HEAD', path, { host }, undefined).catch(() => null);
    return r?.headers['replay-nonce'];
  };

  const remember = async (pem: string): Promise<void> => {
    const leaf = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
    if (!leaf) return;
    const x = new X509Certificate(leaf);
    const certId = await certIdWithOpenssl(leaf);
    certificates.set(certId, {
      certId,
      pem: leaf + '\n',
      notBefore: new Date(x.validFrom),
      notAfter: new Date(x.validTo),
      sans: x.subjectAltName ?? '',
    });
  };

  const renewalInfoFor = (certId: string): RenewalInfoAnswer | null => {
    if (renewalAnswers.has(certId)) return renewalAnswers.get(certId) ?? null;
    const c = certificates.get(certId);
    if (!c) return null;
    const nb = c.notBefore.getTime();
    const life = c.notAfter.getTime() - nb;
    return { start: new Date(nb + (life * 2) / 3), end: new Date(nb + (life * 3) / 4) };
  };

  const server = https.createServer({
    cert: readFileSync(path.join(pebble.workDir, 'pebble-https.pem')),
    key: readFileSync(path.join(pebble.workDir, 'pebble-https.key')),
  });
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks)).then(
        (a) => {
          res.writeHead(a.status, a.headers);
          res.end(req.method === 'HEAD' ? undefined : a.body);
        },
        (e: Error) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`ca-proxy: ${e.message}`);
        },
      );
    });
  });

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: Buffer.from(JSON.stringify(body)),
  });

  async function handle(
    method: string,
    p: string,
    inHeaders: import('node:http').IncomingHttpHeaders,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const host = String(inHeaders.host ?? `127.0.0.1:${port}`);
    const r: ProxiedRequest = { kind: kindOf(method, p), method, path: p, at: Date.now() };
    if (method === 'POST' && body.length) {
      try {
        const jws = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        r.protectedHeader = b64json(jws.protected);
        r.payload = b64json(jws.payload);
      } catch {
        /* not JWS: forwarded as is, Pebble answers malformed */
      }
    }
    requests.push(r);
    let order: NewOrderRecord | undefined;
    if (r.kind === 'newOrder' && r.payload) {
      const pl = r.payload;
      order = {
        identifiers: (pl.identifiers as NewOrderRecord['identifiers']) ?? [],
        payload: pl,
        ...(typeof pl.profile === 'string' ? { profile: pl.profile } : {}),
        ...(typeof pl.replaces === 'string' ? { replaces: pl.replaces } : {}),
        ...(typeof r.protectedHeader?.kid === 'string' ? { kid: r.protectedHeader.kid } : {}),
      };
      newOrders.push(order);
    }
    const done = (a: { status: number; headers: Record<string, string>; body: Buffer }) => {
      r.status = a.status;
      if (order) order.status = a.status;
      return a;
    };

    const rule = [...rules]
      .reverse()
      .find(
        (x) => (!x.match.kind || x.match.kind === r.kind) && (!x.match.when || x.match.when(r)),
      );
    if (rule) {
      rule.left -= 1;
      if (rule.left <= 0) rules = rules.filter((x) => x !== rule);
      r.answeredByProxy = true;
      const h: Record<string, string> = {};
      for (const [k, v] of Object.entries(rule.answer.headers ?? {})) h[k.toLowerCase()] = v;
      if (!h['replay-nonce'] && r.kind !== 'directory') {
        const n = await freshNonce(host);
        if (n) h['replay-nonce'] = n;
      }
      const a = rule.answer;
      if (a.problem)
        return done({
          status: a.status,
          headers: { 'content-type': 'application/problem+json', ...h },
          body: Buffer.from(JSON.stringify({ status: a.status, ...a.problem })),
        });
      return done(json(a.status, a.body ?? {}, h));
    }

    if (r.kind === 'renewalInfo') {
      r.answeredByProxy = true;
      if (opts.renewalInfo === false || method !== 'GET')
        return done(json(404, { type: 'urn:ietf:params:acme:error:malformed' }));
      const certId = decodeURIComponent(p.slice(RENEWAL_INFO_PATH.length));
      const a = renewalInfoFor(certId);
      if (!a)
        return done(
          json(404, {
            type: 'urn:ietf:params:acme:error:malformed',
            detail: `no certificate with certID ${certId}`,
          }),
        );
      const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString());
      return done(
        json(
          200,
          {
            suggestedWindow: { start: iso(a.start), end: iso(a.end) },
            ...(a.explanationURL ? { explanationURL: a.explanationURL } : {}),
          },
          { 'retry-after': String(a.retryAfter ?? 21600) },
        ),
      );
    }

    if (order && (opts.profiles || opts.ipProfiles)) {
      const refusal = checkOrder(order, opts);
      if (refusal) {
        r.answeredByProxy = true;
        const n = await freshNonce(host);
        return done({
          status: 400,
          headers: {
            'content-type': 'application/problem+json',
            ...(n ? { 'replay-nonce': n } : {}),
          },
          body: Buffer.from(JSON.stringify({ status: 400, ...refusal })),
        });
      }
    }

    const fwdHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(inHeaders))
      if (v !== undefined && k !== 'connection' && k !== 'keep-alive')
        fwdHeaders[k] = Array.isArray(v) ? v.join(', ') : v;
    // Pebble checks the JWS `url` against Host and builds every URL it sends from it.
    fwdHeaders.host = host;
    const up = await forward(method, p, fwdHeaders, method === 'GET' ? undefined : body);
    const headers = { ...up.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    delete headers.connection;
    let out = up.body;
    if (r.kind === 'directory' && up.status === 200) {
      const dir = JSON.parse(up.body.toString('utf8')) as Record<string, unknown>;
      directoryUrls = Object.fromEntries(
        Object.entries(dir).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>;
      const meta = { ...(dir.meta as Record<string, unknown>), ...opts.meta };
      if (opts.profiles) meta.profiles = opts.profiles;
      dir.meta = meta;
      if (opts.renewalInfo !== false) dir.renewalInfo = `https://${host}${RENEWAL_INFO_PATH}`;
      out = Buffer.from(JSON.stringify(dir, null, 2));
    } else if (order?.profile && up.status === 201) {
      // A CA that knows profiles echoes the chosen one in the order object.
      const o = JSON.parse(up.body.toString('utf8')) as Record<string, unknown>;
      out = Buffer.from(JSON.stringify({ ...o, profile: order.profile }, null, 2));
    } else if (r.kind === 'certificate' && up.status === 200) {
      await remember(up.body.toString('utf8')).catch(() => {});
    }
    return done({ status: up.status, headers, body: out });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `https://127.0.0.1:${port}`;
  // Learn the directory's URLs once so requests are classified from the first one.
  await forward('GET', upstream.pathname, { host: `127.0.0.1:${port}` }, undefined).then((d) => {
    const dir = JSON.parse(d.body.toString('utf8')) as Record<string, unknown>;
    directoryUrls = Object.fromEntries(
      Object.entries(dir).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
  });
  let stopping: Promise<void> | null = null;
  return {
    directoryUrl: origin + upstream.pathname,
    origin,
    port,
    caCertPem: pebble.caCertPem,
    caCertPath: pebble.caCertPath,
    requests,
    newOrders,
    certificates,
    configure(next) {
      opts = { ...opts, ...next };
    },
    setRenewalInfo(certId, answer) {
      renewalAnswers.set(certId, answer);
    },
    respond(match, answer) {
      const rule = { match, answer, left: match.times ?? Infinity };
      rules.push(rule);
      return () => {
        rules = rules.filter((x) => x !== rule);
      };
    },
    clearRecords() {
      requests.length = 0;
      newOrders.length = 0;
    },
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      })),
  };
}
