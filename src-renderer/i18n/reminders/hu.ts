// Hungarian: places the person updates by hand (issue 17); the same keys as ./en.ts.
import type { remindersEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const remindersHu: Shape<typeof remindersEn> = {
  dashboard: {
    title: 'Önre vár',
    intro_one:
      'A Certdesk megújította ezt a tanúsítványt, de nem tudja maga a helyére tenni. Tegye meg kézzel, majd válassza a „Kész” gombot a tanúsítvány oldalán.',
    intro_other:
      'A Certdesk megújította ezt a(z) {{count}} tanúsítványt, de nem tudja maga a helyére tenni őket. Tegye meg kézzel, majd válassza a „Kész” gombot mindegyik oldalán.',
    where: 'Tegye az új tanúsítványt a helyére itt: {{where}}.',
    since: 'Várakozik ekkor óta: {{date}}.',
    urgent: 'Sürgős: a webhelye által még használt tanúsítvány lejár: {{date}}.',
    urgentBadge: 'Sürgős',
    showSteps: 'Lépések megjelenítése',
    rowBadge: 'Önre vár',
    separator: ', ',
  },
  steps: {
    title: 'Teendők itt: {{label}}',
    renewed:
      'A Certdesk {{date}} időpontban megújította ezt a tanúsítványt, de nem tudja maga a helyére tenni itt: {{label}}.',
    urgent:
      'Sürgős: a(z) {{label}} által még használt tanúsítvány lejár: {{date}}. Tegye a helyére most az újat.',
    open: 'Nyissa meg ezt: {{label}}, és keresse meg, hol lehet a tanúsítványt cserélni.',
    paste: 'Illessze be a lenti Tanúsítvány és CA-csomag mezők tartalmát az azonos nevű mezőkbe.',
    key: 'A titkos kulcsot a „Kulcsfájl mentése” gombbal mentse fájlba, és töltse fel a fájlt, vagy nyissa meg, és illessze be a szövegét. A Certdesk soha nem mutatja a kulcsot ezen az oldalon.',
    files:
      'A „Fájlok mentése” gombbal mentse a kért fájlokat egy mappába ezen a számítógépen, majd töltse fel őket oda:',
    notes: 'Saját jegyzetei:',
    done: 'Mentse ott, majd jöjjön vissza, és válassza a „Kész” gombot. A Certdesk naponta egyszer a webhelyét is ellenőrzi, és magától észreveszi az új tanúsítványt.',
    saveFiles: 'Fájlok mentése',
    folder: 'Mappa ezen a számítógépen a fájloknak',
    saved: 'Mentve ide: {{dir}}: {{files}}. A kulcsfájlt csak Ön olvashatja.',
    kinds: {
      cert: 'csak a tanúsítvány',
      chain: 'a CA-csomag (köztes tanúsítványok)',
      fullchain: 'a tanúsítvány a CA-csomaggal',
      key: 'a titkos kulcs: tartsa titokban',
      pfx: 'tanúsítvány, CA-csomag és kulcs egy jelszavas fájlban',
      der: 'csak a tanúsítvány, bináris formában',
      combined: 'tanúsítvány, CA-csomag és kulcs egy fájlban: tartsa titokban',
    },
  },
  add: {
    files: 'Mit kér a hely?',
    paste: 'Beillesztendő mezők (tanúsítvány, CA-csomag, titkos kulcs)',
  },
  history: {
    ok: 'Telepítve',
    failed: 'A telepítés nem sikerült',
    waiting: 'Önre vár',
    done: 'A helyére téve',
    removed: 'egy azóta eltávolított hely',
    trigger: {
      issued: 'az első tanúsítvány után',
      renewed: 'megújítás után',
      manual: 'Telepítés most',
      retry: 'magától újrapróbálva',
      done: 'Kész',
    },
  },
};
