// Throwaway CA -> intermediate(s) -> leaf chains made with the openssl CLI, and checks of exported
// files with openssl (and keytool when present). Reusable by the integration tests that export
// Pebble-issued certificates: checkExportWithOpenssl needs only the files, the password and the
// KeyMaterial (plus the root, when the chain should be verified).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { randomBytes, X509Certificate } from 'node:crypto';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { KeyMaterial } from '../../src-main/engine/export/index.ts';

export type LeafKeyType = 'rsa2048' | 'rsa4096' | 'p256' | 'p384';
export const LEAF_KEY_TYPES: readonly LeafKeyType[] = ['rsa2048', 'rsa4096', 'p256', 'p384'];

export type RunResult = { code: number | null; stdout: string; stderr: string };

/** Runs a command (no shell) with optional stdin; never throws for a non-zero exit. */
export function run(cmd: string, args: string[], input?: string | Buffer): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {
      /* the command may exit before reading all input */
    });
    child.stdin.end(input ?? '');
  });
}

async function openssl(args: string[], input?: string | Buffer): Promise<string> {
  const r = await run('openssl', args, input);
  if (r.code !== 0) throw new Error(`openssl ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

export const hasCommand = (cmd: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export type TestChain = {
  dir: string;
  rootPem: string;
  rootPath: string;
  /** Leaf's issuer first. */
  intermediatesPem: string[];
  material: KeyMaterial;
  cleanup: () => Promise<void>;
};

const keygenArgs = (t: LeafKeyType): string[] => {
  switch (t) {
    case 'rsa2048':
      return ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'];
    case 'rsa4096':
      return ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:4096'];
    case 'p256':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    case 'p384':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'];
  }
};

const serial = (): string =>
  `0x${randomBytes(12)
    .toString('hex')
    .replace(/^[89a-f]/, '1')}`;

/**
 * Root (P-256) -> `intermediates` CA certificates (P-256) -> leaf with the requested key type,
 * valid for 30 days, with SANs for `names`. The leaf key is PKCS#8 PEM ("BEGIN PRIVATE KEY").
 */
export async function makeTestChain(
  keyType: LeafKeyType,
  opts: { names?: string[]; intermediates?: number; id?: string } = {},
): Promise<TestChain> {
  const names = opts.names ?? ['example.test', 'www.example.test'];
  const count = opts.intermediates ?? 1;
  const dir = await mkdtemp(path.join(tmpdir(), 'certdesk-chain-'));
  const p = (f: string): string => path.join(dir, f);
  const caExt =
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n';
  await writeFile(p('ca.ext'), caExt);
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    p('root.key'),
    '-out',
    p('root.pem'),
    '-subj',
    '/CN=Certdesk Test Root',
    '-days',
    '30',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  let issuer = 'root';
  const inters: string[] = [];
  for (let i = 1; i <= count; i++) {
    const n = `int${i}`;
    await openssl([
      'req',
      '-new',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      p(`${n}.key`),
      '-out',
      p(`${n}.csr`),
      '-subj',
      `/CN=Certdesk Test Intermediate ${i}`,
    ]);
    await openssl([
      'x509',
      '-req',
      '-in',
      p(`${n}.csr`),
      '-CA',
      p(`${issuer}.pem`),
      '-CAkey',
      p(`${issuer}.key`),
      '-set_serial',
      serial(),
      '-days',
      '30',
      '-extfile',
      p('ca.ext'),
      '-out',
      p(`${n}.pem`),
    ]);
    inters.unshift(await readFile(p(`${n}.pem`), 'utf8'));
    issuer = n;
  }
  const rsa = keyType.startsWith('rsa');
  await writeFile(
    p('leaf.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      `keyUsage=critical,digitalSignature${rsa ? ',keyEncipherment' : ''}`,
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid',
    ].join('\n') + '\n',
  );
  await openssl(['genpkey', ...keygenArgs(keyType), '-out', p('leaf.key')]);
  await openssl([
    'req',
    '-new',
    '-key',
    p('leaf.key'),
    '-out',
    p('leaf.csr'),
    '-subj',
    `/CN=${names[0]}`,
  ]);
  await openssl([
    'x509',
    '-req',
    '-in',
    p('leaf.csr'),
    '-CA',
    p(`${issuer}.pem`),
    '-CAkey',
    p(`${issuer}.key`),
    '-set_serial',
    serial(),
    '-days',
    '30',
    '-extfile',
    p('leaf.ext'),
    '-out',
    p('leaf.pem'),
  ]);
  const material: KeyMaterial = {
    certPem: await readFile(p('leaf.pem'), 'utf8'),
    chainPem: inters,
    keyPem: await readFile(p('leaf.key'), 'utf8'),
    names,
    id: opts.id ?? `test-${keyType}`,
  };
  return {
    dir,
    rootPem: await readFile(p('root.pem'), 'utf8'),
    rootPath: p('root.pem'),
    intermediatesPem: inters,
    material,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------
// Checking exported files

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const KEY_BLOCK = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;

export const pemCerts = (text: string): string[] => text.match(CERT_BLOCK) ?? [];
export const pemKeys = (text: string): string[] => text.match(KEY_BLOCK) ?? [];
/** Compares certificates by DER, whatever the line endings or wrapping. */
const derOf = (pem: string): string => new X509Certificate(pem).raw.toString('base64');

export const certPubkey = async (certPem: string): Promise<string> =>
  openssl(['x509', '-pubkey', '-noout'], certPem);
export const keyPubkey = async (keyPem: string): Promise<string> =>
  openssl(['pkey', '-pubout'], keyPem);

export type ExportedFileLike = { path: string; kind?: string };

export type CheckOptions = {
  /** The root to verify the chain against; without it the chain order is checked but not verified. */
  rootPem?: string;
  /** Expect "BEGIN RSA PRIVATE KEY" for RSA keys. */
  expectPkcs1?: boolean;
  /** Expected PFX encoding; inferred from the file when absent. */
  pfxEncoding?: 'modern' | 'legacy';
  /** Run keytool on PFX files (default: when keytool exists). */
  java?: boolean;
};

function kindOf(f: ExportedFileLike): string {
  if (f.kind) return f.kind;
  const b = path.basename(f.path);
  if (b === 'cert.pem') return 'cert';
  if (b === 'chain.pem') return 'chain';
  if (b === 'fullchain.pem') return 'fullchain';
  if (b === 'privkey.pem') return 'key';
  if (b.endsWith('.pfx') || b.endsWith('.p12')) return 'pfx';
  if (b.endsWith('.cer') || b.endsWith('.der')) return 'der';
  return 'combined';
}

class Scratch {
  dir = '';
  async file(name: string, data: string): Promise<string> {
    if (!this.dir) this.dir = await mkdtemp(path.join(tmpdir(), 'certdesk-check-'));
    const f = path.join(this.dir, name);
    await writeFile(f, data, { mode: 0o600 });
    return f;
  }
  async done(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/** `openssl verify -CAfile root -untrusted <intermediates> <leaf>` over the certificates of one file. */
async function verifyChain(
  certs: string[],
  rootPem: string,
  s: Scratch,
  label: string,
): Promise<void> {
  const root = await s.file('root.pem', rootPem);
  const leaf = await s.file('leaf.pem', certs[0]);
  const args = ['verify', '-CAfile', root];
  if (certs.length > 1)
    args.push('-untrusted', await s.file('untrusted.pem', certs.slice(1).join('\n')));
  const r = await run('openssl', [...args, leaf]);
  assert.equal(r.code, 0, `${label}: openssl verify rejected the chain: ${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /: OK/, `${label}: openssl verify did not say OK`);
}

function assertCertsEqual(got: string[], want: string[], label: string): void {
  assert.deepEqual(
    got.map(derOf),
    want.map(derOf),
    `${label}: certificates differ from leaf + chain as the CA sent them`,
  );
}

async function assertKeyMatches(keyPem: string, leafPem: string, label: string): Promise<void> {
  assert.equal(
    await keyPubkey(keyPem),
    await certPubkey(leafPem),
    `${label}: the private key does not match the certificate`,
  );
}

/** What `openssl pkcs12 -info -noout` reports about a PFX's protection. */
export async function pfxAlgorithms(
  file: string,
  password: string,
): Promise<{ mac: string; certs: string; key: string; raw: string }> {
  const s = new Scratch();
  try {
    const pw = await s.file('pw', password);
    const r = await run('openssl', [
      'pkcs12',
      '-info',
      '-noout',
      '-in',
      file,
      '-passin',
      `file:${pw}`,
    ]);
    const raw = r.stdout + r.stderr;
    assert.equal(r.code, 0, `openssl pkcs12 -info -noout failed: ${raw}`);
    return {
      mac: /MAC: (\S+?),/.exec(raw)?.[1] ?? '',
      certs: /PKCS7 Encrypted data: ([^\n]*?)(, Iteration|\n)/.exec(raw)?.[1] ?? '',
      key: /Shrouded Keybag: ([^\n]*?)(, Iteration|\n)/.exec(raw)?.[1] ?? '',
      raw,
    };
  } finally {
    await s.done();
  }
}

async function checkPfx(
  file: string,
  password: string,
  m: KeyMaterial,
  want: string[],
  opts: CheckOptions,
  s: Scratch,
  done: string[],
): Promise<void> {
  const label = path.basename(file);
  const algs = await pfxAlgorithms(file, password);
  const encoding = opts.pfxEncoding ?? (algs.mac === 'sha1' ? 'legacy' : 'modern');
  if (encoding === 'modern') {
    assert.equal(algs.mac, 'sha256', `${label}: MAC should be sha256\n${algs.raw}`);
    assert.equal(
      algs.certs,
      'PBES2, PBKDF2, AES-256-CBC',
      `${label}: certificates should be PBES2/PBKDF2/AES-256-CBC\n${algs.raw}`,
    );
    assert.equal(
      algs.key,
      'PBES2, PBKDF2, AES-256-CBC',
      `${label}: key should be PBES2/PBKDF2/AES-256-CBC\n${algs.raw}`,
    );
    assert.match(algs.raw, /PRF hmacWithSHA256/, `${label}: PBKDF2 should use HMAC-SHA256`);
  } else {
    assert.equal(algs.mac, 'sha1', `${label}: MAC should be sha1\n${algs.raw}`);
    assert.equal(
      algs.certs,
      'pbeWithSHA1And3-KeyTripleDES-CBC',
      `${label}: certificates should be 3DES\n${algs.raw}`,
    );
    assert.equal(
      algs.key,
      'pbeWithSHA1And3-KeyTripleDES-CBC',
      `${label}: key should be 3DES\n${algs.raw}`,
    );
  }
  done.push(
    `${label}: openssl reports ${encoding} encoding (MAC ${algs.mac}, certs ${algs.certs}, key ${algs.key})`,
  );

  const pw = await s.file('pfx-pw', password);
  const args = [
    'pkcs12',
    '-info',
    '-nodes',
    '-in',
    file,
    '-passin',
    `file:${pw}`,
    ...(encoding === 'legacy' ? ['-legacy'] : []),
  ];
  const r = await run('openssl', args);
  assert.equal(
    r.code,
    0,
    `${label}: openssl could not open the PFX with the password: ${r.stderr}`,
  );
  const certs = pemCerts(r.stdout);
  const keys = pemKeys(r.stdout);
  assert.equal(keys.length, 1, `${label}: expected exactly one private key`);
  assertCertsEqual(certs, want, label);
  await assertKeyMatches(keys[0], m.certPem, label);
  // friendlyName and localKeyID on the key bag and the leaf's bag (they print before each).
  const attrBlocks = r.stdout.split('Bag Attributes').slice(1);
  const named = attrBlocks.filter(
    (b) => b.includes(`friendlyName: ${m.names[0]}`) && /localKeyID: [0-9A-F ]+/.test(b),
  );
  assert.equal(
    named.length,
    2,
    `${label}: friendlyName and localKeyID should be on the key and the leaf`,
  );
  if (opts.rootPem) await verifyChain(certs, opts.rootPem, s, label);
  done.push(
    `${label}: openssl opens it with the password${encoding === 'legacy' ? ' (-legacy)' : ''}, finds the key (matching the leaf) and leaf + ${want.length - 1} intermediate(s)`,
  );

  const wrongPw = await s.file('wrong-pw', `${password}-wrong`);
  const bad = await run('openssl', [
    'pkcs12',
    '-info',
    '-nodes',
    '-in',
    file,
    '-passin',
    `file:${wrongPw}`,
    ...(encoding === 'legacy' ? ['-legacy'] : []),
  ]);
  assert.notEqual(bad.code, 0, `${label}: openssl accepted a wrong password`);
  assert.equal(pemKeys(bad.stdout).length, 0, `${label}: a wrong password revealed a key`);
  done.push(`${label}: openssl rejects a wrong password`);

  if (opts.java ?? hasCommand('keytool')) {
    const kt = await run('keytool', [
      '-list',
      '-v',
      '-storetype',
      'PKCS12',
      '-keystore',
      file,
      `-storepass:file`,
      pw,
    ]);
    assert.equal(kt.code, 0, `${label}: keytool could not open it: ${kt.stdout}${kt.stderr}`);
    assert.match(
      kt.stdout,
      /Your keystore contains 1 entry/,
      `${label}: keytool should see one entry`,
    );
    assert.match(
      kt.stdout,
      /Entry type: PrivateKeyEntry/,
      `${label}: keytool should see a private key entry`,
    );
    assert.match(
      kt.stdout,
      new RegExp(`Certificate chain length: ${want.length}\\b`),
      `${label}: keytool should see the whole chain\n${kt.stdout}`,
    );
    done.push(`${label}: keytool opens it (PrivateKeyEntry, chain length ${want.length})`);
  }
}

/**
 * Checks every exported file with openssl against the key material: certificates equal leaf +
 * chain as the CA sent them, keys match the leaf, PFX files open with the password (and not
 * without it) in the announced encoding, DER parses, and chains verify when `rootPem` is given.
 * Throws an AssertionError on the first problem; returns what was checked, for test logs.
 */
export async function checkExportWithOpenssl(
  dir: string,
  files: readonly (ExportedFileLike | string)[],
  password: string | undefined,
  material: KeyMaterial,
  opts: CheckOptions = {},
): Promise<string[]> {
  const done: string[] = [];
  const s = new Scratch();
  const leaf = pemCerts(material.certPem)[0];
  const chain = material.chainPem.flatMap(pemCerts);
  const full = [leaf, ...chain];
  const isRsa = new X509Certificate(leaf).publicKey.asymmetricKeyType === 'rsa';
  try {
    for (const entry of files) {
      const f =
        typeof entry === 'string'
          ? { path: path.isAbsolute(entry) ? entry : path.join(dir, entry) }
          : entry;
      const kind = kindOf(f);
      const label = path.basename(f.path);
      const buf = await readFile(f.path);
      const text = buf.toString('utf8');
      switch (kind) {
        case 'cert':
          assertCertsEqual(pemCerts(text), [leaf], label);
          await openssl(['x509', '-noout', '-subject'], text);
          done.push(`${label}: the leaf certificate alone`);
          break;
        case 'chain':
          assertCertsEqual(pemCerts(text), chain, label);
          done.push(`${label}: ${chain.length} intermediate(s), leaf's issuer first`);
          break;
        case 'fullchain':
          assertCertsEqual(pemCerts(text), full, label);
          if (opts.rootPem) await verifyChain(pemCerts(text), opts.rootPem, s, label);
          done.push(
            `${label}: leaf + ${chain.length} intermediate(s)${opts.rootPem ? ', openssl verify OK' : ''}`,
          );
          break;
        case 'key': {
          const keys = pemKeys(text);
          assert.equal(keys.length, 1, `${label}: expected one private key`);
          assert.equal(
            pemCerts(text).length,
            0,
            `${label}: the key file should hold no certificate`,
          );
          const header =
            opts.expectPkcs1 && isRsa
              ? '-----BEGIN RSA PRIVATE KEY-----'
              : '-----BEGIN PRIVATE KEY-----';
          assert.ok(text.startsWith(header), `${label}: should start with ${header}`);
          await assertKeyMatches(keys[0], leaf, label);
          done.push(`${label}: ${header.slice(11, -5)} matching the certificate`);
          break;
        }
        case 'der': {
          const pem = await openssl(['x509', '-inform', 'der', '-outform', 'pem'], buf);
          assertCertsEqual(pemCerts(pem), [leaf], label);
          done.push(`${label}: DER leaf, parsed by openssl x509 -inform der`);
          break;
        }
        case 'combined': {
          const keys = pemKeys(text);
          assert.equal(keys.length, 1, `${label}: expected one private key`);
          assertCertsEqual(pemCerts(text), full, label);
          await assertKeyMatches(keys[0], leaf, label);
          if (opts.rootPem) await verifyChain(pemCerts(text), opts.rootPem, s, label);
          done.push(`${label}: key + leaf + ${chain.length} intermediate(s), key matches`);
          break;
        }
        case 'pfx':
          assert.ok(password, `${label}: a PFX needs the password to be checked`);
          await checkPfx(f.path, password, material, full, opts, s, done);
          break;
        default:
          assert.fail(`${label}: unknown kind ${kind}`);
      }
    }
  } finally {
    await s.done();
  }
  return done;
}
