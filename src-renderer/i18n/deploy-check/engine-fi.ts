// Finnish: what a deployment target's check says, and the export writer's folder sentences
// (src-main/shared/engine-text-deploy-check.ts).
import type {
  deployCheckText,
  exportCheckText,
} from '../../../src-main/shared/engine-text-deploy-check.ts';
import type { Shape } from '../shape.ts';

export const deployCheckFi: Shape<typeof deployCheckText> = {
  sftpLogin: 'SFTP tarvitsee tilin salasanan tai yksityisen avaimen.',
  sftpLoginAgain:
    'SFTP tarvitsee tilin salasanan tai yksityisen avaimen: anna jompikumpi uudelleen.',
  sftpHost: 'SFTP tarvitsee palvelimen (PALVELIN tai PALVELIN:PORTTI).',
  sftpUser: 'SFTP tarvitsee palvelimella olevan tilin käyttäjänimen.',
  sftpFolder: 'SFTP tarvitsee palvelimelta kansion, johon tiedostot menevät.',
  ftpPassword: 'FTP tarvitsee tilin salasanan.',
  ftpPasswordAgain: 'FTP tarvitsee tilin salasanan: anna se uudelleen.',
  ftpHost: 'FTP tarvitsee palvelimen (PALVELIN tai PALVELIN:PORTTI).',
  ftpUser: 'FTP tarvitsee tilin käyttäjänimen.',
  ftpFolder: 'FTP tarvitsee palvelimelta kansion, johon tiedostot menevät.',
  controlChars: 'Kentässä on rivinvaihto tai muu ohjausmerkki: kirjoita se uudelleen.',
  hostKey:
    '"{{value}}" ei ole SSH-palvelinavaimen sormenjälki. Se näyttää tältä: SHA256: ja perässä 43 merkkiä (ssh-keygen -lf palvelimen avaimesta).',
  commandOneLine: 'Latauksen jälkeisen komennon on oltava yhdellä rivillä.',
  cpanelToken: 'cPanel tarvitsee tilin API-tunnuksen.',
  cpanelTokenAgain: 'cPanel tarvitsee API-tunnuksen: anna se uudelleen.',
  cpanelUser: 'cPanel tarvitsee cPanel-tilin käyttäjänimen.',
  cpanelAddress: '"{{input}}" ei ole cPanel-osoite: anna se muodossa https://example.com:2083.',
  cpanelHttps:
    'cPaneliin on otettava yhteys https:llä (portti 2083), jotta API-tunnusta ei koskaan lähetetä salaamattomana.',
  localFolder: 'Valitse kansio.',
  localNoWrite:
    'Certdesk ei saa kirjoittaa kansioon {{folder}}: muuta kansion oikeuksia tai valitse toinen kansio.',
  manualLabel: 'Kerro, minne varmenne menee, esim. "Reitittimen hallintasivu".',
  manualOnly: 'Vain käsin päivitettävän kohteen voi merkitä valmiiksi.',
  pfxPassword: 'PFX-tiedosto tarvitsee salasanan: anna sellainen.',
  unknownPreset:
    '"{{preset}}" ei ole Certdeskin tuntema vientipohja; valitse jokin näistä: {{list}}.',
  unknownFormat: '"{{format}}" ei ole Certdeskin tuntema muoto; valitse jokin näistä: {{list}}.',
  pasteOnly:
    'Liitettävät kentät eivät ole tiedostoja: valitse cPanelille cPanel-kohde ja muulle hallintapaneelille "käsin"-kohde.',
  noTarget:
    'Tällä varmenteella ei ole käyttöönottokohdetta {{target}}: katso sen kohteiden luettelo.',
  notIssued: 'Varmennetta {{id}} ei ole vielä myönnetty. Hae se ensin.',
  copyFailed:
    'Tiedostojen kopiointi palvelimelle {{server}} epäonnistui, joten aiemmat tiedostot pysyvät paikallaan: yritä uudelleen; jos se epäonnistuu yhä, tarkista yhteys ja kansion oikeudet.',
  sftpNoHost:
    'Certdesk ei löytänyt palvelinta {{host}}: nimeä ei ole DNS:ssä. Tarkista palveluntarjoajasi antama SFTP-palvelimen nimi (usein sftp.verkkotunnuksesi tai palvelimen nimi kuten s123.palveluntarjoaja.net).',
  sftpNoConnect:
    'Certdesk ei saanut yhteyttä kohteeseen {{host}} portissa {{port}}: tarkista palveluntarjoajasi antama palvelimen nimi ja portti sekä se, että SFTP on käytössä tililläsi.',
  sftpBadPassphrase:
    'Certdesk ei saanut yksityistä avainta auki annetulla tunnuslauseella. Tarkista tunnuslause.',
  sftpBadKey:
    'Avaintiedosto ei ole avain, jota Certdesk osaa lukea. Anna OpenSSH- tai PEM-muotoinen yksityinen avain (tiedosto ilman ".pub"-päätettä); PuTTYn .ppk-avaimet on ensin vietävä OpenSSH-muotoon.',
  sftpNotSsh:
    '{{host}} portissa {{port}} ei puhu SSH/SFTP:tä, tai yhteisestä salausmenetelmästä ei päästy sopuun. Tarkista, että tämä on palveluntarjoajasi antama SFTP-portti (yleensä 22; FTP on 21).',
  noSession:
    'Certdesk ei saanut avattua {{protocol}}-istuntoa kohteeseen {{server}}. Tarkista palveluntarjoajasi antama palvelimen nimi, portti ja kirjautumistiedot ja yritä sitten uudelleen.',
  ftpNoHost:
    'Certdesk ei löytänyt palvelinta {{host}}: nimeä ei ole DNS:ssä. Tarkista palveluntarjoajasi antama FTP-palvelimen nimi (usein ftp.verkkotunnuksesi).',
  ftpNoConnectPort:
    'Certdesk ei saanut yhteyttä kohteeseen {{host}} portissa {{port}}: tarkista palveluntarjoajasi antama palvelimen nimi ja portti (FTP on yleensä portti 21) sekä se, että FTP on käytössä tililläsi.',
  ftpNoConnect:
    'Certdesk ei saanut yhteyttä kohteeseen {{host}} portissa {{port}}: tarkista palveluntarjoajasi antama palvelimen nimi ja portti sekä se, että FTP on käytössä tililläsi.',
  ftpsFailed:
    'Salattu yhteys kohteeseen {{server}} epäonnistui. Tarkista, että palvelin tarjoaa tässä portissa FTPS:n eksplisiittisellä TLS:llä (implisiittistä FTPS:ää portissa 990 ei tueta).',
  badHostSftp:
    '"{{input}}" ei ole palvelimen osoite. Anna SFTP-palvelimen nimi, jonka palveluntarjoajasi näyttää, esim. sftp.example.com tai sftp.example.com:2222.',
  badHostFtp:
    '"{{input}}" ei ole palvelimen osoite. Anna FTP-palvelimen nimi, jonka palveluntarjoajasi näyttää, esim. ftp.example.com.',
  badPort: '"{{port}}" ei ole porttinumero (1–65535) {{what}}-osoitteessa "{{input}}".',
  remoteControl:
    'Etäkansiossa on ohjausmerkkejä (rivinvaihto?). Kirjoita kansion nimi uudelleen, esim. public_html.',
  remoteClimbsTop:
    'Etäkansio "{{input}}" nousee ".."-merkinnällä palvelimen ylimmän kansion yläpuolelle. Anna verkkojuuren polku ilman "..", esim. public_html tai /home/tunnus/public_html.',
  remoteClimbsHome:
    'Etäkansio "{{input}}" nousee ".."-merkinnällä kirjautumiskansiosi yläpuolelle. Anna verkkojuuren polku ilman "..", esim. public_html tai /home/tunnus/public_html.',
};

