// Manual dns-01 instructions (R12): the exact record, where a CNAME sends it, the short name many
// providers want, and the plain statement that this cannot renew unattended.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';
import type { Answer } from 'dns-packet';
import { ManualDnsSolver } from '../../../../../src-main/engine/challenges/dns/manual.ts';
import type { ChallengeContext } from '../../../../../src-main/engine/challenges/types.ts';
import type { IssueStep } from '../../../../../src-main/shared/types.ts';
import { silentLogger } from '../../../../../src-main/engine/ports.ts';
import { say, type PromptText } from '../../../../../src-main/shared/engine-text.ts';

let sock: dgram.Socket;
let resolver: string;
before(async () => {
  sock = dgram.createSocket('udp4');
  sock.on('message', (m, r) => {
    const p = dnsPacket.decode(m);
    const q = p.questions![0];
    const soa = (zone: string): Answer => ({
      type: 'SOA',
      name: zone,
      ttl: 60,
      data: {
        mname: `ns.${zone}`,
        rname: `h.${zone}`,
        serial: 1,
        refresh: 1,
        retry: 1,
        expire: 1,
        minimum: 1,
      },
    });
    let answers: Answer[] = [];
    let authorities: Answer[] = [];
    let rcode = 0;
    if (q.type === 'CNAME' && q.name === '_acme-challenge.cname.shop.test')
      answers = [{ type: 'CNAME', name: q.name, ttl: 60, data: 'cert.validation.test' }];
    else if (q.type === 'NS' && q.name === 'shop.test')
      answers = [{ type: 'NS', name: q.name, ttl: 60, data: 'ns.shop.test' }];
    else if (q.type === 'NS' && q.name === 'validation.test')
      answers = [{ type: 'NS', name: q.name, ttl: 60, data: 'ns.validation.test' }];
    else {
      rcode = 3;
      authorities = [soa(q.name.endsWith('validation.test') ? 'validation.test' : 'shop.test')];
    }
    sock.send(
      dnsPacket.encode({
        type: 'response',
        id: p.id,
        flags: rcode,
        questions: [q],
        answers,
        authorities,
      }),
      r.port,
      r.address,
    );
  });
  await new Promise<void>((resolve) => sock.bind(0, '127.0.0.1', resolve));
  resolver = `127.0.0.1:${sock.address().port}`;
});
after(() => {
  sock.close();
});

const ctx = (
  identifier: string,
  value: string,
  steps: IssueStep[],
  wildcard = false,
): ChallengeContext => ({
  identifier,
  wildcard,
  token: 't'.repeat(43),
  keyAuthorization: 'k',
  dnsTxtValue: value,
  signal: new AbortController().signal,
  progress: (s) => steps.push(s),
  log: silentLogger,
});

test('instructions: exact name and value, the short name, ADD for a second value, no unattended renewal', async () => {
  const prompts: string[] = [];
  const texts: (PromptText | undefined)[] = [];
  const s = new ManualDnsSolver(
    {
      waitForUser: async (m, _signal, t) => {
        prompts.push(m);
        texts.push(t);
      },
    },
    { resolver, propagationTimeoutMs: 600_000 },
  );
  assert.equal(s.interactive, true);
  const steps: IssueStep[] = [];
  await s.present(ctx('www.shop.test', 'VALUE-1', steps, true));
  await s.present(ctx('www.shop.test', 'VALUE-2', steps));
  assert.match(prompts[0], /Add this DNS record for \*\.www\.shop\.test/);
  assert.match(
    prompts[0],
    /name: {3}_acme-challenge\.www\.shop\.test\.\n {2}type: {3}TXT\n {2}value: {2}VALUE-1/,
  );
  assert.match(
    prompts[0],
    /Many providers want only "_acme-challenge\.www" as the name: they add shop\.test themselves/,
  );
  assert.match(prompts[0], /up to 600 s/);
  assert.match(prompts[0], /Manual DNS cannot renew unattended/);
  assert.doesNotMatch(prompts[0], /ADDITIONAL/);
  assert.match(prompts[1], /ADDITIONAL value on the same name: keep the TXT record you added/);
  // The same sentences as Texts, for the window to say in its language; their English is in the prompt.
  assert.deepEqual(texts[0]?.lead, { key: 'prompt.dnsLead', params: { name: '*.www.shop.test' } });
  assert.deepEqual(
    texts[0]?.notes.map((n) => n.key),
    ['prompt.dnsShortName', 'prompt.dnsAfter', 'prompt.dnsRenewal'],
  );
  assert.deepEqual(
    texts[1]?.notes.map((n) => n.key),
    ['prompt.dnsAdditional', 'prompt.dnsShortName', 'prompt.dnsAfter', 'prompt.dnsRenewal'],
  );
  for (const t of texts)
    for (const n of [t!.lead, ...t!.notes])
      assert.ok(
        prompts.some((p) => p.includes(say(n))),
        n.key,
      );
  const ch = steps.filter((x) => x.step === 'challenge');
  assert.equal(ch.length, 2);
  assert.ok(ch.every((x) => x.step === 'challenge' && x.instructions));
  const cleanup: IssueStep[] = [];
  await s.cleanup(ctx('www.shop.test', 'VALUE-1', cleanup));
  assert.match(
    cleanup[0].message,
    /You can now delete the TXT record _acme-challenge\.www\.shop\.test with value VALUE-1/,
  );
});

test("a CNAME on _acme-challenge: the record goes to its target, in the target's zone", async () => {
  const prompts: string[] = [];
  const s = new ManualDnsSolver(
    {
      waitForUser: async (m) => {
        prompts.push(m);
      },
    },
    { resolver, propagationTimeoutMs: 60_000 },
  );
  await s.present(ctx('cname.shop.test', 'V', []));
  assert.match(prompts[0], /name: {3}cert\.validation\.test\./);
  assert.match(
    prompts[0],
    /_acme-challenge\.cname\.shop\.test is a CNAME to cert\.validation\.test, so the record goes there/,
  );
  assert.match(prompts[0], /want only "cert" as the name: they add validation\.test themselves/);
  // The closing line names the record the person created (the target), not the CNAME that stays.
  const cleanup: IssueStep[] = [];
  await s.cleanup(ctx('cname.shop.test', 'V', cleanup));
  assert.match(
    cleanup[0].message,
    /You can now delete the TXT record cert\.validation\.test with value V$/,
  );
  assert.deepEqual(cleanup[0].text, {
    key: 'progress.deleteTxt',
    params: { record: 'cert.validation.test', value: 'V' },
  });
});
