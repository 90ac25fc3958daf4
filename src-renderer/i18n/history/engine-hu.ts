// Hungarian: what the CA's problem documents mean (src-main/shared/engine-text/acme.ts, issue 18).
import type { acmeText } from '../../../src-main/shared/engine-text/acme.ts';
import type { Shape } from '../shape.ts';

export const acmeHu: Shape<typeof acmeText> = {
  forName: ' ({{name}})',
  rateLimited:
    'A hitelesítő szerint mostanában túl sok tanúsítványt vagy próbálkozást kértek. Várjon a megadott időpontig, majd próbálja újra; előbb javítsa ki a sikertelen ellenőrzést, hogy az újabb próbálkozások ne számítsanak bele a korlátba.',
  badNonce:
    'A hitelesítő többször egymás után elutasította a kérés egyszer használatos azonosítóját. Ez általában átmeneti: próbálja újra.',
  caa: 'A DNS-ben egy CAA-rekord nem engedi, hogy ez a hitelesítő tanúsítványt állítson ki{{who}}. Vegyen fel egy ezt megengedő CAA-rekordot (a Let\'s Encrypthez: 0 issue "letsencrypt.org"), vagy törölje a korlátozót.',
  dns: 'A hitelesítő nem találta a domaint{{who}} a DNS-ben. Ellenőrizze, hogy a név létezik, és a DNS-szerverei válaszolnak, majd próbálja újra.',
  connection:
    'A hitelesítő nem tudott kapcsolódni a szerveréhez{{who}}. Ellenőrizze, hogy a név erre a szerverre mutat, és a port (http-01 esetén 80, tls-alpn-01 esetén 443) nyitva van az internet felé.',
  unauthorized:
    'A hitelesítő elérte a szerverét{{who}}, de nem a várt választ kapta. Ellenőrizze, hogy a név a megfelelő szerverre mutat, és semmi (tartalomkezelő, CDN vagy átirányítás) nem fogja el a kihívást.',
  incorrectResponse:
    'A hitelesítő rossz választ kapott a kihívására{{who}}. Ellenőrizze, hogy a fájl vagy a DNS-rekord pontosan a Certdesk által megadott értéket tartalmazza.',
  rejectedIdentifier:
    'A hitelesítő nem állít ki tanúsítványt erre a névre{{who}} (a szabályai tiltják). Használjon másik nevet vagy másik hitelesítőt.',
  tls: 'A hitelesítőnek TLS-problémája volt a szerverével{{who}}. Ellenőrizze a szervert a 443-as porton.',
  serverInternal:
    'A hitelesítőnél belső hiba történt. Próbálja újra később; ha továbbra is fennáll, nézze meg a hitelesítő állapotoldalát.',
  malformed:
    'A hitelesítő hibás formátumúként utasította el a kérést: {{detail}}. Ha ez ismétlődik, jelentse.',
  badCSR:
    'A hitelesítő elutasította a tanúsítványkérelmet: {{detail}}. Próbáljon másik kulcstípust.',
  badSignatureAlgorithm:
    'A hitelesítő nem fogadja el ezt a fiókkulcstípust. Hozzon létre fiókot másik kulcstípussal (az ECDSA P-256-ot széles körben elfogadják).',
  badPublicKey:
    'A hitelesítő nem fogadja el ezt a tanúsítványkulcs-típust. Válasszon másik kulcstípust (ECDSA P-256 vagy RSA 2048).',
  externalAccountRequired:
    'Ez a hitelesítő External Account Bindingot kér: másolja ki a kulcsazonosítót és a HMAC-kulcsot a hitelesítőnél lévő fiókoldaláról, és adja hozzá őket a fiókhoz.',
  unauthorizedEab:
    'A hitelesítő nem fogadta el az External Account Bindingot. Ellenőrizze a kulcsazonosítót és a HMAC-kulcsot a hitelesítőnél.',
  accountDoesNotExist: 'A hitelesítő már nem ismeri ezt a fiókot. Hozzon létre új fiókot.',
  alreadyRevoked: 'Ez a tanúsítvány már vissza van vonva.',
  userActionRequired:
    'A hitelesítő teendőt vár Öntől (gyakran: új felhasználási feltételek elfogadását): {{detail}}',
  unsupportedIdentifier: 'A hitelesítő nem támogatja az ilyen nevet{{who}}.',
  orderNotReady: 'A hitelesítő szerint a megrendelés nem volt kész. Próbálja újra.',
  invalidContact:
    'A hitelesítő nem fogadta el az e-mail-címet. Adjon meg valódi domainen lévő címet, amely eléri Önt.',
  unsupportedContact:
    'A hitelesítő nem fogad el ilyen elérhetőséget. Adjon meg egy egyszerű e-mail-címet.',
  refused: 'A hitelesítő elutasította: {{detail}}.',
};
