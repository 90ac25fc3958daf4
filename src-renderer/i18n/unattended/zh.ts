// 设置 >“退出登录后继续续期”(issue 19)。
import type { unattendedEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const unattendedZh: Shape<typeof unattendedEn> = {
  title: '无人登录时续期',
  checkbox: '退出登录后继续续期',
  hint: '你的电脑每天会自动启动 Certdesk 两次，检查哪些证书到期并续期，即使此窗口已关闭或电脑重启后也是如此。届时通知通过电子邮件或 Webhook 发送。',
  loading: '正在询问系统…',
  kind: {
    systemd: '你账户的 systemd 定时器',
    cron: '你的 crontab 中的一行',
    launchd: '一个 launchd 代理',
    'task-scheduler': '一个 Windows 计划任务',
  },
  on: '已开启：{{kind}}每天在 {{times}} 运行 Certdesk。',
  onNoTimes: '已开启：{{kind}}每天运行 Certdesk 两次。',
  notActive: '已安装，但系统报告它未处于活动状态，因此不会自动续期。请取消勾选后再重新勾选。',
  off: '已关闭：只有在 Certdesk 打开时才会续期证书。',
  lingerNeeded:
    '还差一步：此 Linux 系统会在你退出登录时停止你的定时器。请让这台电脑的管理员为你的账户开启“lingering”(loginctl enable-linger)。',
  keyMoved:
    '退出登录后系统钥匙串会被锁定，因此保护你已保存密钥的主密钥已复制到数据文件夹中，只有你可以读取。请保持该文件夹私密并做好备份。',
  error: {
    'permission-denied':
      '系统不允许 Certdesk 设置定时器。请让这台电脑的管理员允许此操作，然后重新勾选。',
    unsupported:
      '你保存的密钥受系统钥匙串保护，Certdesk 在这里无法访问它。请在桌面上的 Certdesk 应用中开启此项。',
    generic:
      '系统没有接受该定时器。请重试；如果仍然失败，请打开“显示详情”，并将其附在支持请求中发送。',
  },
};
