// The store handed to an update's function, copied only where it is touched (issue 22): with
// 10,000 certificates, cloning and re-serialising every record for each renewal took longer than
// the single file's whole rewrite. A certificate record is cloned the first time the function
// reads it; the ones never read stay the very objects on disk and are known unchanged without
// being serialised. Listing the keys or testing `id in` clones nothing.
import type { StoreData, StoredCertificate } from './schema.ts';

export type Draft = {
  data: StoreData;
  /** The certificates map itself (no proxy), once the function has run. */
  certificates(): Record<string, StoredCertificate>;
  /** Certificate ids whose record the function may have changed (read, added or deleted). */
  touched(): Set<string>;
};

export function draftOf(base: StoreData): Draft {
  const target: Record<string, StoredCertificate> = { ...base.certificates };
  const cloned = new Set<string>();
  const certificates = new Proxy(target, {
    get(t, k, r) {
      if (
        typeof k === 'string' &&
        !cloned.has(k) &&
        Object.hasOwn(t, k) &&
        t[k] === base.certificates[k]
      ) {
        t[k] = structuredClone(t[k]);
        cloned.add(k);
      }
      return Reflect.get(t, k, r) as unknown;
    },
    set(t, k, v, r) {
      if (typeof k === 'string') cloned.add(k);
      return Reflect.set(t, k, v, r);
    },
    deleteProperty(t, k) {
      if (typeof k === 'string') cloned.add(k);
      return Reflect.deleteProperty(t, k);
    },
  });
  const data: StoreData = {
    ...base,
    accounts: structuredClone(base.accounts),
    settings: structuredClone(base.settings),
    secrets: { ...base.secrets },
    certificates,
  };
  return {
    data,
    certificates: () => target,
    touched() {
      const ids = new Set(cloned);
      // A secret of a certificate lives in its record file: a changed secret touches it.
      const refs = new Set([...Object.keys(base.secrets), ...Object.keys(data.secrets)]);
      for (const ref of refs)
        if (base.secrets[ref] !== data.secrets[ref]) ids.add(ref.slice(0, ref.indexOf(':')));
      return ids;
    },
  };
}
