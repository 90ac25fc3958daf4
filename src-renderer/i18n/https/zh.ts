// Chinese: HTTPS after the first certificate (R18, issue 17).
import type { httpsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const httpsZh: Shape<typeof httpsEn> = {
  title: '把访问者引导到 HTTPS',
  intro:
    '把这段配置加到你的服务器上，输入 http:// 的访问者就会跳转到 https://。其中有一个路径保留在普通 HTTP 上：CA 每次续期时都要检查它。',
  redirectLabel: '从 HTTP 跳转到 HTTPS',
  hsts: '同时让浏览器在 {{days}} 天内始终使用 HTTPS（HSTS）',
  hstsWarning:
    '注意：启用 HSTS 后，如果在这 {{days}} 天内证书过期或出错，访问者会看到一个无法点击绕过的错误页面，直到你修复为止。请等续期运行稳定后再启用。',
  hstsLabel: 'HTTPS 站点的 HSTS 配置行',
};
