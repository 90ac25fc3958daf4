// Hungarian (Magyar): the engine's sentences (src-main/shared/engine-text.ts), translated.
import { remindersEngineHu } from './reminders/engine-hu.ts';
import type { engineText } from '../../src-main/shared/engine-text.ts';
import type { Shape } from './shape.ts';
import { profileEngineHu } from './profiles/hu.ts';
import { namesEngineHu } from './names/engine-hu.ts';
import { acmeHu } from './history/engine-hu.ts';
import { dataEngineHu } from './data/engine-hu.ts';
import { failuresHu } from './failures/engine-hu.ts';
import { siteCheckHu } from './sitecheck/engine-hu.ts';
import { deployEngineHu } from './deploy/engine-hu.ts';
import { deployCheckHu, exportCheckHu } from './deploy-check/engine-hu.ts';
import { renewalEngineHu } from './renewal/hu.ts';
import { dualHu, limitsHu, stagingHu } from './keys-limits/engine-hu.ts';

const EVERYONE =
  'a CA az internet több pontjáról ellenőriz, és nem teszi közzé, honnan, ezért a portnak minden cím felől nyitva kell lennie';
const NETWORK =
  'Ellenőrizze az internetkapcsolatot és a DNS-beállításokat, majd futtassa újra az ellenőrzéseket.';
const BEHIND_ROUTER =
  'Ha ez a számítógép router mögött van, a saját nyilvános címének belülről való elérése akkor is sikertelen lehet, ha az internet felől minden átjut; a próbafuttatás a CA oldaláról ellenőriz.';

