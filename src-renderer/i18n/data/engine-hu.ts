// Hungarian (Magyar): the phrases inside the damaged-data notices (src-main/shared/engine-text-data.ts).
import type { dataText } from '../../../src-main/shared/engine-text-data.ts';
import type { Shape } from '../shape.ts';

export const dataEngineHu: Shape<typeof dataText> = {
  item: {
    certificate: '{{id}} tanúsítvány',
    account: '{{who}} fiók',
    settings: 'beállítások',
  },
  missing: {
    account: 'fiók',
    route: 'az ellenőrzés módja',
    routeSecrets: 'az ellenőrzés jelszavai és tokenjei',
    history: 'előzmények',
    exports: 'exportálási célok',
    privateKey: 'privát kulcs',
  },
  folder: '{{folder}} ({{reason}})',
  reason: {
    newer: 'az adatait a Certdesk egy újabb verziója írta (formátum: {{format}})',
    unreadable:
      'sem az adatai, sem az utolsó ép példányuk nem olvasható, és egyik verziómappában sincs olvasható tanúsítvány',
  },
  then: {
    update:
      'Frissítse a Certdesket, hogy beolvassa az újabb verzió által írtakat; egyébként állítsa vissza az adatmappát biztonsági mentésből, vagy kérje ki újra ezeket a tanúsítványokat.',
    restore:
      'Állítsa vissza az adatmappát biztonsági mentésből, vagy kérje ki újra ezeket a tanúsítványokat.',
  },
  accountLost:
    'A(z) {{who}} fiók fájlja nem volt olvasható, és nem maradt ép példány, ezért ez a tanúsítvány nem újítható meg. Állítsa vissza az adatmappát biztonsági mentésből, vagy adja hozzá újra a fiókot, és válassza ki ehhez a tanúsítványhoz.',
  accountNewer:
    'A(z) {{who}} fiók fájlját a Certdesk egy újabb verziója mentette, ezért ez a verzió nem tudja használni a tanúsítvány megújításához. Frissítse a Certdesket.',
  versionDamaged:
    'A(z) {{id}} tanúsítvány fájljai hiányoznak vagy sérültek. Újítsa meg, hogy újakat kapjon, vagy állítsa vissza az adatmappát biztonsági mentésből.',
  where: {
    keychain: 'a rendszer kulcstartójának „Certdesk” bejegyzése',
    file: 'a(z) {{file}} fájl',
  },
};
