// Presets pick the files and names each upload target expects (issue 6). Each `where` is one
// sentence a non-expert can follow. The default everywhere is the full chain: uploading the leaf
// alone is the most common mistake in the field.
import type { ExportFormat, PresetDef, PresetId } from './types.ts';

export const PRESETS: Record<PresetId, PresetDef> = {
  nginx: {
    label: 'nginx',
    formats: ['fullchain'],
    where: 'In nginx, set ssl_certificate to fullchain.pem and ssl_certificate_key to privkey.pem, then reload nginx.',
  },
  apache: {
    label: 'Apache',
    formats: ['pem'],
    where: 'In Apache 2.4.8 or newer, set SSLCertificateFile to fullchain.pem and SSLCertificateKeyFile to privkey.pem (older Apache: SSLCertificateFile cert.pem and SSLCertificateChainFile chain.pem), then reload Apache.',
  },
  iis: {
    label: 'IIS / Windows (PFX)',
    formats: ['pfx'],
    where: 'On Windows, import the .pfx file in IIS Manager under Server Certificates > Import (or double-click it), type the password, then pick the certificate in the site\'s HTTPS binding; if Windows Server 2016 or older refuses it, export again with the encoding "compatible with Windows Server 2016 and older Java".',
  },
  cpanel: {
    label: 'cPanel / Plesk (paste)',
    formats: ['paste'],
    where: 'In cPanel (SSL/TLS > Manage SSL sites) or Plesk (SSL/TLS Certificates), paste the Certificate, Private key and CA bundle fields into the boxes with the same names, then install.',
  },
  haproxy: {
    label: 'HAProxy',
    formats: ['combined'],
    where: 'In HAProxy, point the bind line\'s crt option at the single .pem file (it holds certificate, chain and key), then reload HAProxy.',
  },
  synology: {
    label: 'Synology / QNAP',
    formats: ['pem'],
    fileNames: { key: 'privkey.pem', cert: 'cert.pem', chain: 'chain.pem' },
    where: 'In the NAS control panel (Synology: Security > Certificate > Add > Import; QNAP: Security > SSL Certificate), give privkey.pem as "Private Key", cert.pem as "Certificate" and chain.pem as "Intermediate certificate".',
  },
  tomcat: {
    label: 'Java / Tomcat (PFX)',
    formats: ['pfx'],
    where: 'In Tomcat\'s server.xml, set certificateKeystoreFile to the .pfx file, certificateKeystoreType to "PKCS12" and certificateKeystorePassword to your password, then restart Tomcat (Java before 8u301 or 11.0.12 needs the "compatible" encoding).',
  },
  generic: {
    label: 'Other (PEM files)',
    formats: ['pem'],
    where: 'Use fullchain.pem as the certificate (not cert.pem alone, which leaves out the intermediate) and privkey.pem as the private key; chain.pem is the "CA bundle" for programs that ask for it separately.',
  },
};

export const FORMAT_WHERE: Record<ExportFormat, string> = {
  pem: PRESETS.generic.where,
  fullchain: 'Set your server\'s certificate to fullchain.pem and its private key to privkey.pem, then reload the server.',
  pfx: 'Import the .pfx file where your server or program asks for a PFX or PKCS#12 file, and type the password you chose.',
  'pfx-legacy': 'Import the .pfx file where your server or program asks for a PFX or PKCS#12 file, and type the password you chose; this encoding also opens on Windows Server 2016 and older and on older Java.',
  der: 'Upload the .cer file where a device asks for the certificate alone in binary (DER) form; it holds neither the key nor the intermediate.',
  combined: 'Upload the single .pem file where a program asks for one file holding certificate, chain and key together (HAProxy, Webmin, pfSense).',
  paste: 'Paste the Certificate, Private key and CA bundle fields into the boxes with the same names in your control panel.',
};
