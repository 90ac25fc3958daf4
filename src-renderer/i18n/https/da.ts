// Danish: HTTPS after the first certificate (R18, issue 17).
import type { httpsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const httpsDa: Shape<typeof httpsEn> = {
  title: 'Send besøgende til HTTPS',
  intro:
    'Tilføj dette på din server, så besøgende, der skriver http://, havner på https://. Én sti bliver på almindelig HTTP: CA’en kontrollerer den ved hver fornyelse.',
  redirectLabel: 'Omdirigering fra HTTP til HTTPS',
  hsts: 'Bed også browsere om altid at bruge HTTPS i {{days}} dage (HSTS)',
  hstsWarning:
    'Pas på: med HSTS får besøgende en fejlside, de ikke kan klikke sig forbi, hvis et certifikat udløber eller er forkert i løbet af de {{days}} dage, indtil du retter det. Slå det kun til, når fornyelserne kører gnidningsfrit.',
  hstsLabel: 'HSTS-linje til HTTPS-webstedet',
};
