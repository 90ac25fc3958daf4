// Danish (Dansk): why and when a certificate renews (src-main/shared/engine-text-renewal.ts).
import type { renewalText } from '../../../src-main/shared/engine-text-renewal.ts';
import type { Shape } from '../shape.ts';

export const renewalEngineDa: Shape<typeof renewalText> = {
  third: 'når en tredjedel af den {{days}}-dages levetid er tilbage',
  half: 'når halvdelen af den {{days}}-dages levetid er tilbage',
  ari: "CA'en bad om fornyelse mellem {{start}} og {{end}} (ARI)",
  ariMoved: "CA'en bad om fornyelse mellem {{start}} og {{end}} (ARI); CA'en har rykket det frem",
  ariLater: "{{floor}} (CA'ens ARI-vindue ligger senere; Certdesk venter ikke længere end dette)",
  renewing: 'fornyes nu',
  revoked: 'tilbagekaldt: udsted et nyt certifikat',
  notIssued: 'ikke udstedt endnu: udsted det først',
  expired: 'udløb {{date}}',
  needsYou: 'kræver dig: {{problem}}. Ret det, og forny så i hånden',
  needsYouExpired: 'kræver dig: {{problem}}. Ret det, og forny så i hånden (udløb {{date}})',
  retryWaitCa: "forsøg {{attempt}} efter en fejl: CA'en bad om at vente til {{date}}",
  retryWait: 'forsøg {{attempt}} efter en fejl: venter {{delay}}',
  whileExpired: '{{reason}} (udløb {{date}})',
  closeToExpiry: '{{reason}}; tæt på udløb, så der forsøges mindst hvert 100. minut',
  manual: '{{reason}}; den manuelle metode kræver dig: forny det i hånden',
  delay: {
    minutes_one: '{{count}} minut',
    minutes_other: '{{count}} minutter',
    hours_one: '{{count}} time',
    hours_other: '{{count}} timer',
    days_one: '{{count}} dag',
    days_other: '{{count}} dage',
  },
  problem: {
    caa: 'en CAA-post i din DNS forbyder denne CA at udstede',
    'rejected-identifier': "CA'en nægter at udstede til et af navnene",
    'eab-required': "CA'en kræver en External Account Binding til kontoen",
    'eab-invalid': "CA'en afviste din External Account Binding",
    'no-account': "CA'en kender ikke længere kontoen",
    'tos-not-agreed': "CA'en vil have dig til at acceptere nye servicevilkår",
    'bad-signature-algorithm': "CA'en accepterer ikke kontonøglens type",
    'account-paused': "CA'en har sat kontoen på pause for disse navne",
    unauthorized: "CA'en fik det forkerte svar fra din server to gange i træk",
    'incorrect-response': "CA'en fik et forkert svar på udfordringen to gange i træk",
  },
};
