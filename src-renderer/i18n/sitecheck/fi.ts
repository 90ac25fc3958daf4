// Finnish: the live-site check in the window (issue 17).
import type { siteCheckEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const siteCheckUiFi: Shape<typeof siteCheckEn> = {
  column: 'Käytössä',
  state: {
    current: 'Ajan tasalla',
    outdated: 'Vanha varmenne',
    other: 'Jokin muu varmenne',
    unreachable: 'Ei tavoitettavissa',
    none: 'Ei vielä tarkistettu',
  },
  title: 'Onko uusi varmenne käytössä?',
  intro:
    'Certdesk ottaa yhteyden jokaisen nimen jokaiseen osoitteeseen kuten vierailija ja vertaa sivuston käyttämää varmennetta tähän varmenteeseen.',
  checkNow: 'Tarkista nyt',
  checking: 'Tarkistetaan…',
  checkedAt: 'Tarkistettu viimeksi {{date}}.',
  never: 'Ei tarkistettu tämän varmenteen myöntämisen jälkeen.',
  name: 'Nimi',
  address: 'Osoite',
  result: 'Tulos',
  caption: 'Mitä kukin osoite käyttää',
};
