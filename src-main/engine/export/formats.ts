// Turns parsed key material into the files of one format (issue 6). Nothing here touches the
// disk: the writer gets the whole bundle in memory, so it can refuse or roll back as one unit.
import { buildPfx } from './pkcs12.ts';
import {
  certPem,
  chainPemText,
  fullchainPemText,
  keyPemText,
  fileBaseName,
  type ParsedMaterial,
} from './material.ts';
import type {
  ExportFormat,
  FileKind,
  PfxEncoding,
  PublicPasteFields,
  RsaKeyFormat,
} from './types.ts';

export type PlannedFile = { name: string; kind: FileKind; secret: boolean; data: string | Buffer };

export type PlanOptions = {
  password?: string;
  rsaKeyFormat?: RsaKeyFormat;
  /** Turns 'pfx' into the legacy encoding (a preset asked for PFX, the user for compatibility). */
  pfxEncoding?: PfxEncoding;
  /** Preset file names; when given, only these kinds are written. */
  fileNames?: Partial<Record<FileKind, string>>;
};

export const SECRET_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['key', 'pfx', 'combined']);

function filesOf(p: ParsedMaterial, format: ExportFormat, opts: PlanOptions): PlannedFile[] {
  const base = fileBaseName(p.names[0]);
  const file = (kind: FileKind, name: string, data: string | Buffer): PlannedFile => ({
    name,
    kind,
    secret: SECRET_KINDS.has(kind),
    data,
  });
  const key = (): PlannedFile => file('key', 'privkey.pem', keyPemText(p, opts.rsaKeyFormat));
  switch (format) {
    case 'pem':
      return [
        file('cert', 'cert.pem', certPem(p.leaf)),
        // A certificate issued straight from a root has no intermediate: an empty chain.pem
        // would be rejected by most upload forms, so it is left out (with a warning).
        ...(p.chain.length ? [file('chain', 'chain.pem', chainPemText(p))] : []),
        file('fullchain', 'fullchain.pem', fullchainPemText(p)),
        key(),
      ];
    case 'fullchain':
      return [file('fullchain', 'fullchain.pem', fullchainPemText(p)), key()];
    case 'pfx':
    case 'pfx-legacy': {
      const encoding: PfxEncoding =
        format === 'pfx-legacy' ? 'legacy' : (opts.pfxEncoding ?? 'modern');
      return [file('pfx', `${base}.pfx`, buildPfx(p, opts.password, encoding))];
    }
    case 'der':
      return [file('der', `${base}.cer`, p.leaf.raw)];
    case 'combined':
      // Leaf, chain, then key: `cat fullchain.pem privkey.pem`, the order HAProxy, Webmin and
      // pfSense guides use, and tools that take "the first certificate" as the leaf read right.
      return [
        file('combined', `${base}.pem`, fullchainPemText(p) + keyPemText(p, opts.rsaKeyFormat)),
      ];
    case 'paste':
      return [];
    default: {
      const never: never = format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}

export function planFiles(
  p: ParsedMaterial,
  formats: readonly ExportFormat[],
  opts: PlanOptions = {},
): PlannedFile[] {
  let files = formats.flatMap((f) => filesOf(p, f, opts));
  const names = opts.fileNames;
  if (names)
    files = files
      .filter((f) => names[f.kind] !== undefined)
      .map((f) => ({ ...f, name: names[f.kind] ?? f.name }));
  // Two files with one name would overwrite each other inside one export: refuse, never guess.
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.name)) throw new Error(`export plan names ${f.name} twice`);
    seen.add(f.name);
  }
  return files;
}

/** The pasteable fields without the key: safe for the renderer. */
export function publicPasteFields(p: ParsedMaterial): PublicPasteFields {
  return { certificate: certPem(p.leaf), caBundle: chainPemText(p) };
}
