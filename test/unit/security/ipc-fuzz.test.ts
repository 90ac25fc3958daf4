// Issue 8: thousands of random and malformed payloads to every channel of the IPC contract, through
// the real handlers (createHandlerSet + dispatch) over a real Engine in a temp data folder: no
// crash, no hang, every answer a Result with a clear sentence; a failed sender check refuses
// before any validation or handler runs. The seed is fixed (CERTDESK_FUZZ_SEED replays another).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CHANNELS,
  CONTRACT,
  AppEventSchema,
  isChannel,
  type AppEvent,
  type Channel,
} from '../../../src-main/shared/contract.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import {
  createHandlerSet,
  dispatch,
  type HandlerSet,
  type Handlers,
} from '../../../src-main/api/index.ts';
import {
  REFUSED_SENDER,
  registerIpc,
  type InvokeEventLike,
} from '../../../src-main/app/ipc-core.ts';
import { recordCounts } from '../../helpers/fault.ts';
import {
  FUZZ_SEED,
  rng,
  mutate,
  randomValue,
  randomString,
  deepValue,
  circularValue,
  NASTY_STRINGS,
  VALID_SAMPLES,
  ROUTE_SAMPLES,
  mutateRoute,
} from './fuzz-gen.ts';
import { ROUTE_KEYS, ROUTE_SECRETS } from '../../../src-main/shared/route-facts.ts';
import { existsSync } from 'node:fs';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const PER_CHANNEL = Number(process.env.CERTDESK_FUZZ_PER_CHANNEL ?? 150);
const CALL_LIMIT_MS = 15_000;
const BATCH = 50;

let engine: Engine;
let set: HandlerSet;
const events: AppEvent[] = [];
const cwd = process.cwd();
const msByChannel: Record<string, number> = {};
const internals: string[] = [];
const counts = {
  seed: FUZZ_SEED,
  channels: CHANNELS.length,
  inputsFuzzed: 0,
  refusedBySenderCheck: 0,
  unknownChannelNames: 0,
  answersOk: 0,
  answersInvalidInput: 0,
  answersOtherError: 0,
  errorCodes: {} as Record<string, number>,
  eventsChecked: 0,
  slowestMs: 0,
  crashes: 0,
  hangs: 0,
  /** Issue 20: every route of the typed contract, and remembered commands. */
  routeInputsFuzzed: 0,
  routeVariants: ROUTE_KEYS.length,
  commandsRefused: 0,
};

before(async () => {
  // Relative folders in the samples ("out", "backup") land in this temp folder, nowhere else.
  const work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-fuzz-'));
  const inner = path.join(work, 'a', 'b', 'c');
  mkdirSync(inner, { recursive: true });
  process.chdir(inner);
  engine = await Engine.open({
    dataDir: path.join(work, 'data'),
    caTimeoutMs: 2000,
    httpPort: 1,
    tlsPort: 1,
    dnsResolver: '127.0.0.1:9',
  });
  // The unattended channels install into a recording stand-in, never this machine's timer.
  set = createHandlerSet({
    engine,
    emit: (e) => events.push(e),
    face: 'app',
    timer: timerStandIn(),
  });
});
after(() => {
  set?.close();
  process.chdir(cwd);
  counts.eventsChecked = events.length;
  if (process.env.CERTDESK_FUZZ_TIMES) console.log(msByChannel, internals);
  recordCounts('security-ipc-fuzz', counts);
});

