// Issue 22, Danish (Dansk): see en.ts.
import type { dataNoticesEn } from './en.ts';
export const dataNoticesDa: Record<keyof typeof dataNoticesEn, string> = {
  'restored-previous':
    'Certdesk kunne ikke læse den gemte fil for {{items}}, så den sidste gode kopi blev gendannet. Intet mangler; den beskadigede fil ligger stadig i datamappen.',
  'restored-files':
    'Oplysningerne om {{items}} kunne ikke læses, og der var ingen god kopi, så Certdesk genopbyggede dem ud fra certifikatfilerne. Mangler stadig: {{missing}}. Åbn hvert certifikat, og vælg igen, hvordan CA’en når din server; dine andre certifikater fornyes som normalt.',
  'lost-account':
    'Filen for {{items}} kunne ikke læses, og der var ingen god kopi, så de certifikater, der bruger den, kan ikke fornyes. Gendan datamappen fra en sikkerhedskopi, eller tilføj kontoen igen, og vælg den for de certifikater.',
  'lost-settings':
    'Dine indstillinger kunne ikke læses, og der var ingen god kopi, så Certdesk startede med standardindstillinger (også for notifikationer og proxy). Indstil dem igen; den beskadigede fil ligger stadig i datamappen.',
  'unmatched-folder':
    'Certdesk fandt {{count}} certifikatmappe(r), som ikke passer til nogen brugbare oplysninger, så intet fornyer dem: {{folders}}. {{then}}',
  'newer-settings':
    'Dine indstillinger blev gemt af en nyere version af Certdesk (format {{format}}), så denne version lader dem være og kører med standardindstillinger (også for notifikationer og proxy); ændringer, du laver her, bliver ikke gemt. Opdatér Certdesk for at bruge dine indstillinger igen.',
  'newer-account':
    'Filen for {{items}} blev gemt af en nyere version af Certdesk, så denne version lader den være og kan ikke forny de certifikater, der bruger den. Opdatér Certdesk for at forny dem igen.',
  'master-key-missing':
    'Hovednøglen, der åbner de gemte private nøgler, mangler ({{where}}), så ingen gemt nøgle kan åbnes, og intet certifikat kan fornyes. Gendan den fra en sikkerhedskopi af datamappen; uden sikkerhedskopi skal du flytte datamappen til side og udstede certifikaterne igen.',
  'master-key-mismatch':
    'Hovednøglen ({{where}}) er ikke den, de gemte private nøgler blev forseglet med, så ingen af dem kan åbnes, og intet certifikat kan fornyes. Gendan den rigtige fra en sikkerhedskopi af datamappen; uden sikkerhedskopi skal du flytte datamappen til side og udstede certifikaterne igen.',
};
