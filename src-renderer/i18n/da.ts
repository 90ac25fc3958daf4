// Danish (Dansk).
import { remindersDa } from './reminders/da.ts';
import { deployDa } from './deploy/da.ts';
import { dataNoticesDa } from './data/da.ts';
import type { en } from './en.ts';
import type { Shape } from './shape.ts';
import { engineDa } from './engine-da.ts';
import { profilesDa } from './profiles/da.ts';
import { notifyFormatDa } from './notify/da.ts';
import { siteCheckUiDa } from './sitecheck/da.ts';
import { httpsDa } from './https/da.ts';
import { keysLimitsDa } from './keys-limits/da.ts';
import { unattendedDa } from './unattended/da.ts';
export const da: Shape<typeof en> = {
  app: {
    cannotStart: 'Certdesk kan ikke starte',
  },
  nav: {
    skip: 'Gå til indholdet',
    label: 'Hovedmenu',
    dashboard: 'Certifikater',
    newCertificate: 'Nyt certifikat',
    settings: 'Indstillinger',
    title: {
      dashboard: 'Certifikater',
      wizard: 'Nyt certifikat',
      cert: 'Certifikat',
      settings: 'Indstillinger',
    },
  },
  common: {
    loading: 'Indlæser…',
    working: 'Arbejder…',
    next: 'Næste',
    back: 'Tilbage',
    cancel: 'Annuller',
    save: 'Gem',
    choose: 'Vælg…',
    tryAgain: 'Prøv igen',
    showDetails: 'Vis detaljer',
    errorCode: 'Fejlkode: {{code}}',
    retryAfter: 'Prøv ikke igen før {{time}}.',
    copy: 'Kopiér',
    copyWhat: 'Kopiér {{what}}',
    copied: 'Kopieret',
    copyFailed: 'Kunne ikke kopiere; markér teksten, og kopiér den selv.',
  },
  notices: {
    ...dataNoticesDa,
    dismiss: 'Forstået',
    'corrupt-moved-aside':
      'Datafilen var beskadiget, så den blev flyttet til side; Certdesk genopbyggede, hvad den kunne, ud fra certifikatmapperne. Gendan filen fra en sikkerhedskopi, hvis du har brug for resten af det, den indeholdt.',
    'secrets-in-file':
      'Ingen nøglering i systemet svarede, så private nøgler krypteres med en nøgle, der ligger i en fil i datamappen (kun du kan læse den). Hold datamappen privat, og tag sikkerhedskopi af den.',
  },
  status: {
    valid: 'Gyldigt',
    renewing: 'Fornyes',
    'retry-wait': 'Prøver igen',
    'needs-attention': 'Kræver handling',
    expired: 'Udløbet',
    revoked: 'Tilbagekaldt',
  },
  keyType: {
    ec256: 'ECDSA P-256 (anbefalet)',
    ec384: 'ECDSA P-384',
    rsa2048: 'RSA 2048 (til gamle systemer)',
    rsa3072: 'RSA 3072',
    rsa4096: 'RSA 4096',
  },
  firstRun: {
    title: 'Velkommen til Certdesk',
    intro:
      'Certdesk henter gratis HTTPS-certifikater til dine websteder og fornyer dem, før de udløber.',
    account: 'Opret først din konto hos en certifikatudsteder (CA). Det tager få sekunder.',
    create: 'Opret konto',
  },
  account: {
    whichCa: 'Hvilken certifikatudsteder?',
    ca: {
      letsencrypt: "Let's Encrypt (anbefalet)",
      letsencryptHint: 'Gratis og godkendt af alle browsere.',
      staging: "Øvetilstand (Let's Encrypt staging)",
      stagingHint:
        'Til at prøve ting af: ingen grænser at bekymre sig om, men browsere stoler ikke på certifikaterne.',
      'letsencrypt-staging': "Let's Encrypt øvetilstand",
      zerossl: 'ZeroSSL',
      zerosslHint: 'Kræver EAB-nøglerne fra dit ZeroSSL-dashboard.',
      google: 'Google Trust Services',
      googleHint: 'Kræver EAB-nøglerne fra Google Cloud.',
      'google-staging': 'Google Trust Services (staging)',
      custom: 'Anden CA (directory-URL)',
      customHint: 'Enhver CA, der taler ACME: indsæt dens directory-adresse.',
    },
    advanced: 'Avanceret: andre certifikatudstedere',
    directoryUrl: 'ACME-directory-URL',
    lookUp: 'Slå op',
    urlFirst: 'Skriv CA\'ens directory-URL, og vælg "Slå op" først.',
    asking: "Spørger CA'en om dens vilkår…",
    email: 'Din e-mailadresse',
    emailHint:
      "CA'en kan skrive til denne adresse om din konto. Brug en, der når den ansvarlige person; Certdesk advarer dig selv, før certifikater udløber.",
    emailInvalid: 'Skriv en hel e-mailadresse, f.eks. dig@example.com.',
    eab: 'Ekstern kontotilknytning (EAB)',
    eabHint:
      "Denne CA skal bruge to værdier fra din kontoside hos CA'en, så den ved, at kontoen er din.",
    eabKid: 'Nøgle-id',
    eabHmac: 'HMAC-nøgle',
    eabMissing: "Kopiér både nøgle-id'et og HMAC-nøglen fra din kontoside hos CA'en.",
    tosIntro: 'Denne CA beder dig acceptere dens vilkår, før den udsteder certifikater.',
    tosLink: 'Læs servicevilkårene (åbner i et nyt vindue)',
    agree: 'Jeg har læst og accepterer servicevilkårene',
    mustAgree:
      "Sæt flueben for at acceptere servicevilkårene; ellers udsteder CA'en ikke certifikater.",
  },
  dashboard: {
    title: 'Dine certifikater',
    caption_one: '{{count}} certifikat',
    caption_other: '{{count}} certifikater',
    emptyTitle: 'Ingen certifikater endnu',
    emptyText:
      "Hent dit første certifikat: Certdesk stiller et par spørgsmål, beviser over for CA'en, at domænet er dit, og fornyer det af sig selv.",
    emptyAction: 'Hent dit første certifikat',
    renewAll: 'Forny alle nu',
    renew: 'Forny nu',
    renewing: 'Fornyer…',
    renewed: '{{name}} blev fornyet.',
    renewFailedFor: 'Det gjaldt {{name}}.',
    renewAllStarted_one:
      'Fornyer {{count}} certifikat ({{skipped}} udeladt); fremskridtet vises her.',
    renewAllStarted_other:
      'Fornyer {{count}} certifikater ({{skipped}} udeladt); fremskridtet vises her.',
    renewAllProgress: '{{done}} af {{total}} fornyet…',
    renewAllDone_one: 'Færdig: {{count}} certifikat, {{failed}} mislykkedes.',
    renewAllDone_other: 'Færdig: {{count}} certifikater, {{failed}} mislykkedes.',
    moreNames_one: '+{{count}} navn mere',
    moreNames_other: '+{{count}} navne mere',
    lifetimeOf: 'Resterende levetid for {{name}}',
    daysLeft_one: '{{count}} dag tilbage',
    daysLeft_other: '{{count}} dage tilbage',
    expiredAgo_one: 'udløb for {{count}} dag siden',
    expiredAgo_other: 'udløb for {{count}} dage siden',
    noCert: 'ikke udstedt endnu',
    noRenewal: 'ikke planlagt',
    noProblem: 'ingen',
    col: {
      names: 'Navne',
      status: 'Status',
      lifetime: 'Resterende levetid',
      next: 'Næste fornyelse',
      problem: 'Seneste problem',
      actions: 'Handlinger',
    },
  },
  wizard: {
    progressLabel: 'Trin',
    step: {
      names: 'Navne',
      route: "Hvordan CA'en når dig",
      details: 'Detaljer',
      preflight: 'Kontrol',
      issue: 'Hent det',
      done: 'Færdig',
    },
  },
  names: {
    title: 'Hvilke navne skal certifikatet dække?',
    intro:
      'Skriv de domænenavne, folk bruger for at nå dit websted, f.eks. example.com og www.example.com.',
    label: 'Domænenavne',
    hint: 'Ét pr. linje eller adskilt af kommaer eller mellemrum. Op til 100 navne.',
    empty: 'Skriv mindst ét domænenavn.',
    ok_one: 'Ser godt ud: {{count}} navn.',
    ok_other: 'Ser godt ud: {{count}} navne.',
    wildcard:
      'Et navn, der starter med "*.", er et wildcard: det dækker alle navne ét niveau under (www.example.com, shop.example.com, …), men ikke selve example.com; tilføj også det, hvis du har brug for det. CA\'en kontrollerer kun wildcards via DNS, så du skal ændre en DNS-post.',
    idn: "Navne med bogstaver uden for a–z sendes til CA'en i deres internationale form (punycode). Begge betyder det samme domæne:",
    more: 'Flere muligheder',
    keyType: 'Nøgletype',
    keyTypeHint:
      'ECDSA P-256 er hurtig og virker næsten overalt; vælg kun RSA 2048 til meget gamle systemer.',
    account: 'Konto, der skal bruges',
  },
  route: {
    title: 'Hvordan kan certifikatudstederen nå dig?',
    intro:
      "CA'en skal kontrollere, at du har kontrol over disse navne. Besvar et par spørgsmål, så foreslår Certdesk den nemmeste måde.",
    q: {
      server: 'Er denne computer webserver for disse navne og tilgængelig fra internettet?',
      port80: 'Kan internettet nå denne computer på port 80 (almindelig web)?',
      webserver:
        'Kører der allerede et webserverprogram (nginx, Apache, IIS, …) på denne computer?',
      upload: 'Kan du lægge filer på dit websted?',
      dns: 'Kan du ændre dit domænes DNS-poster?',
    },
    a: {
      server: { yes: 'Ja', no: 'Nej', unsure: 'Ved ikke' },
      port80: { yes: 'Ja', no: 'Nej, den er blokeret', unsure: 'Ved ikke' },
      webserver: { yes: 'Ja', no: 'Nej', unsure: 'Ved ikke' },
      upload: {
        folder: 'Ja, det er en mappe på denne computer',
        sftp: 'Ja, med SFTP',
        ftp: 'Ja, med FTP',
        none: 'Nej',
      },
      dns: {
        none: 'Nej / ved ikke',
        manual: 'Ja, manuelt på min udbyders webside',
        cloudflare: 'Ja, hos Cloudflare',
        rfc2136: 'Ja, min DNS-server modtager dynamiske opdateringer (RFC 2136)',
        'acme-dns': 'Ja, via acme-dns',
        exec: 'Ja, med mit eget script',
      },
    },
    recommended: 'Anbefalet: {{route}}',
    recommendedShort: 'anbefalet',
    why: {
      wildcard: "Du bad om et wildcard-navn, og CA'en kontrollerer kun wildcards via DNS.",
      server:
        "Denne computer svarer for dine navne, så Certdesk kan selv svare CA'en. Det er den enkleste måde.",
      port80: "Port 80 er blokeret, men CA'en kan i stedet kontrollere på port 443 (HTTPS).",
      upload: "Du kan lægge en lille fil på dit websted, og det er alt, hvad CA'en skal se.",
      dns: 'Du kan ændre DNS-poster, hvilket virker fra enhver computer.',
      manual:
        'Intet automatisk passer endnu: du kan placere filen manuelt. Certdesk viser præcis, hvad du skal gøre, men du skal gøre det igen ved hver fornyelse.',
    },
    choose: 'Vælg metode',
    name: {
      'http-01': 'En fil på dit websted (HTTP)',
      'dns-01': 'En DNS-post',
      'tls-alpn-01': 'En kontrol på port 443 (TLS-ALPN)',
    },
    desc: {
      'http-01': "CA'en henter en lille fil fra http://dit-navn/.well-known/acme-challenge/.",
      'dns-01': "CA'en slår en TXT-post op med navnet _acme-challenge.dit-navn.",
      'tls-alpn-01':
        "CA'en forbinder til port 443, og Certdesk svarer med et særligt engangscertifikat.",
    },
    prosTitle: 'Fordele',
    consTitle: 'Ulemper',
    pros: {
      'http-01': [
        'Det enkleste og det sædvanlige valg.',
        'Fornyes af sig selv uden noget at sætte op.',
      ],
      'dns-01': [
        'Den eneste måde at få wildcard-navne på.',
        'Virker, selv når ingen webserver kan nås.',
        'Én post dækker flere servere.',
      ],
      'tls-alpn-01': ['Virker, når kun port 443 er åben.'],
    },
    cons: {
      'http-01': [
        'Port 80 skal være åben mod internettet.',
        'Ingen wildcard-navne.',
        'Med flere webservere skal hver enkelt svare.',
      ],
      'dns-01': [
        'DNS-ændringer kan tage minutter, nogle gange en time, om at slå igennem.',
        'Automatisk fornyelse kræver DNS-adgang på denne computer: giv så lidt adgang som muligt.',
      ],
      'tls-alpn-01': [
        'Port 443 skal være ledig for Certdesk under kontrollen.',
        'Ingen wildcard-navne.',
        'Færre værktøjer kender den.',
      ],
    },
    wildcardNeedsDns:
      'Wildcard-navne kan kun kontrolleres via DNS: vælg "En DNS-post", eller fjern wildcardet.',
    notForWildcard: 'Ikke muligt med et wildcard-navn.',
  },
  details: {
    title: {
      'http-01': 'Hvor skal filen ligge?',
      'dns-01': 'Hvor er din DNS?',
      'tls-alpn-01': 'En kontrol på port 443',
    },
    httpHow: 'Hvordan kommer filen over på dit websted?',
    http: {
      builtin: 'Certdesk svarer selv (indbygget webserver)',
      builtinHint:
        'Intet andet må bruge port 80 på denne computer i de få sekunder, kontrollen varer.',
      webroot: 'I min webservers mappe på denne computer',
      webrootHint: 'Certdesk skriver filen i den mappe, din webserver allerede viser.',
      sftp: 'Upload med SFTP',
      sftpHint: 'Certdesk uploader filen til dit webhotel via SFTP.',
      ftp: 'Upload med FTP',
      ftpHint: 'Certdesk uploader filen via FTP (med TLS, når serveren tilbyder det).',
      manual: 'Jeg uploader selv filen',
      manualHint: 'Certdesk viser filen; du lægger den på plads. Kræver dig ved hver fornyelse.',
    },
    dnsHow: 'Hvordan skal TXT-posten oprettes?',
    dns: {
      manual: 'Jeg tilføjer den selv hos min DNS-udbyder',
      manualHint:
        'Certdesk viser præcis den post, der skal tilføjes; kræver dig ved hver fornyelse.',
      cloudflare: 'Cloudflare',
      cloudflareHint: 'Med et API-token, der kun må redigere DNS for denne zone.',
      rfc2136: 'Min DNS-server (RFC 2136 med en TSIG-nøgle)',
      rfc2136Hint: 'BIND, Knot, PowerDNS og andre accepterer signerede opdateringer.',
      'acme-dns': 'acme-dns',
      'acme-dnsHint':
        'Certdesk registrerer sig én gang; du tilføjer én CNAME-post, og der ligger ingen DNS-adgangskode på denne computer.',
      exec: 'Mit eget script',
      execHint: 'Køres som: script present|cleanup NAVN VÆRDI.',
    },
    field: {
      webroot: 'Webserverens mappe',
      uploadHost: 'Server',
      uploadPort: 'Port (lad feltet være tomt for den sædvanlige)',
      uploadUser: 'Brugernavn',
      uploadPassword: 'Adgangskode',
      uploadDir: 'Webstedets mappe på serveren',
      uploadKey: 'Fil med privat nøgle',
      uploadPassphrase: 'Nøglens adgangsfrase (hvis den har en)',
      uploadTls: 'Kryptér forbindelsen (FTPS)',
      uploadInsecureTls: 'Acceptér serverens eget certifikat (selvsigneret)',
      rfc2136Server: 'DNS-server (vært:port)',
      rfc2136Zone: 'Zone (valgfri)',
      tsigName: 'TSIG-nøglens navn',
      tsigAlgorithm: 'TSIG-algoritme',
      tsigSecret: 'TSIG-hemmelighed',
      acmeDnsServer: 'acme-dns-serverens adresse',
      execCommand: 'Script',
      cloudflareToken: 'Cloudflare API-token',
      propagationTimeout: 'Sekunder at vente på DNS-serverne',
    },
    uploadLegend: { sftp: 'SFTP-server', ftp: 'FTP-server' },
    rfc2136Legend: 'Din DNS-server og dens TSIG-nøgle',
    webrootHint:
      'Mappen med dit websteds sider, f.eks. /var/www/html. Certdesk opretter .well-known/acme-challenge i den.',
    uploadDirHint:
      'Mappen med dit websteds sider, som den ses efter login: f.eks. public_html, eller . hvis det er selve login-mappen.',
    uploadAuth: {
      legend: 'Hvordan logger du ind?',
      password: 'Med en adgangskode',
      key: 'Med en fil med privat nøgle',
    },
    uploadKeyHint: 'Den private halvdel af din SSH-nøgle, f.eks. id_ed25519 (ikke .pub-filen).',
    uploadKeyKept: 'En privat nøgle er gemt: vælg kun en fil for at erstatte den.',
    keepStored: 'Lad feltet stå tomt for at beholde den gemte.',
    uploadKeyChosen: 'Valgt: {{name}}. Den gemmes krypteret på denne computer til fornyelser.',
    uploadKeyBad:
      'Denne fil er ikke en privat nøgle. Vælg filen uden .pub; en PuTTY .ppk-nøgle skal først eksporteres i OpenSSH-format.',
    uploadPassphraseHint: 'Lad feltet være tomt, hvis nøglen ikke har en adgangsfrase.',
    uploadTlsHint:
      'Anbefales, når din udbyder tilbyder det: så krydser adgangskoden ikke internettet i læsbar form.',
    uploadInsecureTlsHint:
      'Kun hvis din udbyder bruger sit eget certifikat, som browsere ikke stoler på; forbindelsen er stadig krypteret.',
    secretHint: 'Gemmes krypteret på denne computer til fornyelser. Den vises aldrig igen.',
    cloudflareHint:
      'Opret det i Cloudflare under My Profile › API Tokens med "Zone › DNS › Edit" kun for denne zone.',
    rfc2136ServerHint: 'Den primære server for din zone, f.eks. ns1.example.com:53.',
    rfc2136ZoneHint: 'Lad feltet være tomt, så spørger Certdesk serveren.',
    acmeDnsHint:
      'Efter den første registrering viser Certdesk den CNAME-post, du skal tilføje én gang.',
    execHint: 'Kaldes som: SCRIPT present|cleanup _acme-challenge.NAVN. VÆRDI',
    dnsMore: 'Flere muligheder',
    propagationHint:
      "Certdesk kontrollerer alle zonens navneservere, før den spørger CA'en. Langsomme udbydere kræver mere tid (højst 3600).",
    dnsRisk:
      'Giv DNS-adgangen så snævre rammer som muligt: et token til én zone eller acme-dns, så et læk ikke kan ændre hele din DNS.',
    builtinNote:
      'Under kontrollen lytter Certdesk på port 80 i nogle få sekunder. Sørg for, at port 80 når denne computer (router, firewall), og at intet andet program bruger den i det tidsrum.',
    httpManualNote:
      'Certdesk viser filnavnet og indholdet, når CA\'en oplyser dem; du uploader filen og trykker på "fortsæt". Fornyelser vil kræve dig igen.',
    dnsManualNote:
      'Når CA\'en oplyser værdien, viser Certdesk præcis den TXT-post, der skal oprettes, med kopiknapper. Tilføj den hos din DNS-udbyder, og tryk på "fortsæt"; Certdesk kontrollerer alle navneservere, før den spørger CA\'en.',
    tlsAlpnNote:
      'Under kontrollen svarer Certdesk på port 443 i nogle få sekunder. Port 443 skal nå denne computer og være ledig i det tidsrum (stop din webserver et øjeblik, eller brug en, der selv understøtter TLS-ALPN).',
    required: 'Dette skal udfyldes.',
    notAvailable: '(endnu ikke tilgængelig i denne version)',
    notAvailableLong:
      'Denne metode er endnu ikke tilgængelig i denne version af Certdesk. Vælg en anden.',
  },
  preflight: {
    title: "Kontrol, før CA'en spørges",
    intro:
      "Certdesk kontrollerer, hvad der kunne få CA'en til at sige nej, fordi mislykkede forsøg tæller med i CA'ens grænser.",
    notAvailable:
      'Forhåndskontroller er endnu ikke tilgængelige i denne version af Certdesk. Du kan fortsætte uden dem.',
    running: 'Kontrollerer…',
    resultsLabel: 'Resultater af kontrollen',
    verdict: { pass: 'OK', warn: 'Advarsel', fail: 'Problem', skip: 'Sprunget over' },
    fix: 'Det kan du gøre:',
    someFailed:
      'Nogle kontroller fandt problemer. Ret dem, og kontrollér igen, eller prøv alligevel.',
    allGood: "Intet fundet, der ville stoppe CA'en.",
    trialTitle: 'Prøvekørsel',
    trialText:
      "Hent først et øvecertifikat fra CA'ens øvetjeneste. Det beviser, at hele vejen virker, og tæller ikke med i de rigtige grænser. Intet af det gemmes.",
    trialButton: 'Lav en prøvekørsel',
    trialOk: 'Prøvekørslen lykkedes. Det rigtige certifikat burde også lykkes.',
    trialPractice:
      'Du bruger allerede en øvetjeneste, så det at hente certifikatet er i sig selv prøvekørslen.',
    trialNone:
      'Denne certifikatudsteder har ingen øvetjeneste, som Certdesk kender, så en prøvekørsel er ikke mulig her. Kontrollerne ovenfor er den bedste test; gå videre, når de er i orden.',
    again: 'Kontrollér igen',
    get: 'Hent certifikatet',
    anyway: 'Prøv alligevel',
    skip: 'Spring kontrollerne over',
  },
  run: {
    starting: 'Starter…',
    step: {
      account: 'Konto',
      order: 'Bestilling',
      authorization: 'Godkendelse af {{name}}',
      challenge: 'Bevis for {{name}}',
      propagationOk: 'DNS-serveren {{server}} har posten for {{name}}',
      propagationWait: 'Venter på DNS-serveren {{server}} ({{name}})',
      validation: "CA'en har kontrolleret {{name}}",
      finalize: 'Afslutter',
      download: 'Henter certifikatet',
      cleanup: 'Rydder op',
      done: 'Færdig',
    },
    yourTurn: 'Din tur',
    yourTurnIntro:
      "Gør dette nu, og tryk derefter på knappen nedenfor. Certdesk kontrollerer det, før CA'en får besked.",
    field: {
      filename: 'Filnavn',
      content: 'Indhold',
      name: 'Navn',
      value: 'Værdi',
      type: 'Type',
      ttl: 'TTL (sekunder)',
      target: 'Mål',
    },
    fullInstructions: 'Fuld vejledning',
    continue: 'Jeg har tilføjet den — fortsæt',
    checking: 'Kontrollerer…',
  },
  issue: {
    title: 'Henter dit certifikat',
    intro: "Certdesk beder CA'en om et certifikat til {{names}}.",
    stepsLabel: 'Fremskridt',
    changeDetails: 'Ret detaljerne',
    trustHostKey: 'Stol på den nye nøgle',
    checkAgain: 'Kontrollér igen',
  },
  done: {
    title: 'Dit certifikat er klar',
    reusedTitle: 'Du har allerede dette certifikat',
    reused:
      "Der findes allerede et gyldigt certifikat til præcis disse navne, så Certdesk beholdt det i stedet for at spørge CA'en igen.",
    exportTitle: 'Læg det, hvor din server forventer det',
    exportIntro: 'Vælg, hvad der kører dit websted; Certdesk skriver de rigtige filer.',
    pasteTitle: 'Indsæt i et kontrolpanel (cPanel, Plesk, …)',
    open: 'Åbn dets side',
    toDashboard: 'Gå til dine certifikater',
    loginOffer:
      'Certdesk fornyer kun certifikater, mens programmet kører. Skal det starte, når du logger ind, så fornyelser sker til tiden? (Du kan ændre det under Indstillinger.)',
    loginYes: 'Start ved login',
    loginNo: 'Ikke nu',
    loginOn: 'Certdesk starter, når du logger ind.',
  },
  export: {
    where: 'Hvad skal bruge certifikatet?',
    preset: {
      nginx: 'nginx',
      apache: 'Apache',
      iis: 'IIS / Windows (PFX)',
      cpanel: 'cPanel / Plesk (indsæt)',
      haproxy: 'HAProxy',
      synology: 'Synology / QNAP',
      tomcat: 'Java / Tomcat (PFX)',
      generic: 'Andet (PEM-filer)',
    },
    folder: 'Mappe, der skal skrives til',
    folderHint:
      'Den fulde sti til en mappe på denne computer. Filer med nøglen kan kun læses af dig.',
    folderMissing: 'Skriv den mappe, der skal skrives til.',
    password: 'Adgangskode til PFX-filen',
    passwordHint: 'Mindst 4 tegn. Du skal skrive den, når du importerer filen.',
    passwordShort: 'Vælg en adgangskode på mindst 4 tegn.',
    legacy: 'Kompatibel med Windows Server 2016 og ældre Java',
    remember: 'Eksportér hertil igen efter hver fornyelse',
    postCommand: 'Kommando, der køres, når hver fornyelse har skrevet filerne (valgfri)',
    postCommandHint:
      'For eksempel "systemctl reload nginx", så din server begynder at bruge det fornyede certifikat. Den køres på denne computer som den bruger, Certdesk kører som. Genindlæs selv din server denne første gang.',
    overwrite: 'Erstat filer, der allerede findes',
    run: 'Eksportér',
    done_one: 'Skrev {{count}} fil:',
    done_other: 'Skrev {{count}} filer:',
    secretFile: 'indeholder den private nøgle',
    remembered: 'Certdesk skriver disse filer igen efter hver fornyelse.',
    ecPfxNote:
      'Nogle gamle Windows-versioner kan ikke læse ECDSA-nøgler; hvis din afviser filen, så hent et certifikat med en RSA-nøgle.',
    paste: { certificate: 'Certifikat (CRT)', caBundle: 'CA-bundt', key: 'Privat nøgle' },
    keyNeverShown:
      'Den private nøgle vises aldrig på skærmen. Gem den i en fil, og åbn filen for at indsætte den.',
    copyKey: 'Kopiér den private nøgle til udklipsholderen',
    keyCopied:
      'Den private nøgle ligger i udklipsholderen. Indsæt den, og kopiér derefter noget andet oven i den.',
    keyFolder: 'Mappe til nøglefilen',
    saveKey: 'Gem nøglefil',
    keySaved: 'Gemt i {{path}} (kan kun læses af dig).',
  },
  cert: {
    title: 'Certifikat',
    back: 'Alle certifikater',
    names: 'Navne',
    keyType: 'Nøgletype',
    validity: 'Gyldigt',
    validFromTo: 'fra {{from}} til {{to}}',
    validUntil: 'Gyldigt til',
    nextRenewal: 'Næste fornyelse',
    route: 'Bevis for kontrol',
    needsYou: '(kræver dig ved hver fornyelse)',
    routeChange: "Skift hvordan CA'en når dig",
    routeEdit: {
      title: "Hvordan CA'en når dig",
      intro:
        'Der udstedes intet nu: den næste fornyelse bruger det, du gemmer her. Adgangskoder og tokens gemmes krypteret og vises aldrig igen.',
      type: 'Type bevis',
      saved: 'Gemt. Den næste fornyelse bruger: {{route}}.',
    },
    serial: 'Serienummer',
    revokedAt: 'Tilbagekaldt',
    lastProblem: 'Seneste problem:',
    renewNow: 'Forny nu',
    renewSteps: 'Fornyelsens fremskridt',
    renewed: 'Fornyet: gyldigt til {{date}}.',
    chain: 'Udstederkæde',
    noChain: 'Intet certifikat endnu.',
    issuedBy: 'udstedt af {{issuer}}',
    until: 'til {{date}}',
    history: 'Historik',
    noHistory: 'Ingen forsøg registreret endnu.',
    outcome: { success: 'Lykkedes', failure: 'Mislykkedes' },
    trigger: {
      manual: 'startet af dig',
      scheduled: 'automatisk fornyelse',
      wizard: 'nyt certifikat',
      cli: 'fra kommandolinjen',
    },
    exports: 'Eksportmål',
    noExports:
      'Ingen endnu. Eksportér nedenfor, og sæt flueben ved "Eksportér hertil igen efter hver fornyelse".',
    forget: 'Glem',
    forgetDest: 'Glem eksportmålet {{dir}}',
    exportAgain: 'Eksportér',
    danger: 'Tilbagekald eller slet',
    revoke: 'Tilbagekald…',
    revokeTitle: 'Tilbagekald dette certifikat?',
    revokeText:
      "CA'en markerer det som ikke længere gyldigt. Gør det, hvis den private nøgle kan være lækket, eller hvis certifikatet ikke længere skal bruges. Det kan ikke fortrydes.",
    revokeReason: 'Årsag',
    revokeConfirm: 'Tilbagekald det',
    reason: {
      unspecified: 'Ingen bestemt årsag',
      keyCompromise: 'Den private nøgle kan være lækket',
      superseded: 'Erstattet af et andet certifikat',
      affiliationChanged: 'Navnene har fået ny ejer',
      cessationOfOperation: 'Webstedet er lukket',
    },
    delete: 'Slet…',
    deleteTitle: 'Slet dette certifikat fra Certdesk?',
    deleteText:
      'Certdesk glemmer {{name}}, dets nøgle og dets historik og holder op med at forny det. Filer, du har eksporteret, bliver liggende. Certifikatet er gyldigt, til det udløber, medmindre du tilbagekalder det først.',
    deleteConfirm: 'Slet det',
  },
  settings: {
    title: 'Indstillinger',
    accounts: 'Konti og certifikatudstedere',
    accountsHint:
      'Én konto pr. CA er det sædvanlige. Flere konti (f.eks. én pr. kunde) holder hver enkelts nøgle adskilt.',
    addAccount: 'Tilføj en konto',
    since: 'siden {{date}}',
    notifications: 'Notifikationer',
    notificationsHint:
      "Certdesk giver dig besked, når en fornyelse mislykkes, eller et certifikat er ved at udløbe. CA'er sender ikke længere selv sådanne e-mails.",
    notifyOnSuccess: 'Giv mig også besked, når en fornyelse lykkes',
    desktop: 'Skrivebordsnotifikationer',
    desktopBrowser:
      'Skrivebordsnotifikationer kommer fra skrivebordsappen. I browseren skal du bruge e-mail eller en webhook.',
    email: 'E-mail',
    smtpHost: 'Mailserver (SMTP)',
    smtpPort: 'Port',
    smtpSecure: 'Brug TLS fra starten (normalt port 465)',
    smtpUser: 'Brugernavn',
    smtpPassword: 'Adgangskode',
    smtpPasswordKeep: 'Adgangskode (lad feltet være tomt for at beholde den gemte)',
    mailFrom: 'Afsenderadresse',
    mailTo: 'Send til',
    webhook: 'Webhook',
    webhookUrl: 'Webhook-adresse',
    test: {
      desktop: 'Send en testnotifikation',
      email: 'Send en test-e-mail',
      webhook: 'Send en testbesked',
    },
    testSent: 'Sendt. Kontrollér, at den er kommet frem.',
    testNotSent: 'Ikke sendt.',
    saved: 'Gemt.',
    network: 'Netværk',
    proxyUrl: 'Proxyserver',
    proxyHint:
      'Kun på et netværk, der går på internettet gennem en proxy (din netværksadministrator ved det). Lad feltet stå tomt for at bruge denne computers HTTPS_PROXY-indstilling. En proxy, der kræver en adgangskode, skal i stedet angives i HTTPS_PROXY.',
    noProxy: 'Ingen proxy for',
    noProxyHint:
      'Navne og adresser, der nås direkte, adskilt af kommaer, som i NO_PROXY: example.com dækker også underdomænerne; 10.0.0.0/8 er et område.',
    startup: 'Start ved login',
    launchAtLogin: 'Start Certdesk, når jeg logger ind, så fornyelser sker til tiden',
    launchBrowser:
      'Start ved login er en indstilling i skrivebordsappen. I browseren fornyer Certdesk kun, mens det kører; for at blive ved med at forny, når det ikke kører, skal du sætte flueben ved "{{option}}" nedenfor.',
    language: 'Sprog',
    languageAuto: 'Samme som denne computer',
    data: 'Datamappe',
    dataFolder: 'Certdesk gemmer konti, certifikater og nøgler i',
    backup: 'Sikkerhedskopi',
    backupHint:
      'Kopierer datamappen til en ny mappe. Kopien indeholder dine private nøgler: opbevar den lige så sikkert som originalen.',
    backupFolder: 'Læg sikkerhedskopien i denne mappe',
    backupRun: 'Tag sikkerhedskopi nu',
    backupDone: 'Sikkerhedskopi gemt i {{path}}.',
    restore: 'Gendan',
    restoreBrowser:
      'Gendannelse er ikke mulig, mens Certdesk kører i browseren: afslut Certdesk (luk det terminalvindue, det kører i), kopiér sikkerhedskopimappen over datamappen, og start derefter Certdesk igen.',
    restoreFrom: 'Sikkerhedskopimappe, der skal gendannes',
    restoreRun: 'Gendan',
    restoreDone: 'Gendannet.',
    restoreRestart: 'Gendannet. Certdesk genstarter for at bruge den.',
    version: 'Certdesk {{version}} ({{mode}})',
    mode: { app: 'skrivebordsapp', browser: 'browsertilstand' },
  },
  errors: {
    generic: 'Noget gik galt. Prøv igen; hvis det bliver ved med at ske, så se detaljerne.',
    'ui-offline':
      'Certdesk svarer ikke. Kontrollér, at det stadig kører (terminalvinduet, det blev startet i, er stadig åbent), og genindlæs derefter denne side.',
    'ui-no-token':
      'Denne side blev åbnet uden sin nøgle. Åbn den fulde adresse, som Certdesk viste, da det startede (den slutter med #token=…).',
    'invalid-input': 'Noget i formularen er ikke rigtigt. Kontrollér det, og prøv igen.',
    'invalid-name':
      "Et af navnene er ikke et domæne, som CA'en kan kontrollere. Ret det, og prøv igen.",
    'invalid-email': 'E-mailadressen er ikke gyldig. Skriv en hel adresse, f.eks. dig@example.com.',
    'tos-not-agreed': "CA'en kræver, at du først accepterer dens servicevilkår.",
    'eab-required': "Denne CA skal bruge nøgle-id'et og HMAC-nøglen fra din kontoside hos CA'en.",
    'eab-invalid':
      "CA'en afviste nøgle-id'et og HMAC-nøglen. Kopiér begge igen fra din kontoside hos CA'en.",
    'no-account': 'Der er endnu ingen konto hos en CA. Opret en under Indstillinger.',
    'ambiguous-account': 'Der er flere konti; vælg, hvilken der skal bruges.',
    'not-found': 'Det findes ikke længere. Gå tilbage, og genindlæs listen.',
    'account-paused':
      'CA\'en har sat kontoen på pause for disse navne. Ret det, der får valideringen til at fejle, åbn CA\'ens side til at ophæve pausen, og vælg så "Jeg har ophævet pausen".',
    'rate-limited':
      "CA'en siger, at der har været for mange anmodninger for disse navne. Vent til det viste tidspunkt, og prøv så igen.",
    'bad-nonce': "CA'en bad Certdesk gentage en anmodning. Prøv igen.",
    caa: "En CAA-post i din DNS tillader ikke denne CA. Tilføj CA'en til CAA-posten, eller fjern posten, og prøv så igen.",
    dns: "CA'en kunne ikke slå dine navne op i DNS. Kontrollér DNS-posterne, og prøv så igen.",
    connection:
      "CA'en kunne ikke nå din server. Kontrollér, at navnet peger på den, og at porten er åben, og prøv så igen.",
    unauthorized:
      "CA'en kunne ikke bekræfte, at du har kontrol over navnene. Kontrollér filen eller posten, og prøv så igen.",
    'rejected-identifier': "CA'en udsteder ikke certifikater til et af disse navne.",
    'incorrect-response':
      "CA'en fandt et andet svar end forventet. Kontrollér, at filen eller posten er præcis som vist, og prøv så igen.",
    tls: 'En sikker forbindelse mislykkedes. Kontrollér serverens certifikat og porte, og prøv så igen.',
    'server-internal':
      "CA'en havde selv et problem. Prøv igen senere; dens statusside kan måske fortælle mere.",
    malformed:
      "CA'en forstod ikke en anmodning. Prøv igen; hvis det bliver ved med at ske, så rapportér det med detaljerne.",
    'bad-csr': "CA'en afviste certifikatanmodningen. Prøv en anden nøgletype.",
    'bad-signature-algorithm': "CA'en accepterer ikke denne nøgletype. Vælg en anden nøgletype.",
    'already-revoked': 'Dette certifikat er allerede tilbagekaldt.',
    'ca-unreachable':
      "Certdesk kan ikke nå CA'en. Kontrollér internetforbindelsen, og prøv så igen; CA'ens statusside kan måske fortælle mere.",
    'ca-misbehaved': "CA'en svarede noget, som Certdesk ikke kan bruge. Prøv igen senere.",
    timeout: 'Det tog for lang tid. Prøv igen.',
    cancelled: 'Annulleret. Intet blev ændret.',
    'port-in-use':
      'Et andet program bruger den port, Certdesk skal bruge. Stop det et øjeblik, eller vælg en anden metode.',
    'port-not-permitted':
      'Certdesk har ikke lov til at lytte på den port. Kør det med de nødvendige rettigheder, eller vælg en anden metode.',
    webroot: 'Certdesk kunne ikke skrive i webmappen. Kontrollér stien og dens rettigheder.',
    'challenge-failed': 'Beviset var ikke på plads endnu. Kontrollér det, og prøv så igen.',
    solver: 'Den valgte metode mislykkedes. Kontrollér dens indstillinger, og prøv så igen.',
    'credentials-refused':
      'Serveren eller udbyderen afviste adgangskoden eller tokenet. Kontrollér det, og prøv så igen.',
    'credentials-needed':
      'Metoden skal bruge en adgangskode, nøgle eller token, som ikke blev angivet (en gemt sendes ikke til en ændret server). Skriv den, og gem igen.',
    storage: 'Certdesk kunne ikke gemme sine data. Kontrollér datamappen og den ledige diskplads.',
    'store-corrupt': 'Datafilen er beskadiget. Gendan den fra en sikkerhedskopi.',
    'store-too-new': 'Datamappen blev skrevet af en nyere Certdesk. Opdater Certdesk.',
    'store-locked': 'En anden Certdesk er i gang med de samme data. Prøv igen om et øjeblik.',
    export: 'Eksporten mislykkedes, og intet blev skrevet. Kontrollér mappen, og prøv så igen.',
    'file-exists':
      'Der findes allerede filer med det navn. Sæt flueben ved "Erstat filer", eller vælg en anden mappe.',
    'disk-full': 'Disken er fuld. Frigør noget plads, og prøv så igen.',
    'permission-denied':
      'Certdesk har ikke lov til at gøre det. Kontrollér mappens rettigheder, eller genstart Certdesk.',
    'wrong-password': 'Adgangskoden er forkert eller for kort. Skriv den igen.',
    unsupported: 'Det er ikke muligt her. Detaljerne fortæller, hvad du kan gøre i stedet.',
    internal:
      'Noget uventet gik galt inde i Certdesk. Prøv igen; hvis det bliver ved med at ske, så rapportér det med detaljerne.',
  },
  deploy: deployDa,
  reminders: remindersDa,
  profiles: profilesDa,
  notifyFormat: notifyFormatDa,
  siteCheck: siteCheckUiDa,
  https: httpsDa,
  unattended: unattendedDa,
  engine: engineDa,
  keysLimits: keysLimitsDa,
};
