// The "names" check: the same rules as ordering (src-main/engine/names.ts), one finding per bad
// name, so the wizard can point at the field. Wildcards need dns-01 (R15); IP addresses need a CA
// profile that allows them, which Certdesk does not request yet.
import { isIP } from 'node:net';
import { checkNames } from '../names.ts';
import type { ChallengeType } from '../../shared/types.ts';
import type { CheckResult } from './types.ts';

export function namesCheck(inputs: readonly string[], challenge: ChallengeType): { results: CheckResult[]; names: string[] } {
  const { names, problems } = checkNames(inputs, challenge);
  if (problems.length === 0) {
    return { names, results: [{ check: 'names', verdict: 'pass', message: `${names.length === 1 ? 'The name is' : `All ${names.length} names are`} written correctly for a certificate.`, details: names }] };
  }
  const results: CheckResult[] = problems.map((p) => {
    const input = p.input.trim();
    const bare = input.replace(/^\[|\]$/g, '');
    let fix: string | undefined;
    if (isIP(bare)) fix = 'Use a domain name that points to this address; certificates for bare IP addresses need a special CA profile.';
    else if (input.startsWith('*.') && challenge !== 'dns-01') fix = 'Choose DNS validation (dns-01) for wildcard names, or list each name (www.example.com, shop.example.com) instead.';
    return { check: 'names', verdict: 'fail', message: p.reason, ...(fix ? { fix } : {}), ...(input ? { domain: input } : {}) };
  });
  return { names, results };
}
