// Indstillinger > "Bliv ved med at forny, når jeg er logget ud" (issue 19).
import type { unattendedEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const unattendedDa: Shape<typeof unattendedEn> = {
  title: 'Forny, mens ingen er logget ind',
  checkbox: 'Bliv ved med at forny, når jeg er logget ud',
  hint: 'Din computer starter selv Certdesk to gange om dagen, tjekker hvad der skal fornys og fornyer det, også når dette vindue er lukket og efter en genstart. Beskeder sendes så med e-mail eller webhook.',
  loading: 'Spørger dit system…',
  kind: {
    systemd: 'en systemd-timer for din konto',
    cron: 'en linje i din crontab',
    launchd: 'en launchd-agent',
    'task-scheduler': 'en planlagt opgave i Windows',
  },
  on: 'Til: {{kind}} kører Certdesk hver dag kl. {{times}}.',
  onNoTimes: 'Til: {{kind}} kører Certdesk to gange om dagen.',
  notActive:
    'Installeret, men dit system siger, at den ikke er aktiv, så fornyelser kører ikke af sig selv. Fjern fluebenet, og sæt det igen.',
  off: 'Fra: certifikater fornys kun, mens Certdesk er åben.',
  lingerNeeded:
    'Et skridt mere: dette Linux-system stopper dine timere, når du logger ud. Bed den, der passer computeren, om at slå "lingering" til for din konto (loginctl enable-linger).',
  keyMoved:
    'Systemets nøglering er låst, når du er logget ud, så hovednøglen, der beskytter dine gemte nøgler, er kopieret til datamappen, hvor kun du kan læse den. Hold mappen privat, og tag backup af den.',
  error: {
    'permission-denied':
      'Dit system lod ikke Certdesk oprette timeren. Bed den, der passer computeren, om at tillade det, og sæt så fluebenet igen.',
    unsupported:
      'Dine gemte nøgler er beskyttet af systemets nøglering, som Certdesk ikke kan nå herfra. Slå det til i Certdesk-appen på dit skrivebord.',
    generic:
      'Dit system tog ikke imod timeren. Prøv igen; hvis det bliver ved med at fejle, så åbn "Vis detaljer", og send dem med en supportanmodning.',
  },
};
