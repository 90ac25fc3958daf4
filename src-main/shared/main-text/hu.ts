// Hungarian (Magyar): the main process's sentences (./en.ts), translated.
import type { MainShape, mainText } from './en.ts';

export const mainHu: MainShape<typeof mainText> = {
  app: { cannotStart: 'A Certdesk nem tud elindulni' },
  tray: {
    tooltip: 'Certdesk: {{status}}',
    tooltipPaused: 'Certdesk: {{status}} (a megújítások szünetelnek)',
    none: 'még nincs tanúsítvány',
    attention_one: '{{count}} tanúsítvány figyelmet igényel',
    attention_other: '{{count}} tanúsítvány figyelmet igényel',
    dataProblem: 'Az adatmappa figyelmet igényel: néhány tanúsítvány nem újítható meg',
    due_one: '{{count}} megújítás várható',
    due_other: '{{count}} megújítás várható',
    fineOne: 'a tanúsítványa rendben van',
    fineAll: 'mind a(z) {{count}} tanúsítvány rendben van',
    waiting_one: '{{count}} tanúsítvány várja, hogy a helyére tegye',
    waiting_other: '{{count}} tanúsítvány várja, hogy a helyére tegye',
    open: 'Certdesk megnyitása',
    renewAll: 'Összes megújítása most',
    pause: 'Megújítások szüneteltetése',
    quit: 'Kilépés a Certdeskből',
  },
  names: {
    none: 'név nélküli tanúsítvány',
    two: '{{first}} és {{last}}',
    list: '{{list}} és {{last}}',
    more_one: '{{list}} és még {{count}}',
    more_other: '{{list}} és még {{count}}',
    separator: ', ',
  },
  until: {
    days_one: '{{count}} nap múlva',
    days_other: '{{count}} nap múlva',
    hours_one: '{{count}} óra múlva',
    hours_other: '{{count}} óra múlva',
    aboutHour: 'körülbelül egy óra múlva',
    lessThanHour: 'kevesebb mint egy óra múlva',
    past: 'már lejárt',
  },
  notice: {
    dataNewerTitle: 'Frissítse a Certdesket',
    dataNewer:
      'Az adatmappa egy részét a Certdesk egy újabb verziója mentette; ez a verzió érintetlenül hagyja. Nyissa meg a Certdesket, hogy lássa, mit jelent ez a frissítésig.',
    dataTitle: 'A Certdesk kijavította az adatmappáját',
    data: 'Az adatmappa egy része nem volt olvasható. Nyissa meg a Certdesket, hogy lássa, mit állított helyre, és kell-e valamit tennie.',
    failedTitle: 'Sikertelen megújítás: {{who}}',
    failed: 'A Certdesk nem tudta megújítani a(z) {{who}} tanúsítványát.',
    failedExpires:
      'A Certdesk nem tudta megújítani a(z) {{who}} tanúsítványát, amely {{expiry}} lejár.',
    failedWait:
      'A Certdesk magától nem próbálkozik újra: hárítsa el a hibát, majd nyissa meg a Certdesket, és válassza a Megújítás most lehetőséget.',
    failedRetry:
      'A Certdesk magától újra megpróbálja; ha ez ismétlődik, nyissa meg a Certdesket, hárítsa el a hibát, és válassza a Megújítás most lehetőséget.',
    deployFailedTitle: 'Sikertelen telepítés: {{who}}',
    deployFailed:
      'A(z) {{who}} tanúsítványát nem sikerült a helyére tenni itt: {{where}}; az ottani korábbi fájlok változatlanok.',
    deployFailedRetry:
      'A Certdesk magától újra próbálkozik; ha ez ismétlődik, nyissa meg a Certdesket, javítsa a hibát, és válassza a Telepítés most gombot.',
    waitingTitle: 'Tegye a helyére az új tanúsítványt: {{who}}',
    waitingUrgentTitle: 'Sürgős: tegye a helyére az új tanúsítványt: {{who}}',
    waiting:
      'A Certdesk megújította a(z) {{who}} tanúsítványát, de nem tudja maga a helyére tenni itt: {{where}}. Tegye meg kézzel.',
    waitingUrgent:
      'A tanúsítvány, amelyet {{where}} még használ ({{who}}), lejár: {{expiry}}. Tegye a helyére az újat most.',
    waitingDone:
      'Utána válassza a Certdeskben a „Kész” gombot, vagy hagyja, hogy a napi ellenőrzés lássa az új tanúsítványt.',
    succeededTitle: 'Megújítva: {{who}}',
    succeeded: 'A(z) {{who}} tanúsítványa megújult. Nincs teendője.',
    succeededUntil:
      'A(z) {{who}} tanúsítványa megújult, és most {{until}} időpontig érvényes. Nincs teendője.',
    expiringTitle: 'Hamarosan lejár: {{who}}',
    expiring:
      'A(z) {{who}} tanúsítványa {{expiry}} lejár, és még nem újult meg. Nyissa meg a Certdesket, olvassa el az utolsó hibát, és válassza a Megújítás most lehetőséget; lejárat után a látogatók biztonsági figyelmeztetést látnak.',
    expiringSoon: 'hamarosan',
    expiredTitle: 'Lejárt: {{who}}',
    expired:
      'A(z) {{who}} tanúsítványa lejárt, ezért a látogatók most biztonsági figyelmeztetést látnak. Nyissa meg a Certdesket, hárítsa el a jelzett hibát, és válassza a Megújítás most lehetőséget.',
    expiredOn:
      'A(z) {{who}} tanúsítványa {{date}} időpontban lejárt, ezért a látogatók most biztonsági figyelmeztetést látnak. Nyissa meg a Certdesket, hárítsa el a jelzett hibát, és válassza a Megújítás most lehetőséget.',
    ariTitle: 'Korai megújítást kértek: {{who}}',
    ari: 'A tanúsítványkiadó kérte, hogy a(z) {{who}} tanúsítványa idő előtt megújuljon, gyakran azért, mert visszavonja a jelenlegit. A Certdesk ebben az időszakban magától megújítja; nincs teendője, hacsak nem kap értesítést arról, hogy a megújítás sikertelen volt.',
    ariWindow:
      'A tanúsítványkiadó kérte, hogy a(z) {{who}} tanúsítványa idő előtt, {{start}} és {{end}} között megújuljon, gyakran azért, mert visszavonja a jelenlegit. A Certdesk ebben az időszakban magától megújítja; nincs teendője, hacsak nem kap értesítést arról, hogy a megújítás sikertelen volt.',
    ariWhy: 'A kiadó itt magyarázza el az okát: {{url}}.',
    testTitle: 'Certdesk tesztértesítés',
    test: 'Ez a Certdesk tesztüzenete: az értesítések így jutnak el Önhöz. Nincs teendője.',
  },
  email: {
    name_one: 'A tanúsítványon szereplő név:',
    name_other: 'A tanúsítványon szereplő nevek:',
    expires: 'Lejár: {{date}}',
    errorCode: 'Hibakód: {{code}}',
    certId: 'Tanúsítványazonosító: {{id}}',
    sent: 'Elküldve: {{date}}',
    footer:
      'A Certdesk küldte. Tanúsítványonként és problématípusonként naponta legfeljebb egy üzenetet kap. Az üzenetek címzettjét a Beállítások > Értesítések pontban módosíthatja vagy kapcsolhatja ki.',
  },
};
