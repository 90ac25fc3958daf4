// Records are kept in plain objects and looked up as d.certificates[id]. An id of "__proto__"
// passed the id pattern (letters and "_") and reached Object.prototype: deploy:add then wrote a
// deployTargets array onto every object in main (found by the IPC fuzz once the channel list
// grew). Every channel that takes a record id refuses the built-in names, and nothing is changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../../src-main/engine/engine.ts';
import { createHandlers, dispatch } from '../../../src-main/api/index.ts';
import { CHANNELS, CONTRACT } from '../../../src-main/shared/contract.ts';
import { VALID_SAMPLES } from './fuzz-gen.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const BUILT_IN = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

test('every channel with an id refuses "__proto__" and other built-in names; no object changes', async () => {
  const engine = await Engine.open({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'certdesk-proto-ids-')),
  });
  const handlers = createHandlers({ engine, emit: () => {}, face: 'app' });
  const withId = CHANNELS.filter((c) => {
    const shape = (CONTRACT[c].input as { shape?: Record<string, unknown> }).shape;
    return shape !== undefined && 'id' in shape;
  });
  assert.ok(withId.length >= 10, `channels with an id: ${withId.join(', ')}`);
  for (const c of withId)
    for (const id of BUILT_IN) {
      const input = { ...(VALID_SAMPLES[c] as Record<string, unknown>), id };
      const r = await dispatch(handlers, c, input as never);
      assert.equal(r.ok, false, `${c} ${id}`);
      if (!r.ok) assert.equal(r.error.code, 'invalid-input', `${c} ${id}: ${r.error.message}`);
    }
  const probe: Record<string, unknown> = {};
  assert.deepEqual(Object.keys(Object.prototype), []);
  for (const k of ['deployTargets', 'exports', 'attempts', 'profile', 'challenge'])
    assert.equal(probe[k], undefined, `Object.prototype.${k}`);
  // The engine itself (what the CLI calls) finds no certificate under a built-in name.
  for (const id of BUILT_IN) assert.throws(() => engine.getStored(id), { code: 'not-found' }, id);
});
