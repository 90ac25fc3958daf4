// Chinese: failures that carried only English before (src-main/shared/engine-text/failures.ts).
import type { failuresText } from '../../../src-main/shared/engine-text/failures.ts';
import type { Shape } from '../shape.ts';

export const failuresZh: Shape<typeof failuresText> = {
  cancelled: '已取消。没有做任何更改；准备好后请重新开始。',
  cancelledAtCa: '已取消。在 CA 处没有做任何更改；准备好后请重新开始。',
  cancelledStart: '已取消。准备好后请重新开始。',
  cancelledPlain: '已取消。',
  cancelledManual: '已取消：手动步骤没有完成。',
  cancelledClosing: '已取消：Certdesk 正在关闭。',
  commandRefused: '您没有允许该命令，因此没有做任何更改。再次保存时会重新询问您。',
  trialOutOfTime: '试运行超时。',
  caUnreachable:
    'Certdesk 无法连接到 CA（{{host}}）。请检查网络连接，并确认允许对外的 HTTPS（端口 443），然后重试。',
  caTimeout: 'CA（{{host}}）没有及时应答。请检查网络连接或 CA 的状态页面，然后重试。',
  caTooLarge: 'CA（{{host}}）发来的应答过大。请稍后重试，或检查目录地址。',
  caInsecure: 'CA 把 Certdesk 指向了一个不安全的地址。请检查目录地址。',
  caNoAnswer: 'CA 没有应答。',
  caRedirect: 'CA 用重定向作答，而 ACME 不使用重定向。请检查目录地址。',
  caNotJson: 'CA 发来的应答 Certdesk 无法读取（不是 JSON）。请检查目录地址，或稍后重试。',
  notDirectory: '该地址不是 ACME 目录。请检查 CA 的目录地址。',
  badToken: 'CA 发来的质询令牌不是 base64url 格式；Certdesk 拒绝使用它。',
  notOffered: 'CA 不为 {{name}} 提供 {{method}}（它提供 {{offered}}）。请从中选择一种方法。',
  gaveUp: '等待{{what}}超时，已放弃。请重试；如果一再发生，请查看 CA 的状态页面。',
  waitingFor: {
    validate: 'CA 验证这些名称',
    issue: 'CA 签发证书',
  },
  couldNot: 'Certdesk 未能{{what}}。',
  couldNotPractice: 'Certdesk 未能在练习服务器上{{what}}。',
  doing: {
    directory: '读取 CA 目录',
    caDirectory: '读取 CA 目录',
    order: '创建订单',
    authorizations: '读取授权',
    start: '开始验证',
    check: '查询验证状态',
    finalize: '完成订单',
    checkOrder: '查询订单状态',
    download: '下载证书',
    revoke: '吊销证书',
    account: '在 CA 创建账户',
  },
  folderBusy:
    '数据文件夹正忙：{{app}}（{{host}} 上的进程 {{pid}}，自 {{since}} 起）正在写入。请等它完成或将其关闭，然后重试。',
  anotherCertdesk: '另一个 Certdesk',
  certBusy: '此证书正在由 {{app}}（进程 {{pid}}，自 {{since}} 起）续期。请等它完成。',
  alreadyRenewing: '证书 {{name}} 已在续期中。请等它完成。',
  renewingRoute: '证书 {{name}} 正在续期。完成后再更改 CA 联系您的方式。',
  portInUse:
    '端口 {{port}} 已被这台电脑上的另一个程序（通常是网站服务器）占用。请在 Certdesk 验证期间停止该程序，或选择“上传到我的网站服务器文件夹”，让现有的网站服务器应答 CA。',
  portNotPermitted: 'Certdesk 无权打开端口 {{port}}。{{how}}；{{alt}}。',
  portHow: {
    linux:
      '在 Linux 上，1024 以下的端口需要权限：为命令行运行 "sudo setcap \'cap_net_bind_service=+ep\' $(readlink -f $(which node))"，或以具有该权限的服务方式运行 Certdesk',
    darwin: '在 macOS 上，请在“系统设置 > 网络 > 防火墙”中允许 Certdesk，或以管理员权限运行',
    windows:
      '在 Windows 上，请在询问时允许 Certdesk 通过 Windows Defender 防火墙，或以管理员身份运行',
  },
  portAlt: {
    http: '或选择“上传到我的网站服务器文件夹”，让现有的网站服务器应答 CA',
    tls: '或改用 http-01 或 dns-01',
  },
  portOther: 'Certdesk 无法打开端口 {{port}}：{{error}}。',
  internal: 'Certdesk 内部发生了意外错误。请重试；如果一再发生，请附上详细信息报告。',
};
