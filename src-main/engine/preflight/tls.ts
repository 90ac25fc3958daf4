// The "tls-alpn-01" self-check (R13, RFC 8737): with Certdesk's own responder running (started
// by the port443 check with a random key authorization), connect to each address of the name on
// the TLS port offering only "acme-tls/1", as the CA does, and confirm that the handshake reached
// our responder: the protocol was negotiated and the certificate carries our acmeIdentifier.
import tls from 'node:tls';
import { createHash } from 'node:crypto';
import { ACME_TLS_ALPN } from '../challenges/tls-alpn.ts';
import { worst, type CheckResult, type Verdict } from './types.ts';
import { fixed, said } from '../../shared/engine-text.ts';

// OID 1.3.6.1.5.5.7.1.31 (id-pe-acmeIdentifier), DER-encoded, followed by the extension's contents.
const ACME_ID_OID = Buffer.from([0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x1f]);

type Handshake = { ok: true } | { ok: false; verdict: Verdict; why: string };

export function alpnHandshake(
  address: string,
  port: number,
  name: string,
  keyAuthorization: string,
  signal?: AbortSignal,
  timeoutMs = 8000,
): Promise<Handshake> {
  const digest = createHash('sha256').update(keyAuthorization).digest();
  return new Promise((resolve) => {
    const s = tls.connect({
      host: address,
      port,
      servername: name,
      ALPNProtocols: [ACME_TLS_ALPN],
      rejectUnauthorized: false, // the challenge certificate is self-signed by design (RFC 8737 section 3)
      minVersion: 'TLSv1.2',
    });
    const onAbort = () => done({ ok: false, verdict: 'fail', why: 'no answer in time' });
    const done = (h: Handshake) => {
      clearTimeout(t);
      signal?.removeEventListener('abort', onAbort);
      s.destroy();
      resolve(h);
    };
    const t = setTimeout(
      () =>
        done({
          ok: false,
          verdict: 'fail',
          why: `no answer within ${Math.round(timeoutMs / 1000)} s (a firewall may drop the packets)`,
        }),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    s.once('secureConnect', () => {
      if (s.alpnProtocol !== ACME_TLS_ALPN) {
        done({
          ok: false,
          verdict: 'fail',
          why: `another TLS server answered (it did not agree to "${ACME_TLS_ALPN}"; negotiated: ${s.alpnProtocol || 'nothing'})`,
        });
        return;
      }
      const raw = s.getPeerX509Certificate()?.raw;
      if (!raw || !raw.includes(ACME_ID_OID) || !raw.includes(digest)) {
        done({
          ok: false,
          verdict: 'fail',
          why: "a TLS server that speaks acme-tls/1 answered, but with another challenge certificate than Certdesk's (another ACME client or another machine answers there)",
        });
        return;
      }
      done({ ok: true });
    });
    s.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'ECONNREFUSED'
          ? 'connection refused (nothing listens there)'
          : e.code === 'ABORT_ERR'
            ? 'no answer in time'
            : /alert|handshake|protocol|SSL/i.test(`${e.code} ${e.message}`)
              ? `the TLS handshake failed (${e.code ?? e.message}); another server that does not speak acme-tls/1 may answer there`
              : `${e.code ?? ''} ${e.message}`.trim();
      done({ ok: false, verdict: 'fail', why });
    });
  });
}

export async function tlsSelfCheck(i: {
  name: string;
  addresses: string[];
  port: number;
  keyAuthorization: string;
  signal?: AbortSignal;
}): Promise<CheckResult> {
  const base = { check: 'tls-alpn-01' as const, domain: i.name };
  if (i.addresses.length === 0) {
    return {
      ...base,
      verdict: 'fail',
      ...said('preflight.tls.noAddress', { name: i.name }),
      ...fixed('preflight.fixAddA', { name: i.name }),
    };
  }
  const runs = await Promise.all(
    i.addresses.map(async (a) => ({
      a,
      h: await alpnHandshake(a, i.port, i.name, i.keyAuthorization, i.signal),
    })),
  );
  const details = runs.map(
    ({ a, h }) =>
      `TLS ${a}:${i.port} ALPN ${ACME_TLS_ALPN} SNI ${i.name}: ${h.ok ? "Certdesk's responder answered" : h.why}`,
  );
  const verdict = worst(runs.map(({ h }) => (h.ok ? 'pass' : h.verdict)));
  if (verdict === 'pass')
    return {
      ...base,
      verdict,
      ...said('preflight.tls.ok', { name: i.name, port: i.port }),
      details,
    };
  const bad = runs.find(({ h }) => !h.ok)!;
  return {
    ...base,
    verdict,
    ...said('preflight.tls.failed', {
      name: i.name,
      address: bad.a,
      port: i.port,
      why: (bad.h as { why: string }).why,
    }),
    ...fixed('preflight.tls.fixFailed', { name: i.name, port: i.port }),
    details,
  };
}
