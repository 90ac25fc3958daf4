// Finnish: the engine's sentences of issue 18 (src-main/shared/engine-text/keys-limits.ts).
import type {
  dualText,
  limitsText,
  stagingText,
} from '../../../src-main/shared/engine-text/keys-limits.ts';
import type { Shape } from '../shape.ts';

export const dualFi: Shape<typeof dualText> = {
  where: {
    nginx:
      'nginx käyttää molempia: kirjoita server-lohkoon kaksi ssl_certificate-riviä (kansioiden -ecdsa ja -rsa fullchain.pem) ja kaksi ssl_certificate_key-riviä (niiden privkey.pem) ja lataa nginx uudelleen; kukin asiakas saa sen, jota se osaa käyttää.',
    apache:
      'Apache 2.4 käyttää molempia: kirjoita SSLCertificateFile ja SSLCertificateKeyFile kahdesti, kerran kansion -ecdsa tiedostoilla ja kerran kansion -rsa tiedostoilla, ja lataa Apache uudelleen.',
    iis: 'IIS liittää sivustoon yhden varmenteen: tuo sivustolle kansion -ecdsa .pfx-tiedosto ja säilytä kansion -rsa tiedosto palvelimelle, jonka on palveltava hyvin vanhoja asiakkaita.',
    cpanel:
      'cPanelissa ja Pleskissä on yksi varmenne sivustoa kohden: liitä ECDSA-varmenteen kentät; käytä RSA-varmennetta vain, jos hyvin vanhojen asiakkaiden on saatava yhteys.',
    haproxy:
      'HAProxy käyttää molempia: anna bind-rivin crt-asetukselle molemmat .pem-tiedostot (kansion -ecdsa ja kansion -rsa tiedosto) ja lataa HAProxy uudelleen; se valitsee asiakkaan mukaan.',
    synology:
      'NAS käyttää yhtä varmennetta: tuo kansion -ecdsa tiedostot, tai kansion -rsa tiedostot, jos hyvin vanhojen laitteiden on saatava yhteys.',
    tomcat:
      'Tomcat käyttää molempia: lisää SSLHostConfigiin kaksi Certificate-elementtiä, toinen type="EC" ja kansion -ecdsa .pfx-tiedosto, toinen type="RSA" ja kansion -rsa .pfx-tiedosto, ja käynnistä Tomcat uudelleen.',
    generic:
      'Kansioissa -ecdsa ja -rsa on samat tiedostot kahdelle varmenteelle: anna palvelimelle molemmat, jos se osaa käyttää kahta (kukin asiakas saa sen, jota se osaa käyttää), muuten kansion -ecdsa varmenne.',
  },
  second: 'Nyt {{keyType}}-varmenne samoille nimille',
};

export const limitsFi: Shape<typeof limitsText> = {
  paused:
    'CA on keskeyttänyt tämän tilin nimille {{names}}, koska niiden tarkistus epäonnistui yhä uudelleen, joten Certdesk lopetti yrittämisen: korjaa ensin, miksi tarkistus epäonnistuu (aja tarkistukset), avaa sitten CA:n keskeytyksen poistosivu ja vahvista siellä, ja kerro lopuksi Certdeskille, että keskeytys on poistettu.',
  newOrders:
    "CA hylkäsi uuden tilauksen: tämä tili pyysi liian monta varmennetta lyhyessä ajassa (uudet tilaukset tiliä kohden; Let's Encryptissä 300 kolmessa tunnissa).",
  perDomain:
    "CA hylkäsi uuden tilauksen: verkkotunnukselle {{domain}} on myönnetty tällä viikolla liian monta varmennetta (varmenteet rekisteröityä verkkotunnusta kohden; Let's Encryptissä 50 seitsemässä päivässä kaikki tilit mukaan lukien).",
  duplicate:
    "CA hylkäsi uuden tilauksen: juuri tämä nimijoukko on jo saanut tällä viikolla liian monta varmennetta (päällekkäiset varmenteet; Let's Encryptissä 5 seitsemässä päivässä).",
  failedValidations:
    "CA hylkäsi uuden tilauksen: nimen {{domain}} tarkistus epäonnistui liian usein viimeisen tunnin aikana (epäonnistuneet tarkistukset; Let's Encryptissä 5 nimeä kohden tunnissa); korjaa syy ennen uutta yritystä (aja tarkistukset).",
  registrations:
    'CA ei juuri nyt luo enempää tilejä tästä verkko-osoitteesta (uudet tilit osoitetta kohden).',
  other: 'CA sanoo, että pyyntöjä on tehty viime aikoina liian monta.',
  retryAt: 'Certdesk yrittää uudelleen ajan {{at}} jälkeen, kuten CA pyysi.',
  retryLater: 'Certdesk yrittää uudelleen myöhemmin; ei aiemmin, koska se laskettaisiin rajaan.',
  joined: '{{first}} {{second}} {{third}}',
  ariExempt:
    "Certdeskin jo hallussa olevien varmenteiden uusinnat nimeävät korvaamansa varmenteen (ARI), ja Let's Encrypt vapauttaa ne tästä rajasta, joten ne jatkuvat.",
};

export const stagingFi: Shape<typeof stagingText> = {
  notUrl:
    '"{{url}}" ei ole verkko-osoite: liitä CA:n ohjeissa mainitun harjoitushakemiston (staging) osoite, joka alkaa https://.',
  notHttps: 'Harjoitushakemiston (staging) osoitteen on alettava https://.',
};
