// A certificate the engine holds as renewed once, without a CA (unit tests of issue 17's
// reminders, tray and history): `previous` and `current` are real self-signed PEM files (openssl),
// written through the Storage port as issuance writes them, so the key material reads and the
// live-site check compares real serials; the stored lifetimes are the test's own, so the test's
// clock decides how urgent a reminder is. A wait for the person is then made by the engine itself:
// a manual target added and run after the renewal (DeployService), as renewAndDeploy runs it.
import { randomBytes, X509Certificate } from 'node:crypto';
import type { Engine } from '../../src-main/engine/engine.ts';
import type { StoredVersion } from '../../src-main/storage/schema.ts';
import { selfSignedEc } from './openssl.ts';

export type Lifetime = { notBefore: number; notAfter: number };
export type SeededVersion = { cert: string; key: string; serial: string; version: string };

const iso = (ms: number): string => new Date(ms).toISOString();

async function writeVersion(engine: Engine, id: string, name: string, life: Lifetime) {
  const { cert, key } = selfSignedEc(name);
  const serial = new X509Certificate(cert).serialNumber.toLowerCase();
  const version = `v${Date.now()}-${randomBytes(3).toString('hex')}`;
  await engine.store.writeVersion(id, version, cert, key);
  const stored: StoredVersion = {
    version,
    notBefore: iso(life.notBefore),
    notAfter: iso(life.notAfter),
    serial,
    issuer: name,
    chainIssuers: [],
    issuedAt: iso(life.notBefore),
  };
  return { seeded: { cert, key, serial, version }, stored };
}

/** Stores a certificate for `name` whose `current` replaced `previous` (one renewal). */
export async function seedRenewedCertificate(
  engine: Engine,
  o: { name: string; previous: Lifetime; current: Lifetime },
): Promise<{ id: string; previous: SeededVersion; current: SeededVersion }> {
  const id = randomBytes(6).toString('hex');
  const prev = await writeVersion(engine, id, o.name, o.previous);
  const cur = await writeVersion(engine, id, o.name, o.current);
  await engine.store.update((d) => {
    d.certificates[id] = {
      id,
      names: [o.name],
      accountId: 'acc-test',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'builtin' },
      createdAt: iso(o.previous.notBefore),
      current: cur.stored,
      previous: prev.stored,
      attempts: [],
      exports: [],
    };
  });
  return { id, previous: prev.seeded, current: cur.seeded };
}

/** Another renewal: a new `current`, the old one becomes `previous`. */
export async function seedRenewal(
  engine: Engine,
  id: string,
  life: Lifetime,
): Promise<SeededVersion> {
  const name = engine.getStored(id).names[0];
  const cur = await writeVersion(engine, id, name, life);
  await engine.store.update((d) => {
    const c = d.certificates[id];
    c.previous = c.current;
    c.current = cur.stored;
  });
  return cur.seeded;
}

/** A place the person updates by hand, run after the renewal: the certificate waits for them. */
export async function waitAtManualPlace(
  engine: Engine,
  id: string,
  o: { label: string; notes?: string; preset?: 'cpanel' | 'nginx' | 'synology' } = {
    label: 'Router admin page',
  },
): Promise<string> {
  const target = await engine.deploy.add(id, {
    kind: 'manual',
    label: o.label,
    ...(o.notes ? { notes: o.notes } : {}),
    ...(o.preset ? { preset: o.preset } : {}),
  });
  await engine.deploy.run(id, { targetId: target.id, trigger: 'renewed' });
  return target.id;
}
