// Finnish: the engine's sentences about deployment targets (src-main/shared/engine-text-deploy.ts).
import type { deployText } from '../../../src-main/shared/engine-text-deploy.ts';
import type { Shape } from '../shape.ts';

export const deployEngineFi: Shape<typeof deployText> = {
  missingFolder:
    'Kansiota "{{folder}}" ei ole palvelimella {{server}}: luo se sinne (tai korjaa tämän käyttöönoton kansio) ja ota sitten käyttöön uudelleen.',
  notAFolder:
    '"{{folder}}" palvelimella {{server}} on tiedosto eikä kansio: anna kansio, johon tiedostot kuuluvat, ja ota sitten käyttöön uudelleen.',
  noWrite:
    'Tili "{{user}}" ei saa kirjoittaa kansioon "{{folder}}" palvelimella {{server}}: anna sille kirjoitusoikeus (tai valitse kansio, johon se voi kirjoittaa) ja ota sitten käyttöön uudelleen.',
  commandFailed:
    'Komento "{{command}}" palvelimella {{server}} päättyi tilaan {{code}}, joten Certdesk palautti aiemmat tiedostot: korjaa se, mitä sen viimeiset tulosterivit kertovat, ja ota sitten käyttöön uudelleen.',
  commandStopped:
    'Komento "{{command}}" palvelimella {{server}} ei valmistunut {{seconds}} sekunnissa ja se pysäytettiin, joten Certdesk palautti aiemmat tiedostot: varmista, ettei se odota syötettä, ja ota sitten käyttöön uudelleen.',
  cpanelToken:
    'cPanel osoitteessa {{server}} hylkäsi käyttäjän "{{user}}" API-tunnuksen: luo uusi tunnus cPanelissa (Security > Manage API Tokens), anna se Certdeskille ja ota sitten käyttöön uudelleen.',
  cpanelRefused:
    'cPanel osoitteessa {{server}} ei asentanut varmennetta verkkotunnukselle {{domain}}: {{reason}} Tarkista, että verkkotunnus kuuluu tälle cPanel-tilille, ja ota sitten käyttöön uudelleen.',
  cpanelUnreachable:
    'Certdesk ei saanut yhteyttä cPaneliin osoitteessa {{server}} ({{why}}): tarkista osoite (yleensä https://verkkotunnuksesi:2083) ja ota sitten käyttöön uudelleen.',
  cpanelNotCpanel:
    '{{server}} ei vastannut kuten cPanel (HTTP {{status}}): tarkista osoite, yleensä https://verkkotunnuksesi:2083, ja ota sitten käyttöön uudelleen.',
  localFailed: '{{message}}',
  tested: 'Certdesk sai yhteyden kohteeseen {{where}} ja saa kirjoittaa sinne; mitään ei muutettu.',
  testedCpanel:
    'cPanel osoitteessa {{server}} hyväksyi käyttäjän "{{user}}" API-tunnuksen; mitään ei muutettu.',
  testedManual:
    'Certdesk ei itse pääse tähän paikkaan: jokaisen uusimisen jälkeen se näyttää sinulle vaiheet.',
  deployed: 'Otettu käyttöön kohteessa {{where}}.',
  waiting: 'Odottaa sinua: vie uusi varmenne paikkaan {{label}} ja valitse sitten "Valmis".',
  manualStep1: 'Avaa {{label}} ja etsi kohta, jossa varmenne vaihdetaan.',
  manualStep2:
    'Liitä varmenne ja CA-paketti alla olevista kentistä ja yksityinen avain toiminnolla "Kopioi yksityinen avain".',
  manualStep3: 'Tallenna siellä, palaa sitten tänne ja valitse "Valmis".',
};
