// Danish (Dansk): the engine's sentences (src-main/shared/engine-text.ts), translated.
import { remindersEngineDa } from './reminders/engine-da.ts';
import type { engineText } from '../../src-main/shared/engine-text.ts';
import type { Shape } from './shape.ts';
import { profileEngineDa } from './profiles/da.ts';
import { namesEngineDa } from './names/engine-da.ts';
import { acmeDa } from './history/engine-da.ts';
import { dataEngineDa } from './data/engine-da.ts';
import { failuresDa } from './failures/engine-da.ts';
import { siteCheckDa } from './sitecheck/engine-da.ts';
import { deployEngineDa } from './deploy/engine-da.ts';
import { deployCheckDa, exportCheckDa } from './deploy-check/engine-da.ts';
import { renewalEngineDa } from './renewal/da.ts';
import { dualDa, limitsDa, stagingDa } from './keys-limits/engine-da.ts';

const EVERYONE =
  "CA'en kontrollerer fra flere steder på internettet og oplyser ikke hvilke, så porten skal være åben for alle adresser";
const NETWORK =
  'Kontrollér din internetforbindelse og dine DNS-indstillinger, og kør så kontrollerne igen.';
const BEHIND_ROUTER =
  "Hvis denne computer står bag en router, kan det mislykkes at nå dens egen offentlige adresse indefra, selv når forbindelsen fra internettet virker; en prøvekørsel kontrollerer fra CA'ens side.";

