// Danish: the live-site check's sentences (src-main/shared/engine-text-sitecheck.ts).
import type { siteCheckText } from '../../../src-main/shared/engine-text-sitecheck.ts';
import type { Shape } from '../shape.ts';

export const siteCheckDa: Shape<typeof siteCheckText> = {
  current: 'Bruger det nyeste certifikat (udløber {{date}}).',
  outdated:
    'Bruger stadig et ældre certifikat til dette websted, som udløber {{date}}. Læg det nyeste certifikat på serveren, og genindlæs den.',
  other:
    'Bruger et certifikat, som Certdesk ikke har udstedt ({{issuer}}, udløber {{date}}). Installér dette certifikat på den server, der svarer her.',
  noAddress:
    'Navnet har ingen adresse i DNS, så Certdesk kan ikke se, hvad det bruger. Tilføj en A- eller AAAA-post hos din DNS-udbyder.',
  wildcard:
    'Et wildcard-navn har intet eget websted at kontrollere; tilføj de navne, folk besøger, til certifikatet for at få dem kontrolleret.',
  wildcardAdd:
    '{{name}} er et wildcard-navn, ikke et værtsnavn, Certdesk kan forbinde til. Tilføj det værtsnavn, du betjener (f.eks. {{example}}), til dette certifikat for at få det kontrolleret.',
  wildcardCovered:
    '{{name}} er et wildcard-navn, ikke et værtsnavn, Certdesk kan forbinde til; se de navne på dette certifikat, det dækker: {{names}}.',
  refused:
    'Intet svarer på port {{port}} på denne adresse. Kontrollér, at webserveren kører og lytter efter HTTPS.',
  timeout:
    'Intet svar på port {{port}} inden for {{seconds}} sekunder. Kontrollér serveren og en eventuel firewall foran den.',
  tls: 'Serveren på port {{port}} gennemførte ikke en sikker (TLS-)forbindelse. Kontrollér dens HTTPS-opsætning.',
  unreachable:
    'Denne computer kan ikke nå adressen. Kontrollér din internetforbindelse (en IPv6-adresse kræver IPv6).',
};
