// A local stand-in for the part of cPanel's UAPI a deployment target uses (issue 17), following
// cPanel's documentation (no real cPanel can run here):
// - API tokens: header `Authorization: cpanel USER:TOKEN`, https://HOST:2083/execute/Module/function
//   (api.docs.cpanel.net/cpanel/tokens); a refused login answers HTTP 401;
// - SSL::install_ssl: POST form fields domain, cert, key, cabundle (GET is too short for a
//   certificate); SSL::installed_hosts: a read-only list;
// - the answer: JSON {status: 1|0, errors: null|[..], messages, warnings, data, metadata}.
// It checks what a real panel would refuse: a key that does not match the certificate, a domain
// the certificate does not cover, a domain that is not on the account.
import https from 'node:https';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueServerCert, makeTestCa } from './tls.ts';

export type Installed = { domain: string; cert: string; key: string; cabundle: string };
export type FakeCpanel = {
  url: string;
  port: number;
  /** PEM of the CA of the panel's own HTTPS certificate (for NODE_EXTRA_CA_CERTS). */
  caCertPath: string;
  installed: Installed[];
  requests: string[];
  stop(): Promise<void>;
};

const answer = (status: 0 | 1, data: unknown, errors: string[] | null = null) => ({
  metadata: {},
  data,
  errors,
  messages: status ? ['The SSL certificate is now installed onto the domain.'] : null,
  warnings: null,
  status,
});

export async function startFakeCpanel(opts: {
  user: string;
  token: string;
  domains: string[];
}): Promise<FakeCpanel> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-fake-cpanel-'));
  const ca = await makeTestCa(dir, { cn: 'Fake cPanel CA' });
  const cert = await issueServerCert(ca, dir);
  const installed: Installed[] = [];
  const requests: string[] = [];
  const server = https.createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://x');
      requests.push(`${req.method} ${url.pathname}`);
      const send = (code: number, json: unknown) => {
        res.writeHead(code, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `cpanel ${opts.user}:${opts.token}`) {
        res.writeHead(401, { 'Content-Type': 'text/html' });
        res.end('<html><body>Access denied</body></html>');
        return;
      }
      if (url.pathname === '/execute/SSL/installed_hosts' && req.method === 'GET')
        return send(
          200,
          answer(
            1,
            installed.map((i) => ({ servername: i.domain })),
          ),
        );
      if (url.pathname === '/execute/SSL/install_ssl') {
        if (req.method !== 'POST') return send(200, answer(0, null, ['Use POST.']));
        const f = new URLSearchParams(body);
        const domain = f.get('domain') ?? '';
        const certPem = f.get('cert') ?? '';
        const keyPem = f.get('key') ?? '';
        const cabundle = f.get('cabundle') ?? '';
        if (!opts.domains.includes(domain))
          return send(200, answer(0, null, [`The domain “${domain}” is not on this account.`]));
        try {
          const x = new X509Certificate(certPem);
          const pub = createPublicKey(createPrivateKey(keyPem)).export({
            format: 'der',
            type: 'spki',
          });
          if (!pub.equals(x.publicKey.export({ format: 'der', type: 'spki' })))
            return send(200, answer(0, null, ['The key does not match the certificate.']));
          if (!x.checkHost(domain))
            return send(200, answer(0, null, [`The certificate does not cover “${domain}”.`]));
          if (!cabundle.includes('BEGIN CERTIFICATE'))
            return send(200, answer(0, null, ['The CA bundle is missing.']));
        } catch (e) {
          return send(
            200,
            answer(0, null, [`Invalid certificate or key: ${(e as Error).message}`]),
          );
        }
        installed.push({ domain, cert: certPem, key: keyPem, cabundle });
        return send(200, answer(1, { domain, action: 'install', working_domains: [domain] }));
      }
      send(200, answer(0, null, ['Function not found.']));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    caCertPath: ca.caCertPath,
    installed,
    requests,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          r();
        });
      }),
  };
}
