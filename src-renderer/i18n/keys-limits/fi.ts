// Issue 18 in the window, Finnish (keys as in ./en.ts).
import type { keysLimitsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const keysLimitsFi: Shape<typeof keysLimitsEn> = {
  staging: {
    label: 'Harjoitushakemiston (staging) osoite (valinnainen)',
    hint: 'Jos CA:lla on harjoituspalvelu, liitä sen hakemiston osoite: Certdesk tarjoaa silloin koeajon siellä ennen oikeita tilauksia.',
  },
  dual: {
    label: 'Hae samoille nimille myös varmenne toisenlaisella avaimella (ECDSA + RSA)',
    hint: 'Palvelimille, joiden on annettava hyvin vanhoille asiakkaille RSA-varmenne, kun muut saavat pienemmän ja nopeamman ECDSA-varmenteen. Molemmat myönnetään ja uusitaan yhdessä.',
    twinKey: 'Toisen varmenteen avain',
    twin: 'Toinen varmenne',
    twinLine:
      '{{keyType}}, sarjanumero {{serial}}, voimassa {{date}} asti: uusitaan yhdessä tämän kanssa.',
    exportNote:
      'Tästä varmenteesta on kaksi versiota: vienti kirjoittaa kaksi sarjaa kansioihin, joiden nimi päättyy -ecdsa ja -rsa.',
  },
  paused: {
    title: 'CA on keskeyttänyt tämän tilin näille nimille',
    open: 'Avaa keskeytyksen poistosivu',
    done: 'Poistin keskeytyksen: uusi nyt',
    waiting: 'Tämän varmenteen uusinnat odottavat, kunnes kerrot tilin keskeytyksen poistetuksi.',
  },
};
