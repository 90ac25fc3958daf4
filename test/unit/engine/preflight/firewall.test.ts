// Firewall readings from sample outputs of each OS's tool, and the finding built from them (R16).
// Whatever the case, the advice never suggests limiting the port to some addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseNetshState,
  parseNetshRules,
  readWindows,
  readMac,
  readUfw,
  readFirewalld,
  readNft,
  parseNftChains,
  specCovers,
} from '../../../../src-main/engine/preflight/firewall-parse.ts';
import {
  firewallVerdict,
  readFirewalls,
  type Runner,
  type RunResult,
} from '../../../../src-main/engine/preflight/firewall.ts';
import type { CheckResult } from '../../../../src-main/engine/preflight/types.ts';

const produced: CheckResult[] = [];
const verdict = (...a: Parameters<typeof firewallVerdict>) => {
  const r = firewallVerdict(...a);
  produced.push(r);
  return r;
};

const NETSH_STATE_ON = `
Domain Profile Settings:
----------------------------------------------------------------------
State                                 ON

Private Profile Settings:
----------------------------------------------------------------------
State                                 ON

Public Profile Settings:
----------------------------------------------------------------------
State                                 ON
Ok.
`;
const NETSH_STATE_OFF = NETSH_STATE_ON.replace(/ON/g, 'OFF');
const NETSH_RULES = `
Rule Name:                            World Wide Web Services (HTTP Traffic-In)
----------------------------------------------------------------------
Enabled:                              Yes
Direction:                            In
Profiles:                             Domain,Private,Public
Grouping:                             World Wide Web Services (HTTP)
LocalIP:                              Any
RemoteIP:                             Any
Protocol:                             TCP
LocalPort:                            80
RemotePort:                           Any
Edge traversal:                       No
Program:                              System
Action:                               Allow

Rule Name:                            Remote Desktop - User Mode (TCP-In)
----------------------------------------------------------------------
Enabled:                              Yes
Direction:                            In
Profiles:                             Domain,Private,Public
LocalIP:                              Any
RemoteIP:                             Any
Protocol:                             TCP
LocalPort:                            3389
RemotePort:                           Any
Program:                              %SystemRoot%\\system32\\svchost.exe
Action:                               Allow

Rule Name:                            Office HTTPS only
----------------------------------------------------------------------
Enabled:                              Yes
Direction:                            In
Profiles:                             Domain
LocalIP:                              Any
RemoteIP:                             192.0.2.0/24
Protocol:                             TCP
LocalPort:                            443
RemotePort:                           Any
Action:                               Allow
Ok.
`;

test('Windows: profiles, rules, and what they mean for ports 80 and 443', () => {
  assert.deepEqual(
    parseNetshState(NETSH_STATE_ON).map((p) => p.on),
    [true, true, true],
  );
  assert.equal(parseNetshRules(NETSH_RULES).length, 3);
  const on = readWindows(NETSH_STATE_ON, NETSH_RULES, [80, 443, 8080]);
  assert.deepEqual(on.ports, { 80: 'open', 443: 'restricted', 8080: 'unknown' });
  assert.deepEqual(readWindows(NETSH_STATE_OFF, null, [80]).ports, { 80: 'open' });
  const blocked = readWindows(
    NETSH_STATE_ON,
    `${NETSH_RULES}\nRule Name: Block web\n---\nEnabled: Yes\nDirection: In\nProtocol: TCP\nLocalPort: 80-81\nRemoteIP: Any\nAction: Block\n`,
    [80],
  );
  assert.equal(blocked.ports[80], 'blocked');
  // A program rule for node.exe on any port counts for Certdesk's own server.
  const prog = readWindows(
    NETSH_STATE_ON,
    'Rule Name: Node.js\n---\nEnabled: Yes\nDirection: In\nProtocol: TCP\nLocalPort: Any\nRemoteIP: Any\nProgram: C:\\Program Files\\nodejs\\node.exe\nAction: Allow\n',
    [80],
  );
  assert.equal(prog.ports[80], 'open');
  assert.equal(verdict({ readings: [on], unreadable: [] }, [8080]).verdict, 'warn');
  assert.equal(verdict({ readings: [on], unreadable: [] }, [80]).verdict, 'pass');
  const r = verdict({ readings: [blocked], unreadable: [] }, [80]);
  assert.equal(r.verdict, 'warn');
  assert.match(r.fix!, /netsh advfirewall firewall add rule .*localport=80/);
  const localised = readWindows('Domänenprofil-Einstellungen:\nStatus EIN\n', null, [80]);
  assert.equal(localised.ports[80], 'unknown');
});

