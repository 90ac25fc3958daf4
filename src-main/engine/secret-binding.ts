// A stored credential follows only its own destination (issue 20, part 2). The destination (host
// and port, or API base URL: routeDestination, the notion route-change.ts already uses to decide
// what a new route keeps) is part of the AES-GCM associated data the credential is sealed with.
// So even code that forgot the rule cannot open a password for another server: the open fails.
//
// Credentials sealed before this (AAD without a destination) are rebound once when the data
// folder is opened (rebindLegacySecrets), against the route stored with them, which is the one
// they were typed for. Solver-saved secrets under `global:` already carry their server in the
// ref itself (acme-dns accounts by server, SFTP host keys by host and port).
import { routeDestination, SECRET_NAMES, type SecretName } from '../shared/route-facts.ts';
import type { Route } from '../shared/route.ts';
import type { Settings, StoreData } from '../storage/schema.ts';
import type { SecretBox } from '../storage/secret-box.ts';

/** Where the SMTP password is kept sealed (settings.email.passwordRef). */
export const SMTP_PASSWORD_REF = 'settings:smtpPassword';

/** The associated data of a sealed credential: what it is, and where it may be sent. */
export const boundContext = (ref: string, destination: string | null): string =>
  destination === null ? `secret:${ref}` : `secret:${ref}\ndestination:${destination}`;

/** Before issue 20: the ref alone. Read only by rebindLegacySecrets. */
const legacyContext = (ref: string): string => `secret:${ref}`;

/** The mail server a notification password goes to: host and port. */
export const smtpDestination = (e: { host: string; port: number }): string =>
  `smtp|${e.host.trim().toLowerCase().replace(/\.$/, '')}|${e.port}`;

/** The same mail server: the stored password may be sent there. */
export const sameSmtpServer = (
  a: { host: string; port: number } | null | undefined,
  b: { host: string; port: number },
): boolean => !!a && smtpDestination(a) === smtpDestination(b);

export const certSecretRef = (certId: string, name: SecretName): string => `${certId}:${name}`;

export const sealCertSecret = (
  box: SecretBox,
  certId: string,
  name: SecretName,
  route: Route,
  value: string,
): string => box.seal(value, boundContext(certSecretRef(certId, name), routeDestination(route)));

export const openCertSecret = (
  box: SecretBox,
  sealed: string,
  certId: string,
  name: SecretName,
  route: Route,
): string => box.open(sealed, boundContext(certSecretRef(certId, name), routeDestination(route)));

export const sealSmtpPassword = (
  box: SecretBox,
  email: { host: string; port: number },
  value: string,
): string => box.seal(value, boundContext(SMTP_PASSWORD_REF, smtpDestination(email)));

type Rebind = { ref: string; sealed: string; legacy: string; bound: string };

function opens(box: SecretBox, sealed: string, context: string): string | null {
  try {
    return box.open(sealed, context);
  } catch {
    return null;
  }
}

/** The credentials of `data` still sealed the old way, with the context each one should have. */
export function legacySecrets(data: StoreData): Rebind[] {
  const out: Rebind[] = [];
  for (const [ref, sealed] of Object.entries(data.secrets)) {
    const i = ref.lastIndexOf(':');
    const certId = ref.slice(0, i);
    const name = ref.slice(i + 1) as SecretName;
    const cert = data.certificates[certId];
    if (cert && SECRET_NAMES.includes(name)) {
      const bound = boundContext(ref, routeDestination(cert.challenge));
      if (bound !== legacyContext(ref))
        out.push({ ref, sealed, legacy: legacyContext(ref), bound });
    }
  }
  const email = data.settings.email;
  const smtp = data.secrets[SMTP_PASSWORD_REF];
  if (email && smtp)
    out.push({
      ref: SMTP_PASSWORD_REF,
      sealed: smtp,
      legacy: legacyContext(SMTP_PASSWORD_REF),
      bound: boundContext(SMTP_PASSWORD_REF, smtpDestination(email)),
    });
  return out;
}

/**
 * Accept-and-rebind for data written before issue 20: every credential that opens only with the
 * old associated data is sealed again with its destination. Returns how many were rebound.
 */
export async function rebindLegacySecrets(store: {
  read(): StoreData;
  secrets: SecretBox;
  update(fn: (d: StoreData) => void): Promise<unknown>;
}): Promise<number> {
  const todo = legacySecrets(store.read()).filter(
    (r) => opens(store.secrets, r.sealed, r.bound) === null,
  );
  if (todo.length === 0) return 0;
  const resealed = new Map<string, { from: string; to: string }>();
  for (const r of todo) {
    const plain = opens(store.secrets, r.sealed, r.legacy);
    // Neither way: damaged, or another key; left as it is, to be reported where it is used.
    if (plain !== null)
      resealed.set(r.ref, { from: r.sealed, to: store.secrets.seal(plain, r.bound) });
  }
  if (resealed.size === 0) return 0;
  let n = 0;
  await store.update((d) => {
    for (const [ref, { from, to }] of resealed)
      if (d.secrets[ref] === from) {
        d.secrets[ref] = to;
        n += 1;
      }
  });
  return n;
}

/** The stored SMTP password for these settings, or undefined; throws when it is bound elsewhere. */
export function openSmtpPassword(
  box: SecretBox,
  data: Pick<StoreData, 'secrets'>,
  email: NonNullable<Settings['email']>,
): string | undefined {
  if (!email.passwordRef) return undefined;
  const sealed = data.secrets[email.passwordRef];
  return sealed === undefined
    ? undefined
    : box.open(sealed, boundContext(email.passwordRef, smtpDestination(email)));
}
