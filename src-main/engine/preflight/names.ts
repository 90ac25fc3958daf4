// The "names" check: the same rules as ordering (src-main/engine/names.ts), one finding per bad
// name, so the wizard can point at the field. Wildcards need dns-01 (R15); IP addresses need a CA
// profile that allows them (issue 18): the caller says whether the chosen one does (allowIp).
import { isIP } from 'node:net';
import { checkNames, type NameOptions } from '../names.ts';
import type { ChallengeType } from '../../shared/types.ts';
import type { CheckResult } from './types.ts';
import { fixed, said } from '../../shared/engine-text.ts';

export function namesCheck(
  inputs: readonly string[],
  challenge: ChallengeType,
  o: NameOptions = {},
): { results: CheckResult[]; names: string[] } {
  const { names, problems } = checkNames(inputs, challenge, o);
  if (problems.length === 0) {
    return {
      names,
      results: [
        {
          check: 'names',
          verdict: 'pass',
          ...said('preflight.names.ok', { count: names.length }),
          details: names,
        },
      ],
    };
  }
  const results: CheckResult[] = problems.map((p) => {
    const input = p.input.trim();
    const bare = input.replace(/^\[|\]$/g, '');
    const fix =
      isIP(bare) && !o.allowIp
        ? fixed('preflight.names.fixIp')
        : input.startsWith('*.') && challenge !== 'dns-01'
          ? fixed('preflight.names.fixWildcard')
          : {};
    return {
      check: 'names',
      verdict: 'fail',
      message: p.reason,
      text: p.text,
      ...fix,
      ...(input ? { domain: input } : {}),
    };
  });
  return { names, results };
}
