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
  accountLost:
    'Tilin {{who}} tiedostoa ei voitu lukea eikä ehjää kopiota ollut, joten tätä varmennetta ei voi uusia. Palauta datakansio varmuuskopiosta tai lisää tili uudelleen ja valitse se tälle varmenteelle.',
  accountNewer:
    'Tilin {{who}} tiedoston on tallentanut Certdeskin uudempi versio, joten tämä versio ei voi käyttää sitä tämän varmenteen uusimiseen. Päivitä Certdesk.',
  versionDamaged:
    'Varmenteen {{id}} tiedostot puuttuvat tai ovat vioittuneet. Uusi se saadaksesi uudet tai palauta datakansio varmuuskopiosta.',
  where: {
    keychain: 'järjestelmän avainnipun merkintä "Certdesk"',
    file: 'tiedosto {{file}}',
  },
};
