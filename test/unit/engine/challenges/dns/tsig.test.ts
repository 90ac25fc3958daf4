// RFC 2136 UPDATE encoding and RFC 8945 TSIG signing/checking. Interoperability with a real server
// is in test/integration/dns01-rfc2136.test.ts (BIND checks our MAC; we check BIND's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  buildUpdate,
  encodeName,
  parseAlgorithm,
  parseAnswer,
  parseSecret,
  signMessage,
  txtRdata,
  verifyAnswer,
  CLASS,
  TYPE,
  type TsigKey,
} from '../../../../../src-main/engine/challenges/dns/tsig.ts';

const key: TsigKey = {
  name: 'Certdesk-Key.',
  algorithm: 'hmac-sha256',
  secret: Buffer.alloc(32, 1),
};

test('names are encoded uncompressed; canonical form is lower case', () => {
  assert.deepEqual(
    encodeName('Ab.example.'),
    Buffer.from([2, 0x41, 0x62, 7, ...Buffer.from('example'), 0]),
  );
  assert.deepEqual(
    encodeName('Ab.example', true),
    Buffer.from([2, 0x61, 0x62, 7, ...Buffer.from('example'), 0]),
  );
  assert.deepEqual(encodeName('.'), Buffer.from([0]));
  assert.throws(() => encodeName('a..b'), /not a valid DNS name/);
});

test('TXT RDATA splits values longer than 255 bytes into character-strings', () => {
  assert.deepEqual(txtRdata('abc'), Buffer.from([3, 0x61, 0x62, 0x63]));
  const long = txtRdata('x'.repeat(300));
  assert.equal(long[0], 255);
  assert.equal(long[256], 45);
  assert.equal(long.length, 302);
  assert.deepEqual(txtRdata(''), Buffer.from([0]));
});

test('an UPDATE adds with class IN and deletes one value with class NONE and TTL 0 (RFC 2136 2.5.1, 2.5.4)', () => {
  const msg = buildUpdate(0x1234, 'example.test', [
    { op: 'add', name: '_acme-challenge.example.test', value: 'v1', ttl: 60 },
    { op: 'delete', name: '_acme-challenge.example.test', value: 'v2', ttl: 60 },
  ]);
  assert.equal(msg.readUInt16BE(0), 0x1234);
  assert.equal((msg.readUInt16BE(2) >> 11) & 0xf, 5, 'opcode UPDATE');
  assert.deepEqual(
    [msg.readUInt16BE(4), msg.readUInt16BE(6), msg.readUInt16BE(8), msg.readUInt16BE(10)],
    [1, 0, 2, 0],
  );
  let off = 12;
  const zone = encodeName('example.test');
  assert.deepEqual(msg.subarray(off, off + zone.length), zone);
  off += zone.length;
  assert.equal(msg.readUInt16BE(off), TYPE.SOA);
  off += 4;
  const owner = encodeName('_acme-challenge.example.test');
  const rr = (o: number) => ({
    type: msg.readUInt16BE(o + owner.length),
    klass: msg.readUInt16BE(o + owner.length + 2),
    ttl: msg.readUInt32BE(o + owner.length + 4),
    rdlen: msg.readUInt16BE(o + owner.length + 8),
  });
  const add = rr(off);
  assert.deepEqual(add, { type: TYPE.TXT, klass: CLASS.IN, ttl: 60, rdlen: 3 });
  off += owner.length + 10 + add.rdlen;
  assert.deepEqual(rr(off), { type: TYPE.TXT, klass: CLASS.NONE, ttl: 0, rdlen: 3 });
});

test('signing appends one TSIG record whose MAC covers the message and the TSIG variables (RFC 8945 4.3)', () => {
  const msg = buildUpdate(7, 'example.test', [
    { op: 'add', name: 'a.example.test', value: 'v', ttl: 60 },
  ]);
  const { signed, mac } = signMessage(msg, key, 1_700_000_000);
  assert.equal(signed.readUInt16BE(10), 1, 'ARCOUNT counts the TSIG record');
  const parsed = parseAnswer(signed);
  assert.ok(parsed.tsig);
  assert.equal(parsed.tsig.keyName, 'Certdesk-Key');
  assert.equal(parsed.tsig.algorithm, 'hmac-sha256');
  assert.equal(parsed.tsig.timeSigned, 1_700_000_000);
  assert.equal(parsed.tsig.fudge, 300);
  assert.equal(parsed.tsig.originalId, 7);
  assert.deepEqual(parsed.tsig.mac, mac);
  // Independent recomputation of the digest input, field by field.
  const vars = Buffer.concat([
    encodeName('certdesk-key', true),
    Buffer.from([0, 255]),
    Buffer.alloc(4),
    encodeName('hmac-sha256', true),
    Buffer.from([0, 0, 0x65, 0x53, 0xf1, 0x00]),
    Buffer.from([1, 44]),
    Buffer.from([0, 0]),
    Buffer.from([0, 0]),
  ]);
  assert.deepEqual(mac, createHmac('sha256', key.secret).update(msg).update(vars).digest());
});