export const engineHu: Shape<typeof engineText> = {
  preflight: {
    fixNetwork: NETWORK,
    fixAddA:
      'A DNS-szolgáltatójánál vegyen fel egy A-rekordot a(z) {{name}} névhez, amely a szervere nyilvános címére mutat.',
    names: {
      ok_one: 'A név helyesen van megadva egy tanúsítványhoz.',
      ok_other: 'Mind a(z) {{count}} név helyesen van megadva egy tanúsítványhoz.',
      fixIp:
        'Használjon olyan domainnevet, amely erre a címre mutat; puszta IP-címre szóló tanúsítványhoz külön CA-profil kell.',
      fixWildcard:
        'Helyettesítő (wildcard) nevekhez válassza a DNS-alapú ellenőrzést (dns-01), vagy sorolja fel egyenként a neveket (www.example.com, shop.example.com).',
    },
    outbound: {
      ok: 'Ez a számítógép HTTPS-en eléri a CA-t ({{host}}).',
      fail: 'Ez a számítógép nem éri el a CA-t ({{host}}) HTTPS-en.',
      fixProxy:
        'Ha a hálózata belenéz a HTTPS-forgalomba (céges proxy vagy vírusirtó), kérje meg az informatikai osztályt, hogy a CA forgalmát változatlanul engedje át.',
      fixReach:
        'Engedje, hogy ez a számítógép kimenő HTTPS-kapcsolatot (443-as port) nyisson a(z) {{host}} felé: ellenőrizze a tűzfalat, céges hálózaton a proxybeállításokat is. Ha a hálózat rendben van, lehet, hogy a CA nem működik: lásd {{status}}.',
      statusPage: 'a CA állapotoldalát',
      statusPageAt: 'a CA állapotoldalát ({{url}})',
    },
    guard: {
      cancelled: 'Megszakítva, mielőtt ez az ellenőrzés befejeződött.',
      timeout:
        'Ez az ellenőrzés nem fejeződött be {{seconds}} másodpercen belül, így a Certdesk nem tudja megmondani, sikerülne-e.',
      unexpected: 'Az ellenőrzés váratlan hibával leállt: {{error}}',
    },
    responder: {
      okHttp:
        'A Certdesk meg tudja nyitni a(z) {{port}}. portot ezen a számítógépen a beépített webszerveréhez.',
      okTls:
        'A Certdesk meg tudja nyitni a(z) {{port}}. portot ezen a számítógépen a TLS-válaszolójához.',
      inUseHttp:
        'A(z) {{port}}. portot ezen a számítógépen már használja: {{who}}, ezért a Certdesk beépített webszervere nem tud ott válaszolni a CA-nak.',
      inUseTls:
        'A(z) {{port}}. portot ezen a számítógépen már használja: {{who}}, ezért a Certdesk TLS-válaszolója nem tud ott válaszolni a CA-nak.',
      anotherProgram: 'egy másik program',
      thatProgram: 'azt a programot',
      fixStopHttp:
        'Állítsa le ezt: {{who}}, amíg a Certdesk az ellenőrzést végzi, vagy válassza „A webszerverem mappájába” módot (webroot), hogy a porton már futó program válaszoljon a CA-nak.',
      fixStopTls:
        'Állítsa le ezt: {{who}}, amíg a Certdesk az ellenőrzést végzi, vagy használja helyette a http-01 vagy a dns-01 módot.',
      cannotOpen: 'A Certdesk nem tudja megnyitni a(z) {{port}}. portot ezen a számítógépen.',
      fixWebroot:
        'Válassza ki azt a mappát, amelyből a webszervere ezt a webhelyet kiszolgálja, és győződjön meg róla, hogy a Certdesk írhat bele.',
      notPlaced: 'A Certdesk nem tudott próbaválaszt elhelyezni ehhez: {{name}}: {{error}}',
      httpSkipped:
        'A Certdesk nem tudta a CA-t utánozni ennél: {{name}}, mert a próbaválaszát nem tudta elhelyezni (lásd fent).',
      noTestFile: 'Nem sikerült próbafájlt elhelyezni ehhez: {{name}} (lásd fent).',
      tlsSkipped:
        'A Certdesk nem tudta elindítani a TLS-válaszolóját ehhez: {{name}}, így nem tudta a CA-t utánozni (lásd fent).',
    },
    caa: {
      servfail:
        '{{at}} DNS-szerverei hibát adnak, ha CAA-rekordokról kérdezik őket. Ha ez a lekérdezés nem sikerül, a CA nem állít ki tanúsítványt.',
      lookupError: 'A Certdesk nem tudta kiolvasni {{at}} CAA-rekordjait ({{code}}).',
      fixServfail:
        'Kérje meg a DNS-szolgáltatóját, hogy válaszoljon a CAA-kérdésekre ({{at}}); az üres válasz is megfelel. Néhány régi DNS-szerver hibát ad az általa nem ismert rekordtípusokra.',
      none: 'Nincs CAA-rekord ehhez: {{name}}; bármely CA kiállíthat tanúsítványt.',
      critical:
        '{{owner}} egyik CAA-rekordja kritikusnak van jelölve, és olyan tulajdonságot tartalmaz, amelyet a CA-k nem ismernek ({{tags}}), ezért minden CA-nak meg kell tagadnia a kiállítást.',
      fixCritical:
        'Távolítsa el {{owner}} ezen CAA-rekordját, vagy törölje a kritikus jelzőjét (0 legyen {{flags}} helyett).',
      unlimited: '{{owner}} CAA-rekordjai nem korlátozzák, melyik CA állíthat ki tanúsítványt.',
      unlimitedWild:
        '{{owner}} CAA-rekordjai nem korlátozzák, melyik CA állíthat ki helyettesítő (wildcard) tanúsítványt.',
      unknownCa:
        '{{owner}} CAA-rekordjai csak ezt engedélyezik: {{allowed}}, ez a CA pedig nem adja meg, milyen névvel szerepel a CAA-ban, így a Certdesk nem tudja eldönteni, kiállíthat-e tanúsítványt.',
      unknownCaNone:
        '{{owner}} CAA-rekordjai egyetlen CA-t sem engedélyeznek, ez a CA pedig nem adja meg, milyen névvel szerepel a CAA-ban, így a Certdesk nem tudja eldönteni, kiállíthat-e tanúsítványt.',
      fixUnknownCa:
        'Nézze meg a CA dokumentációjában, milyen nevet kell egy CAA „issue” rekordba írni, és ha hiányzik, vegye fel.',
      forbidAll: '{{owner}} CAA-rekordjai minden CA-nak megtiltják a kiállítást ehhez: {{name}}.',
      forbidAllWild:
        '{{owner}} CAA-rekordjai minden CA-nak megtiltják helyettesítő (wildcard) tanúsítvány kiállítását ehhez: {{name}}.',
      notAllowed:
        '{{owner}} CAA-rekordjai csak ennek engedik a kiállítást: {{allowed}}; a választott CA ({{ids}}) nincs köztük, ezért el fogja utasítani.',
      notAllowedWild:
        '{{owner}} CAA-rekordjai csak ennek engedik helyettesítő (wildcard) tanúsítvány kiállítását: {{allowed}}; a választott CA ({{ids}}) nincs köztük, ezért el fogja utasítani.',
      fixAdd:
        'Vegye fel ezt a rekordot a DNS-szolgáltatójánál (a többit hagyja meg, ha azokat a CA-kat még használja): {{record}}',
      method:
        '{{owner}} CAA-rekordja szerint {{ca}} csak ezzel a móddal állíthat ki: {{methods}}, ezzel nem: {{method}}.',
      fixMethod:
        'Válassza ezt a módot: {{methods}}, vagy vegye fel a(z) {{method}} módot annak a CAA-rekordnak a validationmethods értékébe.',
      allowed: '{{owner}} CAA-rekordjai engedik, hogy {{ca}} kiállítsa a tanúsítványt.',
      allowedAccount:
        '{{owner}} CAA-rekordjai engedik, hogy {{ca}} kiállítsa a tanúsítványt (csak az accounturi értékében megnevezett fióknak).',
    },
    dns: {
      noAddressDns01:
        '{{name}} névhez nem tartozik cím a DNS-ben; a DNS-alapú ellenőrzésnek (dns-01) nincs is rá szüksége.',
      lookupFailed:
        'A Certdesk nem tudta lekérdezni {{name}} címét (a DNS-szerver nem válaszolt rendesen).',
      nxdomain: '{{name}} nem létezik a DNS-ben, így a CA nem tudja elérni.',
      noAddress:
        '{{name}} névhez nem tartozik cím (nincs A- vagy AAAA-rekord) a DNS-ben, így a CA nem tudja elérni.',
      fixAddA:
        'A DNS-szolgáltatójánál vegyen fel egy A-rekordot a(z) {{name}} névhez, amely a szervere nyilvános IPv4-címére mutat (AAAA-rekordot csak akkor, ha a szerver IPv6-on is válaszol).',
      deadV6:
        '{{name}} IPv6-címe ({{v6}}) nem válaszol a(z) {{port}}. porton, az IPv4-címe ({{v4}}) viszont igen. A CA először IPv6-ot próbál, ezért az ellenőrzés nem sikerülne.',
      fixDeadV6:
        'Távolítsa el {{name}} AAAA-rekordját, vagy gondoskodjon róla, hogy a szerver IPv6-on is válaszoljon (a(z) {{port}}. porton).',
      someDead:
        '{{name}} néhány címe ({{dead}}) nem válaszol a(z) {{port}}. porton, a többi viszont igen. A CA bármelyiket használhatja.',
      fixSomeDead:
        'Gondoskodjon róla, hogy minden szerver, amelyre {{name}} mutat, válaszoljon a(z) {{port}}. porton, vagy törölje azok rekordjait, amelyek nem válaszolnak.',
      allDead:
        '{{name}} egyik címe ({{addresses}}) sem válaszolt a(z) {{port}}. porton erről a számítógépről.',
      fixAllDead: `Győződjön meg róla, hogy a szerver fut, és a(z) {{port}}. port nyitva van az internet felé. ${BEHIND_ROUTER}`,
      private: '{{name}} magáncímre mutat ({{addresses}}), amelyet a CA az internetről nem ér el.',
      fixPrivate:
        'Irányítsa {{name}} nevet a szervere nyilvános címére, vagy használja a DNS-alapú ellenőrzést (dns-01), amelyhez a CA-nak nem kell elérnie a szervert.',
      fixPrivateDns01: 'A DNS-alapú ellenőrzéshez nincs teendő; ez csak a látogatóknak számít.',
      ok: '{{name}} erre mutat: {{addresses}}.',
      okAnswers_one: '{{name}} erre mutat: {{addresses}}, és válaszol a(z) {{port}}. porton.',
      okAnswers_other:
        '{{name}} ezekre mutat: {{addresses}}, és mindegyik cím válaszol a(z) {{port}}. porton.',
    },
    dns01: {
      where: 'A TXT-rekord helye: {{record}}',
      whereCname: '{{record}} ide mutat: {{target}} (CNAME-delegálás), így a TXT-rekord oda kerül',
      serversOf: '{{zone}} névszerverei',
      theServer: 'a DNS-szerver',
      noneAnswered:
        '{{where}}, de ezekből egy sem válaszolt erről a számítógépről: {{servers}} ({{silent}}).',
      someSilent:
        '{{where}}, de {{count}} a(z) {{total}} közül nem válaszolt erről a számítógépről: {{servers}} ({{silent}}).',
      fixNoneAnswered:
        'Lehet, hogy a hálózata a saját feloldóján kívül minden DNS-forgalmat letilt; ez a CA-nak nem gond, de a Certdesk ilyenkor a feloldón keresztül ellenőriz. Ha a szerverek nem működnek, előbb azokat javítsa: a CA közvetlenül őket kérdezi.',
      fixSomeSilent:
        'Ellenőrizze a névszervereket, amelyek nem válaszoltak: a CA bármelyiket megkérdezheti, az 53-as porton UDP-n és TCP-n, több helyről.',
      stale_one:
        '{{where}}. Már van ott {{count}} TXT-érték korábbi próbálkozásokból; a régi rekordok megnövelik a választ.',
      stale_other:
        '{{where}}. Már van ott {{count}} TXT-érték korábbi próbálkozásokból; a régi rekordok megnövelik a választ.',
      staleMany:
        '{{where}}. Már van ott {{count}} TXT-érték korábbi próbálkozásokból; a régi rekordok megnövelik a választ, és ennyi már lehet, hogy nem fér bele a CA DNS-válaszába.',
      fixStale:
        'Törölje a régi TXT-rekordokat itt: {{target}} (a Certdesk minden ellenőrzéshez újat vesz fel).',
      whoResolver: '(ezen keresztül ellenőrizve: {{servers}})',
      whoServers_one: '({{count}} szerver válaszol)',
      whoServers_other: '({{count}} szerver válaszol)',
      noZone:
        '{{where}}, de a Certdesk nem találta meg, mely névszerverek illetékesek érte {{who}}; helyette a DNS-feloldóján keresztül ellenőriz.',
      fixNoZone:
        'Ha ez a név egy privát vagy teszt DNS-szerveren van, ez várható; különben ellenőrizze a domainje NS-rekordjait a regisztrátoránál.',
      ok: '{{where}}; {{servers}} ({{labels}}) válaszolnak, és nincsenek régi rekordok.',
    },
    firewall: {
      unreadable:
        'A Certdesk nem tudta kiolvasni a tűzfal beállításait ({{tools}}): ehhez rendszergazdai jogok kellenek. Győződjön meg róla, hogy a(z) {{ports}} port felé engedélyezettek a bejövő kapcsolatok.',
      none: 'A Certdesk nem talált olyan tűzfaleszközt ezen a számítógépen, amelyet ki tudna olvasni.',
      blocks:
        'Ezen a számítógépen {{tool}} letiltja a bejövő kapcsolatokat a(z) {{port}}. port felé, amelyet a CA-nak el kell érnie.',
      seemsToBlock:
        'Ezen a számítógépen {{tool}} valószínűleg letiltja a bejövő kapcsolatokat a(z) {{port}}. port felé, amelyet a CA-nak el kell érnie.',
      fixBlocked: `Nyissa meg a(z) {{port}}. portot a bejövő kapcsolatok előtt ({{command}}); ${EVERYONE}. A http-01 módhoz a 80-as portot akkor is tartsa nyitva, ha a webhely HTTPS-re irányít át.`,
      restricted:
        '{{tool}} a(z) {{port}}. portra csak bizonyos forráscímekről enged be kapcsolatot.',
      fixRestricted: `Nyissa meg a(z) {{port}}. portot minden cím előtt ({{command}}): ${EVERYONE}. Az országok szerinti tiltás is meghiúsítja az ellenőrzést.`,
      macos:
        'A macOS tűzfala be van kapcsolva: egyszer megkérdezi, hogy a Certdesk fogadhat-e bejövő kapcsolatokat.',
      unknown:
        '{{tool}} be van kapcsolva, és a Certdesk nem tudta megállapítani, beengedi-e a(z) {{port}}. portra érkező kapcsolatokat.',
      fixUnknown: `Győződjön meg róla, hogy a(z) {{port}}. port felé engedélyezettek a bejövő kapcsolatok ({{command}}); ${EVERYONE}.`,
      open: 'A számítógép tűzfala ({{tools}}) beengedi a kapcsolatokat a(z) {{ports}} portra.',
      off: 'A számítógép tűzfala ki van kapcsolva, így nem tiltja a(z) {{ports}} portot.',
      cmdNft: 'egy szabály, például „tcp dport {{port}} accept” az input láncban',
      cmdAdmin: '{{command}} (rendszergazdaként)',
      cmdMac:
        'System Settings > Network > Firewall > Options: engedélyezze a bejövő kapcsolatokat a Certdesk számára',
    },
    http: {
      reachable:
        'Egy webszerver válaszol a(z) {{name}} névre a(z) {{port}}. porton. Ennél a módnál a Certdesk nem tud előre próbafájlt elhelyezni, ezért csak azt ellenőrizte, hogy a szerver elérhető.',
      ok: 'A CA meg fogja találni az ellenőrző fájlt ehhez: {{name}}. A Certdesk elhelyezett egy próbafájlt, és úgy kérte le, ahogy a CA teszi.',
      okRedirects_one:
        'A CA meg fogja találni az ellenőrző fájlt ehhez: {{name}} ({{count}} átirányítás után). A Certdesk elhelyezett egy próbafájlt, és úgy kérte le, ahogy a CA teszi.',
      okRedirects_other:
        'A CA meg fogja találni az ellenőrző fájlt ehhez: {{name}} ({{count}} átirányítás után). A Certdesk elhelyezett egy próbafájlt, és úgy kérte le, ahogy a CA teszi.',
      failed: 'A(z) {{url}} lekérése úgy, ahogy a CA tenné, nem sikerült: {{reason}}',
      failedVia:
        'A(z) {{url}} lekérése ({{address}} címen keresztül) úgy, ahogy a CA tenné, nem sikerült: {{reason}}',
      fixBuiltin:
        'A válasz nem a Certdesk beépített webszerverétől jött: egy másik szerver válaszol a(z) {{name}} névre a(z) {{port}}. porton. Ellenőrizze, hogy {{name}} erre a számítógépre mutat-e, és hogy a routere ide továbbítja-e a(z) {{port}}. portot.',
      fixWebroot:
        'Ellenőrizze, hogy {{webroot}} az a mappa-e, amelyet a webszervere a(z) {{name}} névhez kiszolgál, és hogy a /.well-known/acme-challenge/ alatti fájlokat változatlanul adja-e ki (nem kapja el őket átírási szabály, bejelentkező oldal vagy alkalmazás).',
      theWebFolder: 'a webmappa',
      fixPlaced:
        'Ellenőrizze, hogy a fájl abba a mappába kerül-e, amelyet a webszervere a(z) {{name}} névhez kiszolgál.',
      fixHttpError:
        'Engedje, hogy a webszervere bárkinek kiszolgálja a /.well-known/acme-challenge/ mappát: jelszó nélkül, a ponttal kezdődő mappákat tiltó szabály nélkül, országok szerinti tiltás nélkül (a CA több helyről ellenőriz).',
      fixRedirectLoop:
        'Javítsa az átirányítási szabályokat, hogy a /.well-known/acme-challenge/ közvetlenül legyen kiszolgálva, vagy csak egyszer legyen átirányítva (például a https:// webhelyre).',
      fixTooManyRedirects:
        'Rövidítse le az átirányítások láncát: a CA legfeljebb 10-et követ. Egyetlen átirányítás http://-ről https://-re elég.',
      fixBadRedirect:
        'Csak domainnévre irányítson át (IP-címre ne), http:// vagy https:// címmel, a szokásos 80-as vagy 443-as porton; vagy szolgálja ki a /.well-known/acme-challenge/ mappát átirányítás nélkül.',
      fixUnreachableBuiltin: `Győződjön meg róla, hogy semmi sem akadályozza a Certdesket a(z) {{port}}. porton, hogy a tűzfalak mindenhonnan beengedik a(z) {{port}}. portra érkező kapcsolatokat (a CA több helyről ellenőriz), és hogy a routere erre a szerverre továbbítja. ${BEHIND_ROUTER}`,
      fixUnreachable: `Győződjön meg róla, hogy a webszervere fut, és válaszol a(z) {{port}}. porton, hogy a tűzfalak mindenhonnan beengedik a(z) {{port}}. portra érkező kapcsolatokat (a CA több helyről ellenőriz), és hogy a routere erre a szerverre továbbítja. ${BEHIND_ROUTER}`,
    },
    tls: {
      noAddress: '{{name}} névhez nem tartozik cím a DNS-ben, így a CA nem tud csatlakozni hozzá.',
      ok: 'A CA el fogja érni a Certdesk TLS-válaszolóját a(z) {{name}} névhez a(z) {{port}}. porton.',
      failed:
        'A csatlakozás a(z) {{name}} névhez ({{address}}) a(z) {{port}}. porton úgy, ahogy a CA tenné, nem sikerült: {{why}}.',
      fixFailed:
        'Győződjön meg róla, hogy {{name}} erre a számítógépre mutat, hogy a(z) {{port}}. port a tűzfalakban mindenki előtt nyitva van (a CA több helyről ellenőriz), és hogy a routere ide továbbítja. Ha egy webszervernek vagy proxynak meg kell tartania a(z) {{port}}. portot, használja helyette a http-01 vagy a dns-01 módot.',
    },
    trial: {
      noPractice:
        '{{ca}} nem rendelkezik gyakorló (staging) szerverrel, ezért próbafuttatás nem lehetséges; a többi ellenőrzés így is érvényes.',
      notPossible: 'Ezzel a móddal nem lehet próbafuttatást végezni: {{error}}',
      interactive:
        'A próbafuttatáshoz olyan mód kell, amely Ön nélkül is működik; kézi módnál az első valódi megrendelés a próba.',
      eab: 'Ennek a CA-nak a gyakorló szervere minden fiókhoz külső fiókkötést (EAB) kér, ezért a Certdesk nem tud eldobható fiókot létrehozni; a többi ellenőrzés így is érvényes.',
      alreadyValid:
        'A gyakorló szerver már megbízik ebben a fiókban ehhez: {{name}} (egy korábbi ellenőrzés még érvényes).',
      notOffered:
        'A CA nem kínálja a(z) {{method}} módot ehhez: {{name}} (ezeket kínálja: {{offered}}).',
      fixNotOffered: 'Válasszon egyet a CA által kínált módok közül.',
      validated:
        'A CA gyakorló szervere a saját helyeiről ellenőrizte ezt: {{name}}, a(z) {{method}} móddal. Semmi sem lett kiállítva.',
      notValidated: 'A CA gyakorló szervere nem tudta ellenőrizni ezt: {{name}}: {{error}}',
      timeout: 'A próbafuttatás nem fejeződött be időben; lehet, hogy a gyakorló szerver lassú.',
      stopped: 'A próbafuttatás leállt: {{error}}',
    },
  },
  exportWhere: {
    nginx:
      'Az nginx-ben állítsa az ssl_certificate értékét a fullchain.pem, az ssl_certificate_key értékét a privkey.pem fájlra, majd töltse újra az nginx-et.',
    apache:
      'Az Apache 2.4.8-as vagy újabb verziójában állítsa az SSLCertificateFile értékét a fullchain.pem, az SSLCertificateKeyFile értékét a privkey.pem fájlra (régebbi Apache: SSLCertificateFile cert.pem és SSLCertificateChainFile chain.pem), majd töltse újra az Apache-ot.',
    iis: 'Windowson importálja a .pfx fájlt az IIS Managerben a Server Certificates > Import alatt (vagy kattintson rá duplán), írja be a jelszót, majd válassza ki a tanúsítványt a webhely HTTPS-kötésében; ha a Windows Server 2016 vagy régebbi elutasítja, exportálja újra a „Kompatibilis a Windows Server 2016-tal és a régebbi Javával” kódolással.',
    cpanel:
      'A cPanelben (SSL/TLS > Manage SSL sites) vagy a Pleskben (SSL/TLS Certificates) illessze be a Tanúsítvány, a Titkos kulcs és a CA-csomag mezőt az azonos nevű mezőkbe, majd telepítse.',
    haproxy:
      'A HAProxyban a bind sor crt beállítását irányítsa az egyetlen .pem fájlra (ez tartalmazza a tanúsítványt, a láncot és a kulcsot), majd töltse újra a HAProxyt.',
    synology:
      'A NAS vezérlőpultjában (Synology: Security > Certificate > Add > Import; QNAP: Security > SSL Certificate) a privkey.pem legyen a „Private Key”, a cert.pem a „Certificate”, a chain.pem pedig az „Intermediate certificate”.',
    tomcat:
      'A Tomcat server.xml fájljában állítsa a certificateKeystoreFile értékét a .pfx fájlra, a certificateKeystoreType értékét „PKCS12”-re, a certificateKeystorePassword értékét pedig a jelszavára, majd indítsa újra a Tomcatet (a 8u301, illetve 11.0.12 előtti Javához a „kompatibilis” kódolás kell).',
    generic:
      'Tanúsítványként a fullchain.pem fájlt használja (ne egyedül a cert.pem-et, abból kimarad a köztes tanúsítvány), titkos kulcsként a privkey.pem fájlt; a chain.pem a „CA-csomag” azoknak a programoknak, amelyek külön kérik.',
  },
  progress: {
    account: '{{email}} fiókjának használata ({{ca}})',
    order: 'Tanúsítvány kérése a CA-tól ehhez: {{name}}',
    orderNames_one: 'Tanúsítvány kérése a CA-tól {{count}} névre',
    orderNames_other: 'Tanúsítvány kérése a CA-tól {{count}} névre',
    alreadyValid: '{{name}} már ellenőrizve van',
    proving: '{{name}} feletti rendelkezés igazolása: {{method}} ({{how}})',
    caChecking: 'A CA ellenőrzi: {{name}}',
    validated: '{{name}} ellenőrizve',
    cleanup: 'Az ideiglenes ellenőrző válaszok eltávolítva',
    finalize: 'A tanúsítványkérelem elküldése',
    download: 'A tanúsítvány letöltése',
    done: 'A tanúsítvány elkészült, érvényes eddig: {{date}}',
    uploaded: 'Az ellenőrző fájl ({{name}}) feltöltve ide: {{file}}, ezen a szerveren: {{server}}',
    uploadAnswers: '{{url}} a feltöltött fájllal válaszol',
    rfc2136: 'A(z) {{record}} TXT-rekord felvétele a(z) {{zone}} zónába itt: {{server}}',
    waitCname: 'Várakozás, hogy létrehozza a CNAME-rekordot ehhez: {{name}}',
    acmeDns: 'A TXT-érték beállítása az acme-dns-szerveren ehhez: {{name}}',
    cloudflare: 'A(z) {{record}} TXT-rekord felvétele a(z) {{zone}} Cloudflare-zónába',
    waitTxt: 'Várakozás, hogy felvegye a TXT-rekordot ehhez: {{name}}',
    deleteTxt: 'Most már törölheti a(z) {{record}} TXT-rekordot ezzel az értékkel: {{value}}',
    serverHas: '{{server}} már tartalmazza a TXT-rekordot ehhez: {{name}}',
    serverWaiting: '{{server}}: {{said}}; várakozás',
    viaResolver:
      '{{zone}} egyik névszervere sem válaszolt közvetlenül (lehet, hogy tűzfal tiltja a DNS-t); ellenőrzés helyette a DNS-feloldón keresztül, ami lassabb lehet, mert egy ideig megjegyzi a „nem található” választ',
    runScript: '{{script}} present {{name}} futtatása',
    waitFile: 'Várakozás, hogy elhelyezze a fájlt ehhez: {{name}}',
    fileAnswers: 'A fájl ({{name}}) helyesen válaszol',
    deleteFile: 'Most már törölheti a .well-known/acme-challenge/{{token}} fájlt ({{name}})',
  },
  prompt: {
    dnsLead: 'Vegye fel ezt a DNS-rekordot a(z) {{name}} névhez a DNS-szolgáltatójánál:',
    dnsCname:
      'A(z) {{record}} egy CNAME, amely ide mutat: {{target}}, ezért a rekordot oda kell felvenni.',
    dnsAdditional:
      'Ez egy TOVÁBBI érték ugyanazon a néven: tartsa meg az imént felvett TXT-rekordot; mindkettőnek egyszerre kell léteznie.',
    dnsShortName:
      'Sok szolgáltató névként csak ennyit vár: „{{short}}”; a(z) {{zone}} részt maguk teszik hozzá.',
    dnsAfter:
      'Miután megerősíti, a Certdesk a zóna minden névszerverét ellenőrzi (legfeljebb {{seconds}} mp-ig, legfeljebb {{max}}), mielőtt a CA-hoz fordul.',
    dnsRenewal:
      'A kézi DNS nem újít meg Ön nélkül: minden megújításkor új TXT-rekordot kell felvennie. Az automatikus megújításhoz válasszon automatikus DNS-módszert (RFC 2136, acme-dns, szkript, Cloudflare) vagy a http-01-et.',
    httpLead: 'Hozzon létre egy fájlt a(z) {{name}} névhez:',
    httpWhere: 'Tegye a webhelye webmappájába; ezen a címen kell megnyílnia: {{url}}',
    cnameLead:
      'Vegye fel EGYSZER ezt a DNS-rekordot a(z) {{name}} névhez a DNS-szolgáltatójánál (minden megújításnál a helyén marad):',
    cnameNoTxt:
      'Előbb törölje a(z) {{record}} néven lévő TXT-rekordokat: egy CNAME-mel rendelkező névnek nem lehet más rekordja.',
    cnameAfter: 'Ezután a Certdesk magától újít meg az acme-dns-szerveren keresztül.',
  },
  error: {
    sftpPassword:
      'A szerver elutasította a(z) "{{user}}" felhasználónevét vagy jelszavát itt: {{server}}: ellenőrizze őket a tárhely vezérlőpultján, ahol az SFTP/SSH-belépés gyakran nem azonos a vezérlőpult belépésével.',
    sftpKey:
      'A szerver elutasította a(z) "{{user}}" felhasználónevét vagy kulcsát itt: {{server}}: ellenőrizze a felhasználónevet, és hogy a kulcs nyilvános fele engedélyezve van-e ehhez a fiókhoz (gyakran az "SSH-kulcsok" alatt a tárhely vezérlőpultján).',
    sftpKeyPassword:
      'A szerver elutasította a(z) "{{user}}" felhasználónevét, kulcsát vagy jelszavát itt: {{server}}: ellenőrizze a felhasználónevet, és hogy a kulcs nyilvános fele engedélyezve van-e ehhez a fiókhoz (gyakran az "SSH-kulcsok" alatt a tárhely vezérlőpultján).',
    sftpPassphrase: 'A privát kulcsot jelmondat védi: adja meg a kulcs jelmondatát is.',
    sftpNoSubsystem:
      '{{server}} elfogadta a belépést, de nem kínál SFTP-t: kérje meg a tárhelyszolgáltatót, hogy kapcsolja be az SFTP-t ehhez a fiókhoz, vagy töltse fel inkább FTP-vel.',
    hostKeyChanged:
      'A szerver azonossága megváltozott: {{server}} most a(z) {{now}} gazdakulcsot mutatja a(z) {{before}} helyett, ezért a Certdesk nem lépett be és semmit sem töltött fel, mert lehet, hogy valaki lehallgatja a kapcsolatot; ha erre számított (a tárhelyszolgáltató költöztette vagy újratelepítette a szervert), és a szolgáltató megerősíti az új kulcsot, válassza "Az új kulcs elfogadása" gombot, majd próbálja újra.',
    hostKeyPinned:
      'A szerver azonossága megváltozott: {{server}} most a(z) {{now}} gazdakulcsot mutatja, de Ön azt kérte, hogy a Certdesk csak a(z) {{before}} kulcsot fogadja el, ezért a Certdesk nem lépett be és semmit sem töltött fel, mert lehet, hogy valaki lehallgatja a kapcsolatot; ha a tárhelyszolgáltató megerősíti az új kulcsot, azt adja meg helyette.',
    ftpLogin:
      'Az FTP-szerver elutasította a(z) "{{user}}" felhasználónevét vagy jelszavát itt: {{server}}: ellenőrizze őket a tárhely vezérlőpultján (FTP-fiókok), ahol az FTP-belépés gyakran nem azonos a vezérlőpult belépésével.',
    ftpNeedsTls:
      '{{server}} csak titkosított belépést fogad el: kapcsolja be "A kapcsolat titkosítása (FTPS)" beállítást.',
    ftpsUnverified:
      'A(z) {{server}} FTPS-szervert nem sikerült hitelesíteni: {{why}}; használja azt az FTP-szervernevet, amely a szerver tanúsítványán szerepel (a szolgáltató szervernevét), vagy ha a szolgáltató megerősíti ezt a tanúsítványt, kapcsolja be "A szerver saját tanúsítványának elfogadása (önaláírt)" beállítást (továbbra is titkosított, de a Certdesk nem tudja megállapítani, hogy a valódi szerverről van-e szó).',
    ftpsWhyName: 'a tanúsítványa más névre szól, mint {{host}}',
    ftpsWhyExpired: 'a tanúsítványa lejárt',
    ftpsWhyUntrusted:
      'a tanúsítványát nem olyan hitelesítő írta alá, amelyben ez a számítógép megbízik (gyakran önaláírt tanúsítvány)',
    ftpsNotOffered:
      '{{server}} nem kínál FTPS-t (elutasította az AUTH TLS parancsot): használjon SFTP-t, ha a tárhelyszolgáltató kínálja, vagy kapcsolja ki "A kapcsolat titkosítása (FTPS)" beállítást, ha elfogadja, hogy a jelszó titkosítatlanul utazik.',
    remoteRootMissing:
      'A(z) "{{folder}}" mappa nem létezik itt: {{server}}, vagy ez a fiók nem nyithatja meg: adja meg azt a mappát, ahonnan a webhelye kiszolgálásra kerül, úgy, ahogy a tárhely vezérlőpultja mutatja (gyakran public_html, htdocs vagy www).',
    remoteRootMissingList:
      'A(z) "{{folder}}" mappa nem létezik itt: {{server}}, vagy ez a fiók nem nyithatja meg: adja meg azt a mappát, ahonnan a webhelye kiszolgálásra kerül (a belépési mappa mappái: {{folders}}).',
    tsigBadSig:
      'A(z) {{server}} DNS-szerver elutasította a kulcsot ({{codes}}), mert az aláírás nem egyezik: vesse össze a kulcs nevét ("{{key}}"), a titkot és az algoritmust ({{algorithm}}) a DNS-szerver beállításaiban szereplő kulccsal.',
    tsigBadKey:
      'A(z) {{server}} DNS-szerver elutasította a kulcsot ({{codes}}), mert nem ismer ilyen nevű és algoritmusú kulcsot: vesse össze a kulcs nevét ("{{key}}"), a titkot és az algoritmust ({{algorithm}}) a DNS-szerver beállításaiban szereplő kulccsal.',
    tsigNotAuth:
      'A(z) {{server}} DNS-szerver elutasította a kulcsot ({{codes}}), mert nem mérvadó a(z) {{zone}} zónára, vagy ott nem fogadja el ezt a kulcsot: vesse össze a kulcs nevét ("{{key}}"), a titkot és az algoritmust ({{algorithm}}) a DNS-szerver beállításaiban szereplő kulccsal.',
    rfc2136Unreachable:
      'A Certdesk nem érte el a(z) {{server}} DNS-szervert a TXT-rekord módosításához ({{why}}): ellenőrizze a szerver címét és portját, és hogy a tűzfal átengedi-e hozzá a TCP-forgalmat, majd próbálja újra.',
    rfc2136Unreadable:
      'A(z) {{server}} DNS-szerver olyan választ küldött, amelyet a Certdesk nem tud olvasni: ellenőrizze, hogy a szervercím DNS-szerverre mutat-e.',
    rfc2136NotZone:
      '{{name}} nincs benne a(z) {{zone}} zónában itt: {{server}} (NOTZONE): adja meg a helyes zónát, vagy hagyja üresen a zónát, és a Certdesk maga keresi meg.',
    rfc2136NoZone:
      'A(z) {{server}} DNS-szerver nem árulta el, melyik zónája tartalmazza ezt: {{name}}: adja meg a zónát (például {{example}}).',
    scriptFailed:
      'A(z) "{{script}} present" DNS-szkript hibával ért véget ({{code}}-s kilépési kód), így a(z) {{name}} TXT-rekordja nem jött létre: javítsa ki, amit a szkript jelez (lásd a részleteket), majd próbálja újra.',
    scriptCleanupFailed:
      'A(z) "{{script}} cleanup" DNS-szkript hibával ért véget ({{code}}-s kilépési kód), így a(z) {{name}} TXT-rekordja talán nem törlődött: javítsa ki, amit a szkript jelez (lásd a részleteket), majd próbálja újra.',
    scriptNotFound:
      'A(z) "{{script}}" DNS-szkript nem található: adja meg a teljes elérési útját (a parancs közvetlenül fut, nem parancsértelmezőn keresztül).',
    scriptEmpty:
      'A DNS-szkript parancsa üres: adja meg egy olyan szkript elérési útját, amely TXT-rekordokat vesz fel és töröl.',
    scriptTimeout:
      'A(z) "{{script}} {{action}}" DNS-szkript nem végzett {{time}} alatt, ezért leállítottuk: ellenőrizze, hogy nem vár-e bemenetre, és hogy a szolgáltató API-ja válaszol-e, majd próbálja újra.',
    cloudflareRefused:
      'A Cloudflare elutasította a tokent (HTTP {{status}}): Zone.DNS Edit jogosultság kell hozzá a(z) {{name}} zónájára; hozzon létre ilyen jogosultságú tokent a Cloudflare vezérlőpultján (My Profile > API Tokens), és adja meg újra.',
    portInUseTls:
      'A(z) {{port}}-es portot már egy másik program használja ezen a számítógépen (gyakran egy webszerver): állítsa le azt a programot, amíg a Certdesk ellenőriz, vagy használja helyette a http-01 vagy a dns-01 módot (egy fájl a webhelyén vagy egy DNS-rekord).',
    acmeDnsUnreachable:
      'A Certdesk nem érte el a(z) {{server}} acme-dns szervert ({{why}}): ellenőrizze a címét és a kapcsolatot, majd próbálja újra.',
    acmeDnsUnusable:
      'A(z) {{server}} acme-dns szerver olyasmivel válaszolt a regisztrációra, amit a Certdesk nem tud használni: ellenőrizze a címét.',
    acmeDnsRefused:
      'A(z) {{server}} acme-dns szerver elutasította a(z) {{name}} mentett regisztrációját (HTTP {{status}}): lehet, hogy alaphelyzetbe állították, vagy nem enged kéréseket erről a címről; regisztráljon újra, és irányítsa a CNAME-et az új célra.',
    caCertUntrusted:
      'A Certdesk nem tudta hitelesíteni a CA HTTPS-tanúsítványát ({{host}}): egy helyi teszt-CA esetén a Certdesknek meg kell kapnia a gyökértanúsítványát, más hálózatokon pedig egy proxy vagy vírusirtó vizsgálhatja a HTTPS-forgalmat.',
    tosNotAgreed:
      'A CA megköveteli, hogy előbb elfogadja a szolgáltatási feltételeit: olvassa el őket itt: {{url}}, és ha egyetért, erősítse meg.',
    eabRequired:
      'Ez a CA External Account Bindingot kér: másolja ki a kulcsazonosítót és a HMAC-kulcsot a CA-nál lévő fiókoldaláról.',
    noAccount: 'Még nincs CA-fiók: előbb hozzon létre egyet.',
    ambiguousAccount:
      '{{count}} fiók van, ezért a Certdesk nem tudja, melyiket használja: válasszon egyet ({{list}}).',
  },
  solver: {
    builtin: 'beépített webszerver a(z) {{port}}. porton',
    webroot: 'fájlok ebben a mappában: {{folder}}',
    upload: '{{protocol}}-feltöltés ide: {{where}}',
    manualHttp: 'egy fájl, amelyet Ön tölt fel',
    tlsAlpn: 'beépített TLS-válaszoló a(z) {{port}}. porton',
    rfc2136: 'dinamikus DNS-frissítés (RFC 2136) itt: {{server}}',
    acmeDns: 'acme-dns itt: {{host}}',
    cloudflare: 'Cloudflare DNS (API-token)',
    exec: 'az Ön DNS-szkriptje: {{script}}',
    manualDns: 'egy DNS TXT-rekord, amelyet Ön vesz fel',
  },
  profile: profileEngineHu,
  deploy: deployEngineHu,
  reminders: remindersEngineHu,
  deployCheck: deployCheckHu,
  exportCheck: exportCheckHu,
  renewal: renewalEngineHu,
  ca: {
    letsencrypt: "Let's Encrypt",
    'letsencrypt-staging': "Let's Encrypt gyakorló szolgáltatás",
    zerossl: 'ZeroSSL',
    google: 'Google Trust Services',
    'google-staging': 'Google Trust Services gyakorló szolgáltatás',
    custom: 'saját CA',
  },
  siteCheck: siteCheckHu,
  dual: dualHu,
  limits: limitsHu,
  staging: stagingHu,
  names: namesEngineHu,
  acme: acmeHu,
  data: dataEngineHu,
  failure: failuresHu,
};
