// One case of the breakage matrix through the real engine and a real CA (issue 22): a copy of a
// data folder Certdesk made against Pebble, one file broken, then what the person is told (the
// notices app:state carries, through its contract; whether renewals stopped, which is what
// `certdesk list` exits 1 on and the tray turns for), every other certificate renewed with the CA
// (a new serial, a chain that verifies, a key that matches, still there after a restart), and
// nothing that could still be recovered overwritten (the broken bytes kept where they were or as
// one .damaged- copy, the last good generation byte for byte as it was).
import assert from 'node:assert/strict';
import { X509Certificate, createPublicKey } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src-main/engine/engine.ts';
import { renewalsStopped } from '../../src-main/engine/data-notices.ts';
import { AppStateSchema } from '../../src-main/shared/contract-app.ts';
import { damagedBeside } from './breakage.ts';
import { verifyChain } from './openssl.ts';
import type { Pebble } from './pebble.ts';

export type Refusal = { code: string; message: RegExp };
export type Expect = {
  /** The data notices the window gets (kinds, in order). */
  told: string[];
  /** Whether renewals stopped for something (list exits 1, the tray says so). */
  stopped: boolean;
  /** Renewed with the CA, one after the other (concurrency 1). */
  renews: string[];
  /** Refused with this error, nothing renewed. */
  refused?: Record<string, Refusal>;
  /** The data notices still there after a restart (a healed file says nothing any more). */
  toldAfter?: string[];
  /** Why the broken file may be rewritten: all it held is derived from the other files. */
  derived?: string;
  /** What survives, checked on the engine reopened after the renewals. */
  survives?: (e: Engine, dir: string) => void | Promise<void>;
};

export type Counts = { cases: number; renewals: number; refusals: number; keptBytes: number };

const DATA_KINDS = (kinds: string[]) =>
  kinds.filter((k) => k !== 'secrets-in-file' && k !== 'corrupt-moved-aside');

export function breakageRunner(pebble: Pebble, rootPem: string, counts: Counts) {
  const open = (dataDir: string) =>
    Engine.open({
      dataDir,
      caCertPem: pebble.caCertPem,
      httpPort: pebble.httpPort,
      poll: { firstMs: 20, maxMs: 200 },
    });

  /** A copy of `src` broken by `breakIt` (which returns the file it broke), then the run. */
  async function run(
    label: string,
    src: string,
    breakIt: (dir: string) => string,
    exp: Expect,
  ): Promise<string> {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-breakrun-')), 'data');
    cpSync(src, dir, { recursive: true });
    const file = breakIt(dir);
    const broken = existsSync(file) ? readFileSync(file) : null;
    const prev = existsSync(`${file}.prev`) ? readFileSync(`${file}.prev`) : null;
    counts.cases += 1;

    const e = await open(dir);
    const told = AppStateSchema.shape.notices.parse(e.settings.notices());
    assert.deepEqual(DATA_KINDS(told.map((n) => n.kind)), exp.told, `${label}: what is said`);
    for (const n of told) assert.match(n.message, /^[A-Z].{40,}[.)]$/s, `${label}: a sentence`);
    const stopped = renewalsStopped(e.settings.storageNotices());
    assert.equal(stopped.length > 0, exp.stopped, `${label}: renewals stopped?`);

    const renewed = new Map<string, string>();
    for (const id of exp.renews) {
      const before = e.getStored(id).current?.serial;
      const r = await e.renew(id);
      assert.notEqual(r.certificate.serial, before, `${label}: ${id} renewed`);
      renewed.set(id, r.certificate.serial!);
      counts.renewals += 1;
    }
    for (const [id, why] of Object.entries(exp.refused ?? {})) {
      const versions = e.storedCertificates().find((c) => c.id === id)?.current?.version;
      await assert.rejects(e.renew(id), (err: { code?: string; message?: string }) => {
        assert.equal(err.code, why.code, `${label}: ${id}: ${err.message}`);
        assert.match(err.message ?? '', why.message);
        return true;
      });
      assert.equal(e.storedCertificates().find((c) => c.id === id)?.current?.version, versions);
      counts.refusals += 1;
    }

    // A restart: what was renewed is there, whole, and usable; what is still said.
    const again = await open(dir);
    for (const [id, serial] of renewed) {
      const c = again.getCertificate(id);
      assert.equal(c.serial, serial, `${label}: ${id} saved`);
      assert.ok((await verifyChain(c.chainPem!, rootPem)).ok, `${label}: ${id} verifies`);
      const m = await again.keyMaterial(id);
      const spki = (k: ReturnType<typeof createPublicKey>) =>
        k.export({ type: 'spki', format: 'der' });
      assert.ok(
        spki(new X509Certificate(m.certPem).publicKey).equals(spki(createPublicKey(m.keyPem))),
        `${label}: ${id} key matches`,
      );
    }
    const after = AppStateSchema.shape.notices.parse(again.settings.notices());
    assert.deepEqual(DATA_KINDS(after.map((n) => n.kind)), exp.toldAfter ?? [], `${label}: after`);
    await exp.survives?.(again, dir);

    // Nothing that could still be recovered is overwritten.
    if (broken && !exp.derived) {
      const kept = damagedBeside(file).map((f) => readFileSync(path.join(path.dirname(file), f)));
      const inPlace = existsSync(file) && readFileSync(file).equals(broken);
      assert.ok(
        inPlace || (kept.length === 1 && kept[0].equals(broken)),
        `${label}: the broken bytes are kept`,
      );
      counts.keptBytes += 1;
    }
    if (prev) assert.ok(readFileSync(`${file}.prev`).equals(prev), `${label}: .prev as it was`);
    return dir;
  }

  return { open, run };
}
