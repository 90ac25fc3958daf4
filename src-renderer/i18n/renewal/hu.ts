// Hungarian (Magyar): why and when a certificate renews (src-main/shared/engine-text-renewal.ts).
import type { renewalText } from '../../../src-main/shared/engine-text-renewal.ts';
import type { Shape } from '../shape.ts';

export const renewalEngineHu: Shape<typeof renewalText> = {
  third: 'amikor a {{days}} napos élettartam harmada van hátra',
  half: 'amikor a {{days}} napos élettartam fele van hátra',
  ari: 'a CA {{start}} és {{end}} között kérte a megújítást (ARI)',
  ariMoved: 'a CA {{start}} és {{end}} között kérte a megújítást (ARI); a CA korábbra hozta',
  ariLater: '{{floor}} (a CA ARI-ablaka később van; a Certdesk ennél tovább nem vár)',
  renewing: 'megújítás folyamatban',
  revoked: 'visszavonva: kérjen új tanúsítványt',
  notIssued: 'még nincs kiállítva: először kérje ki',
  expired: 'lejárt: {{date}}',
  needsYou: 'önre van szükség: {{problem}}. Javítsa ki, majd újítsa meg kézzel',
  needsYouExpired:
    'önre van szükség: {{problem}}. Javítsa ki, majd újítsa meg kézzel (lejárt: {{date}})',
  retryWaitCa: '{{attempt}}. próbálkozás hiba után: a CA azt kérte, várjon eddig: {{date}}',
  retryWait: '{{attempt}}. próbálkozás hiba után: várakozás {{delay}}',
  whileExpired: '{{reason}} (lejárt: {{date}})',
  closeToExpiry: '{{reason}}; közel a lejárat, ezért legalább 100 percenként próbálkozik',
  manual: '{{reason}}; a kézi módszerhez önre van szükség: újítsa meg kézzel',
  delay: {
    minutes_one: '{{count}} perc',
    minutes_other: '{{count}} perc',
    hours_one: '{{count}} óra',
    hours_other: '{{count}} óra',
    days_one: '{{count}} nap',
    days_other: '{{count}} nap',
  },
  problem: {
    caa: 'a DNS-ben lévő CAA-rekord megtiltja ennek a CA-nak a kiállítást',
    'rejected-identifier': 'a CA megtagadja a kiállítást az egyik névre',
    'eab-required': 'a CA External Account Bindingot kér a fiókhoz',
    'eab-invalid': 'a CA elutasította az External Account Bindingot',
    'no-account': 'a CA már nem ismeri a fiókot',
    'tos-not-agreed': 'a CA azt kéri, fogadja el az új szolgáltatási feltételeket',
    'bad-signature-algorithm': 'a CA nem fogadja el a fiókkulcs típusát',
    'account-paused': 'a CA szüneteltette a fiókot ezekre a nevekre',
    unauthorized: 'a CA kétszer egymás után rossz választ kapott a szerverétől',
    'incorrect-response': 'a CA kétszer egymás után rossz választ kapott a kihívásra',
  },
};
