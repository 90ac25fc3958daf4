// Simplified Chinese (简体中文): the phrases inside the damaged-data notices (src-main/shared/engine-text-data.ts).
import type { dataText } from '../../../src-main/shared/engine-text-data.ts';
import type { Shape } from '../shape.ts';

export const dataEngineZh: Shape<typeof dataText> = {
  item: {
    certificate: '证书 {{id}}',
    account: '账户 {{who}}',
    settings: '设置',
  },
  missing: {
    account: '账户',
    route: '控制权验证方式',
    routeSecrets: '验证方式的密码和令牌',
    history: '历史记录',
    exports: '导出位置',
    privateKey: '私钥',
  },
  folder: '{{folder}}（{{reason}}）',
  reason: {
    newer: '其记录由更新版本的 Certdesk 写入（格式 {{format}}）',
    unreadable: '其记录及最后一份完好副本都无法读取，且没有任何版本文件夹包含可读的证书',
  },
  then: {
    update:
      '请更新 Certdesk 以读取由更新版本写入的文件夹；否则请从备份恢复数据文件夹，或重新申请这些证书。',
    restore: '请从备份恢复数据文件夹，或重新申请这些证书。',
  },
  accountLost:
    '无法读取账户 {{who}} 的文件，也没有完好的副本，因此此证书无法续期。请从备份恢复数据文件夹，或重新添加该账户并为此证书选择它。',
  accountNewer:
    '账户 {{who}} 的文件由更新版本的 Certdesk 保存，因此此版本无法用它续期此证书。请更新 Certdesk。',
  versionDamaged: '证书 {{id}} 的文件缺失或已损坏。请续期以获得新文件，或从备份恢复数据文件夹。',
  where: {
    keychain: '系统钥匙串中的“Certdesk”条目',
    file: '文件 {{file}}',
  },
};
