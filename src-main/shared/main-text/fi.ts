// Finnish (Suomi): the main process's sentences (./en.ts), translated.
import type { MainShape, mainText } from './en.ts';

export const mainFi: MainShape<typeof mainText> = {
  app: { cannotStart: 'Certdesk ei voi käynnistyä' },
  tray: {
    tooltip: 'Certdesk: {{status}}',
    tooltipPaused: 'Certdesk: {{status}} (uusimiset keskeytetty)',
    none: 'ei vielä varmenteita',
    attention_one: '{{count}} varmenne vaatii huomiota',
    attention_other: '{{count}} varmennetta vaatii huomiota',
    dataProblem: 'Datakansio vaatii huomiota: joitakin varmenteita ei voi uusia',
    due_one: '{{count}} uusiminen tulossa',
    due_other: '{{count}} uusimista tulossa',
    fineOne: 'varmenteesi on kunnossa',
    fineAll: 'kaikki {{count}} varmennetta ovat kunnossa',
    waiting_one: '{{count}} varmenne odottaa, että asennat sen',
    waiting_other: '{{count}} varmennetta odottaa, että asennat ne',
    open: 'Avaa Certdesk',
    renewAll: 'Uusi kaikki nyt',
    pause: 'Keskeytä uusimiset',
    quit: 'Lopeta Certdesk',
  },
  names: {
    none: 'varmenne ilman nimiä',
    two: '{{first}} ja {{last}}',
    list: '{{list}} ja {{last}}',
    more_one: '{{list}} ja {{count}} muu',
    more_other: '{{list}} ja {{count}} muuta',
    separator: ', ',
  },
  until: {
    days_one: '{{count}} päivän kuluttua',
    days_other: '{{count}} päivän kuluttua',
    hours_one: '{{count}} tunnin kuluttua',
    hours_other: '{{count}} tunnin kuluttua',
    aboutHour: 'noin tunnin kuluttua',
    lessThanHour: 'alle tunnin kuluttua',
    past: 'jo mennyt',
  },
  notice: {
    dataNewerTitle: 'Päivitä Certdesk',
    dataNewer:
      'Osan datakansiosta on tallentanut Certdeskin uudempi versio; tämä versio jättää sen koskematta. Avaa Certdesk nähdäksesi, mitä se tarkoittaa, kunnes päivität.',
    dataTitle: 'Certdesk korjasi datakansionsa',
    data: 'Osaa datakansiosta ei voitu lukea. Avaa Certdesk nähdäksesi, mitä palautettiin ja tarvitaanko sinua johonkin.',
    failedTitle: 'Uusiminen epäonnistui: {{who}}',
    failed: 'Certdesk ei voinut uusia varmennetta nimille {{who}}.',
    failedExpires: 'Certdesk ei voinut uusia varmennetta nimille {{who}}; se vanhenee {{expiry}}.',
    failedWait:
      'Certdesk ei yritä uudelleen itsestään: korjaa ongelma, avaa sitten Certdesk ja valitse Uusi nyt.',
    failedRetry:
      'Certdesk yrittää uudelleen itsestään; jos tämä toistuu, avaa Certdesk, korjaa ongelma ja valitse Uusi nyt.',
    deployFailedTitle: 'Käyttöönotto epäonnistui: {{who}}',
    deployFailed:
      'Varmennetta {{who}} ei voitu viedä kohteeseen {{where}}; aiemmat tiedostot ovat siellä ennallaan.',
    deployFailedRetry:
      'Certdesk yrittää uudelleen itse; jos näin käy toistuvasti, avaa Certdesk, korjaa ongelma ja valitse Ota käyttöön nyt.',
    waitingTitle: 'Asenna uusi varmenne: {{who}}',
    waitingUrgentTitle: 'Kiireellinen: asenna uusi varmenne: {{who}}',
    waiting:
      'Certdesk uusi varmenteen nimille {{who}}, mutta ei voi itse asentaa sitä kohteeseen {{where}}: tee se käsin.',
    waitingUrgent:
      'Varmenne, jota {{where}} yhä käyttää nimille {{who}}, vanhenee {{expiry}}: asenna uusi sinne nyt.',
    waitingDone:
      'Valitse sitten Certdeskissä "Valmis", tai anna päivittäisen tarkistuksen nähdä uusi varmenne käytössä.',
    succeededTitle: 'Uusittu: {{who}}',
    succeeded: 'Varmenne nimille {{who}} uusittiin. Sinun ei tarvitse tehdä mitään.',
    succeededUntil:
      'Varmenne nimille {{who}} uusittiin, ja se on nyt voimassa {{until}} asti. Sinun ei tarvitse tehdä mitään.',
    expiringTitle: 'Vanhenee pian: {{who}}',
    expiring:
      'Varmenne nimille {{who}} vanhenee {{expiry}}, eikä sitä ole uusittu. Avaa Certdesk, lue viimeisin virhe ja valitse Uusi nyt; kun varmenne vanhenee, kävijät näkevät tietoturvavaroituksen.',
    expiringSoon: 'pian',
    expiredTitle: 'Vanhentunut: {{who}}',
    expired:
      'Varmenne nimille {{who}} on vanhentunut, joten kävijät näkevät nyt tietoturvavaroituksen. Avaa Certdesk, korjaa sen näyttämä ongelma ja valitse Uusi nyt.',
    expiredOn:
      'Varmenne nimille {{who}} vanheni {{date}}, joten kävijät näkevät nyt tietoturvavaroituksen. Avaa Certdesk, korjaa sen näyttämä ongelma ja valitse Uusi nyt.',
    ariTitle: 'Varhaista uusimista pyydetty: {{who}}',
    ari: 'Varmentaja pyysi uusimaan varmenteen nimille {{who}} etuajassa, usein koska se aikoo mitätöidä nykyisen. Certdesk uusii sen itse tuona aikana; sinun ei tarvitse tehdä mitään, ellei sinulle kerrota uusimisen epäonnistuneen.',
    ariWindow:
      'Varmentaja pyysi uusimaan varmenteen nimille {{who}} etuajassa, välillä {{start}}–{{end}}, usein koska se aikoo mitätöidä nykyisen. Certdesk uusii sen itse tuona aikana; sinun ei tarvitse tehdä mitään, ellei sinulle kerrota uusimisen epäonnistuneen.',
    ariWhy: 'Varmentaja kertoo syyn osoitteessa {{url}}.',
    testTitle: 'Certdeskin testi-ilmoitus',
    test: 'Tämä on Certdeskin testiviesti: ilmoitukset tavoittavat sinut näin. Sinun ei tarvitse tehdä mitään.',
  },
  email: {
    name_one: 'Varmenteen nimi:',
    name_other: 'Varmenteen nimet:',
    expires: 'Vanhenee: {{date}}',
    errorCode: 'Virhekoodi: {{code}}',
    certId: 'Varmenteen tunniste: {{id}}',
    sent: 'Lähetetty: {{date}}',
    footer:
      'Lähettäjä: Certdesk. Saat enintään yhden viestin päivässä kustakin varmenteesta kutakin ongelmatyyppiä kohden. Vaihda viestien vastaanottaja tai poista ne käytöstä kohdassa Asetukset > Ilmoitukset.',
  },
};
