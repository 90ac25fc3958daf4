// A scripted DNS server on 127.0.0.1 (UDP) for the pre-flight unit tests: records by name and
// type, CNAMEs followed the way a recursive resolver answers (the chain plus the target's records),
// SERVFAIL for chosen names, and a "black hole" that never answers.
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';
import type { Answer } from 'dns-packet';

export type Zone = {
  a?: Record<string, string[]>;
  aaaa?: Record<string, string[]>;
  caa?: Record<string, { flags: number; tag: string; value: string }[]>;
  cname?: Record<string, string>;
  txt?: Record<string, string[]>;
  servfail?: string[];
  /** Names that exist (NODATA rather than NXDOMAIN for types they lack). */
  exists?: string[];
};

export type FakeDns = { server: string; port: number; stop(): Promise<void> };

export async function startFakeDns(zone: Zone | 'blackhole'): Promise<FakeDns> {
  const sock = dgram.createSocket('udp4');
  sock.on('message', (msg, rinfo) => {
    if (zone === 'blackhole') return;
    const p = dnsPacket.decode(msg);
    const q = p.questions![0];
    let name = q.name.toLowerCase();
    const answers: Answer[] = [];
    let rcode = 0;
    if (zone.servfail?.includes(name)) rcode = 2;
    else {
      for (let hops = 0; hops < 8 && zone.cname?.[name] && q.type !== 'CNAME'; hops++) {
        answers.push({ type: 'CNAME', name, ttl: 60, data: zone.cname[name] });
        name = zone.cname[name];
      }
      if (q.type === 'CNAME' && zone.cname?.[name])
        answers.push({ type: 'CNAME', name, ttl: 60, data: zone.cname[name] });
      const add = (type: 'A' | 'AAAA' | 'TXT', list?: string[]) => {
        for (const data of list ?? []) answers.push({ type, name, ttl: 60, data } as Answer);
      };
      if (q.type === 'A') add('A', zone.a?.[name]);
      if (q.type === 'AAAA') add('AAAA', zone.aaaa?.[name]);
      if (q.type === 'TXT') add('TXT', zone.txt?.[name]);
      if (q.type === 'CAA')
        for (const c of zone.caa?.[name] ?? [])
          answers.push({ type: 'CAA', name, ttl: 60, data: { ...c } } as Answer);
      const known =
        [zone.a, zone.aaaa, zone.caa, zone.cname, zone.txt].some((m) => m && name in m) ||
        zone.exists?.includes(name);
      if (answers.length === 0 && !known) rcode = 3;
    }
    const out = dnsPacket.encode({
      type: 'response',
      id: p.id,
      flags: dnsPacket.RECURSION_AVAILABLE | dnsPacket.RECURSION_DESIRED | rcode,
      questions: [q],
      answers,
    });
    sock.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(0, '127.0.0.1', resolve);
  });
  const port = sock.address().port;
  return {
    server: `127.0.0.1:${port}`,
    port,
    stop: () => new Promise((resolve) => sock.close(() => resolve())),
  };
}
