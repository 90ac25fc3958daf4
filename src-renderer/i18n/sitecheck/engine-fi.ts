// Finnish: the live-site check's sentences (src-main/shared/engine-text-sitecheck.ts).
import type { siteCheckText } from '../../../src-main/shared/engine-text-sitecheck.ts';
import type { Shape } from '../shape.ts';

export const siteCheckFi: Shape<typeof siteCheckText> = {
  current: 'Käyttää uusinta varmennetta (vanhenee {{date}}).',
  outdated:
    'Käyttää yhä tämän sivuston vanhempaa varmennetta, joka vanhenee {{date}}. Vie uusin varmenne tälle palvelimelle ja lataa se uudelleen.',
  other:
    'Käyttää varmennetta, jota Certdesk ei ole myöntänyt ({{issuer}}, vanhenee {{date}}). Asenna tämä varmenne palvelimelle, joka vastaa tässä.',
  noAddress:
    'Nimellä ei ole osoitetta DNS:ssä, joten Certdesk ei voi tarkistaa, mitä se käyttää. Lisää A- tai AAAA-tietue DNS-palveluntarjoajallasi.',
  wildcard:
    'Jokerimerkkinimellä ei ole omaa sivustoa tarkistettavaksi; lisää varmenteeseen nimet, joilla sivuille tullaan, niin ne tarkistetaan.',
  wildcardAdd:
    '{{name}} on jokerimerkkinimi eikä palvelimen nimi, johon Certdesk voisi ottaa yhteyttä. Lisää tähän varmenteeseen palvelemasi palvelimen nimi (esim. {{example}}), niin se tarkistetaan.',
  wildcardCovered:
    '{{name}} on jokerimerkkinimi eikä palvelimen nimi, johon Certdesk voisi ottaa yhteyttä; katso sen kattamat nimet tässä varmenteessa: {{names}}.',
  refused:
    'Mikään ei vastaa portissa {{port}} tässä osoitteessa. Tarkista, että verkkopalvelin on käynnissä ja kuuntelee HTTPS-yhteyksiä.',
  timeout:
    'Ei vastausta portissa {{port}} {{seconds}} sekunnin kuluessa. Tarkista palvelin ja sen edessä mahdollisesti oleva palomuuri.',
  tls: 'Portin {{port}} palvelin ei muodostanut suojattua (TLS-)yhteyttä. Tarkista sen HTTPS-asetukset.',
  unreachable:
    'Tämä tietokone ei tavoita osoitetta. Tarkista internetyhteys (IPv6-osoite vaatii IPv6-yhteyden).',
};
