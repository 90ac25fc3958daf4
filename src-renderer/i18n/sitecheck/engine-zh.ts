// Chinese: the live-site check's sentences (src-main/shared/engine-text-sitecheck.ts).
import type { siteCheckText } from '../../../src-main/shared/engine-text-sitecheck.ts';
import type { Shape } from '../shape.ts';

export const siteCheckZh: Shape<typeof siteCheckText> = {
  current: '正在使用最新的证书（{{date}} 到期）。',
  outdated:
    '仍在使用本网站较旧的证书，它将于 {{date}} 到期。请把最新的证书放到这台服务器上并重新加载。',
  other:
    '正在使用一张不是 Certdesk 签发的证书（{{issuer}}，{{date}} 到期）。请在此处应答的服务器上安装本证书。',
  noAddress:
    '该名称在 DNS 中没有地址，Certdesk 无法检查它使用的证书。请在 DNS 服务商处添加 A 或 AAAA 记录。',
  wildcard: '通配符名称没有自己的网站可供检查；请把访问者使用的名称加入证书，以便检查它们。',
  wildcardAdd:
    '{{name}} 是通配符名称，不是 Certdesk 可以连接的主机名。请把你实际使用的主机名（例如 {{example}}）加入此证书，以便检查它。',
  wildcardCovered:
    '{{name}} 是通配符名称，不是 Certdesk 可以连接的主机名；请查看此证书上它所覆盖的名称：{{names}}。',
  refused: '此地址的 {{port}} 端口没有应答。请确认 Web 服务器正在运行并监听 HTTPS。',
  timeout: '{{seconds}} 秒内 {{port}} 端口没有应答。请检查服务器及其前面的防火墙。',
  tls: '{{port}} 端口上的服务器没有完成安全（TLS）连接。请检查它的 HTTPS 配置。',
  unreachable: '这台计算机无法访问该地址。请检查网络连接（IPv6 地址需要 IPv6 网络）。',
};
