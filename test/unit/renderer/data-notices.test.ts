// Issue 22: the damaged-data notices in the window's language. Real folders are broken, opened by
// the real store and engine; the notices cross the app:state contract and are said by the
// renderer's noticeSentence in Danish: the phrases inside them (what is missing, why a folder
// matches nothing, where the master key lives) are translated too, not left in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from '../../../src-renderer/i18n/index.ts';
import { noticeSentence } from '../../../src-renderer/data-notices.ts';
import { AppStateSchema } from '../../../src-main/shared/contract-app.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { SAMPLE, sampleFolder } from '../../helpers/data-folder.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

function fixedT(lng: string): TFunction {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.getFixedT(lng);
}

/** What app:state carries after `breakIt`, checked by the contract as the window receives it. */
async function noticesAfter(breakIt: (dir: string) => void) {
  const dir = await sampleFolder();
  breakIt(dir);
  const engine = await Engine.open({ dataDir: dir });
  return { dir, notices: AppStateSchema.shape.notices.parse(engine.settings.notices()) };
}

const record = (dir: string) => path.join(dir, 'certs', SAMPLE.id, 'certificate.json');

test('a record rebuilt from its certificate files: what is still missing, in Danish', async () => {
  const { notices } = await noticesAfter((dir) => {
    writeFileSync(record(dir), 'garbage');
    writeFileSync(`${record(dir)}.prev`, '');
  });
  const n = notices.find((x) => x.kind === 'restored-files')!;
  const da = noticeSentence(fixedT('da'), n);
  assert.match(da, /^Oplysningerne om shop\.example\.test kunne ikke læses/);
  assert.match(
    da,
    /Mangler stadig: bevis for kontrol, adgangskoder og tokens til beviset, historik og eksportmål\./,
  );
  assert.doesNotMatch(da, /route|history|export destinations/, 'no English left inside');
  // English in the window: the same words as the CLI, joined as English joins a list.
  assert.match(
    noticeSentence(fixedT('en'), n),
    /Still missing: route, route secrets, history, and export destinations\./,
  );
  assert.match(n.message, /Still missing: route, route secrets, history, export destinations\./);
});

test('a folder written by a newer version, and the master key gone: reason and place in Danish', async () => {
  const { dir, notices } = await noticesAfter((d) => {
    const j = JSON.parse(readFileSync(record(d), 'utf8')) as { format: number };
    j.format += 1;
    writeFileSync(record(d), JSON.stringify(j));
  });
  const folder = noticeSentence(
    fixedT('da'),
    notices.find((x) => x.kind === 'unmatched-folder')!,
  );
  assert.ok(
    folder.includes(
      `${path.join(dir, 'certs', SAMPLE.id)} (dens oplysninger blev skrevet af en nyere version af Certdesk (format`,
    ),
    folder,
  );
  assert.match(folder, /Opdatér Certdesk for at læse dem/);
  const gone = await noticesAfter((d) => rmSync(path.join(d, 'master.key')));
  const key = noticeSentence(
    fixedT('da'),
    gone.notices.find((x) => x.kind === 'master-key-missing')!,
  );
  assert.ok(key.includes(`mangler (filen ${path.join(gone.dir, 'master.key')})`), key);
});

test('settings of a newer version and an account restored: said in Danish', async () => {
  const { notices } = await noticesAfter((dir) => {
    const file = path.join(dir, 'settings.json');
    const j = JSON.parse(readFileSync(file, 'utf8')) as { format: number };
    j.format += 1;
    writeFileSync(file, JSON.stringify(j));
    writeFileSync(path.join(dir, 'accounts', `${SAMPLE.account}.json`), '');
  });
  const t = fixedT('da');
  assert.match(
    noticeSentence(
      t,
      notices.find((x) => x.kind === 'newer-settings')!,
    ),
    /^Dine indstillinger blev gemt af en nyere version af Certdesk \(format \d+\)/,
  );
  assert.match(
    noticeSentence(
      t,
      notices.find((x) => x.kind === 'restored-previous')!,
    ),
    /gemte fil for kontoen me@example\.org, så den sidste gode kopi/,
  );
});
