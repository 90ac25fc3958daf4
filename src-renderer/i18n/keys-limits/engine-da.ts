// Danish: the engine's sentences of issue 18 (src-main/shared/engine-text/keys-limits.ts).
import type {
  dualText,
  limitsText,
  stagingText,
} from '../../../src-main/shared/engine-text/keys-limits.ts';
import type { Shape } from '../shape.ts';

export const dualDa: Shape<typeof dualText> = {
  where: {
    nginx:
      'nginx kan bruge begge: skriv i server-blokken to ssl_certificate-linjer (fullchain.pem fra mappen -ecdsa og fra mappen -rsa) og to ssl_certificate_key-linjer (deres privkey.pem), og genindlæs så nginx; hver klient får det, den kan bruge.',
    apache:
      'Apache 2.4 kan bruge begge: skriv SSLCertificateFile og SSLCertificateKeyFile to gange, én gang med filerne fra mappen -ecdsa og én gang med dem fra mappen -rsa, og genindlæs så Apache.',
    iis: 'IIS knytter ét certifikat til et websted: importér .pfx-filen fra mappen -ecdsa til webstedet, og gem den fra mappen -rsa til en server, der skal betjene meget gamle klienter.',
    cpanel:
      'cPanel og Plesk har ét certifikat pr. websted: indsæt felterne for ECDSA-certifikatet; brug kun RSA-certifikatet, hvis meget gamle klienter skal kunne forbinde.',
    haproxy:
      'HAProxy kan bruge begge: giv bind-linjens crt-indstilling begge .pem-filer (den i mappen -ecdsa og den i mappen -rsa), og genindlæs så HAProxy; den vælger pr. klient.',
    synology:
      'NAS-enheden bruger ét certifikat: importér filerne fra mappen -ecdsa, eller dem fra mappen -rsa, hvis meget gamle enheder skal kunne forbinde.',
    tomcat:
      'Tomcat kan bruge begge: tilføj i SSLHostConfig to Certificate-elementer, ét med type="EC" og .pfx-filen fra mappen -ecdsa, ét med type="RSA" og .pfx-filen fra mappen -rsa, og genstart så Tomcat.',
    generic:
      'Mapperne -ecdsa og -rsa rummer de samme filer for de to certifikater: giv din server begge, hvis den kan bruge to (hver klient får det, den kan bruge), ellers det fra -ecdsa.',
  },
  second: 'Nu {{keyType}}-certifikatet til de samme navne',
};

export const limitsDa: Shape<typeof limitsText> = {
  paused:
    "CA'en har sat denne konto på pause for {{names}}, fordi kontrollen af navnet mislykkedes igen og igen, så Certdesk holdt op med at prøve: ret først, hvorfor kontrollen mislykkes (kør kontrollerne), åbn så CA'ens side til at ophæve pausen og bekræft der, og fortæl til sidst Certdesk, at pausen er ophævet.",
  newOrders:
    "CA'en afviste en ny bestilling: denne konto har bedt om for mange certifikater på kort tid (nye bestillinger pr. konto; hos Let's Encrypt 300 pr. 3 timer).",
  perDomain:
    "CA'en afviste en ny bestilling: der er udstedt for mange certifikater til {{domain}} i denne uge (certifikater pr. registreret domæne; hos Let's Encrypt 50 pr. 7 dage, talt på tværs af alle konti).",
  duplicate:
    "CA'en afviste en ny bestilling: netop dette sæt navne har allerede fået for mange certifikater i denne uge (dublerede certifikater; hos Let's Encrypt 5 pr. 7 dage).",
  failedValidations:
    "CA'en afviste en ny bestilling: kontrollen af {{domain}} mislykkedes for tit i den seneste time (mislykkede kontroller; hos Let's Encrypt 5 pr. navn pr. time); ret årsagen, før du prøver igen (kør kontrollerne).",
  registrations:
    "CA'en vil ikke oprette flere konti fra denne netværksadresse lige nu (nye konti pr. adresse).",
  other: "CA'en siger, at der er sendt for mange forespørgsler for nylig.",
  retryAt: "Certdesk prøver igen efter {{at}}, som CA'en bad om.",
  retryLater: 'Certdesk prøver igen senere; ikke før, for det ville tælle med i grænsen.',
  joined: '{{first}} {{second}} {{third}}',
  ariExempt:
    "Fornyelser af certifikater, som Certdesk allerede har, angiver det certifikat, de erstatter (ARI), og dem undtager Let's Encrypt fra denne grænse, så de fortsætter.",
};

export const stagingDa: Shape<typeof stagingText> = {
  notUrl:
    '"{{url}}" er ikke en webadresse: indsæt adressen på den øvelsesmappe (staging), din CA beskriver, begyndende med https://.',
  notHttps: 'Adressen på en øvelsesmappe (staging) skal begynde med https://.',
};
