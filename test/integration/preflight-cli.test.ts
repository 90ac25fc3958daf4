// `certdesk check` as a person runs it: a readable table with the fix under each finding, or
// --json; exit 0 when nothing fails (warnings allowed), 1 when a check fails, 2 for bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { runCli } from '../helpers/cli.ts';

let pebble: Pebble;
before(async () => { pebble = await startPebble(); });
after(async () => { await pebble?.stop(); });

const common = () => ['--data-dir', mkdtempSync(path.join(os.tmpdir(), 'certdesk-check-')), '--ca-cert', pebble.caCertPath, '--directory', pebble.directoryUrl, '--http-port', String(pebble.httpPort), '--dns-resolver', `127.0.0.1:${pebble.dnsPort}`];

test('check --json: every finding has check, verdict, message and fix; nothing fails, exit 0', async () => {
  const r = await runCli(['check', '-d', 'cli-ok.example.test', '--json', ...common()]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const results = JSON.parse(r.stdout) as { check: string; verdict: string; message: string }[];
  for (const c of ['names', 'dns', 'caa', 'port80', 'http-01', 'outbound']) assert.ok(results.some((x) => x.check === c), `a ${c} finding`);
  assert.ok(results.every((x) => ['pass', 'warn', 'skip'].includes(x.verdict) && x.message.length > 10));
});

test('check with port 80 taken by a site that answers 404: a FAIL line with its fix, exit 1', async () => {
  const squatter = http.createServer((_q, s) => { s.statusCode = 404; s.end('not here'); });
  await new Promise<void>((resolve) => squatter.listen(pebble.httpPort, '127.0.0.1', resolve));
  try {
    const r = await runCli(['check', '-d', 'cli-taken.example.test', ...common()]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^FAIL\s+port80/m);
    assert.match(r.stdout, /^\s+fix: /m);
    assert.match(r.stdout, /checks? failed.*you can still order/s);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});

test('check without a name: a sentence that says what to type, exit 2', async () => {
  const r = await runCli(['check', ...common()]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--domain example\.com/);
});
