// Data types of the export module (issue 6). Kept apart so presets, formats and the writer can
// share them without importing each other.

export type ExportFormat =
  'pem' | 'fullchain' | 'pfx' | 'pfx-legacy' | 'der' | 'combined' | 'paste';
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'pem',
  'fullchain',
  'pfx',
  'pfx-legacy',
  'der',
  'combined',
  'paste',
];

export type PresetId =
  'nginx' | 'apache' | 'iis' | 'cpanel' | 'haproxy' | 'synology' | 'tomcat' | 'generic';
export const PRESET_IDS: readonly PresetId[] = [
  'nginx',
  'apache',
  'iis',
  'cpanel',
  'haproxy',
  'synology',
  'tomcat',
  'generic',
];

/** What one written file holds; `secret` files carry the private key (R8). */
export type FileKind = 'cert' | 'chain' | 'fullchain' | 'key' | 'pfx' | 'der' | 'combined';

export type PfxEncoding = 'modern' | 'legacy';
export type RsaKeyFormat = 'pkcs8' | 'pkcs1';

export type KeyMaterial = {
  /** The leaf certificate, PEM. */
  certPem: string;
  /** Issuers, the leaf's issuer first, as the CA sent them (R1: never hard-coded). */
  chainPem: string[];
  /** The private key, PEM (PKCS#8 preferred; PKCS#1 and SEC1 are accepted too). */
  keyPem: string;
  names: string[];
  id: string;
};

export type ExportRequest = {
  dir: string;
  /** Ignored when `preset` is given. Without both, the 'generic' preset (all PEM files) is used. */
  format?: ExportFormat;
  preset?: PresetId;
  /** Required for PFX (at least 4 characters). */
  password?: string;
  /** Replace files that already exist; without it the export fails with 'file-exists' before writing. */
  overwrite?: boolean;
  /** PKCS#1 ("BEGIN RSA PRIVATE KEY") for old control panels; EC keys always stay PKCS#8. */
  rsaKeyFormat?: RsaKeyFormat;
  /** Turns the PFX of a preset (iis, tomcat) into the encoding for Windows Server 2016 and older Java. */
  pfxEncoding?: PfxEncoding;
};

export type ExportedFile = { path: string; kind: FileKind; secret: boolean };

/** Paste fields without the key: safe to show in the renderer. */
export type PublicPasteFields = { certificate: string; caBundle: string };

export type ExportResult = {
  files: ExportedFile[];
  warnings: string[];
  preset?: PresetId;
  /** One sentence: where the files go. */
  where: string;
  /** Only for the 'paste' format (cpanel preset); never holds the key. */
  paste?: PublicPasteFields;
};

export type PresetDef = {
  label: string;
  formats: ExportFormat[];
  /** When given: exactly the files (by kind) the preset writes, with their names. */
  fileNames?: Partial<Record<FileKind, string>>;
  where: string;
};
