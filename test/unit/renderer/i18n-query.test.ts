// The desktop app puts the saved language in the entry URL (src-main/app/window.ts entryUrl) so
// its window's first paint is in it (issue 16); the renderer takes it only when Certdesk speaks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageFromQuery } from '../../../src-renderer/i18n/index.ts';
import { entryUrl } from '../../../src-main/app/window.ts';

test('the language in the entry URL is the one the window starts in; anything else is ignored', () => {
  for (const lang of ['en', 'da', 'zh', 'fi', 'hu'])
    assert.equal(languageFromQuery(new URL(entryUrl(lang)).search), lang);
  assert.equal(languageFromQuery(new URL(entryUrl()).search), null);
  assert.equal(languageFromQuery('?lang=xx'), null);
  assert.equal(languageFromQuery('?lang=da%22%3E'), null);
});
