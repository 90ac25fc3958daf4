// Finnish: failures that carried only English before (src-main/shared/engine-text/failures.ts).
import type { failuresText } from '../../../src-main/shared/engine-text/failures.ts';
import type { Shape } from '../shape.ts';

export const failuresFi: Shape<typeof failuresText> = {
  cancelled: 'Peruttu. Mitään ei muutettu; aloita uudelleen, kun olet valmis.',
  cancelledAtCa: 'Peruttu. CA:lla ei muutettu mitään; aloita uudelleen, kun olet valmis.',
  cancelledStart: 'Peruttu. Aloita uudelleen, kun olet valmis.',
  cancelledPlain: 'Peruttu.',
  cancelledManual: 'Peruttu: käsin tehtävää vaihetta ei saatu valmiiksi.',
  cancelledClosing: 'Peruttu: Certdesk sulkeutuu.',
  commandRefused:
    'Et sallinut komentoa, joten mitään ei muutettu. Tallenna uudelleen, niin sinulta kysytään uudelleen.',
  trialOutOfTime: 'Koeajon aika loppui.',
  caUnreachable:
    'Certdesk ei saa yhteyttä CA:han ({{host}}). Tarkista internetyhteys ja että lähtevä HTTPS (portti 443) on sallittu, ja yritä sitten uudelleen.',
  caTimeout:
    'CA ({{host}}) ei vastannut ajoissa. Tarkista internetyhteys tai CA:n tilasivu ja yritä sitten uudelleen.',
  caTooLarge:
    'CA ({{host}}) lähetti aivan liian suuren vastauksen. Yritä myöhemmin uudelleen tai tarkista hakemiston osoite.',
  caInsecure: 'CA ohjasi Certdeskin turvattomaan osoitteeseen. Tarkista hakemiston osoite.',
  caNoAnswer: 'CA ei vastannut.',
  caRedirect: 'CA vastasi uudelleenohjauksella, jota ACME ei käytä. Tarkista hakemiston osoite.',
  caNotJson:
    'CA lähetti vastauksen, jota Certdesk ei osaa lukea (ei JSONia). Tarkista hakemiston osoite tai yritä myöhemmin uudelleen.',
  notDirectory: 'Osoite ei osoita ACME-hakemistoon. Tarkista CA:n hakemiston osoite.',
  badToken:
    'CA lähetti haastetunnisteen, joka ei ole base64url-muotoinen; Certdesk kieltäytyi käyttämästä sitä.',
  notOffered:
    'CA ei tarjoa menetelmää {{method}} nimelle {{name}} (se tarjoaa: {{offered}}). Valitse jokin niistä.',
  gaveUp:
    'Certdesk lakkasi odottamasta, että {{what}}. Yritä uudelleen; jos tämä toistuu, katso CA:n tilasivu.',
  waitingFor: {
    validate: 'CA tarkistaa nimet',
    issue: 'CA myöntää varmenteen',
  },
  couldNot: 'Certdesk ei pystynyt: {{what}}.',
  couldNotPractice: 'Certdesk ei pystynyt harjoituspalvelimella: {{what}}.',
  doing: {
    directory: 'CA:n hakemiston lukeminen',
    caDirectory: 'CA:n hakemiston lukeminen',
    order: 'tilauksen luominen',
    authorizations: 'valtuutusten lukeminen',
    start: 'tarkistuksen aloittaminen',
    check: 'tarkistuksen tilan lukeminen',
    finalize: 'tilauksen viimeistely',
    checkOrder: 'tilauksen tilan lukeminen',
    download: 'varmenteen lataaminen',
    revoke: 'varmenteen kumoaminen',
    account: 'tilin luominen CA:lle',
  },
  folderBusy:
    'Datakansio on varattu: {{app}} (prosessi {{pid}} koneella {{host}}, alkaen {{since}}) kirjoittaa siihen. Odota, että se valmistuu, tai sulje se, ja yritä sitten uudelleen.',
  anotherCertdesk: 'toinen Certdesk',
  certBusy:
    'Tätä varmennetta uusii juuri nyt {{app}} (prosessi {{pid}}, alkaen {{since}}). Odota, että se valmistuu.',
  alreadyRenewing: 'Varmennetta {{name}} uusitaan jo. Odota, että se valmistuu.',
  renewingRoute:
    'Varmennetta {{name}} uusitaan juuri nyt. Vaihda tapa, jolla CA tavoittaa sinut, kun se on valmis.',
  portInUse:
    'Portti {{port}} on jo toisen ohjelman käytössä tällä tietokoneella (usein verkkopalvelimen). Pysäytä se ohjelma Certdeskin tarkistuksen ajaksi tai valitse "lataa verkkopalvelimeni kansioon", jolloin nykyinen verkkopalvelimesi vastaa CA:lle.',
  portNotPermitted: 'Certdesk ei saa avata porttia {{port}}. {{how}}; {{alt}}.',
  portHow: {
    linux:
      'Linuxissa alle 1024:n portit vaativat luvan: suorita komentoriviä varten "sudo setcap \'cap_net_bind_service=+ep\' $(readlink -f $(which node))" tai aja Certdeskiä palveluna, jolla on tämä oikeus',
    darwin:
      'Salli macOS:ssä Certdesk kohdassa Järjestelmäasetukset > Verkko > Palomuuri tai aja se ylläpitäjän oikeuksin',
    windows:
      'Salli Windowsissa Certdesk Windows Defenderin palomuurin läpi, kun sitä kysytään, tai aja se järjestelmänvalvojana',
  },
  portAlt: {
    http: 'tai valitse "lataa verkkopalvelimeni kansioon", jolloin nykyinen verkkopalvelimesi vastaa CA:lle',
    tls: 'tai käytä sen sijaan http-01:tä tai dns-01:tä',
  },
  portOther: 'Certdesk ei voinut avata porttia {{port}}: {{error}}.',
  internal:
    'Certdeskissä tapahtui jotain odottamatonta. Yritä uudelleen; jos tämä toistuu, ilmoita siitä ja liitä mukaan tiedot.',
};
