// Numbers inside the window's sentences are written the person's way (issue 18): the dashboard's
// renewal reason said "6.7-dages levetid" in Danish. The engine's real plan (renewal/policy.ts)
// for a 160-hour certificate feeds the renderer's sayText, in every language of the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRenewal } from '../../../src-main/engine/renewal/policy.ts';
import { text } from '../../../src-main/shared/engine-text.ts';
import { sayText } from '../../../src-renderer/engine-text.ts';
import { translator } from '../../e2e/support.ts';

const HOUR_MS = 3_600_000;

test("a 160-hour lifetime: '6,7' in Danish, Finnish and Hungarian, '6.7' in English", () => {
  const nb = Date.parse('2026-11-01T00:00:00Z');
  const plan = planRenewal(
    {
      current: {
        notBefore: new Date(nb).toISOString(),
        notAfter: new Date(nb + 160 * HOUR_MS).toISOString(),
      },
      attempts: [],
      challenge: { type: 'http-01', mode: 'builtin', port: 80 },
    } as never,
    nb + HOUR_MS,
  );
  assert.deepEqual(plan.text, { key: 'renewal.half', params: { days: 6.7 } });
  if (!plan.text) return;
  assert.match(sayText(translator('en'), plan.text), /half of the 6\.7-day lifetime left/);
  assert.match(sayText(translator('da'), plan.text), /den 6,7-dages levetid/);
  for (const lng of ['fi', 'hu']) {
    const said = sayText(translator(lng), plan.text);
    assert.match(said, /6,7/, `${lng}: ${said}`);
    assert.doesNotMatch(said, /6\.7/, `${lng}: ${said}`);
  }
});

test('ports and process ids are not grouped; a count still picks the plural form', () => {
  const da = translator('da');
  const busy = text('failure.folderBusy', {
    app: 'Certdesk CLI',
    pid: 4242,
    host: 'h',
    since: 's',
  });
  assert.match(sayText(da, busy), /proces 4242 på h/);
  assert.match(sayText(da, text('failure.portInUse', { port: 8080 })), /^Port 8080 bruges/);
  assert.equal(
    sayText(da, text('preflight.names.ok', { count: 2 })),
    'Alle 2 navne er skrevet korrekt til et certifikat.',
  );
});
