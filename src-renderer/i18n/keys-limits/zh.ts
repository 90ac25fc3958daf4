// Issue 18 in the window, Simplified Chinese (keys as in ./en.ts).
import type { keysLimitsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const keysLimitsZh: Shape<typeof keysLimitsEn> = {
  staging: {
    label: '练习（staging）目录地址（可选）',
    hint: '如果你的 CA 有练习服务，请粘贴其目录地址：Certdesk 会在正式申请之前提供在那里的试运行。',
  },
  dual: {
    label: '同时为相同的名称申请另一种密钥的证书（ECDSA + RSA）',
    hint: '适用于必须向非常旧的客户端提供 RSA 证书、而其他所有人使用更小更快的 ECDSA 证书的服务器。两者一起签发、一起续期。',
    twinKey: '第二个证书的密钥',
    twin: '第二个证书',
    twinLine: '{{keyType}}，序列号 {{serial}}，有效期至 {{date}}：与此证书一起续期。',
    exportNote: '此证书有两种：导出会写入两组文件，分别位于以 -ecdsa 和 -rsa 结尾的文件夹中。',
  },
  paused: {
    title: 'CA 已为这些名称暂停此账户',
    open: '打开解除暂停页面',
    done: '我已解除暂停：立即续期',
    waiting: '在你确认账户已解除暂停之前，此证书的续期会一直等待。',
  },
};
