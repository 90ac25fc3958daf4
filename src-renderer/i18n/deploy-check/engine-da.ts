// Danish: what a deployment target's check says, and the export writer's folder sentences
// (src-main/shared/engine-text-deploy-check.ts).
import type {
  deployCheckText,
  exportCheckText,
} from '../../../src-main/shared/engine-text-deploy-check.ts';
import type { Shape } from '../shape.ts';

export const deployCheckDa: Shape<typeof deployCheckText> = {
  sftpLogin: 'SFTP kræver kontoens adgangskode eller en privat nøgle.',
  sftpLoginAgain: 'SFTP kræver kontoens adgangskode eller en privat nøgle: angiv en af dem igen.',
  sftpHost: 'SFTP kræver serveren (VÆRT eller VÆRT:PORT).',
  sftpUser: 'SFTP kræver brugernavnet på kontoen på serveren.',
  sftpFolder: 'SFTP kræver den mappe på serveren, filerne skal i.',
  ftpPassword: 'FTP kræver kontoens adgangskode.',
  ftpPasswordAgain: 'FTP kræver kontoens adgangskode: angiv den igen.',
  ftpHost: 'FTP kræver serveren (VÆRT eller VÆRT:PORT).',
  ftpUser: 'FTP kræver brugernavnet på kontoen.',
  ftpFolder: 'FTP kræver den mappe på serveren, filerne skal i.',
  controlChars: 'Et felt indeholder et linjeskift eller et andet kontroltegn: skriv det igen.',
  hostKey:
    '"{{value}}" er ikke et fingeraftryk af en SSH-værtsnøgle. Det ser ud som SHA256: efterfulgt af 43 tegn (ssh-keygen -lf på serverens nøgle).',
  commandOneLine: 'Kommandoen efter overførslen skal være på én linje.',
  cpanelToken: 'cPanel kræver en API-nøgle til kontoen.',
  cpanelTokenAgain: 'cPanel kræver en API-nøgle: angiv den igen.',
  cpanelUser: 'cPanel kræver brugernavnet på cPanel-kontoen.',
  cpanelAddress: '"{{input}}" er ikke en cPanel-adresse: angiv den som https://example.com:2083.',
  cpanelHttps: 'cPanel skal nås over https (port 2083), så API-nøglen aldrig sendes ukrypteret.',
  localFolder: 'Vælg en mappe.',
  localNoWrite:
    'Certdesk må ikke skrive i {{folder}}: ret mappens rettigheder, eller vælg en anden mappe.',
  manualLabel: 'Skriv, hvor certifikatet skal hen, f.eks. "Routerens administrationsside".',
  manualOnly: 'Kun et sted, du opdaterer i hånden, kan markeres som færdigt.',
  pfxPassword: 'En PFX-fil kræver en adgangskode: angiv en.',
  unknownPreset: '"{{preset}}" er ikke en eksportskabelon, Certdesk kender; vælg en af {{list}}.',
  unknownFormat: '"{{format}}" er ikke et format, Certdesk kender; vælg et af {{list}}.',
  pasteOnly:
    'Indsætningsfelter er ikke filer: vælg cPanel-stedet til cPanel og stedet "i hånden" til et andet kontrolpanel.',
  noTarget: 'Dette certifikat har intet installationssted {{target}}: se listen over dets steder.',
  notIssued: 'Certifikatet {{id}} er ikke udstedt endnu. Hent det først.',
  copyFailed:
    'Kopieringen af filerne til {{server}} mislykkedes, så de tidligere filer bliver, hvor de er: prøv igen; bliver det ved, så kontrollér forbindelsen og mappens rettigheder.',
  sftpNoHost:
    'Certdesk kunne ikke finde serveren {{host}}: navnet findes ikke i DNS. Kontrollér det SFTP-værtsnavn, din udbyder oplyser (ofte sftp.ditdomæne eller et servernavn som s123.udbyder.net).',
  sftpNoConnect:
    'Certdesk kunne ikke forbinde til {{host}} port {{port}}: kontrollér værtsnavnet og porten, din udbyder oplyser, og at SFTP er slået til for din konto.',
  sftpBadPassphrase:
    'Certdesk kunne ikke låse den private nøgle op med den angivne adgangsfrase. Kontrollér adgangsfrasen.',
  sftpBadKey:
    'Nøglefilen er ikke en nøgle, Certdesk kan læse. Angiv en privat OpenSSH- eller PEM-nøgle (filen uden ".pub"); PuTTY .ppk-nøgler skal først eksporteres som OpenSSH.',
  sftpNotSsh:
    '{{host}} port {{port}} taler ikke SSH/SFTP, eller der kunne ikke aftales en fælles krypteringsmetode. Kontrollér, at det er den SFTP-port, din udbyder oplyser (normalt 22; FTP er 21).',
  noSession:
    'Certdesk kunne ikke åbne en {{protocol}}-session med {{server}}. Kontrollér værtsnavn, port og login, som din udbyder oplyser, og prøv så igen.',
  ftpNoHost:
    'Certdesk kunne ikke finde serveren {{host}}: navnet findes ikke i DNS. Kontrollér det FTP-værtsnavn, din udbyder oplyser (ofte ftp.ditdomæne).',
  ftpNoConnectPort:
    'Certdesk kunne ikke forbinde til {{host}} port {{port}}: kontrollér værtsnavnet og porten, din udbyder oplyser (FTP er normalt port 21), og at FTP er slået til for din konto.',
  ftpNoConnect:
    'Certdesk kunne ikke forbinde til {{host}} port {{port}}: kontrollér værtsnavnet og porten, din udbyder oplyser, og at FTP er slået til for din konto.',
  ftpsFailed:
    'Den krypterede forbindelse til {{server}} mislykkedes. Kontrollér, at serveren tilbyder FTPS med eksplicit TLS på denne port (implicit FTPS på port 990 understøttes ikke).',
  badHostSftp:
    '"{{input}}" er ikke en serveradresse. Angiv det SFTP-værtsnavn, din udbyder viser, f.eks. sftp.example.com eller sftp.example.com:2222.',
  badHostFtp:
    '"{{input}}" er ikke en serveradresse. Angiv det FTP-værtsnavn, din udbyder viser, f.eks. ftp.example.com.',
  badPort: '"{{port}}" er ikke et portnummer (1 til 65535) i {{what}}-adressen "{{input}}".',
  remoteControl:
    'Fjernmappen indeholder kontroltegn (et linjeskift?). Skriv mappens navn igen, f.eks. public_html.',
  remoteClimbsTop:
    'Fjernmappen "{{input}}" går op over toppen af serveren med "..". Angiv stien til webroden uden "..", f.eks. public_html eller /home/dig/public_html.',
  remoteClimbsHome:
    'Fjernmappen "{{input}}" går op over din login-mappe med "..". Angiv stien til webroden uden "..", f.eks. public_html eller /home/dig/public_html.',
};

