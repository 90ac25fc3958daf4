// Finnish (Suomi): the phrases inside the damaged-data notices (src-main/shared/engine-text-data.ts).
import type { dataText } from '../../../src-main/shared/engine-text-data.ts';
import type { Shape } from '../shape.ts';

export const dataEngineFi: Shape<typeof dataText> = {
  item: {
    certificate: 'varmenne {{id}}',
    account: 'tili {{who}}',
    settings: 'asetukset',
  },
  missing: {
    account: 'tili',
    route: 'hallinnan todistustapa',
    routeSecrets: 'todistustavan salasanat ja tunnukset',
    history: 'historia',
    exports: 'vientikohteet',
    privateKey: 'yksityinen avain',
  },
  folder: '{{folder}} ({{reason}})',
  reason: {
    newer: 'sen tiedot on kirjoittanut Certdeskin uudempi versio (muoto {{format}})',
    unreadable:
      'sen tietoja eikä niiden viimeisintä ehjää kopiota voi lukea, eikä missään versiokansiossa ole luettavaa varmennetta',
  },
  then: {
    update:
      'Päivitä Certdesk lukeaksesi uudemman version kirjoittamat; muuten palauta datakansio varmuuskopiosta tai hanki varmenteet uudelleen.',
    restore: 'Palauta datakansio varmuuskopiosta tai hanki varmenteet uudelleen.',
  },
  where: {
    keychain: 'järjestelmän avainnipun merkintä "Certdesk"',
    file: 'tiedosto {{file}}',
  },
};