test('macOS: application firewall off, on, and blocking everything', () => {
  assert.equal(
    readMac('Firewall is disabled. (State = 0)\n', 'Block all DISABLED! \n', [80]).ports[80],
    'open',
  );
  const on = readMac('Firewall is enabled. (State = 1)\n', 'Block all DISABLED! \n', [80]);
  assert.equal(on.ports[80], 'unknown');
  assert.equal(
    readMac(
      'Firewall is enabled. (State = 1)\n',
      'Firewall is set to block all non-essential incoming connections\n',
      [80],
    ).ports[80],
    'blocked',
  );
  const r = verdict({ readings: [on], unreadable: [] }, [80]);
  assert.equal(r.verdict, 'warn');
  assert.match(r.message, /macOS firewall is on/);
  assert.match(r.fix!, /System Settings > Network > Firewall/);
});

const UFW = `Status: active
Logging: on (low)
Default: deny (incoming), allow (outgoing), disabled (routed)
New profiles: skip

To                         Action      From
--                         ------      ----
22/tcp                     ALLOW IN    Anywhere
Nginx HTTPS                ALLOW IN    Anywhere
8000:8100/tcp              ALLOW IN    Anywhere
80/tcp                     ALLOW IN    203.0.113.7
22/tcp (v6)                ALLOW IN    Anywhere (v6)
`;

test('Linux ufw: default deny, app profiles, port ranges, rules for some sources only', () => {
  const r = readUfw(UFW, [80, 443, 8050, 25]);
  assert.deepEqual(r.ports, { 80: 'restricted', 443: 'open', 8050: 'open', 25: 'blocked' });
  assert.equal(readUfw('Status: inactive\n', [80]).ports[80], 'open');
  assert.equal(
    readUfw(
      UFW.replace(
        '80/tcp                     ALLOW IN    203.0.113.7',
        '80/tcp                     DENY IN     Anywhere',
      ),
      [80],
    ).ports[80],
    'blocked',
  );
  assert.equal(readUfw(UFW.replace('Default: deny', 'Default: allow'), [25]).ports[25], 'open');
  const blocked = verdict({ readings: [readUfw(UFW, [25])], unreadable: [] }, [25]);
  assert.equal(blocked.verdict, 'fail');
  assert.match(blocked.fix!, /sudo ufw allow 25\/tcp/);
  const some = verdict({ readings: [r], unreadable: [] }, [80]);
  assert.equal(some.verdict, 'warn');
  assert.match(some.message, /only from some source addresses/);
  assert.match(some.fix!, /every address/);
});

const FIREWALLD = `public (active)
  target: default
  icmp-block-inversion: no
  interfaces: eth0
  sources: 
  services: cockpit dhcpv6-client ssh https
  ports: 8080/tcp 9000-9100/tcp
  protocols: 
  forward: yes
  masquerade: no
  forward-ports: 
  source-ports: 
  icmp-blocks: 
  rich rules: 
`;

test('Linux firewalld: services and ports of the default zone', () => {
  const r = readFirewalld(FIREWALLD, [80, 443, 8080, 9050]);
  assert.deepEqual(r.ports, { 80: 'blocked', 443: 'open', 8080: 'open', 9050: 'open' });
  assert.equal(readFirewalld('FirewallD is not running\n', [80]).ports[80], 'open');
  assert.equal(
    readFirewalld(FIREWALLD.replace('target: default', 'target: ACCEPT'), [80]).ports[80],
    'open',
  );
  const f = verdict({ readings: [r], unreadable: [] }, [80]);
  assert.equal(f.verdict, 'fail');
  assert.match(f.fix!, /firewall-cmd --permanent --add-service=http/);
});

const NFT = `table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iifname "lo" accept
		tcp dport 22 accept
		tcp dport { 80, 443 } counter packets 12 bytes 720 accept
		ip saddr 198.51.100.0/24 tcp dport 8443 accept
	}
	chain forward {
		type filter hook forward priority filter; policy drop;
	}
	chain output {
		type filter hook output priority filter; policy accept;
	}
}
table ip nat {
	chain prerouting {
		type nat hook prerouting priority dstnat; policy accept;
	}
}
`;

