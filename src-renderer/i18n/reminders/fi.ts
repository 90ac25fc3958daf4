// Finnish: places the person updates by hand (issue 17); the same keys as ./en.ts.
import type { remindersEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const remindersFi: Shape<typeof remindersEn> = {
  dashboard: {
    title: 'Odottaa sinua',
    intro_one:
      'Certdesk uusi tämän varmenteen, mutta ei voi itse asentaa sitä paikalleen. Tee se käsin ja valitse sitten varmenteen sivulla "Valmis".',
    intro_other:
      'Certdesk uusi nämä {{count}} varmennetta, mutta ei voi itse asentaa niitä paikalleen. Tee se käsin ja valitse sitten kunkin sivulla "Valmis".',
    where: 'Asenna uusi varmenne kohteeseen {{where}}.',
    since: 'Odottanut {{date}} alkaen.',
    urgent: 'Kiireellinen: sivustosi yhä käyttämä varmenne vanhenee {{date}}.',
    urgentBadge: 'Kiireellinen',
    showSteps: 'Näytä vaiheet',
    rowBadge: 'Odottaa sinua',
    separator: ', ',
  },
  steps: {
    title: 'Näin teet kohteessa {{label}}',
    renewed:
      'Certdesk uusi tämän varmenteen {{date}}, mutta ei voi itse asentaa sitä kohteeseen {{label}}.',
    urgent:
      'Kiireellinen: kohteen {{label}} yhä käyttämä varmenne vanhenee {{date}}. Asenna uusi nyt.',
    open: 'Avaa {{label}} ja etsi kohta, jossa varmenne vaihdetaan.',
    paste: 'Liitä alla olevista kentistä Varmenne ja CA-ketju samannimisiin kenttiin.',
    key: 'Tallenna yksityinen avain tiedostoksi painikkeella "Tallenna avaintiedosto" ja lähetä tiedosto, tai avaa se ja liitä sen teksti. Certdesk ei koskaan näytä avainta tällä sivulla.',
    files:
      'Tallenna kohteen pyytämät tiedostot tämän tietokoneen kansioon painikkeella "Tallenna tiedostot" ja lähetä ne sitten sinne:',
    notes: 'Omat muistiinpanosi:',
    done: 'Tallenna siellä, palaa sitten tänne ja valitse "Valmis". Certdesk tarkistaa sivustosi myös kerran päivässä ja huomaa uuden varmenteen itse.',
    saveFiles: 'Tallenna tiedostot',
    folder: 'Tämän tietokoneen kansio tiedostoille',
    saved: 'Tallennettu kansioon {{dir}}: {{files}}. Vain sinä voit lukea avaintiedoston.',
    kinds: {
      cert: 'pelkkä varmenne',
      chain: 'CA-ketju (välivarmenteet)',
      fullchain: 'varmenne ja sen CA-ketju',
      key: 'yksityinen avain: pidä se salassa',
      pfx: 'varmenne, CA-ketju ja avain yhdessä salasanalla suojatussa tiedostossa',
      der: 'pelkkä varmenne binäärimuodossa',
      combined: 'varmenne, CA-ketju ja avain yhdessä tiedostossa: pidä se salassa',
    },
  },
  add: {
    files: 'Mitä kohde pyytää?',
    paste: 'Liitettävät kentät (varmenne, CA-ketju, yksityinen avain)',
  },
  history: {
    ok: 'Otettu käyttöön',
    failed: 'Käyttöönotto epäonnistui',
    waiting: 'Odottaa sinua',
    done: 'Asennettu',
    removed: 'myöhemmin poistettu kohde',
    trigger: {
      issued: 'ensimmäisen varmenteen jälkeen',
      renewed: 'uusimisen jälkeen',
      manual: 'Ota käyttöön nyt',
      retry: 'yritetty uudelleen automaattisesti',
      done: 'Valmis',
    },
  },
};