function withLimit<T>(p: Promise<T>, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  const limit = new Promise<never>((_, reject) => {
    t = setTimeout(() => {
      counts.hangs += 1;
      reject(new Error(`no answer within ${CALL_LIMIT_MS} ms: ${what}`));
    }, CALL_LIMIT_MS);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(t));
}

// A sentence for a person: starts with a capital (or a quoted name), is more than a word, and is
// not a bare errno ("ECONNREFUSED ...") or a JavaScript error name ("TypeError: ...").
const SENTENCE = /^(?!E[A-Z]{3,}\b|[A-Za-z]*Error:)["'*A-Z].{9,}/s;

/** The one property every answer has: a Result, a plain JSON value, with a sentence when it failed. */
function checkResult(channel: string, r: unknown, how: string, input?: unknown): void {
  const where = `${channel} (${how})`;
  assert.ok(r && typeof r === 'object', `${where}: an object`);
  const res = r as {
    ok: unknown;
    value?: unknown;
    error?: { code: unknown; message: unknown; retryable: unknown; detail?: unknown };
  };
  assert.equal(typeof res.ok, 'boolean', where);
  const text = JSON.stringify(res);
  assert.doesNotMatch(text, /\\n\s+at |\.ts:\d+:\d+/, `${where}: no stack trace`);
  assert.doesNotMatch(text, /PRIVATE KEY-----\\n[A-Za-z0-9+/]/, `${where}: no key material`);
  if (res.ok) {
    counts.answersOk += 1;
    assert.ok(
      (CONTRACT as Record<string, { output: { safeParse(v: unknown): { success: boolean } } }>)[
        channel
      ].output.safeParse(res.value).success,
      `${where}: the answer fits the contract`,
    );
    return;
  }
  const e = res.error!;
  assert.equal(typeof e.code, 'string', where);
  assert.ok((e.code as string).length > 0, where);
  assert.equal(typeof e.retryable, 'boolean', where);
  assert.equal(typeof e.message, 'string', where);
  // The one exception: a payload that itself holds a key header is echoed with the key cut out
  // (dispatch.ts scrub), which may leave less than a sentence: safety first.
  if (!(e.message as string).includes('[private key removed]'))
    assert.match(
      e.message as string,
      SENTENCE,
      `${where}: a sentence, not "${String(e.message).slice(0, 120)}"`,
    );
  assert.ok((e.message as string).length < 2000, `${where}: a bounded message`);
  if (e.detail !== undefined)
    assert.ok(String(e.detail).length <= 4000, `${where}: bounded detail`);
  counts.errorCodes[e.code as string] = (counts.errorCodes[e.code as string] ?? 0) + 1;
  if (e.code === 'internal')
    internals.push(
      `${where}: ${JSON.stringify(e).slice(0, 600)} input ${String(JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '').slice(0, 300)}`,
    );
  if (e.code === 'invalid-input') counts.answersInvalidInput += 1;
  else counts.answersOtherError += 1;
}

async function fuzzOne(
  handlers: Handlers,
  channel: string,
  input: unknown,
  how: string,
): Promise<void> {
  const t0 = Date.now();
  let r: unknown;
  try {
    r = await withLimit(dispatch(handlers, channel, input, { face: 'app' }), `${channel} (${how})`);
  } catch (e) {
    counts.crashes += 1;
    throw e;
  }
  const ms = Date.now() - t0;
  counts.slowestMs = Math.max(counts.slowestMs, ms);
  msByChannel[channel] = (msByChannel[channel] ?? 0) + ms;
  if (process.env.CERTDESK_FUZZ_TIMES && ms > 300)
    console.log(
      ms,
      channel,
      how,
      JSON.stringify(input)?.slice(0, 100),
      JSON.stringify(r).slice(0, 300),
    );
  counts.inputsFuzzed += 1;
  checkResult(channel, r, how, input);
}

test(`every channel: ${PER_CHANNEL} mutated or random payloads each, plus the classics; each answer a Result with a sentence`, async () => {
  const r = rng(FUZZ_SEED);
  for (const channel of CHANNELS) {
    // The classics first: nothing, the wrong type, hostile shapes, each whole-input.
    const classics: [unknown, string][] = [
      [undefined, 'undefined'],
      [null, 'null'],
      [0, 'number'],
      ['', 'empty string'],
      [[], 'array'],
      [true, 'boolean'],
      [deepValue(10_000, 'array'), 'array 10,000 deep'],
      [deepValue(10_000, 'object'), 'object 10,000 deep'],
      [circularValue(), 'circular object'],
      [JSON.parse('{"__proto__":{"admin":true}}'), '__proto__ key'],
      [Object.create(null) as unknown, 'null-prototype object'],
      [{ ...VALID_SAMPLES[channel], extra: 1 }, 'valid plus an unknown field'],
      [new Map(), 'Map'],
      [new Uint8Array(2048), 'bytes'],
    ];
    await Promise.all(classics.map(([input, how]) => fuzzOne(set.handlers, channel, input, how)));
    // In batches at once, as a busy renderer would send them (and so that the ~2 s a refused CA
    // connection costs with its retries does not add up).
    const inputs = Array.from({ length: PER_CHANNEL }, () => mutate(r, channel));
    for (let i = 0; i < inputs.length; i += BATCH) {
      await Promise.all(
        inputs
          .slice(i, i + BATCH)
          .map(({ input, how }) => fuzzOne(set.handlers, channel, input, how)),
      );
    }
  }
  assert.equal(
    ({} as Record<string, unknown>).polluted,
    undefined,
    'Object.prototype was not polluted',
  );
  assert.equal(
    ({} as Record<string, unknown>).admin,
    undefined,
    'Object.prototype was not polluted',
  );
  for (const e of events)
    assert.ok(AppEventSchema.safeParse(e).success, `event ${e.type} fits the contract`);
  assert.equal(counts.crashes, 0);
  assert.equal(counts.hangs, 0);
  assert.ok(counts.inputsFuzzed >= CHANNELS.length * PER_CHANNEL);
  // The valid samples really reach the handlers (otherwise the fuzz would test only zod).
  assert.ok(
    counts.answersOk > 0 && counts.answersOtherError > 0,
    JSON.stringify(counts.errorCodes),
  );
});

const ROUTE_MUTATIONS = Number(process.env.CERTDESK_FUZZ_ROUTE_MUTATIONS ?? 20);

test(`every route of the typed contract (${ROUTE_KEYS.length}), valid and ${ROUTE_MUTATIONS} mutations each, through cert:setRoute, cert:issue and cert:trial; commands never set without a yes`, async () => {
  const r = rng(FUZZ_SEED + 20);
  // A certificate to change the route of, as the CLI would have stored it.
  await engine.store.update((d) => {
    d.certificates.fuzzc1 = {
      id: 'fuzzc1',
      names: ['fuzz.example.test'],
      accountId: 'none',
      keyType: 'ec256',
      challenge: { type: 'http-01', httpMode: 'builtin' },
      createdAt: '2026-01-01T00:00:00.000Z',
      current: null,
      previous: null,
      attempts: [],
      exports: [],
    };
  });
  const secretsOf = (key: keyof typeof ROUTE_SECRETS) =>
    Object.fromEntries(ROUTE_SECRETS[key].map((n) => [n, n === 'acmeDnsAccounts' ? '{}' : 'x']));
  for (const key of ROUTE_KEYS) {
    const routes = [
      { route: ROUTE_SAMPLES[key], how: `${key} valid` },
      ...Array.from({ length: ROUTE_MUTATIONS }, () => mutateRoute(r, key)),
    ];
    const calls: [Channel, unknown, string][] = routes.flatMap(({ route, how }) => [
      ['cert:setRoute', { id: 'fuzzc1', challenge: route, secrets: secretsOf(key) }, how],
      ['cert:issue', { runId: 'fuzzroute1', names: ['fuzz.example.test'], challenge: route }, how],
      ['cert:trial', { runId: 'fuzzroute2', names: ['fuzz.example.test'], challenge: route }, how],
    ]);
    const answers = await Promise.all(
      calls.map(async ([channel, input, how]) => {
        const res = await withLimit(dispatch(set.handlers, channel, input), how);
        counts.routeInputsFuzzed += 1;
        checkResult(channel, res, how, input);
        return res;
      }),
    );
    for (const a of answers)
      if (!a.ok && /^Set commands from the desktop app or the CLI\./.test(a.error.message))
        counts.commandsRefused += 1;
  }
  // A remembered post-renewal command, hostile or not: never stored without a yes.
  for (const postCommand of ['id > pwned', ...NASTY_STRINGS.slice(0, 20)]) {
    const res = await dispatch(set.handlers, 'export:run', {
      id: 'fuzzc1',
      dir: 'out',
      remember: true,
      postCommand,
    });
    counts.routeInputsFuzzed += 1;
    checkResult('export:run', res, 'remembered command', postCommand);
    if (!res.ok && /^Set commands from the desktop app or the CLI\./.test(res.error.message))
      counts.commandsRefused += 1;
  }
  const stored = engine.getStored('fuzzc1');
  assert.ok(
    !(stored.challenge.type === 'dns-01' && stored.challenge.dnsMode === 'exec'),
    'no command was stored without a confirmation',
  );
  assert.ok(
    stored.exports.every((e) => !e.postCommand),
    'no post-renewal command stored',
  );
  assert.equal(existsSync('certdesk-fuzz-ran'), false, 'no hook ran');
  assert.ok(counts.commandsRefused >= 3 + 1, `commands refused: ${counts.commandsRefused}`);
  assert.equal(counts.hangs, 0);
});

test('channel names that do not exist (including Object.prototype names) get a clear invalid-input error', async () => {
  const r = rng(FUZZ_SEED + 1);
  const names = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    'app:State',
    'app:state ',
    ' app:state',
    'app:state\u0000',
    'cert:issue/../app:state',
    'fs:read',
    'shell:openExternal',
    ...NASTY_STRINGS,
  ];
  for (let i = 0; i < 200; i++) names.push(randomString(r));
  for (const name of names) {
    const res = await withLimit(
      dispatch(set.handlers, name, { id: 'abc' }),
      `unknown channel ${name.slice(0, 20)}`,
    );
    assert.equal(res.ok, false, JSON.stringify(name));
    if (!res.ok) {
      assert.equal(res.error.code, 'invalid-input');
      assert.match(
        res.error.message,
        /^Certdesk has no request named ".*"\. Update the page or restart Certdesk\.$/s,
      );
      assert.ok(res.error.message.length < 200, 'the echoed name is cut short');
    }
    counts.unknownChannelNames += 1;
  }
});

// The sender check is the transport's (issue 16): here the IPC transport (registerIpc with
// isTrustedSender) in front of the real dispatch; the web transport's guard has the same fuzz in
// bridge-fuzz.test.ts.
test('a failed sender check refuses every channel and every payload before validation: no handler is reached', async () => {
  const r = rng(FUZZ_SEED + 2);
  const reached: string[] = [];
  // Spies in place of the handlers: any call at all would be a failure of "sender check first".
  const spies = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async () => {
        reached.push(c);
        return { ok: true, value: {} };
      },
    ]),
  ) as unknown as Handlers;
  const registered = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
  registerIpc(
    { handle: (c, l) => void registered.set(c, l), removeHandler: (c) => registered.delete(c) },
    {
      channels: CHANNELS,
      dispatch: (c, i) => dispatch(spies, c, i, { face: 'app' }),
      isOurContents: (id) => id === 1,
    },
  );
  const top = { url: 'app://certdesk/index.html', parent: null };
  const untrusted: InvokeEventLike[] = [
    { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } },
    { senderFrame: { url: 'app://certdesk/index.html', parent: top }, sender: { id: 1 } },
    { senderFrame: top, sender: { id: 7 } },
    { senderFrame: null, sender: { id: 1 } },
  ];
  for (const channel of [...CHANNELS, 'nope:nope', '__proto__']) {
    const handler = registered.get(channel);
    if (!isChannel(channel)) {
      // Outside the contract nothing is registered: Electron rejects such an invoke itself.
      assert.equal(handler, undefined, channel);
      continue;
    }
    assert.ok(handler, `a handler for ${channel}`);
    for (let i = 0; i < 40; i++) {
      const input =
        i === 0
          ? (VALID_SAMPLES[channel as Channel] ?? {})
          : i === 1
            ? { not: 'valid' }
            : randomValue(r);
      const res: unknown = await handler(untrusted[i % untrusted.length], input);
      assert.deepEqual(res, REFUSED_SENDER);
      counts.refusedBySenderCheck += 1;
    }
  }
  assert.deepEqual(reached, []);
  assert.match(
    REFUSED_SENDER.ok ? '' : REFUSED_SENDER.error.message,
    /^This request did not come from the Certdesk window, so it was refused\./,
  );
});
