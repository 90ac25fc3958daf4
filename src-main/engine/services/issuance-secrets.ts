// The credentials of one issuance run (issue 20): which stored ones a changed route may take
// along, and the solver's lookups: what the person gave, then the certificate's own (bound to the
// route's destination), then the shared ones (global:NAME).
import { CertdeskError } from '../../shared/errors.ts';
import { SECRET_NAMES, type RouteSecrets, type SecretName } from '../../shared/route-facts.ts';
import type { Route } from '../../shared/route.ts';
import {
  credentialWords,
  missingCredential,
  planRouteChange,
  type RouteChangePlan,
} from '../route-change.ts';
import { openCertSecret } from '../secret-binding.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { Storage } from '../../storage/port.ts';
import type { SolverEnv } from '../challenges/index.ts';

/** After a route change: the stored credentials it keeps and drops (default: all kept). */
export type Carried = Pick<RouteChangePlan, 'keep' | 'drop' | 'notCarried'>;

/**
 * Which stored credentials (`stored`, the names the certificate has) a new route may use; refused
 * when a needed one is for elsewhere.
 */
export function carriedCredentials(
  from: Route,
  to: Route,
  given: RouteSecrets | undefined,
  stored: SecretName[],
): RouteChangePlan {
  const plan = planRouteChange(from, to, given, stored);
  if (plan.notCarried.length > 0) {
    const available = new Set<SecretName>([
      ...(Object.keys(plan.seal) as SecretName[]),
      ...plan.keep,
    ]);
    const missing = missingCredential(to, available);
    if (missing?.some((n) => plan.notCarried.includes(n)))
      throw new CertdeskError(
        'credentials-needed',
        `The ${credentialWords(missing)} stored for this certificate belongs to the server or account you changed, so Certdesk does not send it to the new one. Type the ${credentialWords(missing)} for the new one, then try again.`,
      );
  }
  return plan;
}

/**
 * The solver's secret and saveSecret for one run of `cert`. `secrets` is what the store held when
 * the run began; a secret saved since is read from the store.
 */
export function solverSecrets(
  storage: Storage,
  cert: StoredCertificate,
  given: Record<string, string>,
  carried: Carried | undefined,
  secrets: Record<string, string>,
): Pick<SolverEnv, 'secret' | 'saveSecret'> {
  return {
    secret: (name) => {
      if (given[name] !== undefined) return given[name];
      const n = name as SecretName;
      if ((SECRET_NAMES as readonly string[]).includes(name)) {
        if (carried && !carried.keep.includes(n)) return undefined;
        const own = secrets[`${cert.id}:${n}`] ?? storage.read().secrets[`${cert.id}:${n}`];
        // Bound to the route's destination: a credential for another server does not open.
        if (own) return openCertSecret(storage.secrets, own, cert.id, n, cert.challenge);
      }
      const ref = `global:${name}`;
      const sealed = secrets[ref] ?? storage.read().secrets[ref];
      return sealed ? storage.secrets.open(sealed, `secret:${ref}`) : undefined;
    },
    saveSecret: async (name, value) => {
      const ref = `global:${name}`;
      const sealed = storage.secrets.seal(value, `secret:${ref}`);
      await storage.update((d) => {
        d.secrets[ref] = sealed;
      });
    },
  };
}
