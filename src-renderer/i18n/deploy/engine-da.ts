// Danish: the engine's sentences about deployment targets (src-main/shared/engine-text-deploy.ts).
import type { deployText } from '../../../src-main/shared/engine-text-deploy.ts';
import type { Shape } from '../shape.ts';

export const deployEngineDa: Shape<typeof deployText> = {
  missingFolder:
    'Mappen "{{folder}}" findes ikke på {{server}}: opret den der (eller ret mappen for denne installation), og installér så igen.',
  notAFolder:
    '"{{folder}}" på {{server}} er en fil, ikke en mappe: angiv den mappe, filerne skal i, og installér så igen.',
  noWrite:
    'Kontoen "{{user}}" må ikke skrive i "{{folder}}" på {{server}}: giv den skriveadgang der (eller vælg en mappe, den kan skrive i), og installér så igen.',
  commandFailed:
    'Kommandoen "{{command}}" på {{server}} sluttede med status {{code}}, så Certdesk lagde de tidligere filer tilbage: ret det, dens sidste linjer siger, og installér så igen.',
  commandStopped:
    'Kommandoen "{{command}}" på {{server}} blev ikke færdig inden for {{seconds}} sekunder og blev stoppet, så Certdesk lagde de tidligere filer tilbage: sørg for, at den ikke venter på input, og installér så igen.',
  cpanelToken:
    'cPanel på {{server}} afviste API-nøglen for "{{user}}": opret en ny nøgle i cPanel (Security > Manage API Tokens) og giv den til Certdesk, og installér så igen.',
  cpanelRefused:
    'cPanel på {{server}} installerede ikke certifikatet for {{domain}}: {{reason}} Kontrollér, at domænet hører til denne cPanel-konto, og installér så igen.',
  cpanelUnreachable:
    'Certdesk kunne ikke nå cPanel på {{server}} ({{why}}): kontrollér adressen (normalt https://dit-domæne:2083), og installér så igen.',
  cpanelNotCpanel:
    '{{server}} svarede ikke som cPanel (HTTP {{status}}): kontrollér adressen, normalt https://dit-domæne:2083, og installér så igen.',
  localFailed: '{{message}}',
  tested: 'Certdesk fik forbindelse til {{where}} og må skrive der; intet blev ændret.',
  testedCpanel: 'cPanel på {{server}} godtog API-nøglen for "{{user}}"; intet blev ændret.',
  testedManual: 'Certdesk kan ikke selv nå dette sted: efter hver fornyelse viser den dig trinene.',
  deployed: 'Installeret på {{where}}.',
  waiting: 'Venter på dig: sæt det nye certifikat på plads i {{label}}, og vælg så "Færdig".',
  manualStep1: 'Åbn {{label}}, og find stedet, hvor certifikatet udskiftes.',
  manualStep2:
    'Indsæt certifikatet og CA-bundtet fra felterne nedenfor, og den private nøgle med "Kopiér privat nøgle".',
  manualStep3: 'Gem der, kom så tilbage, og vælg "Færdig".',
};
