// Hungarian (Magyar): why a name cannot go on a certificate (src-main/shared/engine-text-names.ts), translated.
import type { namesText } from '../../../src-main/shared/engine-text-names.ts';
import type { Shape } from '../shape.ts';

export const namesEngineHu: Shape<typeof namesText> = {
  none: 'Adjon meg legalább egy domainnevet, például example.com.',
  tooMany:
    'Egy tanúsítvány legfeljebb {{max}} nevet tartalmazhat, itt pedig {{n}} van; ossza el őket több tanúsítvány között.',
  blank: 'Az egyik név üres; törölje, vagy írjon be egy domaint, például example.com.',
  twice: '"{{input}}" kétszer szerepel; törölje az ismétlést.',
  ipNeedsProfile:
    '"{{input}}" egy IP-cím. Az IP-címekre szóló tanúsítványokhoz olyan CA-profil kell, amely megengedi őket (a Let\'s Encryptnél: "shortlived", a További beállítások alatt); különben használjon egy erre a címre mutató domainnevet.',
  ipNoDns:
    '"{{input}}" egy IP-cím: a CA egy IP-címet csak úgy ellenőriz, hogy kapcsolódik hozzá (http-01 vagy tls-alpn-01), DNS-en keresztül soha. Válassza e módszerek egyikét.',
  space: '"{{input}}" szóközt tartalmaz; egy domainnévben nincs szóköz.',
  webAddress: '"{{input}}" webcímnek tűnik; csak a domaint írja be, pl. example.com.',
  star: '"{{input}}" rossz helyen tartalmaz "*" karaktert; a helyettesítő csak az első rész lehet, mint a *.example.com-ban.',
  wildcardDns:
    '"{{input}}" helyettesítő (wildcard) név: a CA a helyettesítő neveket csak DNS-en keresztül (dns-01) ellenőrzi. Válassza a DNS-módszert, vagy sorolja fel a neveket egyenként.',
  badChars:
    '"{{input}}" nem érvényes domainnév (olyan karaktereket tartalmaz, amelyek domainben nem lehetnek).',
  tooLong: '"{{input}}" hosszabb 253 karakternél, ami egy domainnév felső határa.',
  emptyPart: '"{{input}}" üres részt tartalmaz (két pont egymás után, vagy pont az elején).',
  notFull: '"{{input}}" nem teljes domainnév; adja hozzá a végződését, pl. {{input}}.com.',
  longPart:
    '"{{input}}" egyik része hosszabb 63 karakternél, ami egy domainnév egy részének felső határa.',
  badPart:
    '"{{input}}" egyik része ("{{label}}") olyan karaktereket tartalmaz, amelyek domainnévben nem lehetnek, vagy "-" jellel kezdődik vagy végződik.',
  number: '"{{input}}" számra végződik; ez nem olyan domainnév, amelyet egy CA ellenőrizni tud.',
};
