// RFC 8659 CAA evaluation: the relevant RRset (first non-empty set up the tree, CNAMEs as the
// resolver follows them), issue/issuewild, parameters after ";", the critical flag.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  caaVerdict,
  findRelevantCaa,
  parseIssueValue,
  fromNode,
  type CaaLookup,
} from '../../../../src-main/engine/preflight/caa.ts';
import { startFakeDns, type FakeDns } from './fake-dns.ts';

const found = (
  records: { flags?: number; tag: string; value: string }[],
  owner = 'example.com',
): CaaLookup => ({
  kind: 'found',
  owner,
  records: records.map((r) => ({ flags: r.flags ?? 0, ...r })),
  walked: [owner],
});
const LE = ['letsencrypt.org'];
const v = (
  lookup: CaaLookup,
  o: { wildcard?: boolean; identities?: string[]; method?: string } = {},
) =>
  caaVerdict({
    name: o.wildcard ? '*.example.com' : 'www.example.com',
    wildcard: o.wildcard ?? false,
    lookup,
    identities: o.identities ?? LE,
    method: o.method ?? 'http-01',
  });

test('no CAA anywhere: any CA may issue', () => {
  const r = v({ kind: 'none', walked: ['www.example.com', 'example.com', 'com'] });
  assert.equal(r.verdict, 'pass');
  assert.match(r.message, /No CAA.*any CA may issue/);
});

test('issue for the CA passes; for another CA fails with the record to add', () => {
  assert.equal(v(found([{ tag: 'issue', value: 'letsencrypt.org' }])).verdict, 'pass');
  const r = v(found([{ tag: 'issue', value: 'other-ca.example' }]));
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /allow only other-ca\.example/);
  assert.match(r.fix!, /example\.com\. CAA 0 issue "letsencrypt\.org"/);
});

test('matching is case-insensitive and ignores parameters after ";"', () => {
  assert.equal(
    v(found([{ tag: 'issue', value: 'LetsEncrypt.org; accounturi=https://acme/acct/1' }])).verdict,
    'pass',
  );
  assert.equal(v(found([{ tag: 'ISSUE', value: ' letsencrypt.org ;foo=bar' }])).verdict, 'pass');
  assert.deepEqual(parseIssueValue('ca.example; validationmethods=dns-01 ; x = y'), {
    domain: 'ca.example',
    params: { validationmethods: 'dns-01', x: 'y' },
  });
});

test('an empty issue value forbids every CA', () => {
  const r = v(found([{ tag: 'issue', value: ';' }]));
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /forbid every CA/);
});

test('wildcards use issuewild, and fall back to issue when there is none', () => {
  assert.equal(
    v(found([{ tag: 'issue', value: 'letsencrypt.org' }]), { wildcard: true }).verdict,
    'pass',
  );
  assert.equal(
    v(found([{ tag: 'issue', value: 'other.example' }]), { wildcard: true }).verdict,
    'fail',
  );
  // issuewild present: it alone decides for wildcards, and does not affect plain names.
  const set = found([
    { tag: 'issue', value: 'other.example' },
    { tag: 'issuewild', value: 'letsencrypt.org' },
  ]);
  assert.equal(v(set, { wildcard: true }).verdict, 'pass');
  assert.equal(v(set).verdict, 'fail');
  const noWild = v(
    found([
      { tag: 'issue', value: 'letsencrypt.org' },
      { tag: 'issuewild', value: ';' },
    ]),
    { wildcard: true },
  );
  assert.equal(noWild.verdict, 'fail');
  assert.match(noWild.fix!, /CAA 0 issuewild "letsencrypt\.org"/);
});

test('only iodef: issuance is not limited', () => {
  assert.equal(v(found([{ tag: 'iodef', value: 'mailto:sec@example.com' }])).verdict, 'pass');
});

