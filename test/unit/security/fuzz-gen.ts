// Input generator for the IPC and browser-bridge fuzz tests (issue 8): a seeded PRNG (so a failing
// run can be replayed with CERTDESK_FUZZ_SEED), hostile values of every kind a renderer or a web
// page could send, and mutations of one safe valid sample per channel.
//
// The valid samples are chosen so that no handler can reach outside the test: directory URLs point
// at a closed local port, folders are relative (the tests chdir into a temp folder), ids name
// nothing that exists.
import type { RouteKey } from '../../../src-main/shared/route.ts';
import type { Channel } from '../../../src-main/shared/contract.ts';

export type Rng = {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
};

export function rng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

export const FUZZ_SEED = Number(process.env.CERTDESK_FUZZ_SEED ?? 0x5eed8);

/** Strings that have broken parsers, paths and templates somewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\u0000abc',
  'a\nb',
  '\r\n\r\n',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  '/etc/shadow',
  '%2e%2e%2f%2e%2e%2f',
  'C:\\',
  '\\\\server\\share',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"; rm -rf / #',
  '$(id)',
  '`id`',
  '${process.env}',
  '{{7*7}}',
  '%s%s%s%n',
  '\u202etxt.exe',
  '😀'.repeat(50),
  'é'.repeat(300),
  '\ud800',
  '\udfff\ud800',
  'A'.repeat(301),
  'B'.repeat(5000),
  'C'.repeat(70_000),
  '-----BEGIN PRIVATE KEY-----',
  'null',
  'undefined',
  'NaN',
  'true',
  '0',
  '-1',
  '1e309',
  '*.',
  '*.*.example.org',
  'xn--',
  'xn--zz',
  '.',
  '..',
  'example..org',
  'EXAMPLE.ORG',
  ' example.org ',
  'a_b.example',
  '127.0.0.1',
  '[::1]',
  'localhost',
  'fuzz@',
  '@x',
  'a@b',
];

const KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'names',
  'dir',
  'path',
  'extra',
  '',
  ' ',
  'a.b',
  '0',
  'then',
  'toJSON',
  'valueOf',
];

/** Any value a structured-clone IPC message or a JSON body could carry, up to `depth` deep. */
export function randomValue(r: Rng, depth = 3): unknown {
  switch (r.int(depth > 0 ? 16 : 11)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return r.chance(0.5);
    case 3:
      return r.pick([
        0,
        -0,
        1,
        -1,
        0.5,
        65535,
        65536,
        2 ** 31,
        2 ** 53 + 1,
        -(2 ** 63),
        1e308,
        Number.NaN,
        Infinity,
        -Infinity,
      ]);
    case 4:
      return r.pick(NASTY_STRINGS);
    case 5:
      return randomString(r);
    case 6:
      return r.int(1000) - 500;
    case 7:
      return BigInt(r.int(1000));
    case 8:
      return new Date(r.int(2 ** 40));
    case 9:
      return new Uint8Array(r.int(64));
    case 10:
      return r.pick(NASTY_STRINGS).repeat(1 + r.int(3));
    case 11:
      return Array.from({ length: r.int(5) }, () => randomValue(r, depth - 1));
    case 12: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(5); i > 0; i--)
        o[r.chance(0.5) ? r.pick(KEYS) : randomString(r)] = randomValue(r, depth - 1);
      return o;
    }
    case 13:
      return new Map([[randomString(r), randomValue(r, depth - 1)]]);
    case 14:
      return new Set([randomValue(r, depth - 1)]);
    default:
      return JSON.parse(
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      ) as unknown;
  }
}

export function randomString(r: Rng): string {
  const len = r.pick([0, 1, 2, 8, 16, 64, 65, 300, 1000]);
  let s = '';
  for (let i = 0; i < len; i++) {
    const k = r.int(10);
    s +=
      k < 6
        ? String.fromCharCode(32 + r.int(95))
        : k < 8
          ? String.fromCharCode(r.int(0x3000))
          : k < 9
            ? String.fromCharCode(r.int(32))
            : 'a';
  }
  return s;
}

