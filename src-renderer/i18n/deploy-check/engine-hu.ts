// Hungarian: what a deployment target's check says, and the export writer's folder sentences
// (src-main/shared/engine-text-deploy-check.ts).
import type {
  deployCheckText,
  exportCheckText,
} from '../../../src-main/shared/engine-text-deploy-check.ts';
import type { Shape } from '../shape.ts';

export const deployCheckHu: Shape<typeof deployCheckText> = {
  sftpLogin: 'Az SFTP-hez a fiók jelszava vagy egy privát kulcs kell.',
  sftpLoginAgain:
    'Az SFTP-hez a fiók jelszava vagy egy privát kulcs kell: adja meg újra valamelyiket.',
  sftpHost: 'Az SFTP-hez meg kell adni a szervert (GÉP vagy GÉP:PORT).',
  sftpUser: 'Az SFTP-hez meg kell adni a szerveren lévő fiók felhasználónevét.',
  sftpFolder: 'Az SFTP-hez meg kell adni a szerveren azt a mappát, ahová a fájlok kerülnek.',
  ftpPassword: 'Az FTP-hez a fiók jelszava kell.',
  ftpPasswordAgain: 'Az FTP-hez a fiók jelszava kell: adja meg újra.',
  ftpHost: 'Az FTP-hez meg kell adni a szervert (GÉP vagy GÉP:PORT).',
  ftpUser: 'Az FTP-hez meg kell adni a fiók felhasználónevét.',
  ftpFolder: 'Az FTP-hez meg kell adni a szerveren azt a mappát, ahová a fájlok kerülnek.',
  controlChars: 'Egy mező sortörést vagy más vezérlőkaraktert tartalmaz: írja be újra.',
  hostKey:
    '„{{value}}” nem SSH-gépkulcs ujjlenyomata. Így néz ki: SHA256: és utána 43 karakter (ssh-keygen -lf a szerver kulcsán).',
  commandOneLine: 'A feltöltés utáni parancsnak egy sorban kell lennie.',
  cpanelToken: 'A cPanelhez a fiók API-tokenje kell.',
  cpanelTokenAgain: 'A cPanelhez API-token kell: adja meg újra.',
  cpanelUser: 'A cPanelhez meg kell adni a cPanel-fiók felhasználónevét.',
  cpanelAddress: '„{{input}}” nem cPanel-cím: így adja meg: https://example.com:2083.',
  cpanelHttps:
    'A cPanelt https-en (2083-as port) kell elérni, hogy az API-token soha ne menjen titkosítatlanul.',
  localFolder: 'Válasszon mappát.',
  localNoWrite:
    'A Certdesk nem írhat ide: {{folder}}. Módosítsa a mappa jogosultságait, vagy válasszon másik mappát.',
  manualLabel: 'Írja be, hová kerül a tanúsítvány, pl. „A router adminoldala”.',
  manualOnly: 'Csak a kézzel frissített helyet lehet késznek jelölni.',
  pfxPassword: 'A PFX-fájlhoz jelszó kell: adjon meg egyet.',
  unknownPreset:
    '„{{preset}}” nem olyan exportsablon, amelyet a Certdesk ismer; válasszon ezek közül: {{list}}.',
  unknownFormat:
    '„{{format}}” nem olyan formátum, amelyet a Certdesk ismer; válasszon ezek közül: {{list}}.',
  pasteOnly:
    'A beillesztendő mezők nem fájlok: cPanelhez a cPanel helyet válassza, más vezérlőpulthoz a „kézzel” helyet.',
  noTarget:
    'Ennek a tanúsítványnak nincs {{target}} telepítési helye: nézze meg a helyei listáját.',
  notIssued: 'A(z) {{id}} tanúsítványt még nem állították ki. Előbb szerezze be.',
  copyFailed:
    'A fájlok másolása ide sikertelen: {{server}}, ezért a korábbi fájlok a helyükön maradnak. Próbálja újra; ha továbbra is sikertelen, ellenőrizze a kapcsolatot és a mappa jogosultságait.',
  sftpNoHost:
    'A Certdesk nem találja a(z) {{host}} szervert: a név nem létezik a DNS-ben. Ellenőrizze a tárhelyszolgáltató által megadott SFTP-gépnevet (gyakran sftp.azondomainje vagy egy szervernév, például s123.szolgaltato.net).',
  sftpNoConnect:
    'A Certdesk nem tudott csatlakozni ide: {{host}}, {{port}}-es port. Ellenőrizze a tárhelyszolgáltató által megadott gépnevet és portot, és hogy az SFTP engedélyezve van-e a fiókjában.',
  sftpBadPassphrase:
    'A Certdesk nem tudta feloldani a privát kulcsot a megadott jelmondattal. Ellenőrizze a jelmondatot.',
  sftpBadKey:
    'A kulcsfájl nem olyan kulcs, amelyet a Certdesk olvasni tud. Adjon meg OpenSSH vagy PEM formátumú privát kulcsot (a .pub nélküli fájlt); a PuTTY .ppk kulcsokat előbb OpenSSH formátumba kell exportálni.',
  sftpNotSsh:
    'A(z) {{host}} {{port}}-es portja nem SSH/SFTP-t beszél, vagy nem sikerült közös titkosítási módszerben megegyezni. Ellenőrizze, hogy ez-e a tárhelyszolgáltató által megadott SFTP-port (általában 22; az FTP 21).',
  noSession:
    'A Certdesk nem tudott {{protocol}}-munkamenetet nyitni ezzel: {{server}}. Ellenőrizze a tárhelyszolgáltató által megadott gépnevet, portot és belépési adatokat, majd próbálja újra.',
  ftpNoHost:
    'A Certdesk nem találja a(z) {{host}} szervert: a név nem létezik a DNS-ben. Ellenőrizze a tárhelyszolgáltató által megadott FTP-gépnevet (gyakran ftp.azondomainje).',
  ftpNoConnectPort:
    'A Certdesk nem tudott csatlakozni ide: {{host}}, {{port}}-es port. Ellenőrizze a tárhelyszolgáltató által megadott gépnevet és portot (az FTP általában a 21-es port), és hogy az FTP engedélyezve van-e a fiókjában.',
  ftpNoConnect:
    'A Certdesk nem tudott csatlakozni ide: {{host}}, {{port}}-es port. Ellenőrizze a tárhelyszolgáltató által megadott gépnevet és portot, és hogy az FTP engedélyezve van-e a fiókjában.',
  ftpsFailed:
    'A titkosított kapcsolat ezzel sikertelen: {{server}}. Ellenőrizze, hogy a szerver ezen a porton explicit TLS-sel kínál-e FTPS-t (a 990-es porton futó implicit FTPS nem támogatott).',
  badHostSftp:
    '„{{input}}” nem szervercím. Adja meg az SFTP-gépnevet, amelyet a tárhelyszolgáltató mutat, pl. sftp.example.com vagy sftp.example.com:2222.',
  badHostFtp:
    '„{{input}}” nem szervercím. Adja meg az FTP-gépnevet, amelyet a tárhelyszolgáltató mutat, pl. ftp.example.com.',
  badPort: '„{{port}}” nem portszám (1–65535) a(z) „{{input}}” {{what}}-címben.',
  remoteControl:
    'A távoli mappa vezérlőkaraktereket (sortörést?) tartalmaz. Írja be újra a mappa nevét, pl. public_html.',
  remoteClimbsTop:
    'A(z) „{{input}}” távoli mappa a „..” miatt a szerver teteje fölé lépne. Adja meg a webgyökér útvonalát „..” nélkül, pl. public_html vagy /home/felhasznalo/public_html.',
  remoteClimbsHome:
    'A(z) „{{input}}” távoli mappa a „..” miatt a bejelentkezési mappája fölé lépne. Adja meg a webgyökér útvonalát „..” nélkül, pl. public_html vagy /home/felhasznalo/public_html.',
};