export const exportCheckDa: Shape<typeof exportCheckText> = {
  diskFull:
    'Disken med {{folder}} er fuld, så intet blev eksporteret, og ingen halvskrevet fil blev efterladt. Frigør plads, eller vælg en anden mappe, og eksportér så igen.',
  denied:
    'Certdesk må ikke skrive i {{folder}} (mappen eller en fil i den er skrivebeskyttet), så intet blev eksporteret. Vælg en anden mappe, eller ret dens rettigheder, og eksportér så igen.',
  missing:
    'Mappen {{folder}} findes ikke. Opret den, eller vælg en anden mappe, og eksportér så igen.',
  busy: 'En fil i {{folder}} bruges af et andet program, så intet blev eksporteret. Luk programmet (eller stop serveren, der bruger filen), og eksportér igen.',
  failed:
    'Skrivningen af filerne i {{folder}} mislykkedes, så intet blev eksporteret. Prøv igen, eller vælg en anden mappe.',
  notFolder: '{{folder}} er en fil, ikke en mappe. Vælg en mappe at eksportere til.',
  pfxNeeded:
    'PFX-filer kræver en adgangskode: skriv en (mindst 4 tegn), og skriv den ned, for serveren eller programmet, du importerer filen i, vil spørge efter den.',
  pfxShort:
    'Denne PFX-adgangskode er for kort: brug mindst {{min}} tegn (en længere beskytter den private nøgle bedre).',
};