/** A deeply nested array or object (tests recursion limits). */
export function deepValue(levels: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

export function circularValue(): unknown {
  const o: Record<string, unknown> = { id: 'abc' };
  o.self = o;
  return o;
}

/**
 * One valid input per channel that cannot touch anything outside the test (see above). `ca` and
 * defaults are never chosen, so a mutation cannot reach a real CA either (and the test machine has
 * no route out anyway).
 */
export const VALID_SAMPLES: Record<Channel, Record<string, unknown>> = {
  'app:state': {},
  'ca:directory': { directoryUrl: 'https://127.0.0.1:9/directory' },
  'account:create': {
    directoryUrl: 'https://127.0.0.1:9/directory',
    email: 'fuzz@example.org',
    agreeTos: true,
    keyType: 'ec256',
  },
  'account:list': {},
  'ca:profiles': { accountId: 'abc123' },
  'cert:setProfile': { id: 'abc123', profile: 'shortlived' },
  'names:check': { names: ['fuzz.example.org', '*.fuzz.example.org'], challenge: 'dns-01' },
  'preflight:run': {
    names: ['fuzz.example.test'],
    challenge: { type: 'dns-01', dnsMode: 'manual' },
  },
  'cert:issue': {
    runId: 'fuzzrun1',
    names: ['fuzz.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
    keyType: 'ec256',
    secrets: { cloudflareToken: 'x' },
  },
  'cert:trial': {
    runId: 'fuzzrun2',
    names: ['fuzz.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  },
  'cert:cancel': { runId: 'fuzzrun1' },
  'cert:continue': { promptId: 'p1' },
  'cert:list': {},
  'cert:get': { id: 'abc123' },
  'cert:siteCheck': { id: 'abc123' },
  'cert:renew': { id: 'abc123', runId: 'fuzzrun3' },
  'cert:unpaused': { id: 'abc123', runId: 'fuzzrun4' },
  'cert:renewAll': {},
  'cert:setRoute': {
    id: 'abc123',
    challenge: {
      type: 'http-01',
      httpMode: 'sftp',
      host: 'ssh.example.test',
      user: 'u',
      remoteRoot: 'public_html',
    },
    secrets: { sftpPassword: 'x' },
  },
  'cert:revoke': { id: 'abc123', reason: 'superseded' },
  'cert:delete': { id: 'abc123' },
  'upload:trustHostKey': { host: 'sftp.example.com:22', fingerprint: `SHA256:${'A'.repeat(43)}` },
  'export:presets': {},
  'export:run': {
    id: 'abc123',
    dir: 'out',
    format: 'pfx',
    password: 'pw',
    overwrite: false,
    remember: false,
  },
  'export:paste': { id: 'abc123' },
  'export:saveKey': { id: 'abc123', dir: 'out' },
  'export:copyKey': { id: 'abc123' },
  'export:forget': { id: 'abc123', destinationId: 'd1' },
  'export:chooseFolder': {},
  'settings:get': {},
  'settings:set': { language: 'da', notifyOnSuccess: true, renewalsPaused: false },
  'notify:test': { channel: 'webhook' },
  'data:backup': { dir: 'backup' },
  'data:restore': { path: 'backup/none.json' },
  'deploy:list': { id: 'abc123' },
  'deploy:add': {
    id: 'abc123',
    config: {
      kind: 'sftp',
      host: '127.0.0.1:9',
      user: 'u',
      remoteDir: 'certs',
      preset: 'nginx',
    },
    secrets: { password: 'x' },
    run: false,
  },
  'deploy:test': { id: 'abc123', targetId: 't1' },
  'deploy:run': { id: 'abc123', targetId: 't1' },
  'deploy:remove': { id: 'abc123', targetId: 't1' },
  'deploy:done': { id: 'abc123', targetId: 't1' },
  'deploy:waiting': {},
  'deploy:reminders': {},
  'deploy:steps': { id: 'abc123', targetId: 't1' },
  'deploy:history': { id: 'abc123' },
  'unattended:get': {},
  'unattended:set': { enabled: false },
};

/** A mutation of the channel's valid sample, or a wholly random value; `how` says which. */
export function mutate(r: Rng, channel: Channel): { input: unknown; how: string } {
  const base = structuredClone(VALID_SAMPLES[channel]);
  const keys = Object.keys(base);
  const k = r.int(9);
  if (k === 0 || keys.length === 0) return { input: randomValue(r), how: 'random value' };
  if (k === 1) {
    const key = r.pick(keys);
    delete base[key];
    return { input: base, how: `without ${key}` };
  }
  if (k === 2) {
    base[r.chance(0.5) ? r.pick(KEYS) : randomString(r)] = randomValue(r);
    return { input: base, how: 'unknown field' };
  }
  if (k === 3)
    return {
      input: r.pick([[base], JSON.stringify(base), 42, 'x', true, null]),
      how: 'not an object',
    };
  const key = r.pick(keys);
  const cur = base[key];
  // Nested objects (challenge, secrets): mutate one level down half the time.
  if (cur && typeof cur === 'object' && !Array.isArray(cur) && r.chance(0.5)) {
    const inner = cur as Record<string, unknown>;
    const ik =
      r.chance(0.7) && Object.keys(inner).length ? r.pick(Object.keys(inner)) : r.pick(KEYS);
    inner[ik] = randomValue(r);
    return { input: base, how: `${key}.${ik} = random` };
  }
  if (Array.isArray(cur) && r.chance(0.5)) {
    base[key] = r.chance(0.5)
      ? Array.from({ length: r.pick([0, 101, 201, 1000]) }, (_, i) => `n${i}.example.org`)
      : [...cur, randomValue(r)];
    return { input: base, how: `${key} array` };
  }
  base[key] = randomValue(r);
  return { input: base, how: `${key} = random` };
}

/**
 * One sample of every route of the typed route contract (src-main/shared/route.ts), by route key,
 * each pointing at nothing that answers (port 9, example.test), for the route fuzz (issue 20).
 * The exec hook runs a command: the gate must refuse it without a confirmation.
 */
export const ROUTE_SAMPLES: Record<RouteKey, Record<string, unknown>> = {
  'http-01:builtin': { type: 'http-01', httpMode: 'builtin' },
  'http-01:webroot': { type: 'http-01', httpMode: 'webroot', webroot: 'www' },
  'http-01:manual': { type: 'http-01', httpMode: 'manual' },
  'http-01:sftp': {
    type: 'http-01',
    httpMode: 'sftp',
    host: '127.0.0.1:9',
    user: 'u',
    remoteRoot: 'public_html',
    hostKey: `SHA256:${'A'.repeat(43)}`,
    connectTimeout: 1,
  },
  'http-01:ftp': {
    type: 'http-01',
    httpMode: 'ftp',
    host: '127.0.0.1:9',
    user: 'u',
    remoteRoot: '.',
    tls: true,
  },
  'dns-01:manual': { type: 'dns-01', dnsMode: 'manual' },
  'dns-01:rfc2136': {
    type: 'dns-01',
    dnsMode: 'rfc2136',
    server: '127.0.0.1:9',
    tsigName: 'k',
    tsigAlgorithm: 'hmac-sha256',
  },
  'dns-01:acme-dns': { type: 'dns-01', dnsMode: 'acme-dns', server: 'https://127.0.0.1:9' },
  'dns-01:exec': {
    type: 'dns-01',
    dnsMode: 'exec',
    command: 'touch certdesk-fuzz-ran',
    timeout: 5,
  },
  'dns-01:cloudflare': { type: 'dns-01', dnsMode: 'cloudflare', api: 'https://127.0.0.1:9/v4' },
  'tls-alpn-01': { type: 'tls-alpn-01' },
};

/** A route sample with one field removed or replaced by a hostile value. */
export function mutateRoute(r: Rng, key: RouteKey): { route: unknown; how: string } {
  const base = structuredClone(ROUTE_SAMPLES[key]);
  const fields = Object.keys(base);
  const field = r.pick(fields);
  const k = r.int(4);
  if (k === 0) {
    delete base[field];
    return { route: base, how: `${key} without ${field}` };
  }
  base[field] = k === 1 ? r.pick(NASTY_STRINGS) : k === 2 ? randomString(r) : randomValue(r);
  return { route: base, how: `${key} with a hostile ${field}` };
}
