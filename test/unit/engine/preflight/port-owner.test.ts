// Who holds a port, from each OS tool's output; and, for real, a port held by another process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  parseSs,
  parseLsof,
  parseNetstat,
  parseTasklist,
  describeOwners,
  findPortOwners,
} from '../../../../src-main/engine/preflight/port-owner.ts';
import { bindCheck } from '../../../../src-main/engine/preflight/responder.ts';
import { BuiltinHttpSolver } from '../../../../src-main/engine/challenges/http-builtin.ts';
import { say } from '../../../../src-main/shared/engine-text.ts';

test('ss (Linux)', () => {
  const out =
    'LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    users:(("nginx",pid=812,fd=6),("nginx",pid=811,fd=6))\nLISTEN 0      511             [::]:80           [::]:*    users:(("nginx",pid=812,fd=7))\n';
  assert.deepEqual(parseSs(out), [
    { name: 'nginx', pid: 812 },
    { name: 'nginx', pid: 811 },
  ]);
  assert.deepEqual(
    parseSs('LISTEN 0 128 0.0.0.0:80 0.0.0.0:*\n'),
    [],
    'not root: no process column',
  );
});

test('lsof (macOS)', () => {
  const out =
    'COMMAND   PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME\nhttpd     123 root    4u  IPv6 0x1234567890abcdef      0t0  TCP *:80 (LISTEN)\nhttpd     123 root    5u  IPv4 0x1234567890abcdee      0t0  TCP *:80 (LISTEN)\n';
  assert.deepEqual(parseLsof(out), [{ name: 'httpd', pid: 123 }]);
});

test('netstat and tasklist (Windows)', () => {
  const out =
    '\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4\r\n  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       5120\r\n  TCP    [::]:80                [::]:0                 LISTENING       4\r\n';
  assert.deepEqual(parseNetstat(out, 80), [4]);
  assert.deepEqual(parseNetstat(out, 8080), [5120]);
  assert.equal(parseTasklist('"nginx.exe","5120","Console","1","8,000 K"\r\n'), 'nginx.exe');
  assert.equal(
    parseTasklist('INFO: No tasks are running which match the specified criteria.\r\n'),
    null,
  );
});

test('a port held by another process: the port check fails and names it when the OS tells', async () => {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = Number(
      await new Promise<string>((resolve) =>
        child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())),
      ),
    );
    const owners = await findPortOwners(port);
    const r = await bindCheck(new BuiltinHttpSolver({ port }), 'port80', port, 'http-01');
    assert.equal(r.started, false);
    assert.equal(r.result.verdict, 'fail');
    assert.match(r.result.message, new RegExp(`Port ${port} is already used by`));
    assert.match(
      r.result.fix!,
      /Stop .* while Certdesk validates, or choose "upload to my web server's folder"/,
    );
    if (owners.length > 0) {
      // Linux with ss and enough rights (the test runs as root here): the program is named.
      assert.match(r.result.message, new RegExp(`"node" \\(process ${child.pid}\\)`));
    } else {
      assert.match(r.result.message, /another program/);
    }
  } finally {
    child.kill();
  }
  // Unknown holder: a Text, so the window says it in its language; in English, 'another program'.
  const unknown = describeOwners([]);
  assert.equal(typeof unknown === 'string' ? unknown : say(unknown), 'another program');
});
