// Finnish (Suomi): why and when a certificate renews (src-main/shared/engine-text-renewal.ts).
import type { renewalText } from '../../../src-main/shared/engine-text-renewal.ts';
import type { Shape } from '../shape.ts';

export const renewalEngineFi: Shape<typeof renewalText> = {
  third: 'kun {{days}} päivän voimassaolosta on jäljellä kolmannes',
  half: 'kun {{days}} päivän voimassaolosta on jäljellä puolet',
  ari: 'CA pyysi uusimista välillä {{start}}–{{end}} (ARI)',
  ariMoved: 'CA pyysi uusimista välillä {{start}}–{{end}} (ARI); CA siirsi sitä aiemmaksi',
  ariLater: '{{floor}} (CA:n ARI-ikkuna on myöhemmin; Certdesk ei odota tätä pidempään)',
  renewing: 'uusitaan parhaillaan',
  revoked: 'mitätöity: hanki uusi varmenne',
  notIssued: 'ei vielä myönnetty: hanki se ensin',
  expired: 'vanhentui {{date}}',
  needsYou: 'tarvitsee sinua: {{problem}}. Korjaa se ja uusi sitten käsin',
  needsYouExpired:
    'tarvitsee sinua: {{problem}}. Korjaa se ja uusi sitten käsin (vanhentui {{date}})',
  retryWaitCa: 'yritys {{attempt}} virheen jälkeen: CA pyysi odottamaan {{date}} asti',
  retryWait: 'yritys {{attempt}} virheen jälkeen: odotetaan {{delay}}',
  whileExpired: '{{reason}} (vanhentui {{date}})',
  closeToExpiry:
    '{{reason}}; vanhentuminen on lähellä, joten yrityksiä tulee vähintään 100 minuutin välein',
  manual: '{{reason}}; käsin tehtävä tapa tarvitsee sinua: uusi varmenne käsin',
  delay: {
    minutes_one: '{{count}} minuutti',
    minutes_other: '{{count}} minuuttia',
    hours_one: '{{count}} tunti',
    hours_other: '{{count}} tuntia',
    days_one: '{{count}} päivä',
    days_other: '{{count}} päivää',
  },
  problem: {
    caa: 'DNS:si CAA-tietue kieltää tätä CA:ta myöntämästä',
    'rejected-identifier': 'CA kieltäytyy myöntämästä yhdelle nimistä',
    'eab-required': 'CA vaatii tilille External Account Binding -tunnisteen',
    'eab-invalid': 'CA hylkäsi External Account Binding -tunnisteen',
    'no-account': 'CA ei enää tunne tiliä',
    'tos-not-agreed': 'CA haluaa sinun hyväksyvän uudet käyttöehdot',
    'bad-signature-algorithm': 'CA ei hyväksy tilin avaimen tyyppiä',
    'account-paused': 'CA on keskeyttänyt tilin näille nimille',
    unauthorized: 'CA sai palvelimeltasi väärän vastauksen kahdesti peräkkäin',
    'incorrect-response': 'CA sai haasteeseen väärän vastauksen kahdesti peräkkäin',
  },
};
