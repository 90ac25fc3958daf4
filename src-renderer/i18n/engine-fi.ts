// Finnish (Suomi): the engine's sentences (src-main/shared/engine-text.ts), translated.
// Names and addresses are put after a noun in the right case ("nimelle {{name}}"), so no ending has to
// be glued onto a value Finnish grammar cannot see.
import { remindersEngineFi } from './reminders/engine-fi.ts';
import type { engineText } from '../../src-main/shared/engine-text.ts';
import type { Shape } from './shape.ts';
import { profileEngineFi } from './profiles/fi.ts';
import { namesEngineFi } from './names/engine-fi.ts';
import { acmeFi } from './history/engine-fi.ts';
import { dataEngineFi } from './data/engine-fi.ts';
import { failuresFi } from './failures/engine-fi.ts';
import { siteCheckFi } from './sitecheck/engine-fi.ts';
import { deployEngineFi } from './deploy/engine-fi.ts';
import { deployCheckFi, exportCheckFi } from './deploy-check/engine-fi.ts';
import { renewalEngineFi } from './renewal/fi.ts';
import { dualFi, limitsFi, stagingFi } from './keys-limits/engine-fi.ts';

const EVERYONE =
  'varmentaja tarkistaa useasta paikasta internetissä eikä kerro, mistä, joten portin täytyy olla auki kaikille osoitteille';
const NETWORK = 'Tarkista internetyhteys ja DNS-asetukset ja tee sitten tarkistukset uudelleen.';
const BEHIND_ROUTER =
  'Jos tämä tietokone on reitittimen takana, sen omaan julkiseen osoitteeseen yhdistäminen sisäverkosta voi epäonnistua, vaikka yhteys internetistä toimisi; koeajo tarkistaa asian varmentajan puolelta.';

