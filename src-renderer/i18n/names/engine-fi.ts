// Finnish (Suomi): why a name cannot go on a certificate (src-main/shared/engine-text-names.ts), translated.
import type { namesText } from '../../../src-main/shared/engine-text-names.ts';
import type { Shape } from '../shape.ts';

export const namesEngineFi: Shape<typeof namesText> = {
  none: 'Kirjoita vähintään yksi verkkotunnus, esimerkiksi example.com.',
  tooMany:
    'Varmenteessa voi olla enintään {{max}} nimeä, ja nimiä on {{n}}; jaa ne useammalle varmenteelle.',
  blank: 'Yksi nimi on tyhjä; poista se tai kirjoita verkkotunnus, kuten example.com.',
  twice: '"{{input}}" on luettelossa kahdesti; poista toinen.',
  ipNeedsProfile:
    '"{{input}}" on IP-osoite. IP-osoitteiden varmenteet vaativat CA:n profiilin, joka sallii ne (Let\'s Encryptillä "shortlived", kohdassa Lisää vaihtoehtoja); muuten käytä verkkotunnusta, joka osoittaa tähän osoitteeseen.',
  ipNoDns:
    '"{{input}}" on IP-osoite: CA tarkistaa IP-osoitteen vain ottamalla siihen yhteyden (http-01 tai tls-alpn-01), ei koskaan DNS:n kautta. Valitse jompikumpi näistä tavoista.',
  space: '"{{input}}" sisältää välilyönnin; verkkotunnuksessa ei ole välilyöntejä.',
  webAddress:
    '"{{input}}" näyttää verkko-osoitteelta; kirjoita vain verkkotunnus, esim. example.com.',
  star: '"{{input}}" sisältää "*"-merkin väärässä kohdassa; jokerimerkki voi olla vain ensimmäinen osa, kuten *.example.com.',
  wildcardDns:
    '"{{input}}" on jokerinimi: CA tarkistaa jokerinimet vain DNS:n kautta (dns-01). Valitse DNS-tapa tai luettele nimet yksitellen.',
  badChars:
    '"{{input}}" ei ole kelvollinen verkkotunnus (siinä on merkkejä, joita verkkotunnuksessa ei voi olla).',
  tooLong: '"{{input}}" on yli 253 merkkiä pitkä, mikä on verkkotunnuksen enimmäispituus.',
  emptyPart: '"{{input}}" sisältää tyhjän osan (kaksi pistettä peräkkäin tai piste alussa).',
  notFull: '"{{input}}" ei ole täydellinen verkkotunnus; lisää pääte, esim. {{input}}.com.',
  longPart:
    '"{{input}}" sisältää yli 63 merkin osan, mikä on verkkotunnuksen yhden osan enimmäispituus.',
  badPart:
    '"{{input}}" sisältää osan ("{{label}}"), jossa on merkkejä, joita verkkotunnuksessa ei voi olla, tai joka alkaa tai päättyy merkkiin "-".',
  number: '"{{input}}" päättyy numeroon; se ei ole verkkotunnus, jonka CA voi tarkistaa.',
};
