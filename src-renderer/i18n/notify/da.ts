// Danish: Settings > Notifications > Webhook formats (issue 17).
import type { notifyFormatEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const notifyFormatDa: Shape<typeof notifyFormatEn> = {
  hint: 'Indsæt den webhook-adresse, din tjeneste giver dig. Certdesk skriver hver besked, som tjenesten forventer den.',
  format: 'Format',
  auto: 'Automatisk: {{format}}',
  formatHint:
    'Certdesk genkender Slack, Teams, Discord, ntfy.sh og Gotify ud fra adressen. Vælg tjenesten her, hvis den kører på din egen server (ntfy, Gotify).',
  names: {
    slack: 'Slack',
    teams: 'Microsoft Teams (Workflows)',
    discord: 'Discord',
    ntfy: 'ntfy',
    gotify: 'Gotify',
    json: 'Certdesk-JSON (til dine egne scripts)',
  },
};
