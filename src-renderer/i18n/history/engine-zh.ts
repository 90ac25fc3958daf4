// Simplified Chinese: what the CA's problem documents mean (src-main/shared/engine-text/acme.ts,
// issue 18).
import type { acmeText } from '../../../src-main/shared/engine-text/acme.ts';
import type { Shape } from '../shape.ts';

export const acmeZh: Shape<typeof acmeText> = {
  forName: '（{{name}}）',
  rateLimited:
    'CA 表示最近申请的证书或尝试次数过多。请等到显示的时间后再试；请先修复失败的验证，以免重试计入限额。',
  badNonce: 'CA 连续多次拒绝了请求的一次性令牌。这通常是暂时的：请重试。',
  caa: '您 DNS 中的 CAA 记录不允许此 CA 签发证书{{who}}。请添加允许它的 CAA 记录（Let\'s Encrypt：0 issue "letsencrypt.org"），或删除限制它的记录。',
  dns: 'CA 无法在 DNS 中查到您的域名{{who}}。请检查该名称是否存在、其 DNS 服务器是否应答，然后重试。',
  connection:
    'CA 无法连接到您的服务器{{who}}。请检查该名称是否指向这台服务器，以及端口（http-01 为 80，tls-alpn-01 为 443）是否向互联网开放。',
  unauthorized:
    'CA 连接到了您的服务器{{who}}，但没有得到预期的应答。请检查该名称是否指向正确的服务器，以及是否有东西（CMS、CDN 或重定向）拦截了质询。',
  incorrectResponse:
    'CA 对其质询得到了错误的应答{{who}}。请检查文件或 DNS 记录中的值是否与 Certdesk 给出的完全一致。',
  rejectedIdentifier: 'CA 不会为此名称签发证书{{who}}（其政策禁止）。请使用其他名称或其他 CA。',
  tls: 'CA 与您的服务器通信时出现 TLS 问题{{who}}。请检查 443 端口上的服务器。',
  serverInternal: 'CA 出现内部错误。请稍后重试；如果问题持续，请查看 CA 的状态页面。',
  malformed: 'CA 以格式错误为由拒绝了请求：{{detail}}。如果反复出现，请报告此问题。',
  badCSR: 'CA 拒绝了证书请求：{{detail}}。请尝试其他密钥类型。',
  badSignatureAlgorithm:
    'CA 不接受此账户密钥类型。请使用其他密钥类型创建账户（ECDSA P-256 被广泛接受）。',
  badPublicKey: 'CA 不接受此证书密钥类型。请选择其他密钥类型（ECDSA P-256 或 RSA 2048）。',
  externalAccountRequired:
    '此 CA 需要外部账户绑定（External Account Binding）：请从您在该 CA 的账户页面复制密钥 ID 和 HMAC 密钥，并添加到账户中。',
  unauthorizedEab: 'CA 未接受外部账户绑定。请在您的 CA 处检查密钥 ID 和 HMAC 密钥。',
  accountDoesNotExist: 'CA 已不再认识此账户。请创建新账户。',
  alreadyRevoked: '此证书已被吊销。',
  userActionRequired: 'CA 需要您采取行动（通常是：同意新的服务条款）：{{detail}}',
  unsupportedIdentifier: 'CA 不支持这种名称{{who}}。',
  orderNotReady: 'CA 表示订单尚未就绪。请重试。',
  invalidContact: 'CA 未接受该电子邮件地址。请使用真实域名下、能联系到您的地址。',
  unsupportedContact: 'CA 不接受这种联系方式。请使用普通电子邮件地址。',
  refused: 'CA 拒绝了：{{detail}}。',
};
