// Issue 22, Simplified Chinese (简体中文): see en.ts.
import type { dataNoticesEn } from './en.ts';
export const dataNoticesZh: Record<keyof typeof dataNoticesEn, string> = {
  'restored-previous':
    'Certdesk 无法读取 {{items}} 的已保存文件，因此恢复了最后一份完好的副本。没有丢失任何内容；损坏的文件保留在数据文件夹中。',
  'restored-files':
    '无法读取 {{items}} 的记录，也没有完好的副本，因此 Certdesk 根据证书文件重建了它们。仍然缺少：{{missing}}。请逐个打开，重新选择 CA 访问您服务器的方式；您的其他证书照常续期。',
  'lost-account':
    '无法读取 {{items}} 的文件，也没有完好的副本，因此使用它的证书无法续期。请从备份恢复数据文件夹，或重新添加该账户并为这些证书选择它。',
  'lost-settings':
    '无法读取您的设置，也没有完好的副本，因此 Certdesk 以默认设置启动（包括通知和代理）。请重新设置；损坏的文件保留在数据文件夹中。',
  'unmatched-folder':
    'Certdesk 发现 {{count}} 个证书文件夹无法对应到可用的记录，因此没有任何程序会续期它们：{{folders}}。{{then}}',
  'newer-settings':
    '您的设置由更新版本的 Certdesk 保存（格式 {{format}}），因此此版本不会改动它们，并以默认设置运行（包括通知和代理）；您在这里所做的更改不会被保存。请更新 Certdesk 以重新使用您的设置。',
  'newer-account':
    '{{items}} 的文件由更新版本的 Certdesk 保存，因此此版本不会改动它，也无法续期使用它的证书。请更新 Certdesk 以重新续期它们。',
  'master-key-missing':
    '用于打开已保存私钥的主密钥缺失（{{where}}），因此无法打开任何已保存的密钥，也无法续期任何证书。请从数据文件夹的备份中恢复它；如果没有备份，请将数据文件夹移到别处并重新申请证书。',
  'master-key-mismatch':
    '主密钥（{{where}}）不是加密已保存私钥时所用的那一个，因此这些私钥都无法打开，也无法续期任何证书。请从数据文件夹的备份中恢复正确的主密钥；如果没有备份，请将数据文件夹移到别处并重新申请证书。',
};
