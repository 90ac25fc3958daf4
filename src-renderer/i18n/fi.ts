// Finnish (Suomi).
import { remindersFi } from './reminders/fi.ts';
import { deployFi } from './deploy/fi.ts';
import { dataNoticesFi } from './data/fi.ts';
import type { en } from './en.ts';
import type { Shape } from './shape.ts';
import { engineFi } from './engine-fi.ts';
import { profilesFi } from './profiles/fi.ts';
import { notifyFormatFi } from './notify/fi.ts';
import { siteCheckUiFi } from './sitecheck/fi.ts';
import { httpsFi } from './https/fi.ts';
import { keysLimitsFi } from './keys-limits/fi.ts';
import { unattendedFi } from './unattended/fi.ts';
export const fi: Shape<typeof en> = {
  app: {
    cannotStart: 'Certdesk ei voi käynnistyä',
  },
  nav: {
    skip: 'Siirry sisältöön',
    label: 'Päävalikko',
    dashboard: 'Varmenteet',
    newCertificate: 'Uusi varmenne',
    settings: 'Asetukset',
    title: {
      dashboard: 'Varmenteet',
      wizard: 'Uusi varmenne',
      cert: 'Varmenne',
      settings: 'Asetukset',
    },
  },
  common: {
    loading: 'Ladataan…',
    working: 'Käsitellään…',
    next: 'Seuraava',
    back: 'Takaisin',
    cancel: 'Peruuta',
    save: 'Tallenna',
    choose: 'Valitse…',
    tryAgain: 'Yritä uudelleen',
    showDetails: 'Näytä tiedot',
    errorCode: 'Virhekoodi: {{code}}',
    retryAfter: 'Yritä uudelleen aikaisintaan {{time}}.',
    copy: 'Kopioi',
    copyWhat: 'Kopioi: {{what}}',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi ei onnistunut; valitse teksti ja kopioi se itse.',
  },
  notices: {
    ...dataNoticesFi,
    dismiss: 'Selvä',
    'corrupt-moved-aside':
      'Datatiedosto oli vioittunut, joten se siirrettiin sivuun; Certdesk rakensi varmennekansioista uudelleen sen, minkä pystyi. Palauta tiedosto varmuuskopiosta, jos tarvitset muuta, mitä siinä oli.',
    'secrets-in-file':
      'Järjestelmän avainnippu ei vastannut, joten yksityiset avaimet salataan avaimella, joka on tallennettu tiedostoon datakansiossa (vain sinä voit lukea sen). Pidä datakansio yksityisenä ja varmuuskopioi se.',
  },
  status: {
    valid: 'Voimassa',
    renewing: 'Uusitaan',
    'retry-wait': 'Yritetään uudelleen',
    'needs-attention': 'Vaatii huomiota',
    expired: 'Vanhentunut',
    revoked: 'Mitätöity',
  },
  keyType: {
    ec256: 'ECDSA P-256 (suositeltu)',
    ec384: 'ECDSA P-384',
    rsa2048: 'RSA 2048 (vanhoille järjestelmille)',
    rsa3072: 'RSA 3072',
    rsa4096: 'RSA 4096',
  },
  firstRun: {
    title: 'Tervetuloa Certdeskiin',
    intro:
      'Certdesk hankkii ilmaiset HTTPS-varmenteet verkkosivustoillesi ja uusii ne ennen kuin ne vanhenevat.',
    account: 'Luo ensin tili varmentajalle (CA). Se vie muutaman sekunnin.',
    create: 'Luo tili',
  },
  account: {
    whichCa: 'Mikä varmentaja?',
    ca: {
      letsencrypt: "Let's Encrypt (suositeltu)",
      letsencryptHint: 'Ilmainen, ja kaikki selaimet luottavat siihen.',
      staging: "Harjoitustila (Let's Encrypt staging)",
      stagingHint:
        'Kokeiluun: rajoituksista ei tarvitse huolehtia, mutta selaimet eivät luota sen varmenteisiin.',
      'letsencrypt-staging': "Let's Encryptin harjoitustila",
      zerossl: 'ZeroSSL',
      zerosslHint: 'Tarvitsee EAB-avaimet ZeroSSL-hallintapaneelistasi.',
      google: 'Google Trust Services',
      googleHint: 'Tarvitsee EAB-avaimet Google Cloudista.',
      'google-staging': 'Google Trust Services (staging)',
      custom: 'Muu varmentaja (hakemiston URL)',
      customHint: 'Mikä tahansa ACME-yhteensopiva varmentaja: liitä sen hakemiston osoite.',
    },
    advanced: 'Lisäasetukset: muut varmentajat',
    directoryUrl: 'ACME-hakemiston URL',
    lookUp: 'Hae',
    urlFirst: 'Kirjoita varmentajan hakemiston URL ja valitse ensin ”Hae”.',
    asking: 'Kysytään varmentajalta sen käyttöehtoja…',
    email: 'Sähköpostiosoitteesi',
    emailHint:
      'Varmentaja voi lähettää tähän osoitteeseen viestejä tilistäsi. Käytä osoitetta, joka tavoittaa vastuuhenkilön; Certdesk itse varoittaa sinua ennen kuin varmenteet vanhenevat.',
    emailInvalid: 'Kirjoita koko sähköpostiosoite, esimerkiksi nimi@example.com.',
    eab: 'Ulkoisen tilin sidonta (EAB)',
    eabHint:
      'Tämä varmentaja tarvitsee kaksi arvoa tilisivultasi varmentajan palvelussa, jotta se tietää tilin olevan sinun.',
    eabKid: 'Avaimen tunnus (Key ID)',
    eabHmac: 'HMAC-avain',
    eabMissing: 'Kopioi sekä avaimen tunnus että HMAC-avain tilisivultasi varmentajan palvelussa.',
    tosIntro:
      'Tämä varmentaja pyytää sinua hyväksymään sen käyttöehdot ennen kuin se myöntää varmenteita.',
    tosLink: 'Lue käyttöehdot (avautuu uuteen ikkunaan)',
    agree: 'Olen lukenut käyttöehdot ja hyväksyn ne',
    mustAgree: 'Hyväksy käyttöehdot rastittamalla ruutu; muuten varmentaja ei myönnä varmenteita.',
  },
  dashboard: {
    title: 'Varmenteesi',
    caption_one: '{{count}} varmenne',
    caption_other: '{{count}} varmennetta',
    emptyTitle: 'Ei vielä varmenteita',
    emptyText:
      'Hanki ensimmäinen varmenteesi: Certdesk kysyy muutaman kysymyksen, todistaa varmentajalle, että verkkotunnus on sinun, ja uusii varmenteen itsestään.',
    emptyAction: 'Hanki ensimmäinen varmenteesi',
    renewAll: 'Uusi kaikki nyt',
    renew: 'Uusi nyt',
    renewing: 'Uusitaan…',
    renewed: 'Varmenne {{name}} uusittiin.',
    renewFailedFor: 'Koski varmennetta {{name}}.',
    renewAllStarted_one:
      'Uusitaan {{count}} varmenne ({{skipped}} jätettiin pois); edistyminen näkyy tässä.',
    renewAllStarted_other:
      'Uusitaan {{count}} varmennetta ({{skipped}} jätettiin pois); edistyminen näkyy tässä.',
    renewAllProgress: 'Uusittu {{done}}/{{total}}…',
    renewAllDone_one: 'Valmis: {{count}} varmenne, {{failed}} epäonnistui.',
    renewAllDone_other: 'Valmis: {{count}} varmennetta, {{failed}} epäonnistui.',
    moreNames_one: '+{{count}} muu nimi',
    moreNames_other: '+{{count}} muuta nimeä',
    lifetimeOf: 'Jäljellä oleva voimassaoloaika: {{name}}',
    daysLeft_one: '{{count}} päivä jäljellä',
    daysLeft_other: '{{count}} päivää jäljellä',
    expiredAgo_one: 'vanheni {{count}} päivä sitten',
    expiredAgo_other: 'vanheni {{count}} päivää sitten',
    noCert: 'ei vielä myönnetty',
    noRenewal: 'ei suunniteltu',
    noProblem: 'ei ongelmia',
    col: {
      names: 'Nimet',
      status: 'Tila',
      lifetime: 'Voimassaoloa jäljellä',
      next: 'Seuraava uusiminen',
      problem: 'Viimeisin ongelma',
      actions: 'Toiminnot',
    },
  },
  wizard: {
    progressLabel: 'Vaiheet',
    step: {
      names: 'Nimet',
      route: 'Miten varmentaja tavoittaa sinut',
      details: 'Tiedot',
      preflight: 'Tarkistus',
      issue: 'Hankinta',
      done: 'Valmis',
    },
  },
  names: {
    title: 'Mitkä nimet varmenteen pitää kattaa?',
    intro:
      'Kirjoita verkkotunnukset, joilla sivustollesi tullaan, esimerkiksi example.com ja www.example.com.',
    label: 'Verkkotunnukset',
    hint: 'Yksi riville, tai pilkuilla tai välilyönneillä erotettuina. Enintään 100 nimeä.',
    empty: 'Kirjoita vähintään yksi verkkotunnus.',
    ok_one: 'Näyttää hyvältä: {{count}} nimi.',
    ok_other: 'Näyttää hyvältä: {{count}} nimeä.',
    wildcard:
      'Nimi, joka alkaa ”*.”, on jokerimerkkinimi (wildcard): se kattaa kaikki nimet yhtä tasoa alempana (www.example.com, shop.example.com, …), mutta ei pelkkää example.com-nimeä; lisää sekin, jos tarvitset sitä. Varmentaja tarkistaa jokerimerkkinimet vain DNS:n kautta, joten sinun täytyy muuttaa DNS-tietuetta.',
    idn: 'Nimet, joissa on muitakin kuin a–z-kirjaimia, lähetetään varmentajalle kansainvälisessä muodossa (punycode). Molemmat tarkoittavat samaa verkkotunnusta:',
    more: 'Lisää vaihtoehtoja',
    keyType: 'Avaimen tyyppi',
    keyTypeHint:
      'ECDSA P-256 on nopea ja toimii lähes kaikkialla; valitse RSA 2048 vain hyvin vanhoille järjestelmille.',
    account: 'Käytettävä tili',
  },
  route: {
    title: 'Miten varmentaja tavoittaa sinut?',
    intro:
      'Varmentajan täytyy tarkistaa, että hallitset näitä nimiä. Vastaa muutamaan kysymykseen, niin Certdesk ehdottaa helpointa tapaa.',
    q: {
      server: 'Onko tämä tietokone näiden nimien verkkopalvelin, ja tavoittaako sen internetistä?',
      port80: 'Tavoittaako tämän tietokoneen internetistä portissa 80 (tavallinen web)?',
      webserver:
        'Onko tällä tietokoneella jo käynnissä verkkopalvelinohjelma (nginx, Apache, IIS, …)?',
      upload: 'Voitko laittaa tiedostoja verkkosivustollesi?',
      dns: 'Voitko muuttaa verkkotunnuksesi DNS-tietueita?',
    },
    a: {
      server: { yes: 'Kyllä', no: 'Ei', unsure: 'En ole varma' },
      port80: { yes: 'Kyllä', no: 'Ei, se on estetty', unsure: 'En ole varma' },
      webserver: { yes: 'Kyllä', no: 'Ei', unsure: 'En ole varma' },
      upload: {
        folder: 'Kyllä, se on kansio tällä tietokoneella',
        sftp: 'Kyllä, SFTP:llä',
        ftp: 'Kyllä, FTP:llä',
        none: 'En',
      },
      dns: {
        none: 'En / en tiedä',
        manual: 'Kyllä, käsin palveluntarjoajani verkkosivulla',
        cloudflare: 'Kyllä, Cloudflaressa',
        rfc2136: 'Kyllä, DNS-palvelimeni hyväksyy dynaamiset päivitykset (RFC 2136)',
        'acme-dns': 'Kyllä, acme-dns:n kautta',
        exec: 'Kyllä, omalla skriptillä',
      },
    },
    recommended: 'Suositus: {{route}}',
    recommendedShort: 'suositeltu',
    why: {
      wildcard:
        'Pyysit jokerimerkkinimeä, ja varmentaja tarkistaa jokerimerkkinimet vain DNS:n kautta.',
      server:
        'Tämä tietokone vastaa nimiesi puolesta, joten Certdesk voi vastata varmentajalle itse. Tämä on yksinkertaisin tapa.',
      port80:
        'Portti 80 on estetty, mutta varmentaja voi tarkistaa sen sijaan portissa 443 (HTTPS).',
      upload: 'Voit laittaa sivustollesi pienen tiedoston, ja se riittää varmentajalle.',
      dns: 'Voit muuttaa DNS-tietueita, mikä toimii miltä tahansa tietokoneelta.',
      manual:
        'Mikään automaattinen tapa ei vielä sovi: voit laittaa tiedoston paikalleen käsin. Certdesk näyttää tarkalleen, mitä tehdä, mutta sinun täytyy tehdä se uudelleen jokaisella uusimiskerralla.',
    },
    choose: 'Valitse tapa',
    name: {
      'http-01': 'Tiedosto verkkosivustollasi (HTTP)',
      'dns-01': 'DNS-tietue',
      'tls-alpn-01': 'Tarkistus portissa 443 (TLS-ALPN)',
    },
    desc: {
      'http-01':
        'Varmentaja lataa pienen tiedoston osoitteesta http://verkkotunnuksesi/.well-known/acme-challenge/.',
      'dns-01': 'Varmentaja hakee TXT-tietueen nimeltä _acme-challenge.verkkotunnuksesi.',
      'tls-alpn-01':
        'Varmentaja ottaa yhteyden porttiin 443, ja Certdesk vastaa erityisellä kertakäyttöisellä varmenteella.',
    },
    prosTitle: 'Hyvää',
    consTitle: 'Huonompaa',
    pros: {
      'http-01': ['Yksinkertaisin ja tavallisin valinta.', 'Uusiutuu itsestään ilman asetuksia.'],
      'dns-01': [
        'Ainoa tapa saada jokerimerkkinimiä.',
        'Toimii, vaikka mikään verkkopalvelin ei olisi tavoitettavissa.',
        'Yksi tietue kattaa useita palvelimia.',
      ],
      'tls-alpn-01': ['Toimii, kun vain portti 443 on auki.'],
    },
    cons: {
      'http-01': [
        'Portin 80 täytyy olla auki internetiin.',
        'Ei jokerimerkkinimiä.',
        'Jos verkkopalvelimia on useita, jokaisen täytyy vastata.',
      ],
      'dns-01': [
        'DNS-muutosten leviäminen voi kestää minuutteja, joskus tunnin.',
        'Automaattinen uusiminen vaatii DNS-käyttöoikeuden tällä tietokoneella: anna niin vähän oikeuksia kuin mahdollista.',
      ],
      'tls-alpn-01': [
        'Portin 443 täytyy olla vapaana Certdeskille tarkistuksen ajan.',
        'Ei jokerimerkkinimiä.',
        'Harvempi työkalu tuntee sen.',
      ],
    },
    wildcardNeedsDns:
      'Jokerimerkkinimet voi tarkistaa vain DNS:n kautta: valitse ”DNS-tietue” tai poista jokerimerkkinimi.',
    notForWildcard: 'Ei mahdollinen jokerimerkkinimen kanssa.',
  },
  details: {
    title: {
      'http-01': 'Minne tiedosto laitetaan?',
      'dns-01': 'Missä DNS-palvelusi on?',
      'tls-alpn-01': 'Tarkistus portissa 443',
    },
    httpHow: 'Miten tiedosto päätyy sivustollesi?',
    http: {
      builtin: 'Certdesk vastaa itse (sisäänrakennettu verkkopalvelin)',
      builtinHint:
        'Mikään muu ei saa käyttää tämän tietokoneen porttia 80 tarkistuksen muutaman sekunnin aikana.',
      webroot: 'Verkkopalvelimeni kansioon tällä tietokoneella',
      webrootHint: 'Certdesk kirjoittaa tiedoston kansioon, jota verkkopalvelimesi jo jakaa.',
      sftp: 'Lähetä SFTP:llä',
      sftpHint: 'Certdesk lähettää tiedoston palveluntarjoajasi palvelimelle SFTP:llä.',
      ftp: 'Lähetä FTP:llä',
      ftpHint: 'Certdesk lähettää tiedoston FTP:llä (TLS-salattuna, jos palvelin tukee sitä).',
      manual: 'Lähetän tiedoston itse',
      manualHint:
        'Certdesk näyttää tiedoston; sinä laitat sen paikalleen. Vaatii sinua jokaisella uusimiskerralla.',
    },
    dnsHow: 'Miten TXT-tietue luodaan?',
    dns: {
      manual: 'Lisään sen itse DNS-palveluntarjoajallani',
      manualHint:
        'Certdesk näyttää tarkalleen lisättävän tietueen; vaatii sinua jokaisella uusimiskerralla.',
      cloudflare: 'Cloudflare',
      cloudflareHint: 'API-tunnisteella, joka saa muokata vain tämän vyöhykkeen DNS:ää.',
      rfc2136: 'Oma DNS-palvelimeni (RFC 2136 ja TSIG-avain)',
      rfc2136Hint: 'BIND, Knot, PowerDNS ja muut hyväksyvät allekirjoitetut päivitykset.',
      'acme-dns': 'acme-dns',
      'acme-dnsHint':
        'Certdesk rekisteröityy kerran; sinä lisäät yhden CNAME-tietueen, eikä tälle tietokoneelle jää DNS-salasanaa.',
      exec: 'Oma skripti',
      execHint: 'Suoritetaan näin: SKRIPTI present|cleanup NIMI ARVO.',
    },
    field: {
      webroot: 'Verkkopalvelimen kansio',
      uploadHost: 'Palvelin',
      uploadPort: 'Portti (jätä tyhjäksi, niin käytetään tavallista)',
      uploadUser: 'Käyttäjätunnus',
      uploadPassword: 'Salasana',
      uploadDir: 'Verkkosivuston kansio palvelimella',
      uploadKey: 'Yksityisen avaimen tiedosto',
      uploadPassphrase: 'Avaimen tunnuslause (jos sillä on sellainen)',
      uploadTls: 'Salaa yhteys (FTPS)',
      uploadInsecureTls: 'Hyväksy palvelimen oma varmenne (itse allekirjoitettu)',
      rfc2136Server: 'DNS-palvelin (palvelin:portti)',
      rfc2136Zone: 'Vyöhyke (valinnainen)',
      tsigName: 'TSIG-avaimen nimi',
      tsigAlgorithm: 'TSIG-algoritmi',
      tsigSecret: 'TSIG-salaisuus',
      acmeDnsServer: 'acme-dns-palvelimen osoite',
      execCommand: 'Skripti',
      cloudflareToken: 'Cloudflaren API-tunniste',
      propagationTimeout: 'Kuinka monta sekuntia DNS-palvelimia odotetaan',
    },
    uploadLegend: { sftp: 'SFTP-palvelin', ftp: 'FTP-palvelin' },
    rfc2136Legend: 'DNS-palvelimesi ja sen TSIG-avain',
    webrootHint:
      'Kansio, jossa sivustosi sivut ovat, esimerkiksi /var/www/html. Certdesk luo sen sisään kansion .well-known/acme-challenge.',
    uploadDirHint:
      'Kansio, jossa sivustosi sivut ovat, sisäänkirjautumisen jälkeen katsottuna: esimerkiksi public_html tai . jos se on itse kirjautumiskansio.',
    uploadAuth: {
      legend: 'Miten kirjaudut sisään?',
      password: 'Salasanalla',
      key: 'Yksityisen avaimen tiedostolla',
    },
    uploadKeyHint: 'SSH-avaimesi yksityinen puolisko, esimerkiksi id_ed25519 (ei .pub-tiedosto).',
    uploadKeyKept:
      'Yksityinen avain on tallennettu: valitse tiedosto vain, jos haluat korvata sen.',
    keepStored: 'Jätä tyhjäksi, niin tallennettu säilyy.',
    uploadKeyChosen:
      'Valittu: {{name}}. Se tallennetaan salattuna tälle tietokoneelle uusimisia varten.',
    uploadKeyBad:
      'Tämä tiedosto ei ole yksityinen avain. Valitse tiedosto ilman .pub-päätettä; PuTTYn .ppk-avain on ensin vietävä OpenSSH-muotoon.',
    uploadPassphraseHint: 'Jätä tyhjäksi, jos avaimella ei ole tunnuslausetta.',
    uploadTlsHint:
      'Suositeltava aina, kun palveluntarjoajasi tukee sitä: salasana ei silloin kulje internetissä luettavana.',
    uploadInsecureTlsHint:
      'Vain jos palveluntarjoajasi käyttää omaa varmennettaan, johon selaimet eivät luota; yhteys on silti salattu.',
    secretHint:
      'Tallennetaan salattuna tälle tietokoneelle uusimisia varten. Sitä ei enää koskaan näytetä.',
    cloudflareHint:
      'Luo se Cloudflaressa kohdassa My Profile › API Tokens oikeudella ”Zone › DNS › Edit” vain tälle vyöhykkeelle.',
    rfc2136ServerHint: 'Vyöhykkeesi ensisijainen palvelin, esimerkiksi ns1.example.com:53.',
    rfc2136ZoneHint: 'Jätä tyhjäksi, niin Certdesk kysyy palvelimelta.',
    acmeDnsHint:
      'Ensimmäisen rekisteröinnin jälkeen Certdesk näyttää CNAME-tietueen, joka lisätään kerran.',
    execHint: 'Kutsutaan näin: SKRIPTI present|cleanup _acme-challenge.NIMI. ARVO',
    dnsMore: 'Lisää vaihtoehtoja',
    propagationHint:
      'Certdesk tarkistaa vyöhykkeen jokaisen nimipalvelimen ennen kuin se kysyy varmentajalta. Hitaat palveluntarjoajat tarvitsevat enemmän aikaa (enintään 3600).',
    dnsRisk:
      'Pidä DNS-tunnukset suppeina: tunniste vain yhdelle vyöhykkeelle tai acme-dns, jotta vuoto ei voi muuttaa koko DNS:ääsi.',
    builtinNote:
      'Tarkistuksen aikana Certdesk kuuntelee porttia 80 muutaman sekunnin. Varmista, että portti 80 ohjautuu tälle tietokoneelle (reititin, palomuuri) eikä mikään muu ohjelma käytä sitä silloin.',
    httpManualNote:
      'Certdesk näyttää tiedoston nimen ja sisällön, kun varmentaja antaa ne; sinä lähetät tiedoston ja painat ”jatka”. Uusiminen vaatii sinua taas.',
    dnsManualNote:
      'Kun varmentaja antaa arvon, Certdesk näyttää tarkalleen luotavan TXT-tietueen kopiointipainikkeineen. Lisää se DNS-palveluntarjoajallasi ja paina ”jatka”; Certdesk tarkistaa jokaisen nimipalvelimen ennen kuin kysyy varmentajalta.',
    tlsAlpnNote:
      'Tarkistuksen aikana Certdesk vastaa portissa 443 muutaman sekunnin. Portin 443 täytyy ohjautua tälle tietokoneelle ja olla silloin vapaana (pysäytä verkkopalvelimesi siksi hetkeksi tai käytä palvelinta, joka tukee itse TLS-ALPN:ää).',
    required: 'Tämä tarvitaan.',
    notAvailable: '(ei vielä käytettävissä tässä versiossa)',
    notAvailableLong:
      'Tämä tapa ei ole vielä käytettävissä tässä Certdeskin versiossa. Valitse jokin toinen.',
  },
  preflight: {
    title: 'Tarkista ennen kuin kysyt varmentajalta',
    intro:
      'Certdesk tarkistaa, mikä saisi varmentajan kieltäytymään, koska epäonnistuneet yritykset lasketaan varmentajan rajoihin.',
    notAvailable:
      'Ennakkotarkistukset eivät ole vielä käytettävissä tässä Certdeskin versiossa. Voit jatkaa ilman niitä.',
    running: 'Tarkistetaan…',
    resultsLabel: 'Tarkistuksen tulokset',
    verdict: { pass: 'OK', warn: 'Varoitus', fail: 'Ongelma', skip: 'Ohitettu' },
    fix: 'Mitä tehdä:',
    someFailed:
      'Osa tarkistuksista löysi ongelmia. Korjaa ne ja tarkista uudelleen, tai yritä silti.',
    allGood: 'Ei löytynyt mitään, mikä estäisi varmentajaa.',
    trialTitle: 'Koeajo',
    trialText:
      'Hanki ensin harjoitusvarmenne varmentajan harjoituspalvelusta. Se osoittaa, että koko reitti toimii, eikä sitä lasketa oikeisiin rajoihin. Siitä ei säilytetä mitään.',
    trialButton: 'Tee koeajo',
    trialOk: 'Koeajo onnistui. Oikean varmenteen pitäisi onnistua myös.',
    trialPractice: 'Käytät jo harjoituspalvelua, joten varmenteen hankkiminen on itsessään koeajo.',
    trialNone:
      'Tällä varmentajalla ei ole Certdeskin tuntemaa harjoituspalvelua, joten koeajo ei ole tässä mahdollinen. Yllä olevat tarkistukset ovat paras testi; jatka, kun ne menevät läpi.',
    again: 'Tarkista uudelleen',
    get: 'Hanki varmenne',
    anyway: 'Yritä silti',
    skip: 'Ohita tarkistukset',
  },
  run: {
    starting: 'Aloitetaan…',
    step: {
      account: 'Tili',
      order: 'Tilaus',
      authorization: 'Valtuutus: {{name}}',
      challenge: 'Todiste: {{name}}',
      propagationOk: 'DNS-palvelimella {{server}} on tietue nimelle {{name}}',
      propagationWait: 'Odotetaan DNS-palvelinta {{server}} ({{name}})',
      validation: 'Varmentaja tarkisti nimen {{name}}',
      finalize: 'Viimeistellään',
      download: 'Ladataan varmennetta',
      cleanup: 'Siivotaan',
      done: 'Valmis',
    },
    yourTurn: 'Sinun vuorosi',
    yourTurnIntro:
      'Tee tämä nyt ja paina sitten alla olevaa painiketta. Certdesk tarkistaa sen ennen kuin kertoo varmentajalle.',
    field: {
      filename: 'Tiedostonimi',
      content: 'Sisältö',
      name: 'Nimi',
      value: 'Arvo',
      type: 'Tyyppi',
      ttl: 'TTL (sekuntia)',
      target: 'Kohde',
    },
    fullInstructions: 'Täydet ohjeet',
    continue: 'Lisäsin sen — jatka',
    checking: 'Tarkistetaan…',
  },
  issue: {
    title: 'Varmennettasi hankitaan',
    intro: 'Certdesk pyytää varmentajalta varmennetta nimille {{names}}.',
    stepsLabel: 'Edistyminen',
    changeDetails: 'Muuta tietoja',
    trustHostKey: 'Luota uuteen avaimeen',
    checkAgain: 'Tarkista uudelleen',
  },
  done: {
    title: 'Varmenteesi on valmis',
    reusedTitle: 'Sinulla on jo tämä varmenne',
    reused:
      'Juuri näille nimille on jo voimassa oleva varmenne, joten Certdesk säilytti sen eikä pyytänyt varmentajalta uutta.',
    exportTitle: 'Vie se sinne, missä palvelimesi sitä odottaa',
    exportIntro: 'Valitse, mikä sivustoasi pyörittää; Certdesk kirjoittaa oikeat tiedostot.',
    pasteTitle: 'Liitä hallintapaneeliin (cPanel, Plesk, …)',
    open: 'Avaa sen sivu',
    toDashboard: 'Siirry varmenteisiisi',
    loginOffer:
      'Certdesk uusii varmenteita vain ollessaan käynnissä. Käynnistetäänkö se kirjautuessasi, jotta uusimiset tapahtuvat ajallaan? (Voit muuttaa tämän asetuksista.)',
    loginYes: 'Käynnistä kirjautuessa',
    loginNo: 'Ei nyt',
    loginOn: 'Certdesk käynnistyy, kun kirjaudut sisään.',
  },
  export: {
    where: 'Mikä käyttää varmennetta?',
    preset: {
      nginx: 'nginx',
      apache: 'Apache',
      iis: 'IIS / Windows (PFX)',
      cpanel: 'cPanel / Plesk (liittäminen)',
      haproxy: 'HAProxy',
      synology: 'Synology / QNAP',
      tomcat: 'Java / Tomcat (PFX)',
      generic: 'Muu (PEM-tiedostot)',
    },
    folder: 'Kansio, johon kirjoitetaan',
    folderHint:
      'Tämän tietokoneen kansion koko polku. Avaimen sisältäviä tiedostoja voit lukea vain sinä.',
    folderMissing: 'Kirjoita kansio, johon tiedostot kirjoitetaan.',
    password: 'PFX-tiedoston salasana',
    passwordHint: 'Vähintään 4 merkkiä. Kirjoitat sen, kun tuot tiedoston.',
    passwordShort: 'Valitse vähintään 4 merkin salasana.',
    legacy: 'Yhteensopiva Windows Server 2016:n ja vanhemman Javan kanssa',
    remember: 'Vie tänne uudelleen jokaisen uusimisen jälkeen',
    postCommand: 'Komento, joka suoritetaan, kun uusiminen on kirjoittanut tiedostot (valinnainen)',
    postCommandHint:
      'Esimerkiksi ”systemctl reload nginx”, jotta palvelimesi alkaa käyttää uusittua varmennetta. Komento suoritetaan tällä tietokoneella samana käyttäjänä kuin Certdesk. Lataa palvelimesi uudelleen itse tällä ensimmäisellä kerralla.',
    overwrite: 'Korvaa jo olemassa olevat tiedostot',
    run: 'Vie',
    done_one: 'Kirjoitettiin {{count}} tiedosto:',
    done_other: 'Kirjoitettiin {{count}} tiedostoa:',
    secretFile: 'sisältää yksityisen avaimen',
    remembered: 'Certdesk kirjoittaa nämä tiedostot uudelleen jokaisen uusimisen jälkeen.',
    ecPfxNote:
      'Jotkin vanhat Windows-versiot eivät osaa lukea ECDSA-avaimia; jos omasi ei hyväksy tiedostoa, hanki varmenne RSA-avaimella.',
    paste: {
      certificate: 'Varmenne (CRT)',
      caBundle: 'CA-ketju (CA bundle)',
      key: 'Yksityinen avain',
    },
    keyNeverShown:
      'Yksityistä avainta ei koskaan näytetä näytöllä. Tallenna se tiedostoon ja avaa tiedosto liittääksesi sen.',
    copyKey: 'Kopioi yksityinen avain leikepöydälle',
    keyCopied:
      'Yksityinen avain on leikepöydällä. Liitä se ja kopioi sitten jotain muuta sen päälle.',
    keyFolder: 'Avaintiedoston kansio',
    saveKey: 'Tallenna avaintiedosto',
    keySaved: 'Tallennettu: {{path}} (vain sinä voit lukea sen).',
  },
  cert: {
    title: 'Varmenne',
    back: 'Kaikki varmenteet',
    names: 'Nimet',
    keyType: 'Avaimen tyyppi',
    validity: 'Voimassa',
    validFromTo: '{{from}} – {{to}}',
    validUntil: 'Voimassaolo päättyy',
    nextRenewal: 'Seuraava uusiminen',
    route: 'Hallinnan todistustapa',
    needsYou: '(vaatii sinua jokaisella uusimiskerralla)',
    routeChange: 'Muuta tapaa, jolla CA tavoittaa sinut',
    routeEdit: {
      title: 'Miten CA tavoittaa sinut',
      intro:
        'Mitään ei myönnetä nyt: seuraava uusiminen käyttää sitä, minkä tallennat tähän. Salasanat ja tunnisteet tallennetaan salattuina, eikä niitä näytetä enää koskaan.',
      type: 'Todistustapa',
      saved: 'Tallennettu. Seuraava uusiminen käyttää: {{route}}.',
    },
    serial: 'Sarjanumero',
    revokedAt: 'Mitätöity',
    lastProblem: 'Viimeisin ongelma:',
    renewNow: 'Uusi nyt',
    renewSteps: 'Uusimisen edistyminen',
    renewed: 'Uusittu: voimassa {{date}} asti.',
    chain: 'Myöntäjäketju',
    noChain: 'Ei vielä varmennetta.',
    issuedBy: 'myöntäjä: {{issuer}}',
    until: 'voimassa {{date}} asti',
    history: 'Historia',
    noHistory: 'Yrityksiä ei ole vielä kirjattu.',
    outcome: { success: 'Onnistui', failure: 'Epäonnistui' },
    trigger: {
      manual: 'sinun käynnistämäsi',
      scheduled: 'automaattinen uusiminen',
      wizard: 'uusi varmenne',
      cli: 'komentoriviltä',
    },
    exports: 'Vientikohteet',
    noExports:
      'Ei vielä yhtään. Vie alla ja rastita ”Vie tänne uudelleen jokaisen uusimisen jälkeen”.',
    forget: 'Unohda',
    forgetDest: 'Unohda kohde {{dir}}',
    exportAgain: 'Vie',
    danger: 'Mitätöi tai poista',
    revoke: 'Mitätöi…',
    revokeTitle: 'Mitätöidäänkö tämä varmenne?',
    revokeText:
      'Varmentaja merkitsee sen kelpaamattomaksi. Tee näin, jos yksityinen avain on voinut vuotaa tai varmennetta ei enää tarvita. Tätä ei voi perua.',
    revokeReason: 'Syy',
    revokeConfirm: 'Mitätöi',
    reason: {
      unspecified: 'Ei erityistä syytä',
      keyCompromise: 'Yksityinen avain on voinut vuotaa',
      superseded: 'Korvattu toisella varmenteella',
      affiliationChanged: 'Nimet vaihtoivat omistajaa',
      cessationOfOperation: 'Sivusto on suljettu',
    },
    delete: 'Poista…',
    deleteTitle: 'Poistetaanko tämä varmenne Certdeskistä?',
    deleteText:
      'Certdesk unohtaa varmenteen {{name}}, sen avaimen ja historian ja lopettaa sen uusimisen. Viemäsi tiedostot jäävät paikoilleen. Varmenne pysyy voimassa, kunnes se vanhenee, ellet mitätöi sitä ensin.',
    deleteConfirm: 'Poista',
  },
  settings: {
    title: 'Asetukset',
    accounts: 'Tilit ja varmentajat',
    accountsHint:
      'Tavallisesti riittää yksi tili varmentajaa kohden. Useampi tili (esimerkiksi yksi asiakasta kohden) pitää kunkin avaimen erillään.',
    addAccount: 'Lisää tili',
    since: '{{date}} alkaen',
    notifications: 'Ilmoitukset',
    notificationsHint:
      'Certdesk kertoo sinulle, kun uusiminen epäonnistuu tai varmenne on vanhenemassa. Varmentajat eivät enää itse lähetä tällaisia sähköposteja.',
    notifyOnSuccess: 'Kerro myös, kun uusiminen onnistuu',
    desktop: 'Työpöytäilmoitukset',
    desktopBrowser:
      'Työpöytäilmoitukset tulevat työpöytäsovelluksesta. Selaimessa käytä sähköpostia tai webhookia.',
    email: 'Sähköposti',
    smtpHost: 'Postipalvelin (SMTP)',
    smtpPort: 'Portti',
    smtpSecure: 'Käytä TLS:ää alusta asti (yleensä portti 465)',
    smtpUser: 'Käyttäjätunnus',
    smtpPassword: 'Salasana',
    smtpPasswordKeep: 'Salasana (jätä tyhjäksi, niin tallennettu säilyy)',
    mailFrom: 'Lähettäjän osoite',
    mailTo: 'Vastaanottaja',
    webhook: 'Webhook',
    webhookUrl: 'Webhookin osoite',
    test: {
      desktop: 'Lähetä testi-ilmoitus',
      email: 'Lähetä testisähköposti',
      webhook: 'Lähetä testiviesti',
    },
    testSent: 'Lähetetty. Tarkista, että se tuli perille.',
    testNotSent: 'Ei lähetetty.',
    saved: 'Tallennettu.',
    network: 'Verkko',
    proxyUrl: 'Välityspalvelin',
    proxyHint:
      'Vain verkossa, josta pääsee internetiin välityspalvelimen kautta (verkon ylläpitäjä tietää). Jätä tyhjäksi, niin käytetään tämän tietokoneen HTTPS_PROXY-asetusta. Salasanaa vaativa välityspalvelin annetaan sen sijaan HTTPS_PROXY-muuttujassa.',
    noProxy: 'Ei välityspalvelinta näille',
    noProxyHint:
      'Suoraan tavoitettavat nimet ja osoitteet pilkuin eroteltuina, kuten NO_PROXY-muuttujassa: example.com kattaa myös aliverkkotunnuksensa; 10.0.0.0/8 on osoitealue.',
    startup: 'Käynnistys kirjautuessa',
    launchAtLogin: 'Käynnistä Certdesk, kun kirjaudun sisään, jotta uusimiset tapahtuvat ajallaan',
    launchBrowser:
      'Käynnistys kirjautuessa on työpöytäsovelluksen asetus. Selaimessa Certdesk uusii varmenteita vain ollessaan käynnissä; jos haluat uusimisen jatkuvan silloinkin, kun se ei ole käynnissä, valitse alta ”{{option}}”.',
    language: 'Kieli',
    languageAuto: 'Sama kuin tässä tietokoneessa',
    data: 'Datakansio',
    dataFolder: 'Certdesk säilyttää tilit, varmenteet ja avaimet kansiossa',
    backup: 'Varmuuskopio',
    backupHint:
      'Kopioi datakansion uuteen kansioon. Kopio sisältää yksityiset avaimesi: säilytä sitä yhtä turvallisesti kuin alkuperäistä.',
    backupFolder: 'Tallenna varmuuskopio tähän kansioon',
    backupRun: 'Varmuuskopioi nyt',
    backupDone: 'Varmuuskopioitu: {{path}}.',
    restore: 'Palautus',
    restoreBrowser:
      'Palauttaminen ei ole mahdollista, kun Certdesk on käynnissä selaimessa: lopeta Certdesk (sulje pääteikkuna, jossa se on käynnissä), kopioi varmuuskopiokansio datakansion päälle ja käynnistä Certdesk sitten uudelleen.',
    restoreFrom: 'Palautettava varmuuskopiokansio',
    restoreRun: 'Palauta',
    restoreDone: 'Palautettu.',
    restoreRestart: 'Palautettu. Certdesk käynnistyy uudelleen ottaakseen sen käyttöön.',
    version: 'Certdesk {{version}} ({{mode}})',
    mode: { app: 'työpöytäsovellus', browser: 'selaintila' },
  },
  errors: {
    generic: 'Jokin meni vikaan. Yritä uudelleen; jos ongelma toistuu, katso tiedot.',
    'ui-offline':
      'Certdesk ei vastaa. Tarkista, että se on yhä käynnissä (pääteikkuna, jossa se käynnistettiin, on yhä auki), ja lataa sitten tämä sivu uudelleen.',
    'ui-no-token':
      'Tämä sivu avattiin ilman avaintaan. Avaa koko osoite, jonka Certdesk näytti käynnistyessään (se päättyy #token=…).',
    'invalid-input': 'Lomakkeessa on jotain vialla. Tarkista se ja yritä uudelleen.',
    'invalid-name':
      'Yksi nimistä ei ole verkkotunnus, jonka varmentaja voi tarkistaa. Korjaa se ja yritä uudelleen.',
    'invalid-email':
      'Sähköpostiosoite ei kelpaa. Kirjoita koko osoite, esimerkiksi nimi@example.com.',
    'tos-not-agreed': 'Varmentaja vaatii, että hyväksyt ensin sen käyttöehdot.',
    'eab-required':
      'Tämä varmentaja tarvitsee avaimen tunnuksen ja HMAC-avaimen tilisivultasi varmentajan palvelussa.',
    'eab-invalid':
      'Varmentaja hylkäsi avaimen tunnuksen ja HMAC-avaimen. Kopioi molemmat uudelleen tilisivultasi varmentajan palvelussa.',
    'no-account': 'Sinulla ei ole vielä tiliä millään varmentajalla. Luo tili asetuksissa.',
    'ambiguous-account': 'Tilejä on useita; valitse, mitä niistä käytetään.',
    'not-found': 'Sitä ei enää ole. Palaa takaisin ja lataa luettelo uudelleen.',
    'account-paused':
      'Varmentaja on keskeyttänyt tämän tilin näille nimille. Korjaa syy, miksi tarkistus epäonnistuu, avaa varmentajan keskeytyksen poistosivu ja valitse sitten "Poistin keskeytyksen".',
    'rate-limited':
      'Varmentajan mukaan näille nimille on tehty liian monta pyyntöä. Odota näytettyyn aikaan asti ja yritä sitten uudelleen.',
    'bad-nonce': 'Varmentaja pyysi Certdeskiä toistamaan pyynnön. Yritä uudelleen.',
    caa: 'DNS:n CAA-tietue ei salli tätä varmentajaa. Lisää varmentaja CAA-tietueeseen tai poista tietue ja yritä sitten uudelleen.',
    dns: 'Varmentaja ei löytänyt nimiäsi DNS:stä. Tarkista DNS-tietueet ja yritä sitten uudelleen.',
    connection:
      'Varmentaja ei tavoittanut palvelintasi. Tarkista, että nimi osoittaa siihen ja että portti on auki, ja yritä sitten uudelleen.',
    unauthorized:
      'Varmentaja ei voinut varmistaa, että hallitset nimiä. Tarkista tiedosto tai tietue ja yritä sitten uudelleen.',
    'rejected-identifier': 'Varmentaja ei myönnä varmenteita yhdelle näistä nimistä.',
    'incorrect-response':
      'Varmentaja sai eri vastauksen kuin odotti. Tarkista, että tiedosto tai tietue on täsmälleen näytetyn mukainen, ja yritä sitten uudelleen.',
    tls: 'Suojattu yhteys epäonnistui. Tarkista palvelimen varmenne ja portit ja yritä sitten uudelleen.',
    'server-internal':
      'Varmentajalla oli oma ongelmansa. Yritä myöhemmin uudelleen; sen tilasivulla voi olla lisätietoja.',
    malformed:
      'Varmentaja ei ymmärtänyt pyyntöä. Yritä uudelleen; jos ongelma toistuu, ilmoita siitä tietojen kanssa.',
    'bad-csr': 'Varmentaja hylkäsi varmennepyynnön. Kokeile toista avaintyyppiä.',
    'bad-signature-algorithm':
      'Varmentaja ei hyväksy tätä avaintyyppiä. Valitse toinen avaintyyppi.',
    'already-revoked': 'Tämä varmenne on jo mitätöity.',
    'ca-unreachable':
      'Certdesk ei tavoita varmentajaa. Tarkista internetyhteys ja yritä sitten uudelleen; varmentajan tilasivulla voi olla lisätietoja.',
    'ca-misbehaved':
      'Varmentaja vastasi jotain, mitä Certdesk ei voi käyttää. Yritä myöhemmin uudelleen.',
    timeout: 'Tämä kesti liian kauan. Yritä uudelleen.',
    cancelled: 'Peruttu. Mitään ei muutettu.',
    'port-in-use':
      'Toinen ohjelma käyttää porttia, jota Certdesk tarvitsee. Pysäytä se hetkeksi tai valitse toinen tapa.',
    'port-not-permitted':
      'Certdeskillä ei ole lupaa kuunnella sitä porttia. Suorita se riittävillä oikeuksilla tai valitse toinen tapa.',
    webroot:
      'Certdesk ei voinut kirjoittaa verkkosivuston kansioon. Tarkista polku ja sen käyttöoikeudet.',
    'challenge-failed': 'Todiste ei ollut vielä paikallaan. Tarkista se ja yritä sitten uudelleen.',
    solver: 'Valittu tapa epäonnistui. Tarkista sen asetukset ja yritä sitten uudelleen.',
    'credentials-refused':
      'Palvelin tai palveluntarjoaja hylkäsi salasanan tai tunnisteen. Tarkista se ja yritä sitten uudelleen.',
    'credentials-needed':
      'Menetelmä tarvitsee salasanan, avaimen tai tunnisteen, jota ei annettu (tallennettua ei lähetetä vaihdetulle palvelimelle). Kirjoita se ja tallenna uudelleen.',
    storage: 'Certdesk ei voinut tallentaa tietojaan. Tarkista datakansio ja vapaa levytila.',
    'store-corrupt': 'Datatiedosto on vioittunut. Palauta se varmuuskopiosta.',
    'store-too-new': 'Datakansion on kirjoittanut uudempi Certdesk. Päivitä Certdesk.',
    'store-locked': 'Toinen Certdesk käsittelee samoja tietoja. Yritä hetken kuluttua uudelleen.',
    export:
      'Vienti epäonnistui, eikä mitään kirjoitettu. Tarkista kansio ja yritä sitten uudelleen.',
    'file-exists':
      'Samannimisiä tiedostoja on jo olemassa. Rastita ”Korvaa jo olemassa olevat tiedostot” tai valitse toinen kansio.',
    'disk-full': 'Levy on täynnä. Vapauta tilaa ja yritä sitten uudelleen.',
    'permission-denied':
      'Certdeskillä ei ole lupaa tehdä sitä. Tarkista kansion käyttöoikeudet tai käynnistä Certdesk uudelleen.',
    'wrong-password': 'Salasana on väärä tai liian lyhyt. Kirjoita se uudelleen.',
    unsupported: 'Tämä ei ole mahdollista tässä. Tiedoissa kerrotaan, mitä tehdä sen sijaan.',
    internal:
      'Certdeskissä tapahtui odottamaton virhe. Yritä uudelleen; jos ongelma toistuu, ilmoita siitä tietojen kanssa.',
  },
  deploy: deployFi,
  reminders: remindersFi,
  profiles: profilesFi,
  notifyFormat: notifyFormatFi,
  siteCheck: siteCheckUiFi,
  https: httpsFi,
  unattended: unattendedFi,
  engine: engineFi,
  keysLimits: keysLimitsFi,
};
