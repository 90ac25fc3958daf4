// Danish: the live-site check in the window (issue 17).
import type { siteCheckEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const siteCheckUiDa: Shape<typeof siteCheckEn> = {
  column: 'I brug',
  state: {
    current: 'Opdateret',
    outdated: 'Gammelt certifikat',
    other: 'Et andet certifikat',
    unreachable: 'Kan ikke nås',
    none: 'Ikke kontrolleret endnu',
  },
  title: 'Bruges det nye certifikat?',
  intro:
    'Certdesk forbinder til hver adresse for hvert navn, som en besøgende ville, og sammenligner det, webstedet bruger, med dette certifikat.',
  checkNow: 'Kontrollér nu',
  checking: 'Kontrollerer…',
  checkedAt: 'Sidst kontrolleret {{date}}.',
  never: 'Ikke kontrolleret, siden dette certifikat blev udstedt.',
  name: 'Navn',
  address: 'Adresse',
  result: 'Resultat',
  caption: 'Hvad hver adresse bruger',
};
