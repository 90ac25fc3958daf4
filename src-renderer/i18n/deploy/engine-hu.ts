// Hungarian: the engine's sentences about deployment targets (src-main/shared/engine-text-deploy.ts).
import type { deployText } from '../../../src-main/shared/engine-text-deploy.ts';
import type { Shape } from '../shape.ts';

export const deployEngineHu: Shape<typeof deployText> = {
  missingFolder:
    'A(z) „{{folder}}” mappa nem létezik itt: {{server}}. Hozza létre ott (vagy javítsa ennek a telepítésnek a mappáját), majd telepítse újra.',
  notAFolder:
    'A(z) „{{folder}}” itt: {{server}} fájl, nem mappa. Adja meg a mappát, ahová a fájlok kerülnek, majd telepítse újra.',
  noWrite:
    'A(z) „{{user}}” fiók nem írhat a(z) „{{folder}}” mappába itt: {{server}}. Adjon neki írási jogot (vagy válasszon olyan mappát, ahová írhat), majd telepítse újra.',
  commandFailed:
    'A(z) „{{command}}” parancs itt: {{server}} {{code}} kilépési állapottal ért véget, ezért a Certdesk visszatette a korábbi fájlokat. Javítsa, amit a kimenet utolsó sorai mondanak, majd telepítse újra.',
  commandStopped:
    'A(z) „{{command}}” parancs itt: {{server}} nem fejeződött be {{seconds}} másodperc alatt, és leállt, ezért a Certdesk visszatette a korábbi fájlokat. Ellenőrizze, hogy nem vár bemenetre, majd telepítse újra.',
  cpanelToken:
    'A cPanel itt: {{server}} elutasította a(z) „{{user}}” API-tokenjét. Hozzon létre új tokent a cPanelben (Security > Manage API Tokens), adja meg a Certdesknek, majd telepítse újra.',
  cpanelRefused:
    'A cPanel itt: {{server}} nem telepítette a tanúsítványt ehhez: {{domain}}. {{reason}} Ellenőrizze, hogy a domain ehhez a cPanel-fiókhoz tartozik, majd telepítse újra.',
  cpanelUnreachable:
    'A Certdesk nem érte el a cPanelt itt: {{server}} ({{why}}). Ellenőrizze a címet (általában https://az-ön-domainje:2083), majd telepítse újra.',
  cpanelNotCpanel:
    '{{server}} nem úgy válaszolt, mint a cPanel (HTTP {{status}}). Ellenőrizze a címet, általában https://az-ön-domainje:2083, majd telepítse újra.',
  localFailed: '{{message}}',
  tested: 'A Certdesk kapcsolódott ide: {{where}}, és írhat oda; semmi sem változott.',
  testedCpanel:
    'A cPanel itt: {{server}} elfogadta a(z) „{{user}}” API-tokenjét; semmi sem változott.',
  testedManual:
    'A Certdesk maga nem éri el ezt a helyet: minden megújítás után megmutatja Önnek a lépéseket.',
  deployed: 'Telepítve ide: {{where}}.',
  waiting:
    'Önre vár: tegye a helyére az új tanúsítványt itt: {{label}}, majd válassza a „Kész” gombot.',
  manualStep1: 'Nyissa meg ezt: {{label}}, és keresse meg, hol cserélhető a tanúsítvány.',
  manualStep2:
    'Illessze be a tanúsítványt és a CA-csomagot az alábbi mezőkből, a privát kulcsot pedig a „Privát kulcs másolása” gombbal.',
  manualStep3: 'Mentse el ott, majd jöjjön vissza, és válassza a „Kész” gombot.',
};