test('Linux nftables: input chains, sets of ports, policy drop', () => {
  assert.equal(parseNftChains(NFT).filter((c) => c.hookInput).length, 1);
  const r = readNft(NFT, [80, 443, 8443, 25]);
  assert.deepEqual(r.ports, { 80: 'open', 443: 'open', 8443: 'restricted', 25: 'blocked' });
  assert.equal(
    readNft(
      'table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t\ttcp dport 80 drop\n\t}\n}\n',
      [80],
    ).ports[80],
    'blocked',
  );
  assert.equal(readNft('', [80]).ports[80], 'open');
  const w = verdict({ readings: [r], unreadable: [] }, [25]);
  assert.equal(w.verdict, 'warn', 'a rule scan is a guess: warn, not fail');
  assert.match(w.message, /seems to block/);
  assert.ok(specCovers('80-90', 85) && specCovers('{ 80, 443 }', 443) && !specCovers('8080', 80));
});

function fakeRunner(outputs: Record<string, Partial<RunResult>>): { run: Runner; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    run: async (cmd, args) => {
      const key = [cmd, ...args].join(' ');
      asked.push(key);
      const o = Object.entries(outputs).find(([k]) => key.startsWith(k))?.[1];
      return o
        ? { code: 0, stdout: '', stderr: '', missing: false, ...o }
        : { code: -1, stdout: '', stderr: '', missing: true };
    },
  };
}

test('Linux: each tool only where present; no root means "could not read"', async () => {
  const none = fakeRunner({});
  const r0 = await readFirewalls([80], 'linux', none.run);
  assert.deepEqual(r0, { readings: [], unreadable: [] });
  assert.equal(verdict(r0, [80]).verdict, 'skip');

  const noRoot = fakeRunner({
    ufw: { code: 1, stderr: 'ERROR: You need to be root to run this script\n' },
    nft: { code: 1, stderr: 'Error: Operation not permitted (you must be root)\n' },
  });
  const r1 = await readFirewalls([80], 'linux', noRoot.run);
  assert.deepEqual(r1.unreadable, ['ufw', 'nftables']);
  const v1 = verdict(r1, [80]);
  assert.equal(v1.verdict, 'skip');
  assert.match(v1.message, /could not read/);

  // An active ufw is the view a person edits: nft (which ufw fills) is not read then.
  const ufw = fakeRunner({ ufw: { stdout: UFW }, nft: { stdout: NFT } });
  const r2 = await readFirewalls([80], 'linux', ufw.run);
  assert.deepEqual(
    r2.readings.map((r) => r.tool),
    ['ufw'],
  );
  assert.ok(!ufw.asked.some((a) => a.startsWith('nft')));
  const fwd = fakeRunner({ 'firewall-cmd': { stdout: FIREWALLD } });
  assert.deepEqual(
    (await readFirewalls([80], 'linux', fwd.run)).readings.map((r) => r.tool),
    ['firewalld'],
  );
});

test('Windows and macOS runners ask the right tools', async () => {
  const win = fakeRunner({
    'netsh advfirewall show': { stdout: NETSH_STATE_ON },
    'netsh advfirewall firewall': { stdout: NETSH_RULES },
  });
  const w = await readFirewalls([80], 'win32', win.run);
  assert.equal(w.readings[0].tool, 'Windows Defender Firewall');
  assert.equal(verdict(w, [80]).verdict, 'pass');
  const mac = fakeRunner({
    '/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate': {
      stdout: 'Firewall is disabled. (State = 0)\n',
    },
    '/usr/libexec/ApplicationFirewall/socketfilterfw --getblockall': {
      stdout: 'Block all DISABLED!\n',
    },
  });
  const m = await readFirewalls([80], 'darwin', mac.run);
  const mv = verdict(m, [80]);
  assert.equal(mv.verdict, 'pass');
  assert.match(mv.message, /off/);
});

test('no finding ever suggests an allow-list or address ranges (R16: the CA publishes none)', () => {
  assert.ok(produced.length >= 10);
  for (const r of produced) {
    const text = [r.message, r.fix ?? ''].join(' ');
    assert.doesNotMatch(text, /allow-?list|whitelist|white list|IP range/i, text);
  }
});
