// Chinese: Settings > Notifications > Webhook formats (issue 17).
import type { notifyFormatEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const notifyFormatZh: Shape<typeof notifyFormatEn> = {
  hint: '粘贴你的服务提供的 Webhook 地址。Certdesk 会按该服务要求的格式撰写每条消息。',
  format: '格式',
  auto: '自动：{{format}}',
  formatHint:
    'Certdesk 能从地址识别 Slack、Teams、Discord、ntfy.sh 和 Gotify。如果服务运行在你自己的服务器上（ntfy、Gotify），请在这里选择。',
  names: {
    slack: 'Slack',
    teams: 'Microsoft Teams（工作流）',
    discord: 'Discord',
    ntfy: 'ntfy',
    gotify: 'Gotify',
    json: 'Certdesk JSON（供你自己的脚本使用）',
  },
};
