// Simplified Chinese (简体中文): the main process's sentences (./en.ts), translated.
import type { MainShape, mainText } from './en.ts';

export const mainZh: MainShape<typeof mainText> = {
  app: { cannotStart: 'Certdesk 无法启动' },
  tray: {
    tooltip: 'Certdesk：{{status}}',
    tooltipPaused: 'Certdesk：{{status}}（续期已暂停）',
    none: '还没有证书',
    attention_one: '{{count}} 个证书需要处理',
    attention_other: '{{count}} 个证书需要处理',
    dataProblem: '数据文件夹需要处理：部分证书无法续期',
    due_one: '即将进行 {{count}} 次续期',
    due_other: '即将进行 {{count}} 次续期',
    fineOne: '你的证书一切正常',
    fineAll: '全部 {{count}} 个证书一切正常',
    waiting_one: '{{count}} 个证书等待你手动安装',
    waiting_other: '{{count}} 个证书等待你手动安装',
    open: '打开 Certdesk',
    renewAll: '立即全部续期',
    pause: '暂停续期',
    quit: '退出 Certdesk',
  },
  names: {
    none: '一个没有名称的证书',
    two: '{{first}} 和 {{last}}',
    list: '{{list}} 和 {{last}}',
    more_one: '{{list}} 等另外 {{count}} 个',
    more_other: '{{list}} 等另外 {{count}} 个',
    separator: '、',
  },
  until: {
    days_one: '{{count}} 天后',
    days_other: '{{count}} 天后',
    hours_one: '{{count}} 小时后',
    hours_other: '{{count}} 小时后',
    aboutHour: '大约一小时后',
    lessThanHour: '不到一小时后',
    past: '已经过期',
  },
  notice: {
    dataNewerTitle: '请更新 Certdesk',
    dataNewer:
      '数据文件夹的一部分由更新版本的 Certdesk 保存；此版本不会改动它。打开 Certdesk 查看在您更新之前这意味着什么。',
    dataTitle: 'Certdesk 已修复其数据文件夹',
    data: '数据文件夹的一部分无法读取。打开 Certdesk 查看恢复了什么，以及是否需要您处理。',
    failedTitle: '续期失败：{{who}}',
    failed: 'Certdesk 无法为 {{who}} 续期证书。',
    failedExpires: 'Certdesk 无法为 {{who}} 续期证书，该证书将于 {{expiry}} 过期。',
    failedWait: 'Certdesk 不会自行重试：请先解决问题，然后打开 Certdesk 并选择“立即续期”。',
    failedRetry:
      'Certdesk 会自行重试；如果问题反复出现，请打开 Certdesk，解决问题后选择“立即续期”。',
    deployFailedTitle: '部署失败：{{who}}',
    deployFailed: '无法将 {{who}} 的证书放到 {{where}}；那里先前的文件保持不变。',
    deployFailedRetry:
      'Certdesk 会自行重试；如果反复发生，请打开 Certdesk，修正问题并选择“立即部署”。',
    waitingTitle: '请安装新证书：{{who}}',
    waitingUrgentTitle: '紧急：请安装新证书：{{who}}',
    waiting: 'Certdesk 已续期 {{who}} 的证书，但无法自行安装到 {{where}}：请手动安装。',
    waitingUrgent:
      '{{where}} 仍在为 {{who}} 使用的证书将于 {{expiry}} 过期：请立即在那里安装新证书。',
    waitingDone: '然后在 Certdesk 中选择“完成”，或等待每日检查确认新证书已在使用。',
    succeededTitle: '已续期：{{who}}',
    succeeded: '{{who}} 的证书已续期。无需任何操作。',
    succeededUntil: '{{who}} 的证书已续期，现在有效期至 {{until}}。无需任何操作。',
    expiringTitle: '即将过期：{{who}}',
    expiring:
      '{{who}} 的证书将于 {{expiry}} 过期，且尚未续期。请打开 Certdesk，查看最近的错误并选择“立即续期”；证书过期后，访问者会看到安全警告。',
    expiringSoon: '很快',
    expiredTitle: '已过期：{{who}}',
    expired:
      '{{who}} 的证书已过期，访问者现在会看到安全警告。请打开 Certdesk，解决其显示的问题并选择“立即续期”。',
    expiredOn:
      '{{who}} 的证书已于 {{date}} 过期，访问者现在会看到安全警告。请打开 Certdesk，解决其显示的问题并选择“立即续期”。',
    ariTitle: '证书颁发机构要求提前续期：{{who}}',
    ari: '证书颁发机构要求提前为 {{who}} 续期证书，通常是因为它将吊销当前证书。Certdesk 会在该时间段内自动续期；除非收到续期失败的通知，否则无需任何操作。',
    ariWindow:
      '证书颁发机构要求在 {{start}} 至 {{end}} 之间提前为 {{who}} 续期证书，通常是因为它将吊销当前证书。Certdesk 会在该时间段内自动续期；除非收到续期失败的通知，否则无需任何操作。',
    ariWhy: '颁发机构在 {{url}} 说明了原因。',
    testTitle: 'Certdesk 测试通知',
    test: '这是 Certdesk 的测试消息：通知会以这种方式送达给你。无需任何操作。',
  },
  email: {
    name_one: '证书上的名称：',
    name_other: '证书上的名称：',
    expires: '过期时间：{{date}}',
    errorCode: '错误代码：{{code}}',
    certId: '证书 ID：{{id}}',
    sent: '发送时间：{{date}}',
    footer:
      '由 Certdesk 发送。每个证书的每类问题每天最多发送一条消息。可在“设置 > 通知”中更改接收位置或关闭这些消息。',
  },
};
