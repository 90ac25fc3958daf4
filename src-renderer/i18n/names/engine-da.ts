// Danish (Dansk): why a name cannot go on a certificate (src-main/shared/engine-text-names.ts), translated.
import type { namesText } from '../../../src-main/shared/engine-text-names.ts';
import type { Shape } from '../shape.ts';

export const namesEngineDa: Shape<typeof namesText> = {
  none: 'Skriv mindst ét domænenavn, for eksempel example.com.',
  tooMany:
    'Et certifikat kan højst rumme {{max}} navne, og der er {{n}}; fordel dem på flere certifikater.',
  blank: 'Et navn er tomt; fjern det, eller skriv et domæne som example.com.',
  twice: '"{{input}}" står der to gange; fjern det ene.',
  ipNeedsProfile:
    '"{{input}}" er en IP-adresse. Certifikater til IP-adresser kræver en CA-profil, der tillader dem (hos Let\'s Encrypt: "shortlived", under Flere muligheder); ellers brug et domænenavn, der peger på adressen.',
  ipNoDns:
    '"{{input}}" er en IP-adresse: CA\'en kontrollerer kun en IP-adresse ved at forbinde til den (http-01 eller tls-alpn-01), aldrig via DNS. Vælg en af de metoder.',
  space: '"{{input}}" indeholder et mellemrum; et domænenavn har ingen.',
  webAddress: '"{{input}}" ligner en webadresse; skriv kun domænet, f.eks. example.com.',
  star: '"{{input}}" har en "*" det forkerte sted; en wildcard kan kun være den første del, som i *.example.com.',
  wildcardDns:
    '"{{input}}" er en wildcard: CA\'en kontrollerer kun wildcards via DNS (dns-01). Vælg DNS-metoden, eller skriv navnene ét for ét.',
  badChars: '"{{input}}" er ikke et gyldigt domænenavn (det har tegn, et domæne ikke kan have).',
  tooLong: '"{{input}}" er længere end 253 tegn, grænsen for et domænenavn.',
  emptyPart: '"{{input}}" har en tom del (to punktummer i træk eller et punktum forrest).',
  notFull: '"{{input}}" er ikke et fuldt domænenavn; tilføj endelsen, f.eks. {{input}}.com.',
  longPart:
    '"{{input}}" har en del, der er længere end 63 tegn, grænsen for én del af et domænenavn.',
  badPart:
    '"{{input}}" har en del ("{{label}}") med tegn, et domænenavn ikke kan have, eller den begynder eller slutter med "-".',
  number: '"{{input}}" slutter med et tal; det er ikke et domænenavn, en CA kan kontrollere.',
};
