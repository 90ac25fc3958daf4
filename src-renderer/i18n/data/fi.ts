// Issue 22, Finnish (Suomi): see en.ts.
import type { dataNoticesEn } from './en.ts';
export const dataNoticesFi: Record<keyof typeof dataNoticesEn, string> = {
  'restored-previous':
    'Certdesk ei voinut lukea kohteen {{items}} tallennettua tiedostoa, joten se palautti viimeisimmän ehjän kopion. Mitään ei puutu; vioittunut tiedosto on tallessa datakansiossa.',
  'restored-files':
    'Kohteiden {{items}} tietoja ei voitu lukea eikä ehjää kopiota ollut, joten Certdesk rakensi ne uudelleen varmennetiedostoista. Puuttuu yhä: {{missing}}. Avaa jokainen ja valitse uudelleen, miten CA tavoittaa palvelimesi; muut varmenteesi uusitaan tavalliseen tapaan.',
  'lost-account':
    'Kohteen {{items}} tiedostoa ei voitu lukea eikä ehjää kopiota ollut, joten sitä käyttäviä varmenteita ei voi uusia. Palauta datakansio varmuuskopiosta tai lisää tili uudelleen ja valitse se niille varmenteille.',
  'lost-settings':
    'Asetuksiasi ei voitu lukea eikä ehjää kopiota ollut, joten Certdesk aloitti oletusasetuksilla (myös ilmoitukset ja välityspalvelin). Aseta ne uudelleen; vioittunut tiedosto on tallessa datakansiossa.',
  'unmatched-folder':
    'Certdesk löysi {{count}} varmennekansiota, joita se ei voi yhdistää käyttökelpoisiin tietoihin, joten mikään ei uusi niitä: {{folders}}. {{then}}',
  'newer-settings':
    'Asetuksesi on tallentanut Certdeskin uudempi versio (muoto {{format}}), joten tämä versio jättää ne koskematta ja toimii oletusasetuksilla (myös ilmoitukset ja välityspalvelin); täällä tekemiäsi muutoksia ei tallenneta. Päivitä Certdesk, niin asetuksesi ovat taas käytössä.',
  'newer-account':
    'Kohteen {{items}} tiedoston on tallentanut Certdeskin uudempi versio, joten tämä versio jättää sen koskematta eikä voi uusia sitä käyttäviä varmenteita. Päivitä Certdesk, niin ne uusitaan taas.',
  'master-key-missing':
    'Tallennetut yksityiset avaimet avaava pääavain puuttuu ({{where}}), joten yhtään tallennettua avainta ei voi avata eikä yhtään varmennetta uusia. Palauta se datakansion varmuuskopiosta; ilman varmuuskopiota siirrä datakansio sivuun ja hanki varmenteet uudelleen.',
  'master-key-mismatch':
    'Pääavain ({{where}}) ei ole se, jolla tallennetut yksityiset avaimet suojattiin, joten yksikään niistä ei aukea eikä yhtään varmennetta voi uusia. Palauta oikea avain datakansion varmuuskopiosta; ilman varmuuskopiota siirrä datakansio sivuun ja hanki varmenteet uudelleen.',
};
