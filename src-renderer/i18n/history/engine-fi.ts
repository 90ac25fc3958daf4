// Finnish: what the CA's problem documents mean (src-main/shared/engine-text/acme.ts, issue 18).
import type { acmeText } from '../../../src-main/shared/engine-text/acme.ts';
import type { Shape } from '../shape.ts';

export const acmeFi: Shape<typeof acmeText> = {
  forName: ' ({{name}})',
  rateLimited:
    'Varmentajan mukaan varmenteita tai yrityksiä on pyydetty viime aikoina liian monta. Odota näytettyyn aikaan asti ja yritä sitten uudelleen; korjaa ensin epäonnistuva tarkistus, jotta uudet yritykset eivät kuluta rajojasi.',
  badNonce:
    'Varmentaja hylkäsi pyynnön kertakäyttöisen tunnisteen useita kertoja peräkkäin. Tämä on yleensä tilapäistä: yritä uudelleen.',
  caa: 'DNS:si CAA-tietue ei salli tämän varmentajan myöntää varmennetta{{who}}. Lisää CAA-tietue, joka sallii sen (Let\'s Encryptille: 0 issue "letsencrypt.org"), tai poista rajoittava tietue.',
  dns: 'Varmentaja ei löytänyt verkkotunnustasi{{who}} DNS:stä. Tarkista, että nimi on olemassa ja että sen DNS-palvelimet vastaavat, ja yritä sitten uudelleen.',
  connection:
    'Varmentaja ei saanut yhteyttä palvelimeesi{{who}}. Tarkista, että nimi osoittaa tähän palvelimeen ja että portti (80 http-01:lle, 443 tls-alpn-01:lle) on avoinna internetiin.',
  unauthorized:
    'Varmentaja tavoitti palvelimesi{{who}}, mutta ei saanut odottamaansa vastausta. Tarkista, että nimi osoittaa oikeaan palvelimeen ja ettei mikään (julkaisujärjestelmä, CDN tai uudelleenohjaus) sieppaa haastetta.',
  incorrectResponse:
    'Varmentaja sai väärän vastauksen haasteeseensa{{who}}. Tarkista, että tiedostossa tai DNS-tietueessa on täsmälleen Certdeskin antama arvo.',
  rejectedIdentifier:
    'Varmentaja ei myönnä varmenteita tälle nimelle{{who}} (sen käytäntö kieltää sen). Käytä toista nimeä tai toista varmentajaa.',
  tls: 'Varmentajalla oli TLS-ongelma yhteydessä palvelimeesi{{who}}. Tarkista palvelin portissa 443.',
  serverInternal:
    'Varmentajalla oli sisäinen virhe. Yritä myöhemmin uudelleen; jos virhe jatkuu, katso varmentajan tilasivu.',
  malformed:
    'Varmentaja hylkäsi pyynnön virheellisenä: {{detail}}. Jos tämä toistuu, ilmoita siitä.',
  badCSR: 'Varmentaja hylkäsi varmennepyynnön: {{detail}}. Kokeile toista avaintyyppiä.',
  badSignatureAlgorithm:
    'Varmentaja ei hyväksy tätä tilin avaintyyppiä. Luo tili toisella avaintyypillä (ECDSA P-256 hyväksytään laajasti).',
  badPublicKey:
    'Varmentaja ei hyväksy tätä varmenteen avaintyyppiä. Valitse toinen avaintyyppi (ECDSA P-256 tai RSA 2048).',
  externalAccountRequired:
    'Tämä varmentaja vaatii External Account Binding -sidoksen: kopioi avaintunnus ja HMAC-avain tilisivultasi varmentajalta ja lisää ne tiliin.',
  unauthorizedEab:
    'Varmentaja ei hyväksynyt External Account Binding -sidosta. Tarkista avaintunnus ja HMAC-avain varmentajaltasi.',
  accountDoesNotExist: 'Varmentaja ei enää tunne tätä tiliä. Luo uusi tili.',
  alreadyRevoked: 'Tämä varmenne on jo mitätöity.',
  userActionRequired:
    'Varmentaja tarvitsee sinulta toimia (usein: uusien käyttöehtojen hyväksyminen): {{detail}}',
  unsupportedIdentifier: 'Varmentaja ei tue tällaista nimeä{{who}}.',
  orderNotReady: 'Varmentaja ilmoitti, ettei tilaus ollut valmis. Yritä uudelleen.',
  invalidContact:
    'Varmentaja ei hyväksynyt sähköpostiosoitetta. Käytä osoitetta, joka on oikeassa verkkotunnuksessa ja tavoittaa sinut.',
  unsupportedContact:
    'Varmentaja ei hyväksy tällaista yhteystietoa. Käytä tavallista sähköpostiosoitetta.',
  refused: 'Varmentaja kieltäytyi: {{detail}}.',
};
