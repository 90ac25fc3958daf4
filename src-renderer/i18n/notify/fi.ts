// Finnish: Settings > Notifications > Webhook formats (issue 17).
import type { notifyFormatEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const notifyFormatFi: Shape<typeof notifyFormatEn> = {
  hint: 'Liitä palvelusi antama webhook-osoite. Certdesk kirjoittaa jokaisen viestin siinä muodossa, jota palvelu odottaa.',
  format: 'Muoto',
  auto: 'Automaattinen: {{format}}',
  formatHint:
    'Certdesk tunnistaa Slackin, Teamsin, Discordin, ntfy.sh:n ja Gotifyn osoitteesta. Jos palvelu toimii omalla palvelimellasi (ntfy, Gotify), valitse se tästä.',
  names: {
    slack: 'Slack',
    teams: 'Microsoft Teams (Workflows)',
    discord: 'Discord',
    ntfy: 'ntfy',
    gotify: 'Gotify',
    json: 'Certdesk-JSON (omille skripteillesi)',
  },
};
