// Simplified Chinese: places the person updates by hand (issue 17); the same keys as ./en.ts.
import type { remindersEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const remindersZh: Shape<typeof remindersEn> = {
  dashboard: {
    title: '等待你操作',
    intro_one: 'Certdesk 已续期此证书，但无法自行安装。请手动安装，然后在证书页面选择“完成”。',
    intro_other:
      'Certdesk 已续期这 {{count}} 个证书，但无法自行安装。请手动安装，然后在每个证书页面选择“完成”。',
    where: '请把新证书安装到 {{where}}。',
    since: '自 {{date}} 起等待。',
    urgent: '紧急：你的网站仍在使用的证书将于 {{date}} 到期。',
    urgentBadge: '紧急',
    showSteps: '查看步骤',
    rowBadge: '等待你操作',
    separator: '、',
  },
  steps: {
    title: '在 {{label}} 要做的事',
    renewed: 'Certdesk 已于 {{date}} 续期此证书，但无法自行把它安装到 {{label}}。',
    urgent: '紧急：{{label}} 仍在使用的证书将于 {{date}} 到期。请立即安装新证书。',
    open: '打开 {{label}}，找到更换证书的位置。',
    paste: '把下方的“证书”和“CA 证书链”粘贴到同名的输入框中。',
    key: '私钥请用“保存私钥文件”保存为文件并上传，或打开该文件粘贴其内容。Certdesk 从不在此页面显示私钥。',
    files: '用“保存文件”把它需要的文件保存到本机的文件夹，然后上传到那里：',
    notes: '你自己的备注：',
    done: '在那里保存后，回到这里选择“完成”。Certdesk 每天也会检查一次你的网站，并自行发现新证书。',
    saveFiles: '保存文件',
    folder: '本机上存放这些文件的文件夹',
    saved: '已保存到 {{dir}}：{{files}}。私钥文件只有你能读取。',
    kinds: {
      cert: '仅证书',
      chain: 'CA 证书链（中间证书）',
      fullchain: '证书及其 CA 证书链',
      key: '私钥：请保密',
      pfx: '证书、CA 证书链和私钥合成一个带密码的文件',
      der: '仅证书，二进制格式',
      combined: '证书、CA 证书链和私钥合成一个文件：请保密',
    },
  },
  add: {
    files: '它需要什么？',
    paste: '粘贴字段（证书、CA 证书链、私钥）',
  },
  history: {
    ok: '已部署',
    failed: '部署失败',
    waiting: '等待你操作',
    done: '已安装',
    removed: '一个之后被移除的位置',
    trigger: {
      issued: '首次获得证书后',
      renewed: '续期后',
      manual: '立即部署',
      retry: '自动重试',
      done: '完成',
    },
  },
};
