// Settings > Notifications > Webhook: the format of each chat service (issue 17).
export const notifyFormatEn = {
  hint: 'Paste the webhook address your service gives. Certdesk writes each message the way the service expects it.',
  format: 'Format',
  auto: 'Automatic: {{format}}',
  formatHint:
    'Certdesk recognises Slack, Teams, Discord, ntfy.sh and Gotify from the address. For a service on your own server (ntfy, Gotify), pick it here.',
  names: {
    slack: 'Slack',
    teams: 'Microsoft Teams (Workflows)',
    discord: 'Discord',
    ntfy: 'ntfy',
    gotify: 'Gotify',
    json: 'Certdesk JSON (for your own scripts)',
  },
};
