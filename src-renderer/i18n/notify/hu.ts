// Hungarian: Settings > Notifications > Webhook formats (issue 17).
import type { notifyFormatEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const notifyFormatHu: Shape<typeof notifyFormatEn> = {
  hint: 'Illessze be a szolgáltatása által adott webhook-címet. A Certdesk minden üzenetet úgy ír meg, ahogy a szolgáltatás várja.',
  format: 'Formátum',
  auto: 'Automatikus: {{format}}',
  formatHint:
    'A Certdesk a címből felismeri a Slacket, a Teamst, a Discordot, az ntfy.sh-t és a Gotifyt. Ha a szolgáltatás a saját szerverén fut (ntfy, Gotify), itt válassza ki.',
  names: {
    slack: 'Slack',
    teams: 'Microsoft Teams (Workflows)',
    discord: 'Discord',
    ntfy: 'ntfy',
    gotify: 'Gotify',
    json: 'Certdesk JSON (saját szkriptekhez)',
  },
};
