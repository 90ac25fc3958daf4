// The issuance's bounded pool (issue 21): at most `size` at once, no batch barrier, and a failure
// rejects only after the running items have settled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inPool } from '../../../src-main/engine/pool.ts';

test('inPool starts the next item as soon as any one finishes, never more than size at once', async () => {
  const gates = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const done = inPool([0, 1, 2, 3], 2, async (i) => {
    started.push(i);
    most = Math.max(most, ++running);
    await new Promise<void>((r) => gates.set(i, r));
    running--;
  });
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(started, [0, 1]);
  gates.get(1)!(); // 0 still runs: in batches of two, 2 could not start yet
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(started, [0, 1, 2]);
  for (const i of [0, 2]) gates.get(i)!();
  await new Promise((r) => setImmediate(r));
  gates.get(3)!();
  await done;
  assert.equal(most, 2);
});

test('inPool rejects with the first error after the running items settle, and starts no more', async () => {
  const order: string[] = [];
  let release!: () => void;
  const p = inPool([0, 1, 2], 2, async (i) => {
    order.push(`start ${i}`);
    if (i === 0) throw new Error('boom');
    await new Promise<void>((r) => (release = r));
    order.push(`end ${i}`);
  });
  let settled = false;
  p.catch(() => {}).finally(() => (settled = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(settled, false, 'still waiting for item 1');
  release();
  await assert.rejects(p, /boom/);
  assert.deepEqual(order, ['start 0', 'start 1', 'end 1']);
});
