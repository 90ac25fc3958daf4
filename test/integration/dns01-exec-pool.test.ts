// Issue 21: a 100-name order over dns-01 spent most of its time waiting on the user's DNS script
// one batch, or (for clean-up) one name, at a time. These checks are structural, not timed: the
// script itself makes a regression visible. The first present waits until eleven other names
// were presented (impossible in fixed batches of ten, where the second batch waits for the first);
// the first cleanup waits until a second cleanup has begun (impossible when they run one by one).
// Either wait gives up after about 15 s and logs "gave-up", which the test refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import '../../src-main/engine/challenges/dns/index.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

let pebble: Pebble;
let dir: string;
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `certdesk-${p}-`));

before(async () => {
  pebble = await startPebble();
  dir = tmp('exec-pool');
});
after(async () => {
  await pebble?.stop();
});

const NAMES = 12;

function script(): { path: string; log: string } {
  const log = path.join(dir, 'calls.log');
  const lock = path.join(dir, 'first');
  const file = path.join(dir, 'pool.sh');
  const wait = (cond: string, what: string) =>
    `i=0; until [ ${cond} ]; do i=$((i+1)); if [ $i -gt 300 ]; then echo "gave-up ${what}" >> '${log}'; break; fi; sleep 0.05; done`;
  writeFileSync(
    file,
    `#!/bin/sh
echo "begin $1 $2" >> '${log}'
case "$1" in
  present)
    if mkdir '${lock}.p' 2>/dev/null; then
      ${wait(`"$(grep -c '^end present' '${log}')" -ge ${NAMES - 1}`, 'present')}
    fi
    curl -sf -X POST -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" '${pebble.challtestsrvUrl}/set-txt' ;;
  cleanup)
    if mkdir '${lock}.c' 2>/dev/null; then
      ${wait(`"$(grep -c '^begin cleanup' '${log}')" -ge 2`, 'cleanup')}
    fi
    curl -sf -X POST -d "{\\"host\\":\\"$2\\"}" '${pebble.challtestsrvUrl}/clear-txt' ;;
esac
echo "end $1 $2" >> '${log}'
`,
    { mode: 0o755 },
  );
  return { path: file, log };
}

test('dns-01 exec: names are presented in a pool, not in batches, and cleaned up in parallel', async () => {
  const s = script();
  const e = await Engine.open({
    dataDir: tmp('eng'),
    caCertPem: pebble.caCertPem,
    dnsResolver: `127.0.0.1:${pebble.dnsPort}`,
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'pool@example.org',
    agreeTos: true,
  });
  const names = Array.from({ length: NAMES }, (_, i) => `p${i}.pool.example.test`);
  const r = await e.issue({
    names,
    challenge: { type: 'dns-01', dnsMode: 'exec', command: s.path },
  });
  assert.equal(r.certificate.names.length, NAMES);
  const log = readFileSync(s.log, 'utf8').trim().split('\n');
  assert.deepEqual(
    log.filter((l) => l.startsWith('gave-up')),
    [],
    'a present waited for its batch, or the cleanups ran one at a time',
  );
  assert.equal(log.filter((l) => l.startsWith('end present')).length, NAMES);
  assert.equal(log.filter((l) => l.startsWith('end cleanup')).length, NAMES);
});