test('critical flag with an unknown tag fails; with a known tag it does not', () => {
  const r = v(
    found([
      { tag: 'issue', value: 'letsencrypt.org' },
      { flags: 128, tag: 'tbs', value: 'x' },
    ]),
  );
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /critical/);
  assert.match(r.fix!, /critical flag/);
  assert.equal(v(found([{ flags: 128, tag: 'issue', value: 'letsencrypt.org' }])).verdict, 'pass');
  assert.equal(
    v(
      found([
        { flags: 0, tag: 'tbs', value: 'x' },
        { tag: 'issue', value: 'letsencrypt.org' },
      ]),
    ).verdict,
    'pass',
  );
});

test('RFC 8657 validationmethods excluding the chosen method fails', () => {
  const r = v(found([{ tag: 'issue', value: 'letsencrypt.org; validationmethods=dns-01' }]), {
    method: 'http-01',
  });
  assert.equal(r.verdict, 'fail');
  assert.match(r.message, /only with dns-01/);
  assert.equal(
    v(found([{ tag: 'issue', value: 'letsencrypt.org; validationmethods=dns-01,http-01' }]))
      .verdict,
    'pass',
  );
});

test('a CA that publishes no CAA identities: warn instead of guessing', () => {
  const r = v(found([{ tag: 'issue', value: 'other.example' }]), { identities: [] });
  assert.equal(r.verdict, 'warn');
});

test('SERVFAIL on the CAA lookup fails (the CA refuses), other errors warn', () => {
  assert.equal(
    v({ kind: 'error', at: 'example.com', code: 'ESERVFAIL', walked: [] }).verdict,
    'fail',
  );
  assert.equal(
    v({ kind: 'error', at: 'example.com', code: 'ETIMEOUT', walked: [] }).verdict,
    'warn',
  );
});

test("Node's record shape becomes flags/tag/value", () => {
  assert.deepEqual(fromNode({ critical: 128, tbs: 'x' }), { flags: 128, tag: 'tbs', value: 'x' });
  assert.deepEqual(fromNode({ critical: 0, issue: 'letsencrypt.org' }), {
    flags: 0,
    tag: 'issue',
    value: 'letsencrypt.org',
  });
});

let dns: FakeDns;
after(async () => {
  await dns?.stop();
});

test('the walk stops at the first name with CAA records, and follows a CNAME at the name asked', async () => {
  dns = await startFakeDns({
    caa: {
      'example.com': [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }],
      'sub.example.com': [{ flags: 0, tag: 'issue', value: 'other.example' }],
      'target.example.net': [{ flags: 128, tag: 'tbs', value: 'unknown' }],
    },
    cname: { 'alias.example.com': 'target.example.net', 'alias2.example.com': 'empty.example.net' },
    exists: [
      'www.example.com',
      'a.b.example.com',
      'b.example.com',
      'com',
      'empty.example.net',
      'example.net',
      'net',
    ],
    servfail: ['broken.example.org'],
  });
  const resolver = dns.server;
  const top = await findRelevantCaa('a.b.example.com', { resolver });
  assert.equal(top.kind, 'found');
  assert.equal(top.kind === 'found' && top.owner, 'example.com');
  assert.deepEqual(top.walked, ['a.b.example.com', 'b.example.com', 'example.com']);
  const sub = await findRelevantCaa('x.sub.example.com', { resolver });
  assert.equal(sub.kind === 'found' && sub.owner, 'sub.example.com');
  // CNAME: the target's records are those of the name (the resolver follows the alias).
  const alias = await findRelevantCaa('alias.example.com', { resolver });
  assert.equal(alias.kind === 'found' && alias.owner, 'alias.example.com');
  assert.equal(
    caaVerdict({ name: 'alias.example.com', wildcard: false, lookup: alias, identities: LE })
      .verdict,
    'fail',
  );
  // An alias to an empty target: the walk climbs the ALIAS's parents (RFC 8659), not the target's.
  const alias2 = await findRelevantCaa('alias2.example.com', { resolver });
  assert.equal(alias2.kind === 'found' && alias2.owner, 'example.com');
  const none = await findRelevantCaa('nothing.example.net', { resolver });
  assert.equal(none.kind, 'none');
  const broken = await findRelevantCaa('broken.example.org', { resolver });
  assert.equal(broken.kind, 'error');
  assert.equal(broken.kind === 'error' && broken.code, 'ESERVFAIL');
});
