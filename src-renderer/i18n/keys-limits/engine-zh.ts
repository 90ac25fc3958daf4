// Simplified Chinese: the engine's sentences of issue 18 (src-main/shared/engine-text/keys-limits.ts).
import type {
  dualText,
  limitsText,
  stagingText,
} from '../../../src-main/shared/engine-text/keys-limits.ts';
import type { Shape } from '../shape.ts';

export const dualZh: Shape<typeof dualText> = {
  where: {
    nginx:
      'nginx 可同时使用两者：在 server 块中写两行 ssl_certificate（-ecdsa 文件夹和 -rsa 文件夹中的 fullchain.pem）和两行 ssl_certificate_key（对应的 privkey.pem），然后重新加载 nginx；每个客户端会得到它能使用的那一个。',
    apache:
      'Apache 2.4 可同时使用两者：将 SSLCertificateFile 和 SSLCertificateKeyFile 各写两次，一次使用 -ecdsa 文件夹中的文件，一次使用 -rsa 文件夹中的文件，然后重新加载 Apache。',
    iis: 'IIS 为一个站点只绑定一个证书：为站点导入 -ecdsa 文件夹中的 .pfx 文件，-rsa 文件夹中的那个留给必须服务非常旧的客户端的服务器。',
    cpanel:
      'cPanel 和 Plesk 每个站点只保存一个证书：粘贴 ECDSA 证书的字段；只有在非常旧的客户端必须连接时才使用 RSA 证书。',
    haproxy:
      'HAProxy 可同时使用两者：在 bind 行的 crt 选项中给出两个 .pem 文件（-ecdsa 文件夹和 -rsa 文件夹中的那个），然后重新加载 HAProxy；它会按客户端选择。',
    synology:
      'NAS 只使用一个证书：导入 -ecdsa 文件夹中的文件；如果非常旧的设备必须连接，则导入 -rsa 文件夹中的文件。',
    tomcat:
      'Tomcat 可同时使用两者：在 SSLHostConfig 中添加两个 Certificate 元素，一个为 type="EC" 并使用 -ecdsa 文件夹中的 .pfx 文件，另一个为 type="RSA" 并使用 -rsa 文件夹中的 .pfx 文件，然后重启 Tomcat。',
    generic:
      '-ecdsa 和 -rsa 文件夹中是两个证书的相同文件：如果服务器能同时使用两个证书，请都提供给它（每个客户端会得到它能使用的那一个），否则使用 -ecdsa 中的证书。',
  },
  second: '现在为相同的名称申请 {{keyType}} 证书',
};

export const limitsZh: Shape<typeof limitsText> = {
  paused:
    'CA 已为 {{names}} 暂停此账户，因为对这些名称的验证一再失败，所以 Certdesk 已停止尝试：请先修复验证失败的原因（运行检查），然后打开 CA 的解除暂停页面并在那里确认，最后告诉 Certdesk 账户已解除暂停。',
  newOrders:
    "CA 拒绝了新订单：此账户在短时间内申请了太多证书（每个账户的新订单数；Let's Encrypt 为每 3 小时 300 个）。",
  perDomain:
    "CA 拒绝了新订单：本周为 {{domain}} 签发的证书太多（每个注册域名的证书数；Let's Encrypt 为每 7 天 50 个，所有账户合计）。",
  duplicate:
    "CA 拒绝了新订单：这一组完全相同的名称本周已获得太多证书（重复证书；Let's Encrypt 为每 7 天 5 个）。",
  failedValidations:
    "CA 拒绝了新订单：过去一小时内 {{domain}} 的验证失败次数太多（验证失败次数；Let's Encrypt 为每个名称每小时 5 次）；请先修复失败原因再重试（运行检查）。",
  registrations: 'CA 目前拒绝从此网络地址创建更多账户（每个地址的新账户数）。',
  other: 'CA 表示最近的请求太多。',
  retryAt: '按照 CA 的要求，Certdesk 将在 {{at}} 之后重试。',
  retryLater: 'Certdesk 稍后重试；不会更早，因为那会计入限制。',
  joined: '{{first}}{{second}}{{third}}',
  ariExempt:
    "Certdesk 已保管的证书在续期时会注明所替换的证书（ARI），Let's Encrypt 对这类续期免除此限制，因此它们会照常进行。",
};

export const stagingZh: Shape<typeof stagingText> = {
  notUrl:
    '“{{url}}”不是网址：请粘贴你的 CA 文档中给出的练习（staging）目录地址，以 https:// 开头。',
  notHttps: '练习（staging）目录地址必须以 https:// 开头。',
};
