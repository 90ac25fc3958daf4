// Presets pick the files and names each upload target expects (issue 6). Each `where` is one
// sentence a non-expert can follow (kept in src-main/shared/engine-text.ts, so the UI translates
// it). The default everywhere is the full chain: uploading the leaf alone is the most common
// mistake in the field.
import { engineText } from '../../shared/engine-text.ts';
import type { ExportFormat, PresetDef, PresetId } from './types.ts';

export const PRESETS: Record<PresetId, PresetDef> = {
  nginx: {
    label: 'nginx',
    formats: ['fullchain'],
    where: engineText.exportWhere.nginx,
  },
  apache: {
    label: 'Apache',
    formats: ['pem'],
    where: engineText.exportWhere.apache,
  },
  iis: {
    label: 'IIS / Windows (PFX)',
    formats: ['pfx'],
    where: engineText.exportWhere.iis,
  },
  cpanel: {
    label: 'cPanel / Plesk (paste)',
    formats: ['paste'],
    where: engineText.exportWhere.cpanel,
  },
  haproxy: {
    label: 'HAProxy',
    formats: ['combined'],
    where: engineText.exportWhere.haproxy,
  },
  synology: {
    label: 'Synology / QNAP',
    formats: ['pem'],
    fileNames: { key: 'privkey.pem', cert: 'cert.pem', chain: 'chain.pem' },
    where: engineText.exportWhere.synology,
  },
  tomcat: {
    label: 'Java / Tomcat (PFX)',
    formats: ['pfx'],
    where: engineText.exportWhere.tomcat,
  },
  generic: {
    label: 'Other (PEM files)',
    formats: ['pem'],
    where: engineText.exportWhere.generic,
  },
};

export const FORMAT_WHERE: Record<ExportFormat, string> = {
  pem: PRESETS.generic.where,
  fullchain:
    "Set your server's certificate to fullchain.pem and its private key to privkey.pem, then reload the server.",
  pfx: 'Import the .pfx file where your server or program asks for a PFX or PKCS#12 file, and type the password you chose.',
  'pfx-legacy':
    'Import the .pfx file where your server or program asks for a PFX or PKCS#12 file, and type the password you chose; this encoding also opens on Windows Server 2016 and older and on older Java.',
  der: 'Upload the .cer file where a device asks for the certificate alone in binary (DER) form; it holds neither the key nor the intermediate.',
  combined:
    'Upload the single .pem file where a program asks for one file holding certificate, chain and key together (HAProxy, Webmin, pfSense).',
  paste:
    'Paste the Certificate, Private key and CA bundle fields into the boxes with the same names in your control panel.',
};
