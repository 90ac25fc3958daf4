// Hungarian (Magyar).
import { remindersHu } from './reminders/hu.ts';
import { deployHu } from './deploy/hu.ts';
import { dataNoticesHu } from './data/hu.ts';
import type { en } from './en.ts';
import type { Shape } from './shape.ts';
import { engineHu } from './engine-hu.ts';
import { profilesHu } from './profiles/hu.ts';
import { notifyFormatHu } from './notify/hu.ts';
import { siteCheckUiHu } from './sitecheck/hu.ts';
import { httpsHu } from './https/hu.ts';
import { keysLimitsHu } from './keys-limits/hu.ts';
import { unattendedHu } from './unattended/hu.ts';
export const hu: Shape<typeof en> = {
  app: {
    cannotStart: 'A Certdesk nem tud elindulni',
  },
  nav: {
    skip: 'Ugrás a tartalomra',
    label: 'Fő',
    dashboard: 'Tanúsítványok',
    newCertificate: 'Új tanúsítvány',
    settings: 'Beállítások',
    title: {
      dashboard: 'Tanúsítványok',
      wizard: 'Új tanúsítvány',
      cert: 'Tanúsítvány',
      settings: 'Beállítások',
    },
  },
  common: {
    loading: 'Betöltés…',
    working: 'Folyamatban…',
    next: 'Tovább',
    back: 'Vissza',
    cancel: 'Mégse',
    save: 'Mentés',
    choose: 'Kiválasztás…',
    tryAgain: 'Próbálja újra',
    showDetails: 'Részletek',
    errorCode: 'Hibakód: {{code}}',
    retryAfter: 'Ne próbálja újra {{time}} előtt.',
    copy: 'Másolás',
    copyWhat: 'Másolás: {{what}}',
    copied: 'Másolva',
    copyFailed: 'A másolás nem sikerült; jelölje ki a szöveget, és másolja ki saját maga.',
  },
  notices: {
    ...dataNoticesHu,
    dismiss: 'Értem',
    'corrupt-moved-aside':
      'Az adatfájl megsérült, ezért félre lett téve; a Certdesk a tanúsítványmappákból újraépítette, amit tudott. Állítsa vissza a fájlt biztonsági mentésből, ha szüksége van a többi tartalmára.',
    'secrets-in-file':
      'Nem válaszolt a rendszer kulcstartója, ezért a titkos kulcsokat egy olyan kulccsal titkosítja a Certdesk, amely az adatmappa egyik fájljában van (csak Ön olvashatja). Tartsa az adatmappát bizalmasan, és készítsen róla biztonsági mentést.',
  },
  status: {
    valid: 'Érvényes',
    renewing: 'Megújítás folyamatban',
    'retry-wait': 'Később újra próbálja',
    'needs-attention': 'Figyelmet igényel',
    expired: 'Lejárt',
    revoked: 'Visszavonva',
  },
  keyType: {
    ec256: 'ECDSA P-256 (ajánlott)',
    ec384: 'ECDSA P-384',
    rsa2048: 'RSA 2048 (régi rendszerekhez)',
    rsa3072: 'RSA 3072',
    rsa4096: 'RSA 4096',
  },
  firstRun: {
    title: 'Üdvözli a Certdesk',
    intro:
      'A Certdesk ingyenes HTTPS-tanúsítványokat szerez a webhelyeihez, és megújítja őket, mielőtt lejárnának.',
    account:
      'Először hozza létre a fiókját egy hitelesítésszolgáltatónál (CA). Néhány másodperc az egész.',
    create: 'Fiók létrehozása',
  },
  account: {
    whichCa: 'Melyik hitelesítésszolgáltató legyen?',
    ca: {
      letsencrypt: "Let's Encrypt (ajánlott)",
      letsencryptHint: 'Ingyenes, minden böngésző megbízik benne.',
      staging: "Gyakorló mód (Let's Encrypt staging)",
      stagingHint:
        'Kipróbáláshoz: nincs korlát, ami miatt aggódni kellene, de a böngészők nem bíznak meg a tanúsítványaiban.',
      'letsencrypt-staging': "Let's Encrypt gyakorló mód",
      zerossl: 'ZeroSSL',
      zerosslHint: 'Kellenek hozzá az EAB-kulcsok a ZeroSSL vezérlőpultjáról.',
      google: 'Google Trust Services',
      googleHint: 'Kellenek hozzá az EAB-kulcsok a Google Cloudból.',
      'google-staging': 'Google Trust Services (staging)',
      custom: 'Másik CA (könyvtár URL-je)',
      customHint: 'Bármely ACME-t beszélő CA: illessze be a könyvtára címét.',
    },
    advanced: 'Haladó: más hitelesítésszolgáltatók',
    directoryUrl: 'ACME-könyvtár URL-je',
    lookUp: 'Lekérdezés',
    urlFirst: 'Írja be a CA könyvtárának URL-jét, és előbb válassza a „Lekérdezés” gombot.',
    asking: 'A CA feltételeinek lekérése…',
    email: 'Az Ön e-mail-címe',
    emailHint:
      'A CA erre a címre írhat a fiókjával kapcsolatban. Olyat adjon meg, amely eléri a felelős személyt; a tanúsítványok lejárta előtt maga a Certdesk figyelmezteti.',
    emailInvalid: 'Írjon be egy teljes e-mail-címet, például you@example.com.',
    eab: 'Külső fiókkötés (EAB)',
    eabHint:
      'Ennek a CA-nak két érték kell a CA-nál lévő fiókoldaláról, hogy tudja: a fiók az Öné.',
    eabKid: 'Kulcsazonosító (Key ID)',
    eabHmac: 'HMAC-kulcs',
    eabMissing: 'Másolja ki a kulcsazonosítót és a HMAC-kulcsot is a CA-nál lévő fiókoldaláról.',
    tosIntro: 'Ez a CA azt kéri, hogy fogadja el a feltételeit, mielőtt tanúsítványt állít ki.',
    tosLink: 'A felhasználási feltételek elolvasása (új ablakban nyílik meg)',
    agree: 'Elolvastam és elfogadom a felhasználási feltételeket',
    mustAgree:
      'Jelölje be a négyzetet a felhasználási feltételek elfogadásához; enélkül a CA nem állít ki tanúsítványt.',
  },
  dashboard: {
    title: 'Az Ön tanúsítványai',
    caption_one: '{{count}} tanúsítvány',
    caption_other: '{{count}} tanúsítvány',
    emptyTitle: 'Még nincs tanúsítvány',
    emptyText:
      'Szerezze meg az első tanúsítványát: a Certdesk feltesz néhány kérdést, igazolja a CA felé, hogy a domain az Öné, és magától megújítja.',
    emptyAction: 'Az első tanúsítvány megszerzése',
    renewAll: 'Az összes megújítása most',
    renew: 'Megújítás most',
    renewing: 'Megújítás…',
    renewed: '{{name}} meg lett újítva.',
    renewFailedFor: 'Ez a(z) {{name}} tanúsítványra vonatkozott.',
    renewAllStarted_one:
      '{{count}} tanúsítvány megújítása ({{skipped}} kimarad); a haladás itt látható.',
    renewAllStarted_other:
      '{{count}} tanúsítvány megújítása ({{skipped}} kimarad); a haladás itt látható.',
    renewAllProgress: '{{total}} közül {{done}} megújítva…',
    renewAllDone_one: 'Kész: {{count}} tanúsítvány, {{failed}} sikertelen.',
    renewAllDone_other: 'Kész: {{count}} tanúsítvány, {{failed}} sikertelen.',
    moreNames_one: '+{{count}} további név',
    moreNames_other: '+{{count}} további név',
    lifetimeOf: '{{name}} hátralévő élettartama',
    daysLeft_one: '{{count}} nap van hátra',
    daysLeft_other: '{{count}} nap van hátra',
    expiredAgo_one: '{{count}} napja lejárt',
    expiredAgo_other: '{{count}} napja lejárt',
    noCert: 'még nincs kiállítva',
    noRenewal: 'nincs tervezve',
    noProblem: 'nincs',
    col: {
      names: 'Nevek',
      status: 'Állapot',
      lifetime: 'Hátralévő élettartam',
      next: 'Következő megújítás',
      problem: 'Utolsó probléma',
      actions: 'Műveletek',
    },
  },
  wizard: {
    progressLabel: 'Lépések',
    step: {
      names: 'Nevek',
      route: 'Hogyan ér el a CA',
      details: 'Részletek',
      preflight: 'Ellenőrzés',
      issue: 'Megszerzés',
      done: 'Kész',
    },
  },
  names: {
    title: 'Mely nevekre szóljon a tanúsítvány?',
    intro:
      'Írja be azokat a domainneveket, amelyeken a webhelyét elérik, például example.com és www.example.com.',
    label: 'Domainnevek',
    hint: 'Soronként egy, vagy vesszővel, illetve szóközzel elválasztva. Legfeljebb 100 név.',
    empty: 'Írjon be legalább egy domainnevet.',
    ok_one: 'Rendben: {{count}} név.',
    ok_other: 'Rendben: {{count}} név.',
    wildcard:
      'A „*.” kezdetű név helyettesítő (wildcard) név: minden eggyel lejjebb lévő nevet lefed (www.example.com, shop.example.com, …), de magát az example.com-ot nem; ha arra is szüksége van, adja hozzá azt is. A CA a helyettesítő neveket csak DNS-en keresztül ellenőrzi, ezért egy DNS-rekordot módosítania kell.',
    idn: 'Az a–z tartományon kívüli betűket tartalmazó nevek nemzetközi alakjukban (punycode) kerülnek a CA-hoz. A kettő ugyanazt a domaint jelenti:',
    more: 'További beállítások',
    keyType: 'Kulcstípus',
    keyTypeHint:
      'Az ECDSA P-256 gyors, és szinte mindenhol működik; az RSA 2048-at csak nagyon régi rendszerekhez válassza.',
    account: 'Használt fiók',
  },
  route: {
    title: 'Hogyan érheti el Önt a hitelesítésszolgáltató?',
    intro:
      'A CA-nak ellenőriznie kell, hogy Ön rendelkezik ezekkel a nevekkel. Válaszoljon néhány kérdésre, és a Certdesk javasolja a legegyszerűbb módot.',
    q: {
      server: 'Ez a számítógép ezeknek a neveknek a webszervere, és elérhető az internetről?',
      port80: 'Eléri-e az internet ezt a számítógépet a 80-as porton (sima web)?',
      webserver: 'Fut már webszerverprogram (nginx, Apache, IIS, …) ezen a számítógépen?',
      upload: 'Tud fájlokat feltenni a webhelyére?',
      dns: 'Tudja módosítani a domainje DNS-rekordjait?',
    },
    a: {
      server: { yes: 'Igen', no: 'Nem', unsure: 'Nem tudom' },
      port80: { yes: 'Igen', no: 'Nem, le van tiltva', unsure: 'Nem tudom' },
      webserver: { yes: 'Igen', no: 'Nem', unsure: 'Nem tudom' },
      upload: {
        folder: 'Igen, egy mappa ezen a számítógépen',
        sftp: 'Igen, SFTP-vel',
        ftp: 'Igen, FTP-vel',
        none: 'Nem',
      },
      dns: {
        none: 'Nem / nem tudom',
        manual: 'Igen, kézzel a szolgáltatóm weboldalán',
        cloudflare: 'Igen, a Cloudflare-nél',
        rfc2136: 'Igen, a DNS-szerverem fogad dinamikus frissítéseket (RFC 2136)',
        'acme-dns': 'Igen, acme-dns-en keresztül',
        exec: 'Igen, egy saját szkripttel',
      },
    },
    recommended: 'Ajánlott: {{route}}',
    recommendedShort: 'ajánlott',
    why: {
      wildcard:
        'Helyettesítő (wildcard) nevet kért, és a CA ezeket csak DNS-en keresztül ellenőrzi.',
      server:
        'Ez a számítógép szolgálja ki ezeket a neveket, így a Certdesk maga válaszolhat a CA-nak. Ez a legegyszerűbb mód.',
      port80:
        'A 80-as port le van tiltva, de a CA helyette a 443-as porton (HTTPS) is ellenőrizhet.',
      upload: 'Fel tud tenni egy kis fájlt a webhelyére, és a CA-nak csak erre van szüksége.',
      dns: 'Tudja módosítani a DNS-rekordokat, ez bármelyik számítógépről működik.',
      manual:
        'Egyelőre egyetlen automatikus mód sem illik: a fájlt kézzel is elhelyezheti. A Certdesk pontosan megmutatja, mit kell tenni, de minden megújításkor újra meg kell csinálnia.',
    },
    choose: 'Mód kiválasztása',
    name: {
      'http-01': 'Egy fájl a webhelyén (HTTP)',
      'dns-01': 'Egy DNS-rekord',
      'tls-alpn-01': 'Ellenőrzés a 443-as porton (TLS-ALPN)',
    },
    desc: {
      'http-01':
        'A CA letölt egy kis fájlt a http://az-ön-neve/.well-known/acme-challenge/ címről.',
      'dns-01': 'A CA lekérdez egy _acme-challenge.az-ön-neve nevű TXT-rekordot.',
      'tls-alpn-01':
        'A CA csatlakozik a 443-as portra, és a Certdesk egy különleges, egyszer használatos tanúsítvánnyal válaszol.',
    },
    prosTitle: 'Előnyök',
    consTitle: 'Hátrányok',
    pros: {
      'http-01': [
        'A legegyszerűbb, és a szokásos választás.',
        'Magától megújul, semmit sem kell beállítani.',
      ],
      'dns-01': [
        'Csak így kaphat helyettesítő (wildcard) neveket.',
        'Akkor is működik, ha egyetlen webszerver sem érhető el.',
        'Egy rekord több szervert is lefed.',
      ],
      'tls-alpn-01': ['Akkor is működik, ha csak a 443-as port van nyitva.'],
    },
    cons: {
      'http-01': [
        'A 80-as portnak nyitva kell lennie az internet felé.',
        'Nincsenek helyettesítő (wildcard) nevek.',
        'Több webszerver esetén mindegyiknek válaszolnia kell.',
      ],
      'dns-01': [
        'A DNS-változások terjedése perceket, néha egy órát is igénybe vehet.',
        'Az automatikus megújításhoz DNS-hozzáférés kell ezen a számítógépen: adjon belőle a lehető legkevesebbet.',
      ],
      'tls-alpn-01': [
        'Az ellenőrzés idejére a 443-as portnak szabadnak kell lennie a Certdesk számára.',
        'Nincsenek helyettesítő (wildcard) nevek.',
        'Kevesebb eszköz ismeri.',
      ],
    },
    wildcardNeedsDns:
      'A helyettesítő (wildcard) neveket csak DNS-en keresztül lehet ellenőrizni: válassza az „Egy DNS-rekord” lehetőséget, vagy távolítsa el a helyettesítő nevet.',
    notForWildcard: 'Helyettesítő (wildcard) névvel nem lehetséges.',
  },
  details: {
    title: {
      'http-01': 'Hova kerüljön a fájl?',
      'dns-01': 'Hol van a DNS-e?',
      'tls-alpn-01': 'Ellenőrzés a 443-as porton',
    },
    httpHow: 'Hogyan jut el a fájl a webhelyére?',
    http: {
      builtin: 'A Certdesk maga válaszol (beépített webszerver)',
      builtinHint:
        'Az ellenőrzés néhány másodpercében semmi más nem használhatja a 80-as portot ezen a számítógépen.',
      webroot: 'A webszerverem mappájába ezen a számítógépen',
      webrootHint: 'A Certdesk abba a mappába írja a fájlt, amelyet a webszervere már kiszolgál.',
      sftp: 'Feltöltés SFTP-vel',
      sftpHint: 'A Certdesk SFTP-n keresztül feltölti a fájlt a tárhelyére.',
      ftp: 'Feltöltés FTP-vel',
      ftpHint: 'A Certdesk FTP-n keresztül tölti fel a fájlt (TLS-sel, ha a szerver kínálja).',
      manual: 'A fájlt magam töltöm fel',
      manualHint:
        'A Certdesk megmutatja a fájlt; Ön teszi a helyére. Minden megújításkor szükség van Önre.',
    },
    dnsHow: 'Hogyan készüljön el a TXT-rekord?',
    dns: {
      manual: 'Magam veszem fel a DNS-szolgáltatómnál',
      manualHint:
        'A Certdesk megmutatja a pontos rekordot, amelyet fel kell venni; minden megújításkor szükség van Önre.',
      cloudflare: 'Cloudflare',
      cloudflareHint: 'Olyan API-tokennel, amely csak ennek a zónának a DNS-ét szerkesztheti.',
      rfc2136: 'A saját DNS-szerverem (RFC 2136, TSIG-kulccsal)',
      rfc2136Hint: 'A BIND, a Knot, a PowerDNS és mások fogadják az aláírt frissítéseket.',
      'acme-dns': 'acme-dns',
      'acme-dnsHint':
        'A Certdesk egyszer regisztrál; Ön felvesz egy CNAME-rekordot, és semmilyen DNS-jelszó nem marad ezen a számítógépen.',
      exec: 'Egy saját szkript',
      execHint: 'Így fut: szkript present|cleanup NÉV ÉRTÉK.',
    },
    field: {
      webroot: 'A webszerver mappája',
      uploadHost: 'Szerver',
      uploadPort: 'Port (a szokásoshoz hagyja üresen)',
      uploadUser: 'Felhasználónév',
      uploadPassword: 'Jelszó',
      uploadDir: 'A webhely mappája a szerveren',
      uploadKey: 'Privát kulcs fájlja',
      uploadPassphrase: 'A kulcs jelmondata (ha van)',
      uploadTls: 'A kapcsolat titkosítása (FTPS)',
      uploadInsecureTls: 'A szerver saját tanúsítványának elfogadása (önaláírt)',
      rfc2136Server: 'DNS-szerver (host:port)',
      rfc2136Zone: 'Zóna (nem kötelező)',
      tsigName: 'TSIG-kulcs neve',
      tsigAlgorithm: 'TSIG-algoritmus',
      tsigSecret: 'TSIG-titok',
      acmeDnsServer: 'Az acme-dns-szerver címe',
      execCommand: 'Szkript',
      cloudflareToken: 'Cloudflare API-token',
      propagationTimeout: 'Ennyi másodpercig várjon a DNS-szerverekre',
    },
    uploadLegend: { sftp: 'SFTP-szerver', ftp: 'FTP-szerver' },
    rfc2136Legend: 'Az Ön DNS-szervere és TSIG-kulcsa',
    webrootHint:
      'Az a mappa, amely a webhely oldalait tartalmazza, például /var/www/html. A Certdesk létrehozza benne a .well-known/acme-challenge mappát.',
    uploadDirHint:
      'A webhely oldalait tartalmazó mappa, bejelentkezés után nézve: például public_html, vagy . ha maga a bejelentkezési mappa az.',
    uploadAuth: {
      legend: 'Hogyan jelentkezik be?',
      password: 'Jelszóval',
      key: 'Privát kulcs fájllal',
    },
    uploadKeyHint: 'Az SSH-kulcs privát fele, például id_ed25519 (nem a .pub fájl).',
    uploadKeyKept: 'Privát kulcs van tárolva: csak akkor válasszon fájlt, ha le akarja cserélni.',
    keepStored: 'Hagyja üresen a tárolt megtartásához.',
    uploadKeyChosen:
      'Kiválasztva: {{name}}. Titkosítva tárolódik ezen a számítógépen a megújításokhoz.',
    uploadKeyBad:
      'Ez a fájl nem privát kulcs. A .pub nélküli fájlt válassza; a PuTTY .ppk kulcsot előbb OpenSSH formátumba kell exportálni.',
    uploadPassphraseHint: 'Hagyja üresen, ha a kulcsnak nincs jelmondata.',
    uploadTlsHint:
      'Ajánlott, ha a szolgáltató kínálja: így a jelszó nem olvasható formában halad át az interneten.',
    uploadInsecureTlsHint:
      'Csak ha a szolgáltató saját, a böngészők által nem elfogadott tanúsítványt használ; a kapcsolat ekkor is titkosított.',
    secretHint:
      'Titkosítva tárolódik ezen a számítógépen a megújításokhoz. Soha többé nem jelenik meg.',
    cloudflareHint:
      'Hozza létre a Cloudflare-ben a My Profile › API Tokens alatt, „Zone › DNS › Edit” joggal, csak erre a zónára.',
    rfc2136ServerHint: 'A zónája elsődleges szervere, például ns1.example.com:53.',
    rfc2136ZoneHint: 'Hagyja üresen, és a Certdesk megkérdezi a szervert.',
    acmeDnsHint:
      'Az első regisztráció után a Certdesk megmutatja azt a CNAME-rekordot, amelyet egyszer fel kell vennie.',
    execHint: 'Így hívja meg: SZKRIPT present|cleanup _acme-challenge.NÉV. ÉRTÉK',
    dnsMore: 'További beállítások',
    propagationHint:
      'A Certdesk a zóna minden névszerverét ellenőrzi, mielőtt a CA-hoz fordul. A lassú szolgáltatóknak több idő kell (legfeljebb 3600).',
    dnsRisk:
      'A DNS-hozzáférés legyen szűk: egy zónára szóló token vagy acme-dns, hogy egy kiszivárgás ne módosíthassa a teljes DNS-ét.',
    builtinNote:
      'Az ellenőrzés alatt a Certdesk néhány másodpercig a 80-as porton figyel. Győződjön meg róla, hogy a 80-as port eléri ezt a számítógépet (router, tűzfal), és hogy akkor más program nem használja.',
    httpManualNote:
      'A Certdesk megmutatja a fájl nevét és tartalmát, amikor a CA megadja őket; Ön feltölti, és megnyomja a „Tovább” gombot. A megújításokhoz ismét szükség lesz Önre.',
    dnsManualNote:
      'Amikor a CA megadja az értéket, a Certdesk megmutatja a pontos TXT-rekordot, másolás gombokkal. Vegye fel a DNS-szolgáltatójánál, és nyomja meg a „Tovább” gombot; a Certdesk minden névszervert ellenőriz, mielőtt a CA-hoz fordul.',
    tlsAlpnNote:
      'Az ellenőrzés alatt a Certdesk néhány másodpercig a 443-as porton válaszol. A 443-as portnak el kell érnie ezt a számítógépet, és akkor szabadnak kell lennie (arra a pillanatra állítsa le a webszerverét, vagy használjon olyat, amely maga támogatja a TLS-ALPN-t).',
    required: 'Ez kötelező.',
    notAvailable: '(ebben a verzióban még nem érhető el)',
    notAvailableLong:
      'Ez a mód a Certdesk ezen verziójában még nem érhető el. Válasszon egy másikat.',
  },
  preflight: {
    title: 'Ellenőrzés, mielőtt a CA-hoz fordulunk',
    intro:
      'A Certdesk ellenőrzi, mi miatt mondhatna nemet a CA, mert a sikertelen próbálkozások beleszámítanak a CA korlátaiba.',
    notAvailable:
      'Az előzetes ellenőrzések a Certdesk ezen verziójában még nem érhetők el. Nélkülük is folytathatja.',
    running: 'Ellenőrzés…',
    resultsLabel: 'Az ellenőrzés eredményei',
    verdict: { pass: 'Rendben', warn: 'Figyelmeztetés', fail: 'Probléma', skip: 'Kihagyva' },
    fix: 'Teendő:',
    someFailed:
      'Néhány ellenőrzés problémát talált. Javítsa ki őket, és ellenőrizzen újra, vagy próbálja meg mégis.',
    allGood: 'Nem találtunk semmit, ami megállítaná a CA-t.',
    trialTitle: 'Próbafuttatás',
    trialText:
      'Először kérjen egy gyakorló tanúsítványt a CA gyakorló szolgáltatásától. Ez igazolja, hogy az egész útvonal működik, és nem számít bele a valódi korlátokba. Semmi sem marad meg belőle.',
    trialButton: 'Próbafuttatás',
    trialOk: 'A próbafuttatás sikerült. A valódi tanúsítványnak is működnie kell.',
    trialPractice:
      'Már gyakorló szolgáltatást használ, így maga a tanúsítvány megszerzése a próba.',
    trialNone:
      'Ennek a hitelesítésszolgáltatónak nincs olyan gyakorló szolgáltatása, amelyet a Certdesk ismer, ezért itt nem lehet próbafuttatást végezni. A fenti ellenőrzések a legjobb próba; ha sikeresek, folytassa.',
    again: 'Újraellenőrzés',
    get: 'A tanúsítvány megszerzése',
    anyway: 'Mégis megpróbálom',
    skip: 'Ellenőrzések kihagyása',
  },
  run: {
    starting: 'Indítás…',
    step: {
      account: 'Fiók',
      order: 'Megrendelés',
      authorization: 'Engedélyezés: {{name}}',
      challenge: 'Igazolás: {{name}}',
      propagationOk: 'A(z) {{server}} DNS-szerveren megvan a rekord ehhez: {{name}}',
      propagationWait: 'Várakozás a(z) {{server}} DNS-szerverre ({{name}})',
      validation: 'A CA ellenőrizte: {{name}}',
      finalize: 'Véglegesítés',
      download: 'A tanúsítvány letöltése',
      cleanup: 'Takarítás',
      done: 'Kész',
    },
    yourTurn: 'Önön a sor',
    yourTurnIntro:
      'Végezze el most, majd nyomja meg az alábbi gombot. A Certdesk ellenőrzi, mielőtt szól a CA-nak.',
    field: {
      filename: 'Fájlnév',
      content: 'Tartalom',
      name: 'Név',
      value: 'Érték',
      type: 'Típus',
      ttl: 'TTL (másodperc)',
      target: 'Cél',
    },
    fullInstructions: 'Teljes útmutató',
    continue: 'Felvettem — tovább',
    checking: 'Ellenőrzés…',
  },
  issue: {
    title: 'A tanúsítvány megszerzése',
    intro: 'A Certdesk tanúsítványt kér a CA-tól ezekre: {{names}}.',
    stepsLabel: 'Haladás',
    changeDetails: 'A részletek módosítása',
    trustHostKey: 'Az új kulcs elfogadása',
    checkAgain: 'Újraellenőrzés',
  },
  done: {
    title: 'Elkészült a tanúsítványa',
    reusedTitle: 'Ez a tanúsítvány már megvan',
    reused:
      'Pontosan ezekre a nevekre már létezik érvényes tanúsítvány, ezért a Certdesk azt tartotta meg ahelyett, hogy újra a CA-hoz fordult volna.',
    exportTitle: 'Tegye oda, ahol a szervere várja',
    exportIntro: 'Válassza ki, mi futtatja a webhelyét; a Certdesk a megfelelő fájlokat írja ki.',
    pasteTitle: 'Beillesztés vezérlőpultba (cPanel, Plesk, …)',
    open: 'Az oldalának megnyitása',
    toDashboard: 'Ugrás a tanúsítványaihoz',
    loginOffer:
      'A Certdesk csak futás közben újítja meg a tanúsítványokat. Induljon el bejelentkezéskor, hogy a megújítások időben megtörténjenek? (Ezt a Beállításokban módosíthatja.)',
    loginYes: 'Indítás bejelentkezéskor',
    loginNo: 'Most nem',
    loginOn: 'A Certdesk elindul, amikor bejelentkezik.',
  },
  export: {
    where: 'Mi fogja használni a tanúsítványt?',
    preset: {
      nginx: 'nginx',
      apache: 'Apache',
      iis: 'IIS / Windows (PFX)',
      cpanel: 'cPanel / Plesk (beillesztés)',
      haproxy: 'HAProxy',
      synology: 'Synology / QNAP',
      tomcat: 'Java / Tomcat (PFX)',
      generic: 'Egyéb (PEM-fájlok)',
    },
    folder: 'A mappa, ahova írjon',
    folderHint:
      'Egy mappa teljes elérési útja ezen a számítógépen. A kulcsot tartalmazó fájlokat csak Ön olvashatja.',
    folderMissing: 'Írja be, melyik mappába írjon.',
    password: 'A PFX-fájl jelszava',
    passwordHint: 'Legalább 4 karakter. A fájl importálásakor kell majd beírnia.',
    passwordShort: 'Legalább 4 karakteres jelszót válasszon.',
    legacy: 'Kompatibilis a Windows Server 2016-tal és a régebbi Javával',
    remember: 'Minden megújítás után exportáljon ide újra',
    postCommand:
      'Parancs, amely minden megújítás után fut, miután a fájlok kiírásra kerültek (nem kötelező)',
    postCommandHint:
      'Például „systemctl reload nginx”, hogy a szervere a megújított tanúsítványt kezdje használni. Ezen a számítógépen fut, azzal a felhasználóval, amellyel a Certdesk. Ezúttal, első alkalommal saját maga töltse újra a szerverét.',
    overwrite: 'A már meglévő fájlok felülírása',
    run: 'Exportálás',
    done_one: '{{count}} fájl kiírva:',
    done_other: '{{count}} fájl kiírva:',
    secretFile: 'a titkos kulcsot tartalmazza',
    remembered: 'A Certdesk minden megújítás után újra kiírja ezeket a fájlokat.',
    ecPfxNote:
      'Néhány régi Windows-verzió nem tudja olvasni az ECDSA-kulcsokat; ha az Öné elutasítja a fájlt, kérjen RSA-kulcsos tanúsítványt.',
    paste: { certificate: 'Tanúsítvány (CRT)', caBundle: 'CA-csomag', key: 'Titkos kulcs' },
    keyNeverShown:
      'A titkos kulcs soha nem jelenik meg a képernyőn. Mentse fájlba, és a beillesztéshez nyissa meg azt a fájlt.',
    copyKey: 'A titkos kulcs másolása a vágólapra',
    keyCopied: 'A titkos kulcs a vágólapon van. Illessze be, majd másoljon fölé valami mást.',
    keyFolder: 'A kulcsfájl mappája',
    saveKey: 'Kulcsfájl mentése',
    keySaved: 'Mentve ide: {{path}} (csak Ön olvashatja).',
  },
  cert: {
    title: 'Tanúsítvány',
    back: 'Összes tanúsítvány',
    names: 'Nevek',
    keyType: 'Kulcstípus',
    validity: 'Érvényes',
    validFromTo: '{{from}} és {{to}} között',
    validUntil: 'Érvényesség vége',
    nextRenewal: 'Következő megújítás',
    route: 'Az ellenőrzés módja',
    needsYou: '(minden megújításkor szükség van Önre)',
    routeChange: 'Annak módosítása, hogyan ér el a CA',
    routeEdit: {
      title: 'Hogyan ér el a CA',
      intro:
        'Most semmi nem kerül kiállításra: a következő megújítás azt használja, amit itt ment. A jelszavakat és tokeneket titkosítva tároljuk, és soha többé nem jelennek meg.',
      type: 'Az igazolás módja',
      saved: 'Mentve. A következő megújítás ezt használja: {{route}}.',
    },
    serial: 'Sorozatszám',
    revokedAt: 'Visszavonva',
    lastProblem: 'Utolsó probléma:',
    renewNow: 'Megújítás most',
    renewSteps: 'A megújítás menete',
    renewed: 'Megújítva: {{date}}-ig érvényes.',
    chain: 'Kiállítói lánc',
    noChain: 'Még nincs tanúsítvány.',
    issuedBy: 'kiállító: {{issuer}}',
    until: 'eddig: {{date}}',
    history: 'Előzmények',
    noHistory: 'Még nincs rögzített próbálkozás.',
    outcome: { success: 'Sikeres', failure: 'Sikertelen' },
    trigger: {
      manual: 'Ön indította',
      scheduled: 'automatikus megújítás',
      wizard: 'új tanúsítvány',
      cli: 'parancssorból',
    },
    exports: 'Exportálási célok',
    noExports:
      'Még nincs. Exportáljon lent, és jelölje be a „Minden megújítás után exportáljon ide újra” négyzetet.',
    forget: 'Elfelejtés',
    forgetDest: 'Elfelejtés: {{dir}} (exportálási cél)',
    exportAgain: 'Exportálás',
    danger: 'Visszavonás vagy törlés',
    revoke: 'Visszavonás…',
    revokeTitle: 'Visszavonja ezt a tanúsítványt?',
    revokeText:
      'A CA érvénytelennek jelöli. Tegye ezt, ha a titkos kulcs kiszivároghatott, vagy már nincs szükség a tanúsítványra. Nem vonható vissza.',
    revokeReason: 'Ok',
    revokeConfirm: 'Visszavonás',
    reason: {
      unspecified: 'Nincs különösebb ok',
      keyCompromise: 'A titkos kulcs kiszivároghatott',
      superseded: 'Egy másik tanúsítvány váltotta fel',
      affiliationChanged: 'A nevek tulajdonosa megváltozott',
      cessationOfOperation: 'A webhely megszűnt',
    },
    delete: 'Törlés…',
    deleteTitle: 'Törli ezt a tanúsítványt a Certdeskből?',
    deleteText:
      'A Certdesk elfelejti ezt: {{name}}, a kulcsát és az előzményeit, és nem újítja meg többé. Az exportált fájlok a helyükön maradnak. A tanúsítvány a lejáratáig érvényes marad, hacsak előbb vissza nem vonja.',
    deleteConfirm: 'Törlés',
  },
  settings: {
    title: 'Beállítások',
    accounts: 'Fiókok és hitelesítésszolgáltatók',
    accountsHint:
      'Általában CA-nként egy fiók elég. Több fiók (például ügyfelenként egy) külön tartja mindegyik kulcsát.',
    addAccount: 'Fiók hozzáadása',
    since: '{{date}} óta',
    notifications: 'Értesítések',
    notificationsHint:
      'A Certdesk szól, ha egy megújítás sikertelen, vagy egy tanúsítvány hamarosan lejár. A CA-k maguk már nem küldenek ilyen e-maileket.',
    notifyOnSuccess: 'Akkor is szóljon, ha egy megújítás sikerül',
    desktop: 'Asztali értesítések',
    desktopBrowser:
      'Az asztali értesítéseket az asztali alkalmazás küldi. A böngészőben használjon e-mailt vagy webhookot.',
    email: 'E-mail',
    smtpHost: 'Levelezőszerver (SMTP)',
    smtpPort: 'Port',
    smtpSecure: 'TLS használata az elejétől (általában a 465-ös port)',
    smtpUser: 'Felhasználónév',
    smtpPassword: 'Jelszó',
    smtpPasswordKeep: 'Jelszó (hagyja üresen a mentett megtartásához)',
    mailFrom: 'Feladó címe',
    mailTo: 'Címzett',
    webhook: 'Webhook',
    webhookUrl: 'Webhook címe',
    test: {
      desktop: 'Próbaértesítés küldése',
      email: 'Próba-e-mail küldése',
      webhook: 'Próbaüzenet küldése',
    },
    testSent: 'Elküldve. Ellenőrizze, hogy megérkezett-e.',
    testNotSent: 'Nem lett elküldve.',
    saved: 'Mentve.',
    network: 'Hálózat',
    proxyUrl: 'Proxykiszolgáló',
    proxyHint:
      'Csak olyan hálózaton, amely proxyn keresztül éri el az internetet (a hálózati rendszergazda tudja). Hagyja üresen, ha a számítógép HTTPS_PROXY-beállítását szeretné használni. A jelszót kérő proxyt inkább a HTTPS_PROXY változóban adja meg.',
    noProxy: 'Proxy nélkül elérhető',
    noProxyHint:
      'Közvetlenül elérendő nevek és címek vesszővel elválasztva, mint a NO_PROXY-ban: az example.com az aldomainjeit is lefedi; a 10.0.0.0/8 egy címtartomány.',
    startup: 'Indítás bejelentkezéskor',
    launchAtLogin:
      'A Certdesk induljon el, amikor bejelentkezem, hogy a megújítások időben megtörténjenek',
    launchBrowser:
      'A bejelentkezéskori indítás az asztali alkalmazás beállítása. A böngészőben a Certdesk csak addig újít meg, amíg fut; ha akkor is folytatni szeretné a megújítást, amikor nem fut, jelölje be lent a „{{option}}” lehetőséget.',
    language: 'Nyelv',
    languageAuto: 'Ugyanaz, mint ezen a számítógépen',
    data: 'Adatmappa',
    dataFolder: 'A Certdesk a fiókokat, tanúsítványokat és kulcsokat itt tárolja:',
    backup: 'Biztonsági mentés',
    backupHint:
      'Az adatmappát egy új mappába másolja. A másolat tartalmazza a titkos kulcsait: őrizze ugyanolyan biztonságosan, mint az eredetit.',
    backupFolder: 'A mentés ebbe a mappába kerüljön',
    backupRun: 'Mentés most',
    backupDone: 'Mentve ide: {{path}}.',
    restore: 'Visszaállítás',
    restoreBrowser:
      'Amíg a Certdesk a böngészőben fut, a visszaállítás nem lehetséges: lépjen ki a Certdeskből (zárja be a terminálablakot, amelyben fut), másolja a mentési mappát az adatmappa helyére, majd indítsa el újra a Certdesket.',
    restoreFrom: 'A visszaállítandó mentési mappa',
    restoreRun: 'Visszaállítás',
    restoreDone: 'Visszaállítva.',
    restoreRestart: 'Visszaállítva. A Certdesk újraindul, hogy használni kezdje.',
    version: 'Certdesk {{version}} ({{mode}})',
    mode: { app: 'asztali alkalmazás', browser: 'böngészőmód' },
  },
  errors: {
    generic: 'Valami hiba történt. Próbálja újra; ha újra előfordul, nézze meg a részleteket.',
    'ui-offline':
      'A Certdesk nem válaszol. Ellenőrizze, hogy még fut-e (nyitva van-e a terminálablak, amelyben elindította), majd töltse újra ezt az oldalt.',
    'ui-no-token':
      'Ez az oldal a kulcsa nélkül nyílt meg. Nyissa meg a teljes címet, amelyet a Certdesk az indításakor kiírt (#token=… végződésű).',
    'invalid-input': 'Valami nem stimmel az űrlapon. Ellenőrizze, és próbálja újra.',
    'invalid-name':
      'Az egyik név nem olyan domain, amelyet a CA ellenőrizni tud. Javítsa ki, és próbálja újra.',
    'invalid-email':
      'Az e-mail-cím érvénytelen. Írjon be egy teljes címet, például you@example.com.',
    'tos-not-agreed':
      'A CA-nak előbb szüksége van arra, hogy elfogadja a felhasználási feltételeit.',
    'eab-required':
      'Ennek a CA-nak kell a kulcsazonosító és a HMAC-kulcs a CA-nál lévő fiókoldaláról.',
    'eab-invalid':
      'A CA elutasította a kulcsazonosítót és a HMAC-kulcsot. Másolja ki mindkettőt újra a CA-nál lévő fiókoldaláról.',
    'no-account': 'Még nincs fiókja egy CA-nál sem. Hozzon létre egyet a Beállításokban.',
    'ambiguous-account': 'Több fiók is van; válassza ki, melyiket használja.',
    'not-found': 'Ez már nincs meg. Lépjen vissza, és töltse újra a listát.',
    'account-paused':
      'A hitelesítésszolgáltató szüneteltette ezt a fiókot ezekre a nevekre. Javítsa ki, miért sikertelen az ellenőrzés, nyissa meg a feloldó oldalt, majd válassza a „Feloldottam” gombot.',
    'rate-limited':
      'A CA szerint túl sok kérés érkezett ezekre a nevekre. Várjon a megjelenített időpontig, majd próbálja újra.',
    'bad-nonce': 'A CA arra kérte a Certdesket, hogy ismételjen meg egy kérést. Próbálja újra.',
    caa: 'A DNS-ében egy CAA-rekord nem engedélyezi ezt a CA-t. Vegye fel a CA-t a CAA-rekordba, vagy távolítsa el a rekordot, majd próbálja újra.',
    dns: 'A CA nem találta meg a nevei DNS-adatait. Ellenőrizze a DNS-rekordokat, majd próbálja újra.',
    connection:
      'A CA nem érte el a szerverét. Ellenőrizze, hogy a név rá mutat-e, és hogy a port nyitva van-e, majd próbálja újra.',
    unauthorized:
      'A CA nem tudta megerősíteni, hogy Ön rendelkezik a nevekkel. Ellenőrizze a fájlt vagy a rekordot, majd próbálja újra.',
    'rejected-identifier': 'A CA ezek közül az egyik névre nem állít ki tanúsítványt.',
    'incorrect-response':
      'A CA más választ talált, mint amit várt. Ellenőrizze, hogy a fájl vagy a rekord pontosan olyan-e, mint a megjelenített, majd próbálja újra.',
    tls: 'Egy biztonságos kapcsolat nem jött létre. Ellenőrizze a szerver tanúsítványát és portjait, majd próbálja újra.',
    'server-internal':
      'A CA-nál belső hiba történt. Próbálja újra később; az állapotoldala többet is elárulhat.',
    malformed:
      'A CA nem értett meg egy kérést. Próbálja újra; ha újra előfordul, jelentse a részletekkel együtt.',
    'bad-csr': 'A CA elutasította a tanúsítványkérelmet. Próbáljon egy másik kulcstípust.',
    'bad-signature-algorithm':
      'A CA nem fogadja el ezt a kulcstípust. Válasszon másik kulcstípust.',
    'already-revoked': 'Ez a tanúsítvány már vissza van vonva.',
    'ca-unreachable':
      'A Certdesk nem éri el a CA-t. Ellenőrizze az internetkapcsolatot, majd próbálja újra; a CA állapotoldala többet is elárulhat.',
    'ca-misbehaved':
      'A CA olyat válaszolt, amit a Certdesk nem tud használni. Próbálja újra később.',
    timeout: 'Ez túl sokáig tartott. Próbálja újra.',
    cancelled: 'Megszakítva. Semmi sem változott.',
    'port-in-use':
      'Egy másik program használja azt a portot, amelyre a Certdesknek szüksége van. Állítsa le egy pillanatra, vagy válasszon másik módot.',
    'port-not-permitted':
      'A Certdesk nem figyelhet azon a porton. Futtassa az ehhez szükséges jogokkal, vagy válasszon másik módot.',
    webroot:
      'A Certdesk nem tudott írni a webmappába. Ellenőrizze az elérési utat és a jogosultságokat.',
    'challenge-failed': 'Az igazolás még nem volt a helyén. Ellenőrizze, majd próbálja újra.',
    solver: 'A választott mód nem sikerült. Ellenőrizze a beállításait, majd próbálja újra.',
    'credentials-refused':
      'A szerver vagy a szolgáltató elutasította a jelszót vagy a tokent. Ellenőrizze, majd próbálja újra.',
    'credentials-needed':
      'A módszerhez jelszó, kulcs vagy token kell, amelyet nem adott meg (a tárolt nem kerül elküldésre egy megváltozott szerverre). Írja be, majd mentse újra.',
    storage:
      'A Certdesk nem tudta menteni az adatait. Ellenőrizze az adatmappát és a szabad lemezterületet.',
    'store-corrupt': 'Az adatfájl megsérült. Állítsa vissza egy biztonsági mentésből.',
    'store-too-new': 'Az adatmappát egy újabb Certdesk írta. Frissítse a Certdesket.',
    'store-locked':
      'Egy másik Certdesk dolgozik ugyanazokkal az adatokkal. Próbálja újra egy pillanat múlva.',
    export:
      'Az exportálás nem sikerült, és semmi sem lett kiírva. Ellenőrizze a mappát, majd próbálja újra.',
    'file-exists':
      'Ilyen nevű fájlok már vannak ott. Jelölje be „A már meglévő fájlok felülírása” négyzetet, vagy válasszon másik mappát.',
    'disk-full': 'Megtelt a lemez. Szabadítson fel helyet, majd próbálja újra.',
    'permission-denied':
      'A Certdesk ezt nem teheti meg. Ellenőrizze a mappa jogosultságait, vagy indítsa újra a Certdesket.',
    'wrong-password': 'A jelszó hibás vagy túl rövid. Írja be újra.',
    unsupported: 'Ez itt nem lehetséges. A részletek megmondják, mit tegyen helyette.',
    internal:
      'Váratlan hiba történt a Certdeskben. Próbálja újra; ha újra előfordul, jelentse a részletekkel együtt.',
  },
  deploy: deployHu,
  reminders: remindersHu,
  profiles: profilesHu,
  notifyFormat: notifyFormatHu,
  siteCheck: siteCheckUiHu,
  https: httpsHu,
  unattended: unattendedHu,
  engine: engineHu,
  keysLimits: keysLimitsHu,
};
