// Chinese: the engine's sentences about deployment targets (src-main/shared/engine-text-deploy.ts).
import type { deployText } from '../../../src-main/shared/engine-text-deploy.ts';
import type { Shape } from '../shape.ts';

export const deployEngineZh: Shape<typeof deployText> = {
  missingFolder:
    '{{server}} 上不存在文件夹“{{folder}}”：请在那里创建它（或更正此部署的文件夹），然后重新部署。',
  notAFolder:
    '{{server}} 上的“{{folder}}”是文件而不是文件夹：请填写文件应放入的文件夹，然后重新部署。',
  noWrite:
    '账户“{{user}}”无权写入 {{server}} 上的“{{folder}}”：请授予它写入权限（或选择它可写入的文件夹），然后重新部署。',
  commandFailed:
    '{{server}} 上的命令“{{command}}”以退出状态 {{code}} 结束，因此 Certdesk 已恢复先前的文件：请根据其最后几行输出修正问题，然后重新部署。',
  commandStopped:
    '{{server}} 上的命令“{{command}}”未在 {{seconds}} 秒内完成并已被停止，因此 Certdesk 已恢复先前的文件：请确认它不会等待输入，然后重新部署。',
  cpanelToken:
    '{{server}} 上的 cPanel 拒绝了“{{user}}”的 API 令牌：请在 cPanel（Security > Manage API Tokens）中创建新令牌并提供给 Certdesk，然后重新部署。',
  cpanelRefused:
    '{{server}} 上的 cPanel 未为 {{domain}} 安装证书：{{reason}} 请确认该域名属于此 cPanel 账户，然后重新部署。',
  cpanelUnreachable:
    'Certdesk 无法连接 {{server}} 上的 cPanel（{{why}}）：请检查地址（通常为 https://你的域名:2083），然后重新部署。',
  cpanelNotCpanel:
    '{{server}} 的应答不像 cPanel（HTTP {{status}}）：请检查地址，通常为 https://你的域名:2083，然后重新部署。',
  localFailed: '{{message}}',
  tested: 'Certdesk 已连接到 {{where}} 并可在那里写入；没有做任何更改。',
  testedCpanel: '{{server}} 上的 cPanel 接受了“{{user}}”的 API 令牌；没有做任何更改。',
  testedManual: 'Certdesk 无法自行到达此处：每次续期后会向你显示操作步骤。',
  deployed: '已部署到 {{where}}。',
  waiting: '等待你操作：请在 {{label}} 放置新证书，然后选择“完成”。',
  manualStep1: '打开 {{label}}，找到更换证书的位置。',
  manualStep2: '粘贴下方字段中的证书和 CA 证书包，并用“复制私钥”粘贴私钥。',
  manualStep3: '在那里保存，然后回来选择“完成”。',
};