/** A server's signed answer to `request`, built the way RFC 8945 5.3 says a server signs. */
function serverAnswer(
  requestMac: Buffer,
  opts: { rcode?: number; secret?: Buffer; timeSigned?: number; keyName?: string } = {},
): Buffer {
  const header = Buffer.from([0, 9, 0xa8, opts.rcode ?? 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([header, encodeName('example.test'), Buffer.from([0, 6, 0, 1])]);
  const k = { ...key, name: opts.keyName ?? key.name, secret: opts.secret ?? key.secret };
  const time = opts.timeSigned ?? 1_700_000_000;
  const vars = Buffer.concat([
    encodeName(k.name, true),
    Buffer.from([0, 255]),
    Buffer.alloc(4),
    encodeName('hmac-sha256', true),
    Buffer.from([
      0,
      0,
      ...[(time / 2 ** 24) & 0xff, (time >> 16) & 0xff, (time >> 8) & 0xff, time & 0xff],
    ]),
    Buffer.from([1, 44, 0, 0, 0, 0]),
  ]);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(requestMac.length);
  const mac = createHmac('sha256', k.secret)
    .update(len)
    .update(requestMac)
    .update(body)
    .update(vars)
    .digest();
  const t = Buffer.alloc(6);
  t.writeUIntBE(time, 0, 6);
  const rdata = Buffer.concat([
    encodeName('hmac-sha256'),
    t,
    Buffer.from([1, 44, 0, mac.length]),
    mac,
    Buffer.from([0, 9, 0, 0, 0, 0]),
  ]);
  const rl = Buffer.alloc(2);
  rl.writeUInt16BE(rdata.length);
  const out = Buffer.concat([
    body,
    encodeName(k.name),
    Buffer.from([0, 250, 0, 255, 0, 0, 0, 0]),
    rl,
    rdata,
  ]);
  out.writeUInt16BE(1, 10);
  return out;
}

test('a correctly signed answer is accepted; a forged, stale or foreign one is not', () => {
  const reqMac = Buffer.alloc(32, 5);
  const ok = serverAnswer(reqMac);
  assert.equal(verifyAnswer(ok, parseAnswer(ok), key, reqMac, 1_700_000_010), null);
  const forged = serverAnswer(reqMac, { secret: Buffer.alloc(32, 2) });
  assert.match(
    verifyAnswer(forged, parseAnswer(forged), key, reqMac, 1_700_000_010) ?? '',
    /does not match/,
  );
  assert.match(
    verifyAnswer(ok, parseAnswer(ok), key, Buffer.alloc(32, 6), 1_700_000_010) ?? '',
    /does not match/,
    'bound to our request',
  );
  assert.match(verifyAnswer(ok, parseAnswer(ok), key, reqMac, 1_700_001_000) ?? '', /clock/);
  const other = serverAnswer(reqMac, { keyName: 'someone-else' });
  assert.match(
    verifyAnswer(other, parseAnswer(other), key, reqMac, 1_700_000_010) ?? '',
    /another key/,
  );
  const unsigned = ok.subarray(0, 12 + encodeName('example.test').length + 4);
  const u = Buffer.from(unsigned);
  u.writeUInt16BE(0, 10);
  assert.match(verifyAnswer(u, parseAnswer(u), key, reqMac, 1_700_000_010) ?? '', /not signed/);
});

test('response codes are read, including NOTAUTH', () => {
  const a = serverAnswer(Buffer.alloc(32), { rcode: 9 });
  assert.equal(parseAnswer(a).rcode, 9);
});

test('algorithms by their usual names; secrets as base64 or as the key clause tsig-keygen prints', () => {
  assert.equal(parseAlgorithm(undefined), 'hmac-sha256');
  assert.equal(parseAlgorithm('HMAC-SHA512'), 'hmac-sha512');
  assert.equal(parseAlgorithm('hmac-md5.sig-alg.reg.int.'), 'hmac-md5');
  assert.throws(
    () => parseAlgorithm('gss-tsig'),
    (e: Error & { code?: string }) =>
      e.code === 'invalid-input' && /hmac-sha256 is usual/.test(e.message),
  );
  const b64 = Buffer.alloc(32, 3).toString('base64');
  assert.deepEqual(parseSecret(b64), Buffer.alloc(32, 3));
  assert.deepEqual(
    parseSecret(`key "k" {\n\talgorithm hmac-sha256;\n\tsecret "${b64}";\n};\n`),
    Buffer.alloc(32, 3),
  );
  assert.throws(
    () => parseSecret('not base64!'),
    (e: Error & { code?: string }) => e.code === 'invalid-input',
  );
});
