// Chinese (中文): why and when a certificate renews (src-main/shared/engine-text-renewal.ts).
import type { renewalText } from '../../../src-main/shared/engine-text-renewal.ts';
import type { Shape } from '../shape.ts';

export const renewalEngineZh: Shape<typeof renewalText> = {
  third: '{{days}} 天有效期还剩三分之一时',
  half: '{{days}} 天有效期还剩一半时',
  ari: 'CA 要求在 {{start}} 至 {{end}} 之间续期（ARI）',
  ariMoved: 'CA 要求在 {{start}} 至 {{end}} 之间续期（ARI）；CA 已将其提前',
  ariLater: '{{floor}}（CA 的 ARI 时间窗口更晚；Certdesk 不会等得比这更久）',
  renewing: '正在续期',
  revoked: '已吊销：请签发新证书',
  notIssued: '尚未签发：请先签发',
  expired: '已于 {{date}} 过期',
  needsYou: '需要您处理：{{problem}}。修复后请手动续期',
  needsYouExpired: '需要您处理：{{problem}}。修复后请手动续期（已于 {{date}} 过期）',
  retryWaitCa: '失败后第 {{attempt}} 次尝试：CA 要求等到 {{date}}',
  retryWait: '失败后第 {{attempt}} 次尝试：等待 {{delay}}',
  whileExpired: '{{reason}}（已于 {{date}} 过期）',
  closeToExpiry: '{{reason}}；临近过期，因此至少每 100 分钟尝试一次',
  manual: '{{reason}}；手动方式需要您参与：请手动续期',
  delay: {
    minutes_one: '{{count}} 分钟',
    minutes_other: '{{count}} 分钟',
    hours_one: '{{count}} 小时',
    hours_other: '{{count}} 小时',
    days_one: '{{count}} 天',
    days_other: '{{count}} 天',
  },
  problem: {
    caa: '您 DNS 中的 CAA 记录禁止此 CA 签发',
    'rejected-identifier': 'CA 拒绝为其中一个名称签发',
    'eab-required': 'CA 要求该账户提供外部账户绑定（EAB）',
    'eab-invalid': 'CA 拒绝了外部账户绑定（EAB）',
    'no-account': 'CA 已不再认识该账户',
    'tos-not-agreed': 'CA 要求您同意新的服务条款',
    'bad-signature-algorithm': 'CA 不接受该账户密钥类型',
    'account-paused': 'CA 已为这些名称暂停该账户',
    unauthorized: 'CA 连续两次从您的服务器得到错误的应答',
    'incorrect-response': 'CA 连续两次得到错误的质询应答',
  },
};
