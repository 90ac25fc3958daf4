// Hungarian: failures that carried only English before (src-main/shared/engine-text/failures.ts).
import type { failuresText } from '../../../src-main/shared/engine-text/failures.ts';
import type { Shape } from '../shape.ts';

export const failuresHu: Shape<typeof failuresText> = {
  cancelled: 'Megszakítva. Semmi sem változott; kezdje újra, amikor készen áll.',
  cancelledAtCa: 'Megszakítva. A CA-nál semmi sem változott; kezdje újra, amikor készen áll.',
  cancelledStart: 'Megszakítva. Kezdje újra, amikor készen áll.',
  cancelledPlain: 'Megszakítva.',
  cancelledManual: 'Megszakítva: a kézi lépés nem fejeződött be.',
  cancelledClosing: 'Megszakítva: a Certdesk bezárul.',
  commandRefused:
    'Nem engedélyezte a parancsot, így semmi sem változott. Mentsen újra, és a Certdesk ismét megkérdezi.',
  trialOutOfTime: 'A próbafuttatásnak lejárt az ideje.',
  caUnreachable:
    'A Certdesk nem éri el a CA-t ({{host}}). Ellenőrizze az internetkapcsolatot, és hogy a kimenő HTTPS (443-as port) engedélyezett-e, majd próbálja újra.',
  caTimeout:
    'A CA ({{host}}) nem válaszolt időben. Ellenőrizze az internetkapcsolatot vagy a CA állapotoldalát, majd próbálja újra.',
  caTooLarge:
    'A CA ({{host}}) túl nagy választ küldött. Próbálja újra később, vagy ellenőrizze a címtár címét.',
  caInsecure: 'A CA nem biztonságos címre irányította a Certdesket. Ellenőrizze a címtár címét.',
  caNoAnswer: 'A CA nem válaszolt.',
  caRedirect:
    'A CA átirányítással válaszolt, amelyet az ACME nem használ. Ellenőrizze a címtár címét.',
  caNotJson:
    'A CA olyan választ küldött, amelyet a Certdesk nem tud olvasni (nem JSON). Ellenőrizze a címtár címét, vagy próbálja újra később.',
  notDirectory: 'A cím nem ACME-címtárra mutat. Ellenőrizze a CA címtárának címét.',
  badToken: 'A CA olyan kihívás-tokent küldött, amely nem base64url; a Certdesk nem használta.',
  notOffered:
    'A CA nem kínálja a(z) {{method}} módszert ehhez: {{name}} (ezeket kínálja: {{offered}}). Válasszon ezek közül.',
  gaveUp:
    'A Certdesk feladta a várakozást: {{what}}. Próbálja újra; ha ismétlődik, nézze meg a CA állapotoldalát.',
  waitingFor: {
    validate: 'a CA ellenőrzi a neveket',
    issue: 'a CA kiállítja a tanúsítványt',
  },
  couldNot: 'A Certdesknek nem sikerült: {{what}}.',
  couldNotPractice: 'A Certdesknek nem sikerült a gyakorló szerveren: {{what}}.',
  doing: {
    directory: 'a CA címtárának olvasása',
    caDirectory: 'a CA címtárának olvasása',
    order: 'a rendelés létrehozása',
    authorizations: 'az engedélyek olvasása',
    start: 'az ellenőrzés indítása',
    check: 'az ellenőrzés állapotának lekérése',
    finalize: 'a rendelés véglegesítése',
    checkOrder: 'a rendelés állapotának lekérése',
    download: 'a tanúsítvány letöltése',
    revoke: 'a tanúsítvány visszavonása',
    account: 'a fiók létrehozása a CA-nál',
  },
  folderBusy:
    'Az adatmappa foglalt: {{app}} ({{pid}}. folyamat itt: {{host}}, ekkortól: {{since}}) ír bele. Várja meg, amíg befejezi, vagy zárja be, majd próbálja újra.',
  anotherCertdesk: 'egy másik Certdesk',
  certBusy:
    'Ezt a tanúsítványt éppen megújítja: {{app}} ({{pid}}. folyamat, ekkortól: {{since}}). Várja meg, amíg befejeződik.',
  alreadyRenewing: 'A(z) {{name}} tanúsítvány megújítása már folyamatban van. Várja meg a végét.',
  renewingRoute:
    'A(z) {{name}} tanúsítvány megújítása éppen folyamatban van. Amikor befejeződött, változtassa meg, hogyan éri el Önt a CA.',
  portInUse:
    'A(z) {{port}}. portot már egy másik program használja ezen a számítógépen (gyakran egy webszerver). Állítsa le azt a programot, amíg a Certdesk ellenőriz, vagy válassza a „feltöltés a webszerverem mappájába” lehetőséget, hogy a meglévő webszerver válaszoljon a CA-nak.',
  portNotPermitted: 'A Certdesk nem nyithatja meg a(z) {{port}}. portot. {{how}}; {{alt}}.',
  portHow: {
    linux:
      'Linuxon az 1024 alatti portokhoz engedély kell: futtassa a parancssorhoz a "sudo setcap \'cap_net_bind_service=+ep\' $(readlink -f $(which node))" parancsot, vagy futtassa a Certdesket szolgáltatásként ezzel a jogosultsággal',
    darwin:
      'macOS-en engedélyezze a Certdesket a Rendszerbeállítások > Hálózat > Tűzfal alatt, vagy futtassa rendszergazdai jogokkal',
    windows:
      'Windowson engedélyezze a Certdesket a Windows Defender tűzfalon, amikor kéri, vagy futtassa rendszergazdaként',
  },
  portAlt: {
    http: 'vagy válassza a „feltöltés a webszerverem mappájába” lehetőséget, hogy a meglévő webszerver válaszoljon a CA-nak',
    tls: 'vagy használja helyette a http-01 vagy a dns-01 módszert',
  },
  portOther: 'A Certdesk nem tudta megnyitni a(z) {{port}}. portot: {{error}}.',
  internal:
    'Valami váratlan hiba történt a Certdeskben. Próbálja újra; ha ismétlődik, jelentse a részletekkel együtt.',
};
