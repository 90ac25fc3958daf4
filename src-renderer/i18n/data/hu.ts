// Issue 22, Hungarian (Magyar): see en.ts.
import type { dataNoticesEn } from './en.ts';
export const dataNoticesHu: Record<keyof typeof dataNoticesEn, string> = {
  'restored-previous':
    'A Certdesk nem tudta beolvasni ennek a mentett fájlját: {{items}}, ezért visszaállította az utolsó ép példányt. Semmi sem hiányzik; a sérült fájl megmaradt az adatmappában.',
  'restored-files':
    'Ezek adatai nem voltak olvashatók, és nem maradt ép példány: {{items}}, ezért a Certdesk a tanúsítványfájlokból építette újra őket. Még hiányzik: {{missing}}. Nyissa meg mindegyiket, és válassza ki újra, hogyan éri el a CA a szerverét; a többi tanúsítványa a szokásos módon megújul.',
  'lost-account':
    'Ennek a fájlja nem volt olvasható, és nem maradt ép példány: {{items}}, ezért az azt használó tanúsítványok nem újíthatók meg. Állítsa vissza az adatmappát biztonsági mentésből, vagy adja hozzá újra a fiókot, és válassza ki azokhoz a tanúsítványokhoz.',
  'lost-settings':
    'A beállításai nem voltak olvashatók, és nem maradt ép példány, ezért a Certdesk alapbeállításokkal indult (az értesítéseket és a proxyt is beleértve). Állítsa be őket újra; a sérült fájl megmaradt az adatmappában.',
  'unmatched-folder':
    'A Certdesk {{count}} olyan tanúsítványmappát talált, amelyhez nem tartozik használható adat, így semmi sem újítja meg őket: {{folders}}. {{then}}',
  'newer-settings':
    'A beállításait a Certdesk egy újabb verziója mentette (formátum: {{format}}), ezért ez a verzió érintetlenül hagyja őket, és alapbeállításokkal fut (az értesítéseket és a proxyt is beleértve); az itt végzett módosítások nem maradnak meg. Frissítse a Certdesket, hogy újra a saját beállításait használja.',
  'newer-account':
    'Ennek a fájlját a Certdesk egy újabb verziója mentette: {{items}}, ezért ez a verzió érintetlenül hagyja, és nem tudja megújítani az azt használó tanúsítványokat. Frissítse a Certdesket, hogy újra megújuljanak.',
  'master-key-missing':
    'Hiányzik a mentett privát kulcsokat nyitó mesterkulcs ({{where}}), így egyetlen mentett kulcs sem nyitható meg, és egyetlen tanúsítvány sem újítható meg. Állítsa vissza az adatmappa biztonsági mentéséből; mentés nélkül tegye félre az adatmappát, és kérje ki újra a tanúsítványokat.',
  'master-key-mismatch':
    'A mesterkulcs ({{where}}) nem az, amellyel a mentett privát kulcsokat lezárták, így egyik sem nyílik meg, és egyetlen tanúsítvány sem újítható meg. Állítsa vissza a megfelelőt az adatmappa biztonsági mentéséből; mentés nélkül tegye félre az adatmappát, és kérje ki újra a tanúsítványokat.',
};
