// Chinese: the live-site check in the window (issue 17).
import type { siteCheckEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const siteCheckUiZh: Shape<typeof siteCheckEn> = {
  column: '网站使用',
  state: {
    current: '已是最新',
    outdated: '旧证书',
    other: '其他证书',
    unreachable: '无法访问',
    none: '尚未检查',
  },
  title: '网站是否已使用新证书？',
  intro: 'Certdesk 会像访问者一样连接每个名称的每个地址，并把网站使用的证书与这张证书进行比较。',
  checkNow: '立即检查',
  checking: '正在检查…',
  checkedAt: '上次检查：{{date}}。',
  never: '自这张证书签发以来尚未检查。',
  name: '名称',
  address: '地址',
  result: '结果',
  caption: '每个地址使用的证书',
};
