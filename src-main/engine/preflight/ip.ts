// Pre-flight for a name that is an IP address (RFC 8738, issue 18): the CA validates it by
// connecting to the address on port 80 (http-01) or 443 (tls-alpn-01), so reachability of that
// port is what is checked. DNS and CAA do not apply to an address and are not looked up.
import { fixed, said } from '../../shared/engine-text.ts';
import type { ChallengeType } from '../../shared/types.ts';
import { probeTcp } from './dns.ts';
import { runCheck } from './guard.ts';
import type { CheckResult } from './types.ts';

export function ipChecks(
  name: string,
  ip: string,
  port: number,
  challenge: ChallengeType,
  checkMs: number,
  signal: AbortSignal,
): Promise<CheckResult>[] {
  const check = challenge === 'tls-alpn-01' ? 'port443' : 'port80';
  return [
    runCheck(check, name, checkMs, signal, async (s) => {
      const why = await probeTcp(ip, port, s, Math.round(checkMs * 0.5));
      return why === null
        ? { check, domain: name, verdict: 'pass', ...said('profile.ipReach.ok', { name, port }) }
        : {
            check,
            domain: name,
            verdict: 'fail',
            ...said('profile.ipReach.fail', { name, port }),
            ...fixed('profile.ipReach.fix', { name, port }),
            details: [`${ip}:${port}: ${why}`],
          };
    }),
    Promise.resolve({
      check: 'dns',
      domain: name,
      verdict: 'skip',
      ...said('profile.ipReach.noDns'),
    }),
  ];
}
