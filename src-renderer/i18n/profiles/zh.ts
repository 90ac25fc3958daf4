// Simplified Chinese (简体中文): profiles, the CA's ARI window and short lifetimes (issue 18).
import type { profileText } from '../../../src-main/shared/engine-text-profiles.ts';
import type { Shape } from '../shape.ts';
import type { profilesEn } from './en.ts';

export const profilesZh: Shape<typeof profilesEn> = {
  label: 'CA 的证书配置（profile）',
  caDefault: 'CA 的默认配置',
  hint: '配置是 CA 提供的证书类型。说明文字来自 CA 本身。',
  loading: '正在向 CA 查询其配置…',
  none: '此 CA 不提供配置，将签发其常规证书。',
  unavailable: 'Certdesk 暂时无法向 CA 查询配置；将使用 CA 的默认配置。',
  shorter:
    '有效期更短并不会给您增加工作：Certdesk 会在证书到期前很久自动续期。只是续期更频繁（6 天的证书大约每 3 天续期一次），因此这台电脑以及 CA 访问您服务器的方式需要同样频繁地正常工作。',
  noDnsForIp:
    '此处不可用：您的名称中包含 IP 地址，而 CA 只会通过连接到 IP 地址来验证它，从不通过 DNS。请选择另外两种方式之一。',
  ipAllowed: '此配置还允许使用 IP 地址（例如 203.0.113.10）作为名称。',
  onCert: '配置',
  change: '更改配置',
  changeTitle: '更改配置',
  changeNext:
    '现在不会申请任何证书：下次续期时会向 CA 申请您保存的配置。如果想立即获得使用该配置的证书，请在保存后选择“立即续期”。',
  save: '保存配置',
  saved: '已保存。下次续期将申请配置 {{profile}}。',
  savedDefault: '已保存。下次续期将使用 CA 的默认配置。',
  caWindowTitle: 'CA 建议的续期时间段',
  caWindow: '{{start}} 至 {{end}}',
  caWhy: 'CA 的说明',
  soonerDays:
    '此 CA 的证书有效期为 {{days}} 天，比许多人熟悉的 90 天更短，因此 Certdesk 续期更频繁：大约每 {{every}} 天一次。',
  soonerHours:
    '此证书有效期只有 {{hours}} 小时，因此 Certdesk 在剩下一半时续期：大约每 {{every}} 小时一次。请保持这台电脑开机。',
  reasonAri: '在 CA 要求时（来自 CA 的续期信息）',
  ariLater: '（CA 建议的时间段更晚；Certdesk 不会等到那之后）',
};

export const profileEngineZh: Shape<typeof profileText> = {
  unknown: 'CA 不提供配置“{{profile}}”。请从它的配置中选择一个：{{list}}。',
  noneOffered: 'CA 不提供任何配置，因此无法使用“{{profile}}”。请将配置留空，以获取 CA 的常规证书。',
  ipNeedsProfile:
    '“{{name}}”是一个 IP 地址。此 CA 仅在使用“{{profile}}”配置时为 IP 地址签发证书：请在“更多选项”中选择它，或改用指向此地址的域名。',
  ipNotOffered:
    '“{{name}}”是一个 IP 地址，而此 CA 没有允许 IP 地址的配置。请改用指向此地址的域名。',
  ipNoDns:
    '“{{name}}”是一个 IP 地址：CA 只能通过连接该地址（http-01 或 tls-alpn-01）来验证 IP 地址，绝不通过 DNS。请选择这两种方式之一。',
  busy: '证书 {{name}} 正在续期。请在续期完成后再更改它的配置。',
  ipKeeps:
    '此证书上的“{{name}}”是一个 IP 地址，而此 CA 仅在使用以下配置时为 IP 地址签发证书：{{list}}。请保留其中之一，或申请一张不含该 IP 地址的新证书。',
  trialMissing:
    'CA 的练习（staging）服务不提供配置“{{profile}}”（它提供：{{list}}），因此试运行无法演练它。请不经试运行继续，或选择两者都提供的配置。',
  trialNone:
    'CA 的练习（staging）服务不提供任何配置，因此试运行无法演练配置“{{profile}}”。请不经试运行继续，或选择 CA 的默认配置。',
  ipReach: {
    ok: '{{name}} 的 {{port}} 端口有响应，CA 可以连接到它。',
    fail: '{{name}} 的 {{port}} 端口没有任何响应。CA 通过连接该端口来验证 IP 地址。',
    fix: '向互联网开放 {{name}} 的 {{port}} 端口（路由器和防火墙），并让 Certdesk 或您的网页服务器在该端口响应，然后重新运行检查。',
    noDns: 'IP 地址不需要 DNS 或 CAA 记录，因此跳过这些检查。',
  },
};
