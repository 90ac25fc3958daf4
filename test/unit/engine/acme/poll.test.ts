// Issue 21: poll the order at a short interval for the first second, then back off and honour the
// CA's Retry-After, so a fast CA is not waited on and a real one is not hammered. The schedule is
// checked as numbers (no timing in tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { POLL_DEFAULTS, nextPollDelay } from '../../../../src-main/engine/acme/poll.ts';

const opts = POLL_DEFAULTS;

test('the first second: every 50 ms, at most 20 polls, Retry-After not yet waited for', () => {
  assert.equal(opts.firstMs, 25);
  let t = opts.firstMs;
  let polls = 1;
  while (t < opts.quickForMs) {
    const d = nextPollDelay(opts, t, 0, 3000);
    assert.equal(d, 50);
    t += d;
    polls += 1;
  }
  assert.ok(polls <= 21, `${polls} polls in the first second`);
});

test('after the first second: doubling from 250 ms to 3 s', () => {
  const ds = [0, 1, 2, 3, 4, 5].map((n) => nextPollDelay(opts, 1200, n, 0));
  assert.deepEqual(ds, [250, 500, 1000, 2000, 3000, 3000]);
});

test("after the first second the CA's Retry-After is honoured, up to 10 s", () => {
  assert.equal(nextPollDelay(opts, 1500, 0, 4000), 4000);
  assert.equal(nextPollDelay(opts, 1500, 0, 3_600_000), 10_000);
  assert.equal(nextPollDelay(opts, 1500, 3, 100), 2000);
});

test("tests' short schedules still apply (maxMs below the slow start)", () => {
  const quick = { ...opts, firstMs: 20, maxMs: 200 };
  assert.equal(nextPollDelay(quick, 5000, 0, 0), 200);
});
