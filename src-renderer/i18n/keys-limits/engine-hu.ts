// Hungarian: the engine's sentences of issue 18 (src-main/shared/engine-text/keys-limits.ts).
import type {
  dualText,
  limitsText,
  stagingText,
} from '../../../src-main/shared/engine-text/keys-limits.ts';
import type { Shape } from '../shape.ts';

export const dualHu: Shape<typeof dualText> = {
  where: {
    nginx:
      'Az nginx mindkettőt kiszolgálja: a server blokkba írjon két ssl_certificate sort (a -ecdsa és a -rsa mappa fullchain.pem fájlját) és két ssl_certificate_key sort (a hozzájuk tartozó privkey.pem fájlt), majd töltse újra az nginxet; minden kliens azt kapja, amelyiket használni tudja.',
    apache:
      'Az Apache 2.4 mindkettőt kiszolgálja: írja be kétszer az SSLCertificateFile és SSLCertificateKeyFile sort, egyszer a -ecdsa, egyszer a -rsa mappa fájljaival, majd töltse újra az Apache-ot.',
    iis: 'Az IIS egy webhelyhez egy tanúsítványt köt: importálja a webhelyhez a -ecdsa mappa .pfx fájlját, a -rsa mappáét pedig tartsa meg egy olyan szervernek, amelynek nagyon régi klienseket kell kiszolgálnia.',
    cpanel:
      'A cPanel és a Plesk webhelyenként egy tanúsítványt tárol: az ECDSA-tanúsítvány mezőit illessze be; az RSA-tanúsítványt csak akkor használja, ha nagyon régi klienseknek is csatlakozniuk kell.',
    haproxy:
      'A HAProxy mindkettőt kiszolgálja: a bind sor crt beállításának adja meg mindkét .pem fájlt (a -ecdsa és a -rsa mappáét), majd töltse újra a HAProxyt; kliensenként választ.',
    synology:
      'A NAS egy tanúsítványt használ: importálja a -ecdsa mappa fájljait, vagy a -rsa mappáéit, ha nagyon régi eszközöknek is csatlakozniuk kell.',
    tomcat:
      'A Tomcat mindkettőt kiszolgálja: az SSLHostConfig elembe vegyen fel két Certificate elemet, egyet type="EC" értékkel és a -ecdsa mappa .pfx fájljával, egyet type="RSA" értékkel és a -rsa mappa .pfx fájljával, majd indítsa újra a Tomcatet.',
    generic:
      'A -ecdsa és a -rsa mappa ugyanazokat a fájlokat tartalmazza a két tanúsítványhoz: adja meg a szervernek mindkettőt, ha kettőt is ki tud szolgálni (minden kliens azt kapja, amelyiket használni tudja), különben a -ecdsa mappáét.',
  },
  second: 'Most a {{keyType}} tanúsítvány ugyanazokra a nevekre',
};

export const limitsHu: Shape<typeof limitsText> = {
  paused:
    'A hitelesítésszolgáltató szüneteltette ezt a fiókot a következőkre: {{names}}, mert az ellenőrzésük újra és újra sikertelen volt, ezért a Certdesk abbahagyta a próbálkozást: először javítsa ki, miért sikertelen az ellenőrzés (futtassa az ellenőrzéseket), aztán nyissa meg a szolgáltató feloldó oldalát és erősítse meg ott, végül jelezze a Certdesknek, hogy a szüneteltetés megszűnt.',
  newOrders:
    "A hitelesítésszolgáltató elutasított egy új rendelést: ez a fiók rövid idő alatt túl sok tanúsítványt kért (új rendelések fiókonként; a Let's Encryptnél 3 óránként 300).",
  perDomain:
    "A hitelesítésszolgáltató elutasított egy új rendelést: ezen a héten túl sok tanúsítvány készült ehhez: {{domain}} (tanúsítványok regisztrált tartományonként; a Let's Encryptnél 7 naponként 50, az összes fiókot beleszámítva).",
  duplicate:
    "A hitelesítésszolgáltató elutasított egy új rendelést: pontosan ez a névkészlet ezen a héten már túl sok tanúsítványt kapott (ismétlődő tanúsítványok; a Let's Encryptnél 7 naponként 5).",
  failedValidations:
    "A hitelesítésszolgáltató elutasított egy új rendelést: {{domain}} ellenőrzése az elmúlt órában túl sokszor volt sikertelen (sikertelen ellenőrzések; a Let's Encryptnél névenként óránként 5); javítsa ki az okát, mielőtt újra próbálja (futtassa az ellenőrzéseket).",
  registrations:
    'A hitelesítésszolgáltató most nem hoz létre több fiókot erről a hálózati címről (új fiókok címenként).',
  other: 'A hitelesítésszolgáltató szerint mostanában túl sok kérés érkezett.',
  retryAt: 'A Certdesk {{at}} után próbálja újra, ahogy a szolgáltató kérte.',
  retryLater: 'A Certdesk később próbálja újra; korábban nem, mert az a korlátba számítana.',
  joined: '{{first}} {{second}} {{third}}',
  ariExempt:
    "A Certdesk által már kezelt tanúsítványok megújításai megnevezik a lecserélt tanúsítványt (ARI), ezeket a Let's Encrypt mentesíti e korlát alól, így folytatódnak.",
};

export const stagingHu: Shape<typeof stagingText> = {
  notUrl:
    '"{{url}}" nem webcím: illessze be a hitelesítésszolgáltató által megadott gyakorló (staging) címtár címét, https:// kezdettel.',
  notHttps: 'A gyakorló (staging) címtár címének https:// kezdetűnek kell lennie.',
};
