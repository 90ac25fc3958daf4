// Danish (Dansk): the main process's sentences (./en.ts), translated.
import type { MainShape, mainText } from './en.ts';

export const mainDa: MainShape<typeof mainText> = {
  app: { cannotStart: 'Certdesk kan ikke starte' },
  tray: {
    tooltip: 'Certdesk: {{status}}',
    tooltipPaused: 'Certdesk: {{status}} (fornyelser sat på pause)',
    none: 'ingen certifikater endnu',
    attention_one: '{{count}} certifikat kræver din opmærksomhed',
    attention_other: '{{count}} certifikater kræver din opmærksomhed',
    dataProblem: 'Datamappen kræver din opmærksomhed: nogle certifikater kan ikke fornyes',
    due_one: '{{count}} fornyelse på vej',
    due_other: '{{count}} fornyelser på vej',
    fineOne: 'dit certifikat er i orden',
    fineAll: 'alle {{count}} certifikater er i orden',
    waiting_one: '{{count}} certifikat venter på, at du sætter det på plads',
    waiting_other: '{{count}} certifikater venter på, at du sætter dem på plads',
    open: 'Åbn Certdesk',
    renewAll: 'Forny alle nu',
    pause: 'Sæt fornyelser på pause',
    quit: 'Afslut Certdesk',
  },
  names: {
    none: 'et certifikat uden navne',
    two: '{{first}} og {{last}}',
    list: '{{list}} og {{last}}',
    more_one: '{{list}} og {{count}} mere',
    more_other: '{{list}} og {{count}} mere',
    separator: ', ',
  },
  until: {
    days_one: 'om {{count}} dag',
    days_other: 'om {{count}} dage',
    hours_one: 'om {{count}} time',
    hours_other: 'om {{count}} timer',
    aboutHour: 'om cirka en time',
    lessThanHour: 'om mindre end en time',
    past: 'allerede overskredet',
  },
  notice: {
    dataNewerTitle: 'Opdatér Certdesk',
    dataNewer:
      'En del af datamappen blev gemt af en nyere version af Certdesk; denne version lader den være. Åbn Certdesk for at se, hvad det betyder, indtil du opdaterer.',
    dataTitle: 'Certdesk har repareret sin datamappe',
    data: 'En del af datamappen kunne ikke læses. Åbn Certdesk for at se, hvad der blev gendannet, og om noget kræver dig.',
    failedTitle: 'Fornyelse mislykkedes: {{who}}',
    failed: 'Certdesk kunne ikke forny certifikatet for {{who}}.',
    failedExpires: 'Certdesk kunne ikke forny certifikatet for {{who}}, som udløber {{expiry}}.',
    failedWait:
      'Certdesk prøver ikke igen af sig selv: ret problemet, åbn så Certdesk og vælg Forny nu.',
    failedRetry:
      'Certdesk prøver igen af sig selv; hvis det bliver ved med at ske, så åbn Certdesk, ret problemet og vælg Forny nu.',
    deployFailedTitle: 'Installation mislykkedes: {{who}}',
    deployFailed:
      'Certifikatet for {{who}} kunne ikke sættes på plads i {{where}}; de tidligere filer dér er uændrede.',
    deployFailedRetry:
      'Certdesk prøver igen af sig selv; sker det igen, så åbn Certdesk, ret problemet, og vælg Installér nu.',
    waitingTitle: 'Sæt det nye certifikat på plads: {{who}}',
    waitingUrgentTitle: 'Haster: sæt det nye certifikat på plads: {{who}}',
    waiting:
      'Certdesk har fornyet certifikatet for {{who}}, men kan ikke selv sætte det på plads i {{where}}: gør det i hånden.',
    waitingUrgent:
      'Certifikatet, som {{where}} stadig bruger for {{who}}, udløber {{expiry}}: sæt det nye på plads dér nu.',
    waitingDone:
      'Vælg derefter "Færdig" i Certdesk, eller lad den daglige kontrol se det nye certifikat i brug.',
    succeededTitle: 'Fornyet: {{who}}',
    succeeded: 'Certifikatet for {{who}} er fornyet. Du behøver ikke gøre noget.',
    succeededUntil:
      'Certifikatet for {{who}} er fornyet og gælder nu til {{until}}. Du behøver ikke gøre noget.',
    expiringTitle: 'Udløber snart: {{who}}',
    expiring:
      'Certifikatet for {{who}} udløber {{expiry}} og er ikke blevet fornyet. Åbn Certdesk, læs den seneste fejl og vælg Forny nu; når det udløber, ser besøgende en sikkerhedsadvarsel.',
    expiringSoon: 'snart',
    expiredTitle: 'Udløbet: {{who}}',
    expired:
      'Certifikatet for {{who}} er udløbet, så besøgende ser nu en sikkerhedsadvarsel. Åbn Certdesk, ret det problem, den viser, og vælg Forny nu.',
    expiredOn:
      'Certifikatet for {{who}} udløb {{date}}, så besøgende ser nu en sikkerhedsadvarsel. Åbn Certdesk, ret det problem, den viser, og vælg Forny nu.',
    ariTitle: 'Tidlig fornyelse ønsket: {{who}}',
    ari: 'Certifikatudstederen har bedt om at forny certifikatet for {{who}} før tid, ofte fordi den vil tilbagekalde det nuværende. Certdesk fornyer det selv i det tidsrum; du behøver ikke gøre noget, medmindre du får besked om, at fornyelsen mislykkedes.',
    ariWindow:
      'Certifikatudstederen har bedt om at forny certifikatet for {{who}} før tid, mellem {{start}} og {{end}}, ofte fordi den vil tilbagekalde det nuværende. Certdesk fornyer det selv i det tidsrum; du behøver ikke gøre noget, medmindre du får besked om, at fornyelsen mislykkedes.',
    ariWhy: 'Udstederen forklarer hvorfor på {{url}}.',
    testTitle: 'Testbesked fra Certdesk',
    test: 'Dette er en testbesked fra Certdesk: sådan når beskeder frem til dig. Du behøver ikke gøre noget.',
  },
  email: {
    name_one: 'Navn på certifikatet:',
    name_other: 'Navne på certifikatet:',
    expires: 'Udløber: {{date}}',
    errorCode: 'Fejlkode: {{code}}',
    certId: 'Certifikat-id: {{id}}',
    sent: 'Sendt: {{date}}',
    footer:
      'Sendt af Certdesk. Du får højst én besked om dagen pr. certifikat for hver slags problem. Skift, hvor beskederne sendes hen, eller slå dem fra under Indstillinger > Notifikationer.',
  },
};
