// Danish (Dansk): the phrases inside the damaged-data notices (src-main/shared/engine-text-data.ts).
import type { dataText } from '../../../src-main/shared/engine-text-data.ts';
import type { Shape } from '../shape.ts';

export const dataEngineDa: Shape<typeof dataText> = {
  item: {
    certificate: 'certifikat {{id}}',
    account: 'kontoen {{who}}',
    settings: 'indstillingerne',
  },
  missing: {
    account: 'konto',
    route: 'bevis for kontrol',
    routeSecrets: 'adgangskoder og tokens til beviset',
    history: 'historik',
    exports: 'eksportmål',
    privateKey: 'privat nøgle',
  },
  folder: '{{folder}} ({{reason}})',
  reason: {
    newer: 'dens oplysninger blev skrevet af en nyere version af Certdesk (format {{format}})',
    unreadable:
      'hverken dens oplysninger eller deres sidste gode kopi kan læses, og ingen versionsmappe indeholder et læsbart certifikat',
  },
  then: {
    update:
      'Opdatér Certdesk for at læse dem, der er skrevet af en nyere version; ellers gendan datamappen fra en sikkerhedskopi, eller udsted certifikaterne igen.',
    restore: 'Gendan datamappen fra en sikkerhedskopi, eller udsted certifikaterne igen.',
  },
  accountLost:
    'Filen for kontoen {{who}} kunne ikke læses, og der var ingen god kopi, så dette certifikat kan ikke fornyes. Gendan datamappen fra en sikkerhedskopi, eller tilføj kontoen igen, og vælg den for dette certifikat.',
  accountNewer:
    'Filen for kontoen {{who}} blev gemt af en nyere version af Certdesk, så denne version kan ikke bruge den til at forny dette certifikat. Opdatér Certdesk.',
  versionDamaged:
    'Filerne til certifikat {{id}} mangler eller er beskadigede. Forny det for at få nye, eller gendan datamappen fra en sikkerhedskopi.',
  where: {
    keychain: 'posten "Certdesk" i systemets nøglering',
    file: 'filen {{file}}',
  },
};