export const exportCheckHu: Shape<typeof exportCheckText> = {
  diskFull:
    'A(z) {{folder}} mappát tartalmazó lemez megtelt, ezért semmi sem lett exportálva, és félig megírt fájl sem maradt. Szabadítson fel helyet, vagy válasszon másik mappát, majd exportáljon újra.',
  denied:
    'A Certdesk nem írhat ide: {{folder}} (a mappa vagy egy benne lévő fájl írásvédett), ezért semmi sem lett exportálva. Válasszon másik mappát, vagy módosítsa a jogosultságait, majd exportáljon újra.',
  missing:
    'A(z) {{folder}} mappa nem létezik. Hozza létre, vagy válasszon másik mappát, majd exportáljon újra.',
  busy: 'A(z) {{folder}} mappában egy fájlt egy másik program használ, ezért semmi sem lett exportálva. Zárja be azt a programot (vagy állítsa le a fájlt használó szervert), és exportáljon újra.',
  failed:
    'A fájlok írása ide sikertelen: {{folder}}, ezért semmi sem lett exportálva. Próbálja újra, vagy válasszon másik mappát.',
  notFolder: '{{folder}} fájl, nem mappa. Válasszon mappát az exportáláshoz.',
  pfxNeeded:
    'A PFX-fájlokhoz jelszó kell: adjon meg egyet (legalább 4 karakter), és írja fel, mert a szerver vagy a program, amelybe a fájlt importálja, kérni fogja.',
  pfxShort:
    'Ez a PFX-jelszó túl rövid: legalább {{min}} karaktert használjon (a hosszabb jobban védi a privát kulcsot).',
};
