// Danish: places the person updates by hand (issue 17); the same keys as ./en.ts.
import type { remindersEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const remindersDa: Shape<typeof remindersEn> = {
  dashboard: {
    title: 'Venter på dig',
    intro_one:
      'Certdesk har fornyet dette certifikat, men kan ikke selv sætte det på plads. Gør det i hånden, og vælg så "Færdig" på dets side.',
    intro_other:
      'Certdesk har fornyet disse {{count}} certifikater, men kan ikke selv sætte dem på plads. Gør det i hånden, og vælg så "Færdig" på hver side.',
    where: 'Sæt det nye certifikat på plads i {{where}}.',
    since: 'Venter siden {{date}}.',
    urgent: 'Haster: det certifikat, dit websted stadig bruger, udløber {{date}}.',
    urgentBadge: 'Haster',
    showSteps: 'Vis trinene',
    rowBadge: 'Venter på dig',
    separator: ', ',
  },
  steps: {
    title: 'Sådan gør du i {{label}}',
    renewed:
      'Certdesk fornyede dette certifikat {{date}}, men kan ikke selv sætte det på plads i {{label}}.',
    urgent:
      'Haster: det certifikat, {{label}} stadig bruger, udløber {{date}}. Sæt det nye på plads nu.',
    open: 'Åbn {{label}}, og find stedet, hvor certifikatet udskiftes.',
    paste: 'Indsæt Certifikat og CA-bundt fra felterne nedenfor i felterne med de samme navne.',
    key: 'Gem den private nøgle som en fil med "Gem nøglefil", og upload filen, eller åbn den og indsæt teksten. Certdesk viser aldrig nøglen på denne side.',
    files:
      'Gem de filer, stedet beder om, i en mappe på denne computer med "Gem filer", og upload dem så der:',
    notes: 'Dine egne noter:',
    done: 'Gem der, kom så tilbage, og vælg "Færdig". Certdesk tjekker også dit websted en gang om dagen og opdager selv det nye certifikat.',
    saveFiles: 'Gem filer',
    folder: 'Mappe på denne computer til filerne',
    saved: 'Gemt i {{dir}}: {{files}}. Nøglefilen kan kun læses af dig.',
    kinds: {
      cert: 'certifikatet alene',
      chain: 'CA-bundtet (mellemliggende certifikater)',
      fullchain: 'certifikatet med dets CA-bundt',
      key: 'den private nøgle: hold den hemmelig',
      pfx: 'certifikat, CA-bundt og nøgle i én fil med adgangskode',
      der: 'certifikatet alene, i binær form',
      combined: 'certifikat, CA-bundt og nøgle i én fil: hold den hemmelig',
    },
  },
  add: {
    files: 'Hvad beder stedet om?',
    paste: 'Felter til indsætning (certifikat, CA-bundt, privat nøgle)',
  },
  history: {
    ok: 'Installeret',
    failed: 'Installation mislykkedes',
    waiting: 'Venter på dig',
    done: 'Sat på plads',
    removed: 'et sted, der siden er fjernet',
    trigger: {
      issued: 'efter det første certifikat',
      renewed: 'efter en fornyelse',
      manual: 'Installér nu',
      retry: 'prøvet igen af sig selv',
      done: 'Færdig',
    },
  },
};
