// Danish (Dansk): profiles, the CA's ARI window and short lifetimes (issue 18).
import type { profileText } from '../../../src-main/shared/engine-text-profiles.ts';
import type { Shape } from '../shape.ts';
import type { profilesEn } from './en.ts';

export const profilesDa: Shape<typeof profilesEn> = {
  label: "Profil hos CA'en",
  caDefault: "CA'ens standard",
  hint: "En profil er en slags certifikat, som CA'en tilbyder. Beskrivelserne er CA'ens egne.",
  loading: "Spørger CA'en om dens profiler…",
  none: 'Denne CA tilbyder ingen profiler, så dens sædvanlige certifikat udstedes.',
  unavailable: "Certdesk kunne ikke spørge CA'en om dens profiler lige nu; CA'ens standard gælder.",
  shorter:
    "En kortere levetid giver ikke ekstra arbejde med Certdesk: det fornyer certifikatet selv, i god tid før det udløber. Det fornyer dog oftere (et 6-dages certifikat cirka hver 3. dag), så denne computer og den måde, CA'en når din server på, skal virke så ofte.",
  noDnsForIp:
    "Ikke muligt her: dine navne omfatter en IP-adresse, og CA'en kontrollerer kun en IP-adresse ved at forbinde til den, aldrig via DNS. Vælg en af de to andre måder.",
  ipAllowed: 'Denne profil tillader også IP-adresser (for eksempel 203.0.113.10) som navne.',
  onCert: 'Profil',
  change: 'Skift profil',
  changeTitle: 'Skift profilen',
  changeNext:
    "Der bestilles intet nu: den næste fornyelse beder CA'en om den profil, du gemmer. Vælg Forny nu efter at have gemt, hvis du vil have et certifikat med den med det samme.",
  save: 'Gem profil',
  saved: 'Gemt. Den næste fornyelse beder om profilen {{profile}}.',
  savedDefault: "Gemt. Den næste fornyelse får CA'ens standardprofil.",
  caWindowTitle: "CA'ens foreslåede fornyelsesvindue",
  caWindow: '{{start}} til {{end}}',
  caWhy: "CA'ens forklaring",
  soonerDays:
    'Certifikater fra denne CA gælder {{days}} dage, færre end de 90 dage mange kender, så Certdesk fornyer oftere: cirka hver {{every}}. dag.',
  soonerHours:
    'Dette certifikat gælder kun {{hours}} timer, så Certdesk fornyer det, når halvdelen er tilbage: cirka hver {{every}}. time. Lad computeren være tændt.',
  reasonAri: "når CA'en bad om det (fornyelsesoplysninger fra CA'en)",
  ariLater: "(CA'ens foreslåede vindue er senere; Certdesk venter ikke længere end dette)",
};

export const profileEngineDa: Shape<typeof profileText> = {
  unknown: 'CA\'en tilbyder ikke profilen "{{profile}}". Vælg en af dens profiler: {{list}}.',
  noneOffered:
    'CA\'en tilbyder ingen profiler, så "{{profile}}" kan ikke bruges. Lad profilen være tom for at få CA\'ens sædvanlige certifikat.',
  ipNeedsProfile:
    '"{{name}}" er en IP-adresse. Denne CA udsteder kun certifikater til IP-adresser med profilen "{{profile}}": vælg den under Flere muligheder, eller brug et domænenavn, der peger på adressen.',
  ipNotOffered:
    '"{{name}}" er en IP-adresse, og denne CA tilbyder ingen profil, der tillader IP-adresser. Brug i stedet et domænenavn, der peger på adressen.',
  ipNoDns:
    '"{{name}}" er en IP-adresse: CA\'en kontrollerer kun en IP-adresse ved at forbinde til den (http-01 eller tls-alpn-01), aldrig via DNS. Vælg en af de metoder.',
  busy: 'Certifikatet {{name}} bliver fornyet lige nu. Skift dets profil, når det er færdigt.',
  ipKeeps:
    '"{{name}}" på dette certifikat er en IP-adresse, og denne CA udsteder kun certifikater til IP-adresser med disse profiler: {{list}}. Behold en af dem, eller få et nyt certifikat uden IP-adressen.',
  trialMissing:
    'CA\'ens øvetjeneste (staging) tilbyder ikke profilen "{{profile}}" (den tilbyder: {{list}}), så en prøvekørsel kan ikke øve den. Fortsæt uden prøvekørsel, eller vælg en profil, som begge tilbyder.',
  trialNone:
    'CA\'ens øvetjeneste (staging) tilbyder ingen profiler, så en prøvekørsel kan ikke øve profilen "{{profile}}". Fortsæt uden prøvekørsel, eller vælg CA\'ens standard.',
  ipReach: {
    ok: "Noget svarer på port {{port}} på {{name}}, så CA'en kan forbinde til den.",
    fail: "Intet svarer på port {{port}} på {{name}}. CA'en kontrollerer en IP-adresse ved at forbinde til den der.",
    fix: 'Åbn port {{port}} på {{name}} mod internettet (router og firewall), og lad Certdesk eller din webserver svare på den; kør så kontrollerne igen.',
    noDns: 'En IP-adresse behøver ingen DNS- eller CAA-poster, så de kontroller springes over.',
  },
};
