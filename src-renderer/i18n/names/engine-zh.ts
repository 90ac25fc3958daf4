// Chinese (简体中文): why a name cannot go on a certificate (src-main/shared/engine-text-names.ts), translated.
import type { namesText } from '../../../src-main/shared/engine-text-names.ts';
import type { Shape } from '../shape.ts';

export const namesEngineZh: Shape<typeof namesText> = {
  none: '请至少输入一个域名，例如 example.com。',
  tooMany: '一张证书最多可包含 {{max}} 个名称，而这里有 {{n}} 个；请把它们分到多张证书上。',
  blank: '有一个名称是空的；请删除它，或输入一个域名，例如 example.com。',
  twice: '“{{input}}”列出了两次；请删除重复的那个。',
  ipNeedsProfile:
    "“{{input}}”是一个 IP 地址。IP 地址的证书需要一个允许 IP 地址的 CA 配置文件（在 Let's Encrypt 是“shortlived”，在“更多选项”中）；否则请使用指向该地址的域名。",
  ipNoDns:
    '“{{input}}”是一个 IP 地址：CA 只会通过连接到该地址来验证它（http-01 或 tls-alpn-01），从不通过 DNS。请选择其中一种方式。',
  space: '“{{input}}”包含空格；域名中没有空格。',
  webAddress: '“{{input}}”看起来像一个网址；请只输入域名，例如 example.com。',
  star: '“{{input}}”中的“*”位置不对；通配符只能是第一段，例如 *.example.com。',
  wildcardDns:
    '“{{input}}”是通配符名称：CA 只通过 DNS（dns-01）验证通配符。请选择 DNS 方式，或逐个列出名称。',
  badChars: '“{{input}}”不是有效的域名（含有域名中不能出现的字符）。',
  tooLong: '“{{input}}”超过 253 个字符，这是域名的长度上限。',
  emptyPart: '“{{input}}”中有空的部分（连续两个点，或以点开头）。',
  notFull: '“{{input}}”不是完整的域名；请加上后缀，例如 {{input}}.com。',
  longPart: '“{{input}}”中有一段超过 63 个字符，这是域名每一段的上限。',
  badPart: '“{{input}}”中的一段（“{{label}}”）含有域名中不能出现的字符，或以“-”开头或结尾。',
  number: '“{{input}}”以数字结尾；这不是 CA 能验证的域名。',
};
