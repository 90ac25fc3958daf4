// The check after a deployment (issue 17) gives a reloading server a moment: `kill -HUP nginx` or
// `systemctl reload` returns before the new certificate is served, and the first look then sees
// the old one (site-check-deploy.test.ts met it with a real nginx now and then).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAfterDeploy } from '../../../../src-main/engine/sitecheck/follow-up.ts';
import type { StoredCertificate } from '../../../../src-main/storage/schema.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** An engine whose site answers `states` in turn, one per check. */
function engineSeeing(states: string[]) {
  let checks = 0;
  let state = '';
  return {
    checks: () => checks,
    getStored: () => ({ siteCheck: { state } }) as unknown as StoredCertificate,
    siteCheck: {
      async check() {
        state = states[Math.min(checks++, states.length - 1)];
      },
    },
    deploy: { async markManualDone() {} },
  };
}

test('after a delivery, an outdated answer is asked again until the reload shows', async () => {
  const e = engineSeeing(['outdated', 'outdated', 'current']);
  await checkAfterDeploy(e, 'c1', quiet as never, true, [1, 1, 1]);
  assert.equal(e.checks(), 3);
  assert.equal(e.getStored().siteCheck?.state, 'current');
});

test('a site that stays outdated is asked at most once per pause, then recorded as it is', async () => {
  const e = engineSeeing(['outdated']);
  await checkAfterDeploy(e, 'c1', quiet as never, true, [1, 1, 1]);
  assert.equal(e.checks(), 4);
  assert.equal(e.getStored().siteCheck?.state, 'outdated');
});

test('when nothing was delivered (only places updated by hand), one check and no waiting', async () => {
  const e = engineSeeing(['outdated', 'current']);
  await checkAfterDeploy(e, 'c1', quiet as never, false, [1, 1, 1]);
  assert.equal(e.checks(), 1);
});
