// Asetukset > "Jatka uusimista, kun olen kirjautunut ulos" (issue 19).
import type { unattendedEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const unattendedFi: Shape<typeof unattendedEn> = {
  title: 'Uusiminen, kun kukaan ei ole kirjautuneena',
  checkbox: 'Jatka uusimista, kun olen kirjautunut ulos',
  hint: 'Tietokoneesi käynnistää Certdeskin itse kahdesti päivässä, tarkistaa mitkä varmenteet on uusittava ja uusii ne, myös kun tämä ikkuna on suljettu ja uudelleenkäynnistyksen jälkeen. Ilmoitukset tulevat silloin sähköpostilla tai webhookilla.',
  loading: 'Kysytään järjestelmältäsi…',
  kind: {
    systemd: 'tilisi systemd-ajastin',
    cron: 'rivi crontabissasi',
    launchd: 'launchd-agentti',
    'task-scheduler': 'Windowsin ajoitettu tehtävä',
  },
  on: 'Käytössä: {{kind}} käynnistää Certdeskin joka päivä klo {{times}}.',
  onNoTimes: 'Käytössä: {{kind}} käynnistää Certdeskin kahdesti päivässä.',
  notActive:
    'Asennettu, mutta järjestelmäsi mukaan se ei ole aktiivinen, joten uusiminen ei käynnisty itsestään. Poista valinta ja valitse se uudelleen.',
  off: 'Pois käytöstä: varmenteet uusitaan vain, kun Certdesk on auki.',
  lingerNeeded:
    'Vielä yksi vaihe: tämä Linux-järjestelmä pysäyttää ajastimesi, kun kirjaudut ulos. Pyydä tietokoneen ylläpitäjää ottamaan "lingering" käyttöön tilillesi (loginctl enable-linger).',
  keyMoved:
    'Järjestelmän avainnippu on lukittu, kun olet kirjautunut ulos, joten tallennettuja avaimiasi suojaava pääavain kopioitiin datakansioon vain sinun luettavaksesi. Pidä kansio yksityisenä ja varmuuskopioi se.',
  error: {
    'permission-denied':
      'Järjestelmäsi ei antanut Certdeskin luoda ajastinta. Pyydä tietokoneen ylläpitäjää sallimaan se ja valitse sitten ruutu uudelleen.',
    unsupported:
      'Tallennettuja avaimiasi suojaa järjestelmän avainnippu, johon Certdesk ei ylety täältä. Ota tämä käyttöön työpöytäsi Certdesk-sovelluksessa.',
    generic:
      'Järjestelmäsi ei hyväksynyt ajastinta. Yritä uudelleen; jos se epäonnistuu yhä, avaa "Näytä tiedot" ja lähetä ne tukipyynnön mukana.',
  },
};
