// cPanel target (issue 17): UAPI SSL::install_ssl with an API token, the documented way
// (`Authorization: cpanel USER:TOKEN`, https://HOST:2083/execute/Module/function, POST because a
// certificate is too long for a GET). UAPI answers JSON with `status` 1 or 0 and `errors`; a
// refused token is HTTP 401/403. "Test" calls SSL::installed_hosts, which only reads.
import https from 'node:https';
import { textError } from '../../shared/errors.ts';
import { text, type Text } from '../../shared/engine-text.ts';
import type { CpanelTargetConfig } from '../../shared/deploy.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import { certPem, chainPemText, keyPemText, parseMaterial } from '../export/material.ts';
import type { KeyMaterial } from '../export/types.ts';
import type { DeployDriver, DriverEnv } from './driver.ts';

const TIMEOUT_MS = 60 * SECOND_MS;

/** https://HOST[:PORT] with port 2083 (cPanel's secure API port) when none is given. */
export function cpanelBase(input: string): URL {
  let s = input.trim();
  if (!/^[a-z]+:\/\//i.test(s)) s = `https://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw textError('invalid-input', text('deployCheck.cpanelAddress', { input }));
  }
  if (u.protocol !== 'https:') throw textError('invalid-input', text('deployCheck.cpanelHttps'));
  if (!u.port) u.port = '2083';
  u.pathname = '/';
  u.search = '';
  u.hash = '';
  return u;
}

export function checkCpanelConfig(c: CpanelTargetConfig): CpanelTargetConfig {
  cpanelBase(c.url);
  if (!c.user.trim()) throw textError('invalid-input', text('deployCheck.cpanelUser'));
  return c;
}

type Uapi = {
  status?: number;
  errors?: string[] | null;
  data?: unknown;
  messages?: string[] | null;
};

export function cpanelDriver(c: CpanelTargetConfig, env: DriverEnv, names: string[]): DeployDriver {
  const base = cpanelBase(c.url);
  const server = base.host;
  const user = c.user.trim();
  const token = env.secret('apiToken');
  if (!token) throw textError('credentials-needed', text('deployCheck.cpanelTokenAgain'));
  const domain = c.domain?.trim() || names[0];

  function call(fn: string, form?: Record<string, string>): Promise<Uapi> {
    const url = new URL(`execute/${fn}`, base);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method: body ? 'POST' : 'GET',
          headers: {
            Authorization: `cpanel ${user}:${token}`,
            Accept: 'application/json',
            ...(body
              ? {
                  'Content-Type': 'application/x-www-form-urlencoded',
                  'Content-Length': Buffer.byteLength(body),
                }
              : {}),
          },
          rejectUnauthorized: !(c.insecureTls ?? false),
          timeout: TIMEOUT_MS,
        },
        (res) => {
          let raw = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            if (raw.length < 1_000_000) raw += d;
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status === 401 || status === 403)
              return reject(
                textError('credentials-refused', text('deploy.cpanelToken', { server, user }), {
                  detail: `HTTP ${status}`,
                }),
              );
            let json: { result?: Uapi } & Uapi;
            try {
              json = JSON.parse(raw) as typeof json;
            } catch {
              json = {};
            }
            // /execute/ answers the result object itself; older proxies wrap it in "result".
            const result = json.result ?? json;
            if (status !== 200 || typeof result.status !== 'number')
              return reject(
                textError('solver', text('deploy.cpanelNotCpanel', { server, status }), {
                  detail: raw.slice(0, 300),
                }),
              );
            resolve(result);
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('no answer within 60 seconds')));
      req.on('error', (e: Error & { code?: string }) =>
        reject(
          textError(
            'solver',
            text('deploy.cpanelUnreachable', { server, why: e.code ?? e.message }),
            {
              retryable: true,
              detail: e.message,
            },
          ),
        ),
      );
      req.end(body);
    });
  }

  return {
    async test(): Promise<Text> {
      const r = await call('SSL/installed_hosts');
      if (r.status !== 1)
        throw textError('credentials-refused', text('deploy.cpanelToken', { server, user }), {
          detail: (r.errors ?? []).join(' '),
        });
      return text('deploy.testedCpanel', { server, user });
    },
    async deploy(_files, material: KeyMaterial) {
      const p = parseMaterial(material);
      const r = await call('SSL/install_ssl', {
        domain,
        cert: certPem(p.leaf),
        key: keyPemText(p),
        cabundle: chainPemText(p),
      });
      if (r.status !== 1) {
        const reason = ((r.errors ?? []).join(' ').trim() || 'no reason given.').replace(
          /([^.!?])$/,
          '$1.',
        );
        throw textError('solver', text('deploy.cpanelRefused', { server, domain, reason }));
      }
      return { text: text('deploy.deployed', { where: `cPanel ${user}@${server} (${domain})` }) };
    },
  };
}
