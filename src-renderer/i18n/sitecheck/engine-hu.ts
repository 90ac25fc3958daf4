// Hungarian: the live-site check's sentences (src-main/shared/engine-text-sitecheck.ts).
import type { siteCheckText } from '../../../src-main/shared/engine-text-sitecheck.ts';
import type { Shape } from '../shape.ts';

export const siteCheckHu: Shape<typeof siteCheckText> = {
  current: 'A legújabb tanúsítványt használja (lejár: {{date}}).',
  outdated:
    'Még a webhely egy régebbi tanúsítványát használja, amely {{date}} napon lejár. Tegye fel a legújabb tanúsítványt erre a szerverre, és töltse újra.',
  other:
    'Olyan tanúsítványt használ, amelyet nem a Certdesk állított ki ({{issuer}}, lejár: {{date}}). Telepítse ezt a tanúsítványt az itt válaszoló szerverre.',
  noAddress:
    'A névnek nincs címe a DNS-ben, így a Certdesk nem tudja ellenőrizni, mit használ. Vegyen fel A vagy AAAA rekordot a DNS-szolgáltatójánál.',
  wildcard:
    'A helyettesítő (wildcard) névnek nincs saját webhelye, amit ellenőrizni lehetne; vegye fel a tanúsítványba a látogatók által használt neveket, hogy azokat ellenőrizzük.',
  wildcardAdd:
    '{{name}} helyettesítő (wildcard) név, nem olyan gépnév, amelyhez a Certdesk csatlakozni tud. Vegye fel ebbe a tanúsítványba azt a gépnevet, amelyet kiszolgál (pl. {{example}}), hogy ellenőrizhessük.',
  wildcardCovered:
    '{{name}} helyettesítő (wildcard) név, nem olyan gépnév, amelyhez a Certdesk csatlakozni tud; nézze meg az általa lefedett, ezen a tanúsítványon szereplő neveket: {{names}}.',
  refused:
    'Ezen a címen semmi sem válaszol a(z) {{port}} porton. Ellenőrizze, hogy a webszerver fut és HTTPS-kapcsolatokat fogad.',
  timeout:
    'Nincs válasz a(z) {{port}} porton {{seconds}} másodpercen belül. Ellenőrizze a szervert és az előtte lévő tűzfalat.',
  tls: 'A(z) {{port}} porton lévő szerver nem hozott létre biztonságos (TLS-) kapcsolatot. Ellenőrizze a HTTPS-beállításait.',
  unreachable:
    'Ez a számítógép nem éri el a címet. Ellenőrizze az internetkapcsolatot (egy IPv6-címhez IPv6 kell).',
};