export const exportCheckFi: Shape<typeof exportCheckText> = {
  diskFull:
    'Levy, jolla {{folder}} on, on täynnä, joten mitään ei viety eikä puolikasta tiedostoa jäänyt. Vapauta tilaa tai valitse toinen kansio ja vie sitten uudelleen.',
  denied:
    'Certdesk ei saa kirjoittaa kansioon {{folder}} (kansio tai sen tiedosto on kirjoitussuojattu), joten mitään ei viety. Valitse toinen kansio tai muuta sen oikeuksia ja vie sitten uudelleen.',
  missing: 'Kansiota {{folder}} ei ole. Luo se tai valitse toinen kansio ja vie sitten uudelleen.',
  busy: 'Toinen ohjelma käyttää tiedostoa kansiossa {{folder}}, joten mitään ei viety. Sulje se ohjelma (tai pysäytä tiedostoa käyttävä palvelin) ja vie uudelleen.',
  failed:
    'Tiedostojen kirjoittaminen kansioon {{folder}} epäonnistui, joten mitään ei viety. Yritä uudelleen tai valitse toinen kansio.',
  notFolder: '{{folder}} on tiedosto eikä kansio. Valitse kansio, johon viedään.',
  pfxNeeded:
    'PFX-tiedostot tarvitsevat salasanan: kirjoita sellainen (vähintään 4 merkkiä) ja kirjoita se muistiin, sillä palvelin tai ohjelma, johon tuot tiedoston, kysyy sitä.',
  pfxShort:
    'Tämä PFX-salasana on liian lyhyt: käytä vähintään {{min}} merkkiä (pidempi suojaa yksityistä avainta paremmin).',
};
