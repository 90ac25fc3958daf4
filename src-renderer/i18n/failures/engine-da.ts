// Danish: failures that carried only English before (src-main/shared/engine-text/failures.ts).
import type { failuresText } from '../../../src-main/shared/engine-text/failures.ts';
import type { Shape } from '../shape.ts';

export const failuresDa: Shape<typeof failuresText> = {
  cancelled: 'Annulleret. Intet blev ændret; start igen, når du er klar.',
  cancelledAtCa: "Annulleret. Intet blev ændret hos CA'en; start igen, når du er klar.",
  cancelledStart: 'Annulleret. Start igen, når du er klar.',
  cancelledPlain: 'Annulleret.',
  cancelledManual: 'Annulleret: det manuelle trin blev ikke gjort færdigt.',
  cancelledClosing: 'Annulleret: Certdesk lukker.',
  commandRefused:
    'Du tillod ikke kommandoen, så intet blev ændret. Gem igen for at blive spurgt igen.',
  trialOutOfTime: 'Prøvekørslen løb tør for tid.',
  caUnreachable:
    "Certdesk kan ikke nå CA'en ({{host}}). Kontrollér din internetforbindelse, og at udgående HTTPS (port 443) er tilladt, og prøv så igen.",
  caTimeout:
    "CA'en ({{host}}) svarede ikke i tide. Kontrollér din internetforbindelse eller CA'ens statusside, og prøv så igen.",
  caTooLarge:
    "CA'en ({{host}}) sendte et alt for stort svar. Prøv igen senere, eller kontrollér katalogadressen.",
  caInsecure: "CA'en henviste Certdesk til en usikker adresse. Kontrollér katalogadressen.",
  caNoAnswer: "Intet svar fra CA'en.",
  caRedirect:
    "CA'en svarede med en omdirigering, som ACME ikke bruger. Kontrollér katalogadressen.",
  caNotJson:
    "CA'en sendte et svar, Certdesk ikke kan læse (ikke JSON). Kontrollér katalogadressen, eller prøv igen senere.",
  notDirectory: "Adressen peger ikke på et ACME-katalog. Kontrollér CA'ens katalogadresse.",
  badToken:
    "CA'en sendte en udfordringsnøgle, der ikke er base64url; Certdesk nægtede at bruge den.",
  notOffered:
    "CA'en tilbyder ikke {{method}} for {{name}} (den tilbyder {{offered}}). Vælg en af de metoder.",
  gaveUp:
    "Certdesk opgav at vente på, at {{what}}. Prøv igen; hvis det bliver ved, så se CA'ens statusside.",
  waitingFor: {
    validate: "CA'en kontrollerer navnene",
    issue: "CA'en udsteder certifikatet",
  },
  couldNot: 'Certdesk kunne ikke {{what}}.',
  couldNotPractice: "Certdesk kunne ikke {{what}} hos CA'ens øvetjeneste.",
  doing: {
    directory: "læse CA'ens katalog",
    caDirectory: "læse CA'ens katalog",
    order: 'oprette bestillingen',
    authorizations: 'læse godkendelserne',
    start: 'starte kontrollen',
    check: 'kontrollere valideringen',
    finalize: 'afslutte bestillingen',
    checkOrder: 'kontrollere bestillingen',
    download: 'hente certifikatet',
    revoke: 'tilbagekalde certifikatet',
    account: "oprette kontoen hos CA'en",
  },
  folderBusy:
    'Datamappen er optaget: {{app}} (proces {{pid}} på {{host}}, siden {{since}}) skriver i den. Vent, til den er færdig, eller luk den, og prøv så igen.',
  anotherCertdesk: 'en anden Certdesk',
  certBusy:
    'Dette certifikat bliver fornyet lige nu af {{app}} (proces {{pid}}, siden {{since}}). Vent, til det er færdigt.',
  alreadyRenewing: 'Certifikatet {{name}} bliver allerede fornyet. Vent, til det er færdigt.',
  renewingRoute:
    "Certifikatet {{name}} bliver fornyet lige nu. Skift, hvordan CA'en når dig, når det er færdigt.",
  portInUse:
    'Port {{port}} bruges allerede af et andet program på denne computer (ofte en webserver). Stop det program, mens Certdesk kontrollerer, eller vælg "upload til min webservers mappe", så din eksisterende webserver svarer CA\'en.',
  portNotPermitted: 'Certdesk har ikke lov til at åbne port {{port}}. {{how}}; {{alt}}.',
  portHow: {
    linux:
      'På Linux kræver porte under 1024 tilladelse: kør "sudo setcap \'cap_net_bind_service=+ep\' $(readlink -f $(which node))" for kommandolinjen, eller kør Certdesk som en tjeneste med den tilladelse',
    darwin:
      'På macOS: tillad Certdesk under Systemindstillinger > Netværk > Firewall, eller kør det med administratorrettigheder',
    windows:
      'På Windows: tillad Certdesk gennem Windows Defender Firewall, når du bliver spurgt, eller kør det som administrator',
  },
  portAlt: {
    http: 'eller vælg "upload til min webservers mappe", så din eksisterende webserver svarer CA\'en',
    tls: 'eller brug http-01 eller dns-01 i stedet',
  },
  portOther: 'Certdesk kunne ikke åbne port {{port}}: {{error}}.',
  internal:
    'Noget uventet gik galt i Certdesk. Prøv igen; hvis det bliver ved, så rapportér det med detaljerne.',
};