export const engineDa: Shape<typeof engineText> = {
  preflight: {
    fixNetwork: NETWORK,
    fixAddA:
      'Tilføj hos din DNS-udbyder en A-post for {{name}}, der peger på din servers offentlige adresse.',
    names: {
      ok_one: 'Navnet er skrevet korrekt til et certifikat.',
      ok_other: 'Alle {{count}} navne er skrevet korrekt til et certifikat.',
      fixIp:
        'Brug et domænenavn, der peger på denne adresse; certifikater til rene IP-adresser kræver en særlig CA-profil.',
      fixWildcard:
        'Vælg DNS-kontrol (dns-01) til wildcard-navne, eller angiv i stedet hvert navn for sig (www.example.com, shop.example.com).',
    },
    outbound: {
      ok: "Denne computer kan nå CA'en ({{host}}) via HTTPS.",
      fail: "Denne computer kan ikke nå CA'en ({{host}}) via HTTPS.",
      fixProxy:
        "Hvis dit netværk undersøger HTTPS-trafik (en virksomhedsproxy eller et antivirusprogram), så bed din IT-afdeling om at lukke CA'en igennem uændret.",
      fixReach:
        "Lad denne computer oprette udgående HTTPS-forbindelser (port 443) til {{host}}: kontrollér firewallen og, på et virksomhedsnetværk, proxyindstillingerne. Hvis netværket er i orden, kan CA'en være nede: se {{status}}.",
      statusPage: "CA'ens statusside",
      statusPageAt: "CA'ens statusside ({{url}})",
    },
    guard: {
      cancelled: 'Annulleret, før denne kontrol blev færdig.',
      timeout:
        'Denne kontrol blev ikke færdig inden for {{seconds}} sekunder, så Certdesk kan ikke sige, om den ville være gået igennem.',
      unexpected: 'Kontrollen stoppede med en uventet fejl: {{error}}',
    },
    responder: {
      okHttp: 'Certdesk kan åbne port {{port}} på denne computer til sin indbyggede webserver.',
      okTls: 'Certdesk kan åbne port {{port}} på denne computer til sin TLS-svarer.',
      inUseHttp:
        "Port {{port}} bruges allerede af {{who}} på denne computer, så Certdesks indbyggede webserver kan ikke svare CA'en der.",
      inUseTls:
        "Port {{port}} bruges allerede af {{who}} på denne computer, så Certdesks TLS-svarer kan ikke svare CA'en der.",
      anotherProgram: 'et andet program',
      thatProgram: 'det program',
      fixStopHttp:
        'Stop {{who}}, mens Certdesk kontrollerer, eller vælg "upload til min webservers mappe" (webroot), så det program, der allerede bruger porten, svarer CA\'en.',
      fixStopTls:
        'Stop {{who}}, mens Certdesk kontrollerer, eller brug i stedet http-01 eller dns-01.',
      cannotOpen: 'Certdesk kan ikke åbne port {{port}} på denne computer.',
      fixWebroot:
        'Vælg den mappe, din webserver viser dette websted fra, og sørg for, at Certdesk må skrive i den.',
      notPlaced: 'Certdesk kunne ikke lægge en testfil på plads for {{name}}: {{error}}',
      httpSkipped:
        "Certdesk kunne ikke efterligne CA'en for {{name}}, fordi testsvaret ikke kunne lægges på plads (se ovenfor).",
      noTestFile: 'Der kunne ikke lægges en testfil på plads for {{name}} (se ovenfor).',
      tlsSkipped:
        "Certdesk kunne ikke starte sin TLS-svarer for {{name}}, så den kunne ikke efterligne CA'en (se ovenfor).",
    },
    caa: {
      servfail:
        "DNS-serverne for {{at}} fejler, når de bliver spurgt om CAA-poster. CA'en nægter at udstede, når dette opslag mislykkes.",
      lookupError: 'Certdesk kunne ikke læse CAA-posterne for {{at}} ({{code}}).',
      fixServfail:
        'Bed din DNS-udbyder om at besvare CAA-forespørgsler for {{at}} (et tomt svar er i orden); nogle gamle DNS-servere fejler på posttyper, de ikke kender.',
      none: "Ingen CAA-poster for {{name}}: alle CA'er må udstede.",
      critical:
        "{{owner}} har en CAA-post, der er markeret som kritisk, med en egenskab, som CA'er ikke forstår ({{tags}}), så alle CA'er skal nægte at udstede.",
      fixCritical:
        'Fjern den CAA-post for {{owner}}, eller fjern dens kritisk-markering (brug 0 i stedet for {{flags}}).',
      unlimited: 'CAA-posterne for {{owner}} begrænser ikke, hvilken CA der må udstede.',
      unlimitedWild:
        'CAA-posterne for {{owner}} begrænser ikke, hvilken CA der må udstede wildcard-certifikater.',
      unknownCa:
        'CAA-posterne for {{owner}} tillader kun {{allowed}}, og denne CA oplyser ikke, hvilket navn den bruger i CAA, så Certdesk kan ikke afgøre, om den må udstede.',
      unknownCaNone:
        'CAA-posterne for {{owner}} tillader slet ingen CA, og denne CA oplyser ikke, hvilket navn den bruger i CAA, så Certdesk kan ikke afgøre, om den må udstede.',
      fixUnknownCa:
        'Se i CA\'ens dokumentation, hvilket navn der skal stå i en CAA-post af typen "issue", og tilføj det, hvis det mangler.',
      forbidAll: "CAA-posterne for {{owner}} forbyder alle CA'er at udstede til {{name}}.",
      forbidAllWild:
        "CAA-posterne for {{owner}} forbyder alle CA'er at udstede wildcard-certifikater til {{name}}.",
      notAllowed:
        'CAA-posterne for {{owner}} tillader kun {{allowed}} at udstede; den CA, du har valgt ({{ids}}), er ikke blandt dem, så den vil nægte.',
      notAllowedWild:
        'CAA-posterne for {{owner}} tillader kun {{allowed}} at udstede wildcard-certifikater; den CA, du har valgt ({{ids}}), er ikke blandt dem, så den vil nægte.',
      fixAdd:
        "Tilføj denne post hos din DNS-udbyder (behold de andre, hvis du stadig bruger de CA'er): {{record}}",
      method:
        'CAA-posten for {{owner}} lader kun {{ca}} udstede med {{methods}}, ikke med {{method}}.',
      fixMethod:
        'Vælg {{methods}} som metode, eller tilføj {{method}} til validationmethods i den CAA-post.',
      allowed: 'CAA-posterne for {{owner}} tillader {{ca}} at udstede.',
      allowedAccount:
        'CAA-posterne for {{owner}} tillader {{ca}} at udstede (kun til den konto, der er angivet i accounturi).',
    },
    dns: {
      noAddressDns01:
        '{{name}} har ingen adresse i DNS; DNS-kontrol (dns-01) har ikke brug for en.',
      lookupFailed:
        'Certdesk kunne ikke slå adressen for {{name}} op (DNS-serveren svarede ikke ordentligt).',
      nxdomain: "{{name}} findes ikke i DNS, så CA'en kan ikke nå det.",
      noAddress:
        "{{name}} har ingen adresse (ingen A- eller AAAA-post) i DNS, så CA'en kan ikke nå det.",
      fixAddA:
        'Tilføj hos din DNS-udbyder en A-post for {{name}}, der peger på din servers offentlige IPv4-adresse (og kun en AAAA-post, hvis serveren svarer på IPv6).',
      deadV6:
        "{{name}} har en IPv6-adresse ({{v6}}), der ikke svarer på port {{port}}, mens IPv4-adressen ({{v4}}) gør. CA'en prøver IPv6 først, så kontrollen ville mislykkes.",
      fixDeadV6:
        'Fjern AAAA-posten for {{name}}, eller få serveren til også at svare på IPv6 (port {{port}}).',
      someDead:
        "Nogle af adresserne for {{name}} ({{dead}}) svarer ikke på port {{port}}, mens andre gør. CA'en kan bruge en hvilken som helst af dem.",
      fixSomeDead:
        'Få alle de servere, {{name}} peger på, til at svare på port {{port}}, eller fjern posterne for dem, der ikke gør.',
      allDead:
        'Ingen af adresserne for {{name}} ({{addresses}}) svarede på port {{port}} fra denne computer.',
      fixAllDead:
        'Sørg for, at serveren kører, og at port {{port}} er åben mod internettet. ' +
        BEHIND_ROUTER,
      private:
        "{{name}} peger på en privat adresse ({{addresses}}), som CA'en ikke kan nå fra internettet.",
      fixPrivate:
        "Lad {{name}} pege på din servers offentlige adresse, eller brug DNS-kontrol (dns-01), hvor CA'en ikke behøver at nå serveren.",
      fixPrivateDns01: 'Intet at gøre for DNS-kontrol; det har kun betydning for besøgende.',
      ok: '{{name}} peger på {{addresses}}.',
      okAnswers_one: '{{name}} peger på {{addresses}}, og den svarer på port {{port}}.',
      okAnswers_other:
        '{{name}} peger på {{addresses}}, og alle adresserne svarer på port {{port}}.',
    },
    dns01: {
      where: 'TXT-posten skal ligge på {{record}}',
      whereCname: '{{record}} peger på {{target}} (CNAME-delegering), så TXT-posten skal ligge der',
      serversOf: 'navneserverne for {{zone}}',
      theServer: 'DNS-serveren',
      noneAnswered:
        '{{where}}, men der kom intet svar fra {{servers}} til denne computer ({{silent}}).',
      someSilent:
        '{{where}}, men {{count}} ud af {{total}} af {{servers}} svarede ikke fra denne computer ({{silent}}).',
      fixNoneAnswered:
        "Dit netværk blokerer måske DNS til alt andet end sin egen resolver; det er i orden for CA'en, men Certdesk kontrollerer så via din resolver. Hvis serverne er nede, så ret dem først: CA'en spørger dem direkte.",
      fixSomeSilent:
        "Kontrollér de navneservere, der ikke svarede: CA'en kan spørge en hvilken som helst af dem, på port 53 via UDP og TCP, fra flere steder.",
      stale_one:
        '{{where}}. Der ligger allerede {{count}} TXT-værdi fra tidligere forsøg; gamle poster gør svaret større.',
      stale_other:
        '{{where}}. Der ligger allerede {{count}} TXT-værdier fra tidligere forsøg; gamle poster gør svaret større.',
      staleMany:
        "{{where}}. Der ligger allerede {{count}} TXT-værdier fra tidligere forsøg; gamle poster gør svaret større, og så mange passer måske ikke længere ind i CA'ens DNS-svar.",
      fixStale:
        'Fjern de gamle TXT-poster på {{target}} (Certdesk tilføjer en ny ved hver kontrol).',
      whoResolver: '(kontrolleret via {{servers}})',
      whoServers_one: '({{count}} server svarer)',
      whoServers_other: '({{count}} servere svarer)',
      noZone:
        '{{where}}, men Certdesk kunne ikke finde ud af, hvilke navneservere der er autoritative for den {{who}}; den kontrollerer i stedet via din DNS-resolver.',
      fixNoZone:
        'Hvis navnet ligger på en privat DNS-server eller en testserver, er det forventet; ellers skal du kontrollere dit domænes NS-poster hos din registrator.',
      ok: '{{where}}; {{servers}} ({{labels}}) svarer, og der er ingen gamle poster.',
    },
    firewall: {
      unreadable:
        'Certdesk kunne ikke læse firewallindstillingerne ({{tools}}): det kræver administratorrettigheder. Sørg for, at indgående forbindelser til port {{ports}} er tilladt.',
      none: 'Certdesk fandt intet firewallværktøj på denne computer, som den kan læse.',
      blocks:
        "{{tool}} på denne computer blokerer indgående forbindelser til port {{port}}, som CA'en skal kunne nå.",
      seemsToBlock:
        "{{tool}} på denne computer ser ud til at blokere indgående forbindelser til port {{port}}, som CA'en skal kunne nå.",
      fixBlocked:
        'Åbn port {{port}} for indgående forbindelser ({{command}}); ' +
        EVERYONE +
        '. Ved http-01 skal port 80 holdes åben, selv om webstedet omdirigerer til HTTPS.',
      restricted: '{{tool}} lukker kun port {{port}} ind fra visse afsenderadresser.',
      fixRestricted:
        'Åbn port {{port}} for alle adresser ({{command}}): ' +
        EVERYONE +
        '. Blokering af lande ødelægger også kontrollen.',
      macos:
        'macOS-firewallen er slået til: den spørger én gang, om Certdesk må modtage indgående forbindelser.',
      unknown:
        '{{tool}} er slået til, og Certdesk kunne ikke afgøre, om den lukker port {{port}} ind.',
      fixUnknown:
        'Sørg for, at indgående forbindelser til port {{port}} er tilladt ({{command}}); ' +
        EVERYONE +
        '.',
      open: 'Firewallen på denne computer ({{tools}}) lukker port {{ports}} ind.',
      off: 'Firewallen på denne computer er slået fra, så den blokerer ikke port {{ports}}.',
      cmdNft: 'en regel som "tcp dport {{port}} accept" i input-kæden',
      cmdAdmin: '{{command}} (som administrator)',
      cmdMac:
        'System Settings > Network > Firewall > Options: tillad indgående forbindelser for Certdesk',
    },
    http: {
      reachable:
        'En webserver svarer for {{name}} på port {{port}}. Med denne metode kan Certdesk ikke lægge en testfil på plads på forhånd, så den kontrollerede kun, at serveren kan nås.',
      ok: "CA'en vil finde kontrolfilen for {{name}}: Certdesk lagde en testfil på plads og hentede den på samme måde som CA'en.",
      okRedirects_one:
        "CA'en vil finde kontrolfilen for {{name}} (efter {{count}} omdirigering): Certdesk lagde en testfil på plads og hentede den på samme måde som CA'en.",
      okRedirects_other:
        "CA'en vil finde kontrolfilen for {{name}} (efter {{count}} omdirigeringer): Certdesk lagde en testfil på plads og hentede den på samme måde som CA'en.",
      failed: "Det mislykkedes at hente {{url}} på samme måde som CA'en: {{reason}}",
      failedVia:
        "Det mislykkedes at hente {{url}} (via {{address}}) på samme måde som CA'en: {{reason}}",
      fixBuiltin:
        'Svaret kom ikke fra Certdesks indbyggede webserver: en anden server svarer for {{name}} på port {{port}}. Kontrollér, at {{name}} peger på denne computer, og at din router videresender port {{port}} hertil.',
      fixWebroot:
        'Kontrollér, at {{webroot}} er den mappe, din webserver viser for {{name}}, og at filer under /.well-known/acme-challenge/ vises, som de er (ingen omskrivningsregel, loginside eller app-fallback fanger dem).',
      theWebFolder: 'webmappen',
      fixPlaced: 'Kontrollér, at filen havner i den mappe, din webserver viser for {{name}}.',
      fixHttpError:
        "Lad din webserver vise /.well-known/acme-challenge/ for alle: ingen adgangskode, ingen regel, der blokerer mapper, der starter med punktum, og ingen blokering af lande (CA'en kontrollerer fra flere steder).",
      fixRedirectLoop:
        'Ret omdirigeringsreglerne, så /.well-known/acme-challenge/ vises direkte eller omdirigeres én gang (f.eks. til https://-webstedet).',
      fixTooManyRedirects:
        "Gør kæden af omdirigeringer kortere: CA'en følger højst 10. Én omdirigering fra http:// til https:// er nok.",
      fixBadRedirect:
        'Omdirigér kun til et domænenavn (ikke en IP-adresse), med http:// eller https://, på standardportene 80 eller 443; eller vis /.well-known/acme-challenge/ uden omdirigering.',
      fixUnreachableBuiltin:
        "Sørg for, at intet blokerer Certdesk på port {{port}}, at firewalls lukker port {{port}} ind fra alle steder (CA'en kontrollerer fra flere steder), og at din router videresender den til denne server. " +
        BEHIND_ROUTER,
      fixUnreachable:
        "Sørg for, at din webserver kører og svarer på port {{port}}, at firewalls lukker port {{port}} ind fra alle steder (CA'en kontrollerer fra flere steder), og at din router videresender den til denne server. " +
        BEHIND_ROUTER,
    },
    tls: {
      noAddress: "{{name}} har ingen adresse i DNS, så CA'en kan ikke forbinde til det.",
      ok: "CA'en vil nå Certdesks TLS-svarer for {{name}} på port {{port}}.",
      failed:
        "Det mislykkedes at forbinde til {{name}} ({{address}}) på port {{port}} på samme måde som CA'en: {{why}}.",
      fixFailed:
        "Sørg for, at {{name}} peger på denne computer, at port {{port}} er åben for alle i firewalls (CA'en kontrollerer fra flere steder), og at din router videresender den hertil. Hvis en webserver eller proxy skal beholde port {{port}}, så brug i stedet http-01 eller dns-01.",
    },
    trial: {
      noPractice:
        '{{ca}} har ingen øvetjeneste (staging), så en prøvekørsel er ikke mulig; de andre kontroller gælder stadig.',
      notPossible: 'En prøvekørsel er ikke mulig med denne metode: {{error}}',
      interactive:
        'En prøvekørsel kræver en metode, der virker uden dig; med en manuel metode er den første rigtige bestilling testen.',
      eab: "Denne CA's øvetjeneste kræver en ekstern kontotilknytning (EAB) for hver konto, så Certdesk kan ikke oprette en midlertidig konto; de andre kontroller gælder stadig.",
      alreadyValid:
        'Øvetjenesten stoler allerede på denne konto for {{name}} (en tidligere kontrol er stadig gyldig).',
      notOffered: "CA'en tilbyder ikke {{method}} for {{name}} (den tilbyder {{offered}}).",
      fixNotOffered: "Vælg en af de metoder, CA'en tilbyder.",
      validated:
        "CA'ens øvetjeneste kontrollerede {{name}} med {{method}} fra sine egne steder. Intet blev udstedt.",
      notValidated: "CA'ens øvetjeneste kunne ikke kontrollere {{name}}: {{error}}",
      timeout: 'Prøvekørslen blev ikke færdig i tide; øvetjenesten er måske langsom.',
      stopped: 'Prøvekørslen stoppede: {{error}}',
    },
  },
  exportWhere: {
    nginx:
      'I nginx skal du sætte ssl_certificate til fullchain.pem og ssl_certificate_key til privkey.pem og derefter genindlæse nginx.',
    apache:
      'I Apache 2.4.8 eller nyere skal du sætte SSLCertificateFile til fullchain.pem og SSLCertificateKeyFile til privkey.pem (ældre Apache: SSLCertificateFile cert.pem og SSLCertificateChainFile chain.pem) og derefter genindlæse Apache.',
    iis: 'I Windows skal du importere .pfx-filen i IIS Manager under Server Certificates > Import (eller dobbeltklikke på den), skrive adgangskoden og derefter vælge certifikatet i webstedets HTTPS-binding; hvis Windows Server 2016 eller ældre afviser den, så eksportér igen med kodningen "Kompatibel med Windows Server 2016 og ældre Java".',
    cpanel:
      'I cPanel (SSL/TLS > Manage SSL sites) eller Plesk (SSL/TLS Certificates) skal du indsætte felterne Certifikat, Privat nøgle og CA-bundt i de felter, der har de samme navne, og derefter installere.',
    haproxy:
      'I HAProxy skal du lade bind-linjens crt-indstilling pege på den ene .pem-fil (den indeholder certifikat, kæde og nøgle) og derefter genindlæse HAProxy.',
    synology:
      'I NAS\'ens kontrolpanel (Synology: Security > Certificate > Add > Import; QNAP: Security > SSL Certificate) skal du angive privkey.pem som "Private Key", cert.pem som "Certificate" og chain.pem som "Intermediate certificate".',
    tomcat:
      'I Tomcats server.xml skal du sætte certificateKeystoreFile til .pfx-filen, certificateKeystoreType til "PKCS12" og certificateKeystorePassword til din adgangskode og derefter genstarte Tomcat (Java før 8u301 eller 11.0.12 kræver den "kompatible" kodning).',
    generic:
      'Brug fullchain.pem som certifikat (ikke cert.pem alene, som udelader mellemcertifikatet) og privkey.pem som privat nøgle; chain.pem er "CA-bundtet" til programmer, der beder om det separat.',
  },
  progress: {
    account: 'Bruger kontoen for {{email}} hos {{ca}}',
    order: "Beder CA'en om et certifikat til {{name}}",
    orderNames_one: "Beder CA'en om et certifikat til {{count}} navn",
    orderNames_other: "Beder CA'en om et certifikat til {{count}} navne",
    alreadyValid: '{{name}} er allerede kontrolleret',
    proving: 'Beviser kontrol over {{name}} med {{method}} ({{how}})',
    caChecking: "CA'en kontrollerer {{name}}",
    validated: '{{name}} er kontrolleret',
    cleanup: "Fjernede de midlertidige svar til CA'en",
    finalize: 'Sender certifikatanmodningen',
    download: 'Henter certifikatet',
    done: 'Certifikatet er klar, gyldigt til {{date}}',
    uploaded: 'Uploadede kontrolfilen for {{name}} til {{file}} på {{server}}',
    uploadAnswers: '{{url}} svarer med den uploadede fil',
    rfc2136: 'Tilføjer TXT-posten {{record}} i zonen {{zone}} på {{server}}',
    waitCname: 'Venter på, at du opretter CNAME-posten for {{name}}',
    acmeDns: 'Sætter TXT-værdien for {{name}} på acme-dns-serveren',
    cloudflare: 'Tilføjer TXT-posten {{record}} i Cloudflare-zonen {{zone}}',
    waitTxt: 'Venter på, at du tilføjer TXT-posten for {{name}}',
    deleteTxt: 'Du kan nu slette TXT-posten {{record}} med værdien {{value}}',
    serverHas: '{{server}} har TXT-posten for {{name}}',
    serverWaiting: '{{server}}: {{said}}; venter',
    viaResolver:
      'Ingen navneserver for {{zone}} svarede direkte (en firewall blokerer måske DNS); kontrollerer i stedet via din DNS-resolver, hvilket kan være langsommere, fordi den husker "ikke fundet" et stykke tid',
    runScript: 'Kører {{script}} present {{name}}',
    waitFile: 'Venter på, at du lægger filen for {{name}} på plads',
    fileAnswers: 'Filen for {{name}} svarer korrekt',
    deleteFile: 'Du kan nu slette .well-known/acme-challenge/{{token}} for {{name}}',
  },
  prompt: {
    dnsLead: 'Tilføj denne DNS-post for {{name}} hos din DNS-udbyder:',
    dnsCname: '{{record}} er et CNAME til {{target}}, så posten skal ligge der.',
    dnsAdditional:
      'Dette er en EKSTRA værdi på det samme navn: behold den TXT-post, du tilføjede for lidt siden; begge skal findes på samme tid.',
    dnsShortName: 'Mange udbydere vil kun have "{{short}}" som navn: de tilføjer selv {{zone}}.',
    dnsAfter:
      "Når du bekræfter, kontrollerer Certdesk alle zonens navneservere (i op til {{seconds}} s, højst {{max}}), før den spørger CA'en.",
    dnsRenewal:
      'Manuel DNS kan ikke forny uden dig: du skal tilføje en ny TXT-post ved hver fornyelse. Vælg en af de automatiske DNS-metoder (RFC 2136, acme-dns, et script, Cloudflare) eller http-01 for at forny automatisk.',
    httpLead: 'Opret en fil for {{name}}:',
    httpWhere: 'Læg den i dit websteds webmappe; den skal kunne åbnes på {{url}}',
    cnameLead:
      'Opret denne DNS-post ÉN GANG for {{name}} hos din DNS-udbyder (den bliver stående ved hver fornyelse):',
    cnameNoTxt:
      'Fjern først eventuelle TXT-poster på {{record}}: et navn med et CNAME kan ikke have andre poster.',
    cnameAfter: 'Derefter fornyer Certdesk selv via acme-dns-serveren.',
  },
  error: {
    sftpPassword:
      'Serveren afviste brugernavnet eller adgangskoden for "{{user}}" på {{server}}: kontrollér dem i dit webhotels kontrolpanel, hvor SFTP/SSH-login ofte ikke er det samme som login til kontrolpanelet.',
    sftpKey:
      'Serveren afviste brugernavnet eller nøglen for "{{user}}" på {{server}}: kontrollér brugernavnet, og at nøglens offentlige halvdel er godkendt til denne konto (ofte under "SSH-nøgler" i webhotellets kontrolpanel).',
    sftpKeyPassword:
      'Serveren afviste brugernavnet, nøglen eller adgangskoden for "{{user}}" på {{server}}: kontrollér brugernavnet, og at nøglens offentlige halvdel er godkendt til denne konto (ofte under "SSH-nøgler" i webhotellets kontrolpanel).',
    sftpPassphrase:
      'Den private nøgle er beskyttet med en adgangsfrase: angiv også nøglens adgangsfrase.',
    sftpNoSubsystem:
      '{{server}} accepterede login, men tilbyder ikke SFTP: bed dit webhotel om at slå SFTP til for denne konto, eller upload med FTP i stedet.',
    hostKeyChanged:
      'Serverens identitet har ændret sig: {{server}} viser nu værtsnøglen {{now}} i stedet for {{before}}, så Certdesk loggede ikke ind og uploadede intet, fordi nogen kan være ved at opsnappe forbindelsen; hvis du ventede dette (dit webhotel har flyttet eller geninstalleret serveren), og udbyderen bekræfter den nye nøgle, så vælg "Stol på den nye nøgle" og prøv igen.',
    hostKeyPinned:
      'Serverens identitet har ændret sig: {{server}} viser nu værtsnøglen {{now}}, men du har bedt Certdesk kun at acceptere {{before}}, så Certdesk loggede ikke ind og uploadede intet, fordi nogen kan være ved at opsnappe forbindelsen; hvis dit webhotel bekræfter den nye nøgle, så angiv den i stedet.',
    ftpLogin:
      'FTP-serveren afviste brugernavnet eller adgangskoden for "{{user}}" på {{server}}: kontrollér dem i dit webhotels kontrolpanel (FTP-konti), hvor FTP-login ofte ikke er det samme som login til kontrolpanelet.',
    ftpNeedsTls:
      '{{server}} accepterer kun krypterede logins: slå "Kryptér forbindelsen (FTPS)" til.',
    ftpsUnverified:
      'FTPS-serveren {{server}} kunne ikke bekræftes: {{why}}; brug det FTP-værtsnavn, der står i serverens certifikat (udbyderens servernavn), eller, hvis udbyderen bekræfter dette certifikat, slå "Acceptér serverens eget certifikat (selvsigneret)" til (stadig krypteret, men Certdesk kan ikke se, at det er den rigtige server).',
    ftpsWhyName: 'dens certifikat er udstedt til et andet navn end {{host}}',
    ftpsWhyExpired: 'dens certifikat er udløbet',
    ftpsWhyUntrusted:
      'dens certifikat er ikke underskrevet af en myndighed, som denne computer stoler på (ofte et selvsigneret certifikat)',
    ftpsNotOffered:
      '{{server}} tilbyder ikke FTPS (den afviste AUTH TLS): brug SFTP, hvis dit webhotel tilbyder det, eller slå "Kryptér forbindelsen (FTPS)" fra, hvis du accepterer, at adgangskoden sendes ukrypteret.',
    remoteRootMissing:
      'Mappen "{{folder}}" findes ikke på {{server}}, eller denne konto må ikke åbne den: angiv den mappe, dit websted vises fra, sådan som webhotellets kontrolpanel viser den (ofte public_html, htdocs eller www).',
    remoteRootMissingList:
      'Mappen "{{folder}}" findes ikke på {{server}}, eller denne konto må ikke åbne den: angiv den mappe, dit websted vises fra (mapper i din login-mappe: {{folders}}).',
    tsigBadSig:
      'DNS-serveren {{server}} afviste nøglen ({{codes}}), fordi signaturen ikke passer: sammenlign nøglenavnet ("{{key}}"), hemmeligheden og algoritmen ({{algorithm}}) med nøglen i DNS-serverens konfiguration.',
    tsigBadKey:
      'DNS-serveren {{server}} afviste nøglen ({{codes}}), fordi den ikke kender en nøgle med det navn og den algoritme: sammenlign nøglenavnet ("{{key}}"), hemmeligheden og algoritmen ({{algorithm}}) med nøglen i DNS-serverens konfiguration.',
    tsigNotAuth:
      'DNS-serveren {{server}} afviste nøglen ({{codes}}), fordi den ikke er autoritativ for zonen {{zone}} eller ikke accepterer denne nøgle der: sammenlign nøglenavnet ("{{key}}"), hemmeligheden og algoritmen ({{algorithm}}) med nøglen i DNS-serverens konfiguration.',
    rfc2136Unreachable:
      'Certdesk kunne ikke nå DNS-serveren {{server}} for at ændre TXT-posten ({{why}}): kontrollér serverens adresse og port, og at en firewall lukker TCP igennem til den, og prøv så igen.',
    rfc2136Unreadable:
      'DNS-serveren {{server}} sendte et svar, som Certdesk ikke kan læse: kontrollér, at serveradressen peger på en DNS-server.',
    rfc2136NotZone:
      '{{name}} ligger ikke i zonen {{zone}} på {{server}} (NOTZONE): angiv den rigtige zone, eller lad zonefeltet være tomt, så Certdesk selv finder den.',
    rfc2136NoZone:
      'DNS-serveren {{server}} oplyste ikke, hvilken af dens zoner der indeholder {{name}}: angiv zonen (for eksempel {{example}}).',
    scriptFailed:
      'DNS-scriptet "{{script}} present" mislykkedes (afslutningskode {{code}}), så TXT-posten for {{name}} blev ikke tilføjet: ret det, scriptet melder (se detaljerne), og prøv så igen.',
    scriptCleanupFailed:
      'DNS-scriptet "{{script}} cleanup" mislykkedes (afslutningskode {{code}}), så TXT-posten for {{name}} er måske ikke fjernet: ret det, scriptet melder (se detaljerne), og prøv så igen.',
    scriptNotFound:
      'DNS-scriptet "{{script}}" blev ikke fundet: angiv dets fulde sti (kommandoen køres direkte, ikke gennem en shell).',
    scriptEmpty:
      'Kommandoen til DNS-scriptet er tom: angiv stien til et script, der tilføjer og fjerner TXT-poster.',
    scriptTimeout:
      'DNS-scriptet "{{script}} {{action}}" blev ikke færdigt inden for {{time}} og blev stoppet: kontrollér, at det ikke venter på input, og at udbyderens API svarer, og prøv så igen.',
    cloudflareRefused:
      'Cloudflare afviste tokenet (HTTP {{status}}): det skal have tilladelsen Zone.DNS Edit for zonen for {{name}}; opret et token med den tilladelse i Cloudflares kontrolpanel (My Profile > API Tokens), og angiv det igen.',
    portInUseTls:
      'Port {{port}} bruges allerede af et andet program på denne computer (ofte en webserver): stop det program, mens Certdesk kontrollerer, eller brug http-01 eller dns-01 i stedet (en fil på dit websted eller en DNS-post).',
    acmeDnsUnreachable:
      'Certdesk kunne ikke nå acme-dns-serveren {{server}} ({{why}}): kontrollér dens adresse og forbindelsen, og prøv så igen.',
    acmeDnsUnusable:
      'acme-dns-serveren {{server}} svarede på registreringen med noget, Certdesk ikke kan bruge: kontrollér dens adresse.',
    acmeDnsRefused:
      'acme-dns-serveren {{server}} afviste den gemte registrering for {{name}} (HTTP {{status}}): den kan være blevet nulstillet, eller den tillader ikke forespørgsler fra denne adresse; registrér igen, og lad CNAME-posten pege på det nye mål.',
    caCertUntrusted:
      "Certdesk kunne ikke bekræfte CA'ens HTTPS-certifikat ({{host}}): en lokal test-CA kræver, at Certdesk får dens rodcertifikat, og på andre netværk kan en proxy eller et antivirusprogram være ved at undersøge HTTPS.",
    tosNotAgreed:
      "CA'en kræver, at du først accepterer dens servicevilkår: læs dem på {{url}}, og bekræft, hvis du er enig.",
    eabRequired:
      "Denne CA kræver en External Account Binding: kopiér nøgle-id'et og HMAC-nøglen fra din kontoside hos CA'en.",
    noAccount: 'Der er endnu ingen CA-konto: opret en først.',
    ambiguousAccount:
      'Der er {{count}} konti, så Certdesk kan ikke vide, hvilken der skal bruges: vælg én ({{list}}).',
  },
  solver: {
    builtin: 'indbygget webserver på port {{port}}',
    webroot: 'filer i {{folder}}',
    upload: 'upload via {{protocol}} til {{where}}',
    manualHttp: 'en fil, du selv uploader',
    tlsAlpn: 'indbygget TLS-svarer på port {{port}}',
    rfc2136: 'dynamisk DNS-opdatering (RFC 2136) på {{server}}',
    acmeDns: 'acme-dns på {{host}}',
    cloudflare: 'Cloudflare DNS (API-token)',
    exec: 'dit DNS-script {{script}}',
    manualDns: 'en DNS TXT-post, du selv tilføjer',
  },
  profile: profileEngineDa,
  deploy: deployEngineDa,
  reminders: remindersEngineDa,
  deployCheck: deployCheckDa,
  exportCheck: exportCheckDa,
  renewal: renewalEngineDa,
  ca: {
    letsencrypt: "Let's Encrypt",
    'letsencrypt-staging': "Let's Encrypts øvetjeneste",
    zerossl: 'ZeroSSL',
    google: 'Google Trust Services',
    'google-staging': "Google Trust Services' øvetjeneste",
    custom: 'din egen CA',
  },
  siteCheck: siteCheckDa,
  dual: dualDa,
  limits: limitsDa,
  staging: stagingDa,
  names: namesEngineDa,
  acme: acmeDa,
  data: dataEngineDa,
  failure: failuresDa,
};