export const engineFi: Shape<typeof engineText> = {
  preflight: {
    fixNetwork: NETWORK,
    fixAddA:
      'Lisää DNS-palveluntarjoajallasi nimelle {{name}} A-tietue, joka osoittaa palvelimesi julkiseen osoitteeseen.',
    names: {
      ok_one: 'Nimi on kirjoitettu oikein varmennetta varten.',
      ok_other: 'Kaikki {{count}} nimeä on kirjoitettu oikein varmennetta varten.',
      fixIp:
        'Käytä verkkotunnusta, joka osoittaa tähän osoitteeseen; pelkkien IP-osoitteiden varmenteet vaativat varmentajalta erityisen profiilin.',
      fixWildcard:
        'Valitse jokerimerkkinimille DNS-tarkistus (dns-01), tai anna sen sijaan jokainen nimi erikseen (www.example.com, shop.example.com).',
    },
    outbound: {
      ok: 'Tämä tietokone tavoittaa varmentajan ({{host}}) HTTPS:n kautta.',
      fail: 'Tämä tietokone ei tavoita varmentajaa ({{host}}) HTTPS:n kautta.',
      fixProxy:
        'Jos verkkosi tutkii HTTPS-liikennettä (yrityksen välityspalvelin tai virustorjunta), pyydä IT-tukea päästämään varmentajan liikenne läpi muuttamattomana.',
      fixReach:
        'Salli tämän tietokoneen lähtevät HTTPS-yhteydet (portti 443) osoitteeseen {{host}}: tarkista palomuuri ja yritysverkossa välityspalvelimen asetukset. Jos verkko on kunnossa, varmentaja voi olla poissa käytöstä: katso {{status}}.',
      statusPage: 'varmentajan tilasivu',
      statusPageAt: 'varmentajan tilasivu ({{url}})',
    },
    guard: {
      cancelled: 'Peruttiin ennen kuin tämä tarkistus valmistui.',
      timeout:
        'Tämä tarkistus ei valmistunut {{seconds}} sekunnissa, joten Certdesk ei voi sanoa, olisiko se mennyt läpi.',
      unexpected: 'Tarkistus pysähtyi odottamattomaan virheeseen: {{error}}',
    },
    responder: {
      okHttp:
        'Certdesk voi avata tämän tietokoneen portin {{port}} sisäänrakennetulle verkkopalvelimelleen.',
      okTls: 'Certdesk voi avata tämän tietokoneen portin {{port}} TLS-vastaajalleen.',
      inUseHttp:
        'Portti {{port}} on jo tällä tietokoneella käytössä (käyttäjä: {{who}}), joten Certdeskin sisäänrakennettu verkkopalvelin ei voi vastata siinä varmentajalle.',
      inUseTls:
        'Portti {{port}} on jo tällä tietokoneella käytössä (käyttäjä: {{who}}), joten Certdeskin TLS-vastaaja ei voi vastata siinä varmentajalle.',
      anotherProgram: 'toinen ohjelma',
      thatProgram: 'se ohjelma',
      fixStopHttp:
        'Pysäytä ohjelma ({{who}}) Certdeskin tarkistuksen ajaksi, tai valitse ”verkkopalvelimeni kansioon” (webroot), jolloin porttia jo käyttävä ohjelma vastaa varmentajalle.',
      fixStopTls:
        'Pysäytä ohjelma ({{who}}) Certdeskin tarkistuksen ajaksi, tai käytä sen sijaan http-01- tai dns-01-tapaa.',
      cannotOpen: 'Certdesk ei voi avata tämän tietokoneen porttia {{port}}.',
      fixWebroot:
        'Valitse kansio, josta verkkopalvelimesi jakaa tämän sivuston, ja varmista, että Certdesk saa kirjoittaa siihen.',
      notPlaced: 'Certdesk ei voinut asettaa testitiedostoa nimelle {{name}}: {{error}}',
      httpSkipped:
        'Certdesk ei voinut jäljitellä varmentajaa nimelle {{name}}, koska testivastausta ei voitu asettaa paikalleen (katso yllä).',
      noTestFile: 'Testitiedostoa ei voitu asettaa nimelle {{name}} (katso yllä).',
      tlsSkipped:
        'Certdesk ei voinut käynnistää TLS-vastaajaansa nimelle {{name}}, joten se ei voinut jäljitellä varmentajaa (katso yllä).',
    },
    caa: {
      servfail:
        'Nimen {{at}} DNS-palvelimet antavat virheen, kun niiltä kysytään CAA-tietueita. Varmentaja kieltäytyy myöntämästä varmennetta, jos tämä haku epäonnistuu.',
      lookupError: 'Certdesk ei voinut lukea nimen {{at}} CAA-tietueita ({{code}}).',
      fixServfail:
        'Pyydä DNS-palveluntarjoajaasi vastaamaan nimen {{at}} CAA-kyselyihin (tyhjä vastaus riittää); jotkin vanhat DNS-palvelimet antavat virheen tuntemattomista tietuetyypeistä.',
      none: 'Nimellä {{name}} ei ole CAA-tietueita: mikä tahansa varmentaja saa myöntää varmenteen.',
      critical:
        'Nimellä {{owner}} on kriittiseksi merkitty CAA-tietue, jonka ominaisuutta varmentajat eivät ymmärrä ({{tags}}), joten jokaisen varmentajan täytyy kieltäytyä.',
      fixCritical:
        'Poista nimen {{owner}} kyseinen CAA-tietue tai sen kriittisyysmerkintä (käytä arvoa 0 arvon {{flags}} sijaan).',
      unlimited:
        'Nimen {{owner}} CAA-tietueet eivät rajoita, mikä varmentaja saa myöntää varmenteita.',
      unlimitedWild:
        'Nimen {{owner}} CAA-tietueet eivät rajoita, mikä varmentaja saa myöntää jokerimerkkivarmenteita.',
      unknownCa:
        'Nimen {{owner}} CAA-tietueet sallivat vain seuraavat: {{allowed}}. Tämä varmentaja ei kerro, mitä nimeä se käyttää CAA:ssa, joten Certdesk ei voi päätellä, saako se myöntää varmenteen.',
      unknownCaNone:
        'Nimen {{owner}} CAA-tietueet eivät salli yhtään varmentajaa, eikä tämä varmentaja kerro, mitä nimeä se käyttää CAA:ssa, joten Certdesk ei voi päätellä, saako se myöntää varmenteen.',
      fixUnknownCa:
        'Katso varmentajan ohjeista, mikä nimi kuuluu issue-tyyppiseen CAA-tietueeseen, ja lisää se, jos se puuttuu.',
      forbidAll:
        'Nimen {{owner}} CAA-tietueet kieltävät kaikkia varmentajia myöntämästä varmennetta nimelle {{name}}.',
      forbidAllWild:
        'Nimen {{owner}} CAA-tietueet kieltävät kaikkia varmentajia myöntämästä jokerimerkkivarmennetta nimelle {{name}}.',
      notAllowed:
        'Nimen {{owner}} CAA-tietueet sallivat myöntämisen vain seuraaville: {{allowed}}. Valitsemasi varmentaja ({{ids}}) ei ole niiden joukossa, joten se kieltäytyy.',
      notAllowedWild:
        'Nimen {{owner}} CAA-tietueet sallivat jokerimerkkivarmenteiden myöntämisen vain seuraaville: {{allowed}}. Valitsemasi varmentaja ({{ids}}) ei ole niiden joukossa, joten se kieltäytyy.',
      fixAdd:
        'Lisää DNS-palveluntarjoajallasi tämä tietue (säilytä muut, jos käytät yhä niitä varmentajia): {{record}}',
      method:
        'Nimen {{owner}} CAA-tietue sallii varmentajan {{ca}} myöntää varmenteen vain tavoilla {{methods}}, ei tavalla {{method}}.',
      fixMethod:
        'Valitse tavaksi {{methods}}, tai lisää {{method}} kyseisen CAA-tietueen validationmethods-kohtaan.',
      allowed: 'Nimen {{owner}} CAA-tietueet sallivat varmentajan {{ca}} myöntää varmenteen.',
      allowedAccount:
        'Nimen {{owner}} CAA-tietueet sallivat varmentajan {{ca}} myöntää varmenteen (vain accounturi-kohdassa nimetylle tilille).',
    },
    dns: {
      noAddressDns01:
        'Nimellä {{name}} ei ole osoitetta DNS:ssä; DNS-tarkistus (dns-01) ei tarvitse sitä.',
      lookupFailed:
        'Certdesk ei voinut hakea nimen {{name}} osoitetta (DNS-palvelin ei vastannut kunnolla).',
      nxdomain: 'Nimeä {{name}} ei ole DNS:ssä, joten varmentaja ei tavoita sitä.',
      noAddress:
        'Nimellä {{name}} ei ole osoitetta (ei A- eikä AAAA-tietuetta) DNS:ssä, joten varmentaja ei tavoita sitä.',
      fixAddA:
        'Lisää DNS-palveluntarjoajallasi nimelle {{name}} A-tietue, joka osoittaa palvelimesi julkiseen IPv4-osoitteeseen (ja AAAA-tietue vain, jos palvelin vastaa IPv6:lla).',
      deadV6:
        'Nimen {{name}} IPv6-osoite ({{v6}}) ei vastaa portissa {{port}}, mutta IPv4-osoite ({{v4}}) vastaa. Varmentaja yrittää ensin IPv6:ta, joten tarkistus epäonnistuisi.',
      fixDeadV6:
        'Poista nimen {{name}} AAAA-tietue, tai saa palvelin vastaamaan myös IPv6:lla (portti {{port}}).',
      someDead:
        'Osa nimen {{name}} osoitteista ({{dead}}) ei vastaa portissa {{port}}, vaikka muut vastaavat. Varmentaja voi käyttää mitä tahansa niistä.',
      fixSomeDead:
        'Saa kaikki palvelimet, joihin nimi {{name}} osoittaa, vastaamaan portissa {{port}}, tai poista vastaamattomien tietueet.',
      allDead:
        'Mikään nimen {{name}} osoitteista ({{addresses}}) ei vastannut portissa {{port}} tältä tietokoneelta.',
      fixAllDead:
        'Varmista, että palvelin on käynnissä ja portti {{port}} on auki internetiin. ' +
        BEHIND_ROUTER,
      private:
        'Nimi {{name}} osoittaa yksityiseen osoitteeseen ({{addresses}}), jota varmentaja ei tavoita internetistä.',
      fixPrivate:
        'Ohjaa nimi {{name}} palvelimesi julkiseen osoitteeseen, tai käytä DNS-tarkistusta (dns-01), jossa varmentajan ei tarvitse tavoittaa palvelinta.',
      fixPrivateDns01:
        'DNS-tarkistuksen takia ei tarvitse tehdä mitään; tällä on merkitystä vain kävijöille.',
      ok: 'Nimi {{name}} osoittaa osoitteeseen {{addresses}}.',
      okAnswers_one:
        'Nimi {{name}} osoittaa osoitteeseen {{addresses}}, ja se vastaa portissa {{port}}.',
      okAnswers_other:
        'Nimi {{name}} osoittaa osoitteisiin {{addresses}}, ja kaikki vastaavat portissa {{port}}.',
    },
    dns01: {
      where: 'TXT-tietueen paikka on {{record}}',
      whereCname:
        '{{record}} osoittaa kohteeseen {{target}} (CNAME-delegointi), joten TXT-tietueen paikka on siellä',
      serversOf: 'vyöhykkeen {{zone}} nimipalvelimet',
      theServer: 'DNS-palvelin',
      noneAnswered:
        '{{where}}, mutta yksikään ei vastannut tältä tietokoneelta ({{servers}}; {{silent}}).',
      someSilent:
        '{{where}}, mutta {{count}}/{{total}} ({{servers}}) ei vastannut tältä tietokoneelta ({{silent}}).',
      fixNoneAnswered:
        'Verkkosi saattaa estää DNS-liikenteen muualle kuin omaan selvittimeensä; se ei haittaa varmentajaa, mutta Certdesk tarkistaa silloin selvittimesi kautta. Jos palvelimet ovat poissa käytöstä, korjaa ne ensin: varmentaja kysyy niiltä suoraan.',
      fixSomeSilent:
        'Tarkista nimipalvelimet, jotka eivät vastanneet: varmentaja voi kysyä miltä tahansa niistä, portissa 53 UDP:llä ja TCP:llä, useasta paikasta.',
      stale_one:
        '{{where}}. Siellä on jo {{count}} TXT-arvo aiemmista yrityksistä; vanhat tietueet kasvattavat vastausta.',
      stale_other:
        '{{where}}. Siellä on jo {{count}} TXT-arvoa aiemmista yrityksistä; vanhat tietueet kasvattavat vastausta.',
      staleMany:
        '{{where}}. Siellä on jo {{count}} TXT-arvoa aiemmista yrityksistä; vanhat tietueet kasvattavat vastausta, eivätkä näin monet ehkä enää mahdu varmentajan DNS-vastaukseen.',
      fixStale:
        'Poista vanhat TXT-tietueet kohteesta {{target}} (Certdesk lisää uuden jokaisella tarkistuksella).',
      whoResolver: '(tarkistettu selvittimen {{servers}} kautta)',
      whoServers_one: '({{count}} palvelin vastaa)',
      whoServers_other: '({{count}} palvelinta vastaa)',
      noZone:
        '{{where}}, mutta Certdesk ei saanut selville, mitkä nimipalvelimet ovat sille määrääviä {{who}}; se tarkistaa sen sijaan DNS-selvittimesi kautta.',
      fixNoZone:
        'Jos nimi on yksityisellä DNS-palvelimella tai testipalvelimella, tämä on odotettua; muuten tarkista verkkotunnuksesi NS-tietueet rekisteröijältäsi.',
      ok: '{{where}}; {{servers}} ({{labels}}) vastaavat, eikä vanhoja tietueita ole.',
    },
    firewall: {
      unreadable:
        'Certdesk ei voinut lukea palomuurin asetuksia ({{tools}}): se vaatii ylläpitäjän oikeudet. Varmista, että saapuvat yhteydet porttiin {{ports}} on sallittu.',
      none: 'Certdesk ei löytänyt tältä tietokoneelta palomuurityökalua, jota se osaisi lukea.',
      blocks:
        'Tämän tietokoneen palomuuri ({{tool}}) estää saapuvat yhteydet porttiin {{port}}, joka varmentajan täytyy tavoittaa.',
      seemsToBlock:
        'Tämän tietokoneen palomuuri ({{tool}}) näyttää estävän saapuvat yhteydet porttiin {{port}}, joka varmentajan täytyy tavoittaa.',
      fixBlocked:
        'Avaa portti {{port}} saapuville yhteyksille ({{command}}); ' +
        EVERYONE +
        '. http-01-tavassa portin 80 täytyy pysyä auki, vaikka sivusto ohjaisi HTTPS:ään.',
      restricted: 'Palomuuri ({{tool}}) päästää porttiin {{port}} vain tietyistä lähdeosoitteista.',
      fixRestricted:
        'Avaa portti {{port}} kaikille osoitteille ({{command}}): ' +
        EVERYONE +
        '. Maakohtainen esto rikkoo myös tarkistuksen.',
      macos:
        'macOS:n palomuuri on päällä: se kysyy kerran, saako Certdesk vastaanottaa saapuvia yhteyksiä.',
      unknown:
        'Palomuuri ({{tool}}) on päällä, eikä Certdesk voinut päätellä, päästääkö se porttiin {{port}}.',
      fixUnknown:
        'Varmista, että saapuvat yhteydet porttiin {{port}} on sallittu ({{command}}); ' +
        EVERYONE +
        '.',
      open: 'Tämän tietokoneen palomuuri ({{tools}}) päästää porttiin {{ports}}.',
      off: 'Tämän tietokoneen palomuuri on pois päältä, joten se ei estä porttia {{ports}}.',
      cmdNft: 'sääntö kuten ”tcp dport {{port}} accept” input-ketjussa',
      cmdAdmin: '{{command}} (ylläpitäjänä)',
      cmdMac:
        'System Settings > Network > Firewall > Options: salli Certdeskille saapuvat yhteydet',
    },
    http: {
      reachable:
        'Nimelle {{name}} vastaa verkkopalvelin portissa {{port}}. Tällä tavalla Certdesk ei voi asettaa testitiedostoa etukäteen, joten se tarkisti vain, että palvelin on tavoitettavissa.',
      ok: 'Varmentaja löytää nimen {{name}} tarkistustiedoston: Certdesk asetti testitiedoston ja haki sen samalla tavalla kuin varmentaja.',
      okRedirects_one:
        'Varmentaja löytää nimen {{name}} tarkistustiedoston ({{count}} uudelleenohjauksen jälkeen): Certdesk asetti testitiedoston ja haki sen samalla tavalla kuin varmentaja.',
      okRedirects_other:
        'Varmentaja löytää nimen {{name}} tarkistustiedoston ({{count}} uudelleenohjauksen jälkeen): Certdesk asetti testitiedoston ja haki sen samalla tavalla kuin varmentaja.',
      failed: 'Osoitteen {{url}} haku samalla tavalla kuin varmentaja epäonnistui: {{reason}}',
      failedVia:
        'Osoitteen {{url}} haku (osoitteen {{address}} kautta) samalla tavalla kuin varmentaja epäonnistui: {{reason}}',
      fixBuiltin:
        'Vastaus ei tullut Certdeskin sisäänrakennetulta verkkopalvelimelta: nimelle {{name}} vastaa portissa {{port}} jokin muu palvelin. Tarkista, että nimi {{name}} osoittaa tähän tietokoneeseen ja että reitittimesi ohjaa portin {{port}} tänne.',
      fixWebroot:
        'Tarkista, että {{webroot}} on kansio, jonka verkkopalvelimesi jakaa nimelle {{name}}, ja että kansion /.well-known/acme-challenge/ tiedostot näytetään sellaisinaan (mikään uudelleenkirjoitussääntö, kirjautumissivu tai sovelluksen oletusreitti ei sieppaa niitä).',
      theWebFolder: 'verkkokansio',
      fixPlaced:
        'Tarkista, että tiedosto päätyy kansioon, jonka verkkopalvelimesi jakaa nimelle {{name}}.',
      fixHttpError:
        'Anna verkkopalvelimesi näyttää /.well-known/acme-challenge/ kaikille: ei salasanaa, ei pisteellä alkavia kansioita estävää sääntöä eikä maakohtaista estoa (varmentaja tarkistaa useasta paikasta).',
      fixRedirectLoop:
        'Korjaa uudelleenohjaussäännöt niin, että /.well-known/acme-challenge/ näytetään suoraan tai ohjataan kerran (esimerkiksi https://-sivustolle).',
      fixTooManyRedirects:
        'Lyhennä uudelleenohjausten ketjua: varmentaja seuraa enintään 10. Yksi ohjaus http://-osoitteesta https://-osoitteeseen riittää.',
      fixBadRedirect:
        'Ohjaa vain verkkotunnukseen (ei IP-osoitteeseen), käyttäen http:// tai https://, vakioporteissa 80 tai 443; tai näytä /.well-known/acme-challenge/ ilman uudelleenohjausta.',
      fixUnreachableBuiltin:
        'Varmista, ettei mikään estä Certdeskiä portissa {{port}}, että palomuurit päästävät porttiin {{port}} kaikkialta (varmentaja tarkistaa useasta paikasta) ja että reitittimesi ohjaa sen tälle palvelimelle. ' +
        BEHIND_ROUTER,
      fixUnreachable:
        'Varmista, että verkkopalvelimesi on käynnissä ja vastaa portissa {{port}}, että palomuurit päästävät porttiin {{port}} kaikkialta (varmentaja tarkistaa useasta paikasta) ja että reitittimesi ohjaa sen tälle palvelimelle. ' +
        BEHIND_ROUTER,
    },
    tls: {
      noAddress:
        'Nimellä {{name}} ei ole osoitetta DNS:ssä, joten varmentaja ei voi yhdistää siihen.',
      ok: 'Varmentaja tavoittaa Certdeskin TLS-vastaajan nimelle {{name}} portissa {{port}}.',
      failed:
        'Yhdistäminen nimeen {{name}} ({{address}}) portissa {{port}} samalla tavalla kuin varmentaja epäonnistui: {{why}}.',
      fixFailed:
        'Varmista, että nimi {{name}} osoittaa tähän tietokoneeseen, että portti {{port}} on palomuureissa auki kaikille (varmentaja tarkistaa useasta paikasta) ja että reitittimesi ohjaa sen tänne. Jos verkkopalvelimen tai välityspalvelimen täytyy pitää portti {{port}}, käytä sen sijaan http-01- tai dns-01-tapaa.',
    },
    trial: {
      noPractice:
        'Varmentajalla {{ca}} ei ole harjoituspalvelua (staging), joten koeajo ei ole mahdollinen; muut tarkistukset pätevät silti.',
      notPossible: 'Koeajo ei ole mahdollinen tällä tavalla: {{error}}',
      interactive:
        'Koeajo vaatii tavan, joka toimii ilman sinua; käsin tehtävässä tavassa ensimmäinen oikea tilaus on testi.',
      eab: 'Tämän varmentajan harjoituspalvelu vaatii jokaiselle tilille ulkoisen tilisidonnan (EAB), joten Certdesk ei voi luoda väliaikaista tiliä; muut tarkistukset pätevät silti.',
      alreadyValid:
        'Harjoituspalvelu luottaa jo tähän tiliin nimen {{name}} osalta (aiempi tarkistus on yhä voimassa).',
      notOffered:
        'Varmentaja ei tarjoa nimelle {{name}} tapaa {{method}} (se tarjoaa: {{offered}}).',
      fixNotOffered: 'Valitse jokin varmentajan tarjoamista tavoista.',
      validated:
        'Varmentajan harjoituspalvelu tarkisti nimen {{name}} tavalla {{method}} omista paikoistaan. Mitään ei myönnetty.',
      notValidated: 'Varmentajan harjoituspalvelu ei voinut tarkistaa nimeä {{name}}: {{error}}',
      timeout: 'Koeajo ei valmistunut ajoissa; harjoituspalvelu voi olla hidas.',
      stopped: 'Koeajo pysähtyi: {{error}}',
    },
  },
  exportWhere: {
    nginx:
      'Aseta nginxissä ssl_certificate arvoon fullchain.pem ja ssl_certificate_key arvoon privkey.pem, ja lataa sitten nginxin asetukset uudelleen.',
    apache:
      'Aseta Apache 2.4.8:ssa tai uudemmassa SSLCertificateFile arvoon fullchain.pem ja SSLCertificateKeyFile arvoon privkey.pem (vanhempi Apache: SSLCertificateFile cert.pem ja SSLCertificateChainFile chain.pem), ja lataa sitten Apachen asetukset uudelleen.',
    iis: 'Tuo Windowsissa .pfx-tiedosto IIS Managerissa kohdassa Server Certificates > Import (tai kaksoisnapsauta sitä), kirjoita salasana ja valitse sitten varmenne sivuston HTTPS-sidonnassa; jos Windows Server 2016 tai vanhempi hylkää sen, vie se uudelleen koodauksella ”Yhteensopiva: Windows Server 2016 ja vanhempi Java”.',
    cpanel:
      'Liitä cPanelissa (SSL/TLS > Manage SSL sites) tai Pleskissä (SSL/TLS Certificates) kentät Varmenne, Yksityinen avain ja CA-nippu samannimisiin kenttiin, ja asenna sitten.',
    haproxy:
      'Osoita HAProxyssa bind-rivin crt-asetus yhteen .pem-tiedostoon (siinä ovat varmenne, ketju ja avain), ja lataa sitten HAProxyn asetukset uudelleen.',
    synology:
      'Anna NAS-laitteen ohjauspaneelissa (Synology: Security > Certificate > Add > Import; QNAP: Security > SSL Certificate) privkey.pem kohtaan ”Private Key”, cert.pem kohtaan ”Certificate” ja chain.pem kohtaan ”Intermediate certificate”.',
    tomcat:
      'Aseta Tomcatin server.xml-tiedostossa certificateKeystoreFile .pfx-tiedostoon, certificateKeystoreType arvoon ”PKCS12” ja certificateKeystorePassword salasanaasi, ja käynnistä sitten Tomcat uudelleen (Java ennen versiota 8u301 tai 11.0.12 vaatii ”yhteensopivan” koodauksen).',
    generic:
      'Käytä varmenteena tiedostoa fullchain.pem (ei pelkkää cert.pem-tiedostoa, josta välivarmenne puuttuu) ja yksityisenä avaimena tiedostoa privkey.pem; chain.pem on ”CA-nippu” ohjelmille, jotka kysyvät sitä erikseen.',
  },
  progress: {
    account: 'Käytetään tiliä {{email}} (varmentaja: {{ca}})',
    order: 'Pyydetään varmentajalta varmennetta nimelle {{name}}',
    orderNames_one: 'Pyydetään varmentajalta varmennetta {{count}} nimelle',
    orderNames_other: 'Pyydetään varmentajalta varmennetta {{count}} nimelle',
    alreadyValid: 'Nimi {{name}} on jo tarkistettu',
    proving: 'Todistetaan nimen {{name}} hallinta tavalla {{method}} ({{how}})',
    caChecking: 'Varmentaja tarkistaa nimeä {{name}}',
    validated: 'Nimi {{name}} on tarkistettu',
    cleanup: 'Väliaikaiset vastaukset varmentajalle poistettiin',
    finalize: 'Lähetetään varmennepyyntö',
    download: 'Ladataan varmennetta',
    done: 'Varmenne on valmis, voimassa {{date}} asti',
    uploaded:
      'Nimen {{name}} tarkistustiedosto lähetettiin tiedostoksi {{file}} palvelimelle {{server}}',
    uploadAnswers: '{{url}} vastaa lähetetyllä tiedostolla',
    rfc2136: 'Lisätään TXT-tietue {{record}} vyöhykkeeseen {{zone}} palvelimella {{server}}',
    waitCname: 'Odotetaan, että luot CNAME-tietueen nimelle {{name}}',
    acmeDns: 'Asetetaan nimen {{name}} TXT-arvo acme-dns-palvelimelle',
    cloudflare: 'Lisätään TXT-tietue {{record}} Cloudflare-vyöhykkeeseen {{zone}}',
    waitTxt: 'Odotetaan, että lisäät TXT-tietueen nimelle {{name}}',
    deleteTxt: 'Voit nyt poistaa TXT-tietueen {{record}}, jonka arvo on {{value}}',
    serverHas: 'Palvelimella {{server}} on nimen {{name}} TXT-tietue',
    serverWaiting: '{{server}}: {{said}}; odotetaan',
    viaResolver:
      'Mikään vyöhykkeen {{zone}} nimipalvelin ei vastannut suoraan (palomuuri voi estää DNS:n); tarkistetaan sen sijaan DNS-selvittimesi kautta, mikä voi olla hitaampaa, koska se muistaa ”ei löytynyt” -vastauksen jonkin aikaa',
    runScript: 'Ajetaan {{script}} present {{name}}',
    waitFile: 'Odotetaan, että asetat nimen {{name}} tiedoston paikalleen',
    fileAnswers: 'Nimen {{name}} tiedosto vastaa oikein',
    deleteFile: 'Voit nyt poistaa nimen {{name}} tiedoston .well-known/acme-challenge/{{token}}',
  },
  prompt: {
    dnsLead: 'Lisää DNS-palveluntarjoajallasi tämä DNS-tietue nimelle {{name}}:',
    dnsCname:
      '{{record}} on CNAME-tietue, joka osoittaa kohteeseen {{target}}, joten tietue lisätään sinne.',
    dnsAdditional:
      'Tämä on LISÄARVO samalle nimelle: säilytä hetki sitten lisäämäsi TXT-tietue; molempien täytyy olla olemassa yhtä aikaa.',
    dnsShortName:
      'Monet palveluntarjoajat haluavat nimeksi vain ”{{short}}”: ne lisäävät vyöhykkeen {{zone}} itse.',
    dnsAfter:
      'Kun vahvistat, Certdesk tarkistaa vyöhykkeen jokaisen nimipalvelimen (enintään {{seconds}} s, korkeintaan {{max}}) ennen kuin se kysyy varmentajalta.',
    dnsRenewal:
      'Käsin tehty DNS ei uusiudu ilman sinua: sinun täytyy lisätä uusi TXT-tietue jokaisella uusinnalla. Automaattista uusintaa varten valitse jokin automaattisista DNS-tavoista (RFC 2136, acme-dns, komentosarja, Cloudflare) tai http-01.',
    httpLead: 'Luo tiedosto nimelle {{name}}:',
    httpWhere: 'Laita se sivustosi verkkokansioon; sen täytyy aueta osoitteessa {{url}}',
    cnameLead:
      'Luo DNS-palveluntarjoajallasi tämä DNS-tietue KERRAN nimelle {{name}} (se jää paikalleen kaikkia uusintoja varten):',
    cnameNoTxt:
      'Poista ensin mahdolliset TXT-tietueet nimeltä {{record}}: nimellä, jolla on CNAME-tietue, ei voi olla muita tietueita.',
    cnameAfter: 'Sen jälkeen Certdesk uusii varmenteen itse acme-dns-palvelimen kautta.',
  },
  error: {
    sftpPassword:
      'Palvelin hylkäsi käyttäjän "{{user}}" käyttäjätunnuksen tai salasanan palvelimella {{server}}: tarkista ne webhotellisi hallintapaneelista, sillä SFTP/SSH-tunnus on usein eri kuin hallintapaneelin tunnus.',
    sftpKey:
      'Palvelin hylkäsi käyttäjän "{{user}}" käyttäjätunnuksen tai avaimen palvelimella {{server}}: tarkista käyttäjätunnus ja että avaimen julkinen osa on valtuutettu tälle tilille (usein kohdassa "SSH-avaimet" webhotellin hallintapaneelissa).',
    sftpKeyPassword:
      'Palvelin hylkäsi käyttäjän "{{user}}" käyttäjätunnuksen, avaimen tai salasanan palvelimella {{server}}: tarkista käyttäjätunnus ja että avaimen julkinen osa on valtuutettu tälle tilille (usein kohdassa "SSH-avaimet" webhotellin hallintapaneelissa).',
    sftpPassphrase: 'Yksityinen avain on suojattu tunnuslauseella: anna myös avaimen tunnuslause.',
    sftpNoSubsystem:
      '{{server}} hyväksyi kirjautumisen mutta ei tarjoa SFTP:tä: pyydä webhotelliasi ottamaan SFTP käyttöön tälle tilille, tai lähetä tiedosto FTP:llä.',
    hostKeyChanged:
      'Palvelimen identiteetti on muuttunut: {{server}} näyttää nyt isäntäavaimen {{now}} avaimen {{before}} sijaan, joten Certdesk ei kirjautunut eikä lähettänyt mitään, koska joku saattaa siepata yhteyttä; jos odotit tätä (webhotellisi siirsi tai asensi palvelimen uudelleen) ja palveluntarjoaja vahvistaa uuden avaimen, valitse "Luota uuteen avaimeen" ja yritä uudelleen.',
    hostKeyPinned:
      'Palvelimen identiteetti on muuttunut: {{server}} näyttää nyt isäntäavaimen {{now}}, mutta käskit Certdeskin hyväksyä vain avaimen {{before}}, joten Certdesk ei kirjautunut eikä lähettänyt mitään, koska joku saattaa siepata yhteyttä; jos webhotellisi vahvistaa uuden avaimen, anna se tilalle.',
    ftpLogin:
      'FTP-palvelin hylkäsi käyttäjän "{{user}}" käyttäjätunnuksen tai salasanan palvelimella {{server}}: tarkista ne webhotellisi hallintapaneelista (FTP-tilit), sillä FTP-tunnus on usein eri kuin hallintapaneelin tunnus.',
    ftpNeedsTls:
      '{{server}} hyväksyy vain salatut kirjautumiset: ota käyttöön "Salaa yhteys (FTPS)".',
    ftpsUnverified:
      'FTPS-palvelinta {{server}} ei voitu varmentaa: {{why}}; käytä FTP-palvelimen nimeä, joka on palvelimen varmenteessa (palveluntarjoajasi palvelimen nimi), tai jos palveluntarjoaja vahvistaa tämän varmenteen, ota käyttöön "Hyväksy palvelimen oma varmenne (itse allekirjoitettu)" (yhteys on yhä salattu, mutta Certdesk ei voi tietää, onko palvelin oikea).',
    ftpsWhyName: 'sen varmenne on myönnetty eri nimelle kuin {{host}}',
    ftpsWhyExpired: 'sen varmenne on vanhentunut',
    ftpsWhyUntrusted:
      'sen varmennetta ei ole allekirjoittanut taho, johon tämä tietokone luottaa (usein itse allekirjoitettu varmenne)',
    ftpsNotOffered:
      '{{server}} ei tarjoa FTPS:ää (se hylkäsi AUTH TLS -komennon): käytä SFTP:tä, jos webhotellisi tarjoaa sitä, tai poista "Salaa yhteys (FTPS)" käytöstä, jos hyväksyt, että salasana kulkee salaamattomana.',
    remoteRootMissing:
      'Kansiota "{{folder}}" ei ole palvelimella {{server}}, tai tällä tilillä ei ole oikeutta avata sitä: anna kansio, josta sivustosi näytetään, sellaisena kuin webhotellin hallintapaneeli sen näyttää (usein public_html, htdocs tai www).',
    remoteRootMissingList:
      'Kansiota "{{folder}}" ei ole palvelimella {{server}}, tai tällä tilillä ei ole oikeutta avata sitä: anna kansio, josta sivustosi näytetään (kansiot kirjautumiskansiossasi: {{folders}}).',
    tsigBadSig:
      'DNS-palvelin {{server}} hylkäsi avaimen ({{codes}}), koska allekirjoitus ei täsmää: vertaa avaimen nimeä ("{{key}}"), salaisuutta ja algoritmia ({{algorithm}}) DNS-palvelimen asetuksissa olevaan avaimeen.',
    tsigBadKey:
      'DNS-palvelin {{server}} hylkäsi avaimen ({{codes}}), koska se ei tunne sen nimistä avainta tällä algoritmilla: vertaa avaimen nimeä ("{{key}}"), salaisuutta ja algoritmia ({{algorithm}}) DNS-palvelimen asetuksissa olevaan avaimeen.',
    tsigNotAuth:
      'DNS-palvelin {{server}} hylkäsi avaimen ({{codes}}), koska se ei ole vyöhykkeen {{zone}} auktoritatiivinen palvelin tai ei hyväksy tätä avainta siellä: vertaa avaimen nimeä ("{{key}}"), salaisuutta ja algoritmia ({{algorithm}}) DNS-palvelimen asetuksissa olevaan avaimeen.',
    rfc2136Unreachable:
      'Certdesk ei saanut yhteyttä DNS-palvelimeen {{server}} TXT-tietueen muuttamiseksi ({{why}}): tarkista palvelimen osoite ja portti sekä että palomuuri päästää TCP-liikenteen sinne, ja yritä sitten uudelleen.',
    rfc2136Unreadable:
      'DNS-palvelin {{server}} lähetti vastauksen, jota Certdesk ei osaa lukea: tarkista, että palvelimen osoite osoittaa DNS-palvelimeen.',
    rfc2136NotZone:
      '{{name}} ei kuulu vyöhykkeeseen {{zone}} palvelimella {{server}} (NOTZONE): anna oikea vyöhyke, tai jätä vyöhyke tyhjäksi, niin Certdesk etsii sen itse.',
    rfc2136NoZone:
      'DNS-palvelin {{server}} ei kertonut, mikä sen vyöhykkeistä sisältää nimen {{name}}: anna vyöhyke (esimerkiksi {{example}}).',
    scriptFailed:
      'DNS-skripti "{{script}} present" epäonnistui (paluukoodi {{code}}), joten nimen {{name}} TXT-tietuetta ei lisätty: korjaa se, mitä skripti ilmoittaa (katso lisätiedot), ja yritä sitten uudelleen.',
    scriptCleanupFailed:
      'DNS-skripti "{{script}} cleanup" epäonnistui (paluukoodi {{code}}), joten nimen {{name}} TXT-tietuetta ei ehkä poistettu: korjaa se, mitä skripti ilmoittaa (katso lisätiedot), ja yritä sitten uudelleen.',
    scriptNotFound:
      'DNS-skriptiä "{{script}}" ei löytynyt: anna sen koko polku (komento suoritetaan suoraan, ei komentotulkin kautta).',
    scriptEmpty:
      'DNS-skriptin komento on tyhjä: anna polku skriptiin, joka lisää ja poistaa TXT-tietueita.',
    scriptTimeout:
      'DNS-skripti "{{script}} {{action}}" ei valmistunut ajassa {{time}}, joten se pysäytettiin: tarkista, ettei se odota syötettä ja että palveluntarjoajan API vastaa, ja yritä sitten uudelleen.',
    cloudflareRefused:
      'Cloudflare hylkäsi tunnisteen (HTTP {{status}}): se tarvitsee Zone.DNS Edit -oikeuden nimen {{name}} vyöhykkeeseen; luo tunniste, jolla on tämä oikeus, Cloudflaren hallintapaneelissa (My Profile > API Tokens) ja anna se uudelleen.',
    portInUseTls:
      'Portti {{port}} on jo toisen ohjelman käytössä tällä tietokoneella (usein verkkopalvelin): pysäytä se ohjelma tarkistuksen ajaksi, tai käytä sen sijaan http-01- tai dns-01-tapaa (tiedosto verkkosivustollasi tai DNS-tietue).',
    acmeDnsUnreachable:
      'Certdesk ei saanut yhteyttä acme-dns-palvelimeen {{server}} ({{why}}): tarkista sen osoite ja yhteys, ja yritä sitten uudelleen.',
    acmeDnsUnusable:
      'acme-dns-palvelin {{server}} vastasi rekisteröintiin jollakin, mitä Certdesk ei voi käyttää: tarkista sen osoite.',
    acmeDnsRefused:
      'acme-dns-palvelin {{server}} hylkäsi nimen {{name}} tallennetun rekisteröinnin (HTTP {{status}}): se on ehkä nollattu, tai se ei salli pyyntöjä tästä osoitteesta; rekisteröidy uudelleen ja osoita CNAME uuteen kohteeseen.',
    caCertUntrusted:
      'Certdesk ei voinut varmentaa varmentajan HTTPS-varmennetta ({{host}}): paikallisen testivarmentajan juurivarmenne on annettava Certdeskille, ja muissa verkoissa välityspalvelin tai virustorjunta saattaa tutkia HTTPS-liikennettä.',
    tosNotAgreed:
      'Varmentaja vaatii, että hyväksyt ensin sen käyttöehdot: lue ne osoitteessa {{url}} ja vahvista, jos hyväksyt ne.',
    eabRequired:
      'Tämä varmentaja vaatii External Account Binding -tiedot: kopioi avaimen tunnus ja HMAC-avain tilisivultasi varmentajan sivustolla.',
    noAccount: 'Varmentajatiliä ei ole vielä: luo sellainen ensin.',
    ambiguousAccount:
      'Tilejä on {{count}}, joten Certdesk ei tiedä, mitä niistä käyttää: valitse yksi ({{list}}).',
  },
  solver: {
    builtin: 'sisäänrakennettu verkkopalvelin portissa {{port}}',
    webroot: 'tiedostot kansiossa {{folder}}',
    upload: '{{protocol}}-lähetys kohteeseen {{where}}',
    manualHttp: 'tiedosto, jonka lähetät itse',
    tlsAlpn: 'sisäänrakennettu TLS-vastaaja portissa {{port}}',
    rfc2136: 'dynaaminen DNS-päivitys (RFC 2136) palvelimelle {{server}}',
    acmeDns: 'acme-dns palvelimella {{host}}',
    cloudflare: 'Cloudflare DNS (API-tunnus)',
    exec: 'DNS-komentosarjasi {{script}}',
    manualDns: 'DNS TXT -tietue, jonka lisäät itse',
  },
  profile: profileEngineFi,
  deploy: deployEngineFi,
  reminders: remindersEngineFi,
  deployCheck: deployCheckFi,
  exportCheck: exportCheckFi,
  renewal: renewalEngineFi,
  ca: {
    letsencrypt: "Let's Encrypt",
    'letsencrypt-staging': "Let's Encryptin harjoituspalvelu",
    zerossl: 'ZeroSSL',
    google: 'Google Trust Services',
    'google-staging': 'Google Trust Servicesin harjoituspalvelu',
    custom: 'oma varmentajasi',
  },
  siteCheck: siteCheckFi,
  dual: dualFi,
  limits: limitsFi,
  staging: stagingFi,
  names: namesEngineFi,
  acme: acmeFi,
  data: dataEngineFi,
  failure: failuresFi,
};
