// Finnish (Suomi): profiles, the CA's ARI window and short lifetimes (issue 18).
import type { profileText } from '../../../src-main/shared/engine-text-profiles.ts';
import type { Shape } from '../shape.ts';
import type { profilesEn } from './en.ts';

export const profilesFi: Shape<typeof profilesEn> = {
  label: 'Varmentajan profiili',
  caDefault: 'Varmentajan oletus',
  hint: 'Profiili on varmentajan tarjoama varmennetyyppi. Kuvaukset ovat varmentajan omia.',
  loading: 'Kysytään varmentajalta sen profiileja…',
  none: 'Tämä varmentaja ei tarjoa profiileja, joten se myöntää tavallisen varmenteensa.',
  unavailable:
    'Certdesk ei juuri nyt saanut varmentajan profiileja; käytetään varmentajan oletusta.',
  shorter:
    'Lyhyempi voimassaoloaika ei teetä sinulla lisätyötä: Certdesk uusii varmenteen itse, hyvissä ajoin ennen kuin se vanhenee. Se uusii kuitenkin useammin (6 päivän varmenteen noin 3 päivän välein), joten tämän tietokoneen ja tavan, jolla varmentaja tavoittaa palvelimesi, on toimittava yhtä usein.',
  noDnsForIp:
    'Ei mahdollinen tässä: nimissäsi on IP-osoite, ja varmentaja tarkistaa IP-osoitteen vain ottamalla siihen yhteyden, ei koskaan DNS:n kautta. Valitse jompikumpi kahdesta muusta tavasta.',
  ipAllowed: 'Tämä profiili sallii nimiksi myös IP-osoitteet (esimerkiksi 203.0.113.10).',
  onCert: 'Profiili',
  change: 'Vaihda profiili',
  changeTitle: 'Profiilin vaihtaminen',
  changeNext:
    'Mitään ei tilata nyt: seuraava uusiminen pyytää varmentajalta tallentamaasi profiilia. Jos haluat sillä varmenteen heti, valitse tallentamisen jälkeen Uusi nyt.',
  save: 'Tallenna profiili',
  saved: 'Tallennettu. Seuraava uusiminen pyytää profiilia {{profile}}.',
  savedDefault: 'Tallennettu. Seuraava uusiminen saa varmentajan oletusprofiilin.',
  caWindowTitle: 'Varmentajan ehdottama uusimisaika',
  caWindow: '{{start}} – {{end}}',
  caWhy: 'Varmentajan selitys',
  soonerDays:
    'Tämän varmentajan varmenteet ovat voimassa {{days}} päivää, vähemmän kuin monen tuntemat 90 päivää, joten Certdesk uusii useammin: noin {{every}} päivän välein.',
  soonerHours:
    'Tämä varmenne on voimassa vain {{hours}} tuntia, joten Certdesk uusii sen, kun puolet on jäljellä: noin {{every}} tunnin välein. Pidä tämä tietokone päällä.',
  reasonAri: 'kun varmentaja pyysi sitä (varmentajan uusimistiedot)',
  ariLater: '(varmentajan ehdottama aika on myöhemmin; Certdesk ei odota tätä pidempään)',
};

export const profileEngineFi: Shape<typeof profileText> = {
  unknown:
    'Varmentaja ei tarjoa profiilia "{{profile}}". Valitse jokin sen profiileista: {{list}}.',
  noneOffered:
    'Varmentaja ei tarjoa profiileja, joten profiilia "{{profile}}" ei voi käyttää. Jätä profiili tyhjäksi, niin saat varmentajan tavallisen varmenteen.',
  ipNeedsProfile:
    '"{{name}}" on IP-osoite. Tämä varmentaja myöntää varmenteita IP-osoitteille vain profiililla "{{profile}}": valitse se kohdasta Lisää vaihtoehtoja, tai käytä verkkotunnusta, joka osoittaa tähän osoitteeseen.',
  ipNotOffered:
    '"{{name}}" on IP-osoite, eikä tällä varmentajalla ole IP-osoitteet sallivaa profiilia. Käytä sen sijaan verkkotunnusta, joka osoittaa tähän osoitteeseen.',
  ipNoDns:
    '"{{name}}" on IP-osoite: varmentaja tarkistaa IP-osoitteen vain ottamalla siihen yhteyden (http-01 tai tls-alpn-01), ei koskaan DNS:n kautta. Valitse jompikumpi näistä tavoista.',
  busy: 'Varmennetta {{name}} uusitaan juuri nyt. Vaihda sen profiili, kun uusiminen on valmis.',
  ipKeeps:
    '"{{name}}" tässä varmenteessa on IP-osoite, ja tämä varmentaja myöntää varmenteita IP-osoitteille vain näillä profiileilla: {{list}}. Pidä jokin niistä, tai hanki uusi varmenne ilman IP-osoitetta.',
  trialMissing:
    'Varmentajan harjoituspalvelu (staging) ei tarjoa profiilia "{{profile}}" (se tarjoaa: {{list}}), joten koeajo ei voi harjoitella sitä. Jatka ilman koeajoa, tai valitse profiili, jota molemmat tarjoavat.',
  trialNone:
    'Varmentajan harjoituspalvelu (staging) ei tarjoa profiileja, joten koeajo ei voi harjoitella profiilia "{{profile}}". Jatka ilman koeajoa, tai valitse varmentajan oletus.',
  ipReach: {
    ok: 'Osoitteen {{name}} portissa {{port}} vastaa jokin, joten varmentaja saa siihen yhteyden.',
    fail: 'Osoitteen {{name}} portissa {{port}} ei vastaa mikään. Varmentaja tarkistaa IP-osoitteen ottamalla siihen yhteyden tuossa portissa.',
    fix: 'Avaa osoitteen {{name}} portti {{port}} internetiin (reititin ja palomuuri) ja anna Certdeskin tai verkkopalvelimesi vastata siinä; aja sitten tarkistukset uudelleen.',
    noDns: 'IP-osoite ei tarvitse DNS- tai CAA-tietueita, joten ne jätetään tarkistamatta.',
  },
};
