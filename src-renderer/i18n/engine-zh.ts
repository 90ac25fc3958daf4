// Simplified Chinese (简体中文): the engine's sentences (src-main/shared/engine-text.ts), translated.
import { remindersEngineZh } from './reminders/engine-zh.ts';
import type { engineText } from '../../src-main/shared/engine-text.ts';
import type { Shape } from './shape.ts';
import { profileEngineZh } from './profiles/zh.ts';
import { namesEngineZh } from './names/engine-zh.ts';
import { acmeZh } from './history/engine-zh.ts';
import { dataEngineZh } from './data/engine-zh.ts';
import { failuresZh } from './failures/engine-zh.ts';
import { siteCheckZh } from './sitecheck/engine-zh.ts';
import { deployEngineZh } from './deploy/engine-zh.ts';
import { deployCheckZh, exportCheckZh } from './deploy-check/engine-zh.ts';
import { renewalEngineZh } from './renewal/zh.ts';
import { dualZh, limitsZh, stagingZh } from './keys-limits/engine-zh.ts';

const EVERYONE =
  'CA 会从互联网上的多个地点进行检查，而且不会公布这些地点，因此该端口必须对所有地址开放';
const NETWORK = '请检查网络连接和 DNS 设置，然后重新检查。';
const BEHIND_ROUTER =
  '如果这台电脑位于路由器后面，即使互联网能访问到它，从内部访问它自己的公网地址也可能失败；试运行会从 CA 那一侧进行检查。';

export const engineZh: Shape<typeof engineText> = {
  preflight: {
    fixNetwork: NETWORK,
    fixAddA: '请在你的 DNS 服务商处为 {{name}} 添加一条 A 记录，指向你服务器的公网地址。',
    names: {
      ok_one: '该名称的写法适用于证书。',
      ok_other: '全部 {{count}} 个名称的写法都适用于证书。',
      fixIp: '请使用指向此地址的域名；为纯 IP 地址签发证书需要 CA 的特殊配置。',
      fixWildcard:
        '通配符名称请选择 DNS 验证（dns-01），或者逐个列出每个名称（www.example.com、shop.example.com）。',
    },
    outbound: {
      ok: '这台电脑可以通过 HTTPS 连接到 CA（{{host}}）。',
      fail: '这台电脑无法通过 HTTPS 连接到 CA（{{host}}）。',
      fixProxy:
        '如果你的网络会检查 HTTPS 流量（公司代理或杀毒软件），请 IT 部门让到 CA 的连接原样通过。',
      fixReach:
        '请允许这台电脑向 {{host}} 发起 HTTPS 连接（443 端口）：检查防火墙，如果在公司网络中，还要检查代理设置。如果网络没有问题，可能是 CA 出现了故障：请查看 {{status}}。',
      statusPage: 'CA 的状态页面',
      statusPageAt: 'CA 的状态页面（{{url}}）',
    },
    guard: {
      cancelled: '此项检查在完成前已取消。',
      timeout: '此项检查未能在 {{seconds}} 秒内完成，因此 Certdesk 无法判断它能否通过。',
      unexpected: '检查因意外错误而中止：{{error}}',
    },
    responder: {
      okHttp: 'Certdesk 可以在这台电脑上为其内置 Web 服务器打开 {{port}} 端口。',
      okTls: 'Certdesk 可以在这台电脑上为其 TLS 应答程序打开 {{port}} 端口。',
      inUseHttp:
        '这台电脑上的 {{port}} 端口已被 {{who}} 占用，因此 Certdesk 的内置 Web 服务器无法在该端口上应答 CA。',
      inUseTls:
        '这台电脑上的 {{port}} 端口已被 {{who}} 占用，因此 Certdesk 的 TLS 应答程序无法在该端口上应答 CA。',
      anotherProgram: '另一个程序',
      thatProgram: '该程序',
      fixStopHttp:
        '在 Certdesk 验证期间请停止 {{who}}，或者选择“放进这台电脑上 Web 服务器的文件夹”（webroot），让已占用该端口的程序来应答 CA。',
      fixStopTls: '在 Certdesk 验证期间请停止 {{who}}，或者改用 http-01 或 dns-01。',
      cannotOpen: 'Certdesk 无法在这台电脑上打开 {{port}} 端口。',
      fixWebroot: '请选择你的 Web 服务器为此网站提供页面的文件夹，并确保 Certdesk 有权限写入。',
      notPlaced: 'Certdesk 无法为 {{name}} 放置测试验证内容：{{error}}',
      httpSkipped: '由于无法放置测试应答（见上文），Certdesk 无法为 {{name}} 模拟 CA 的检查。',
      noTestFile: '无法为 {{name}} 放置测试文件（见上文）。',
      tlsSkipped: 'Certdesk 无法为 {{name}} 启动 TLS 应答程序，因此无法模拟 CA 的检查（见上文）。',
    },
    caa: {
      servfail: '查询 CAA 记录时，{{at}} 的 DNS 服务器返回了错误。这项查询失败时，CA 会拒绝签发。',
      lookupError: 'Certdesk 无法读取 {{at}} 的 CAA 记录（{{code}}）。',
      fixServfail:
        '请让你的 DNS 服务商为 {{at}} 正常应答 CAA 查询（返回空结果也可以）；一些旧的 DNS 服务器遇到不认识的记录类型会出错。',
      none: '{{name}} 没有 CAA 记录：任何 CA 都可以签发。',
      critical:
        '{{owner}} 有一条标记为 critical（关键）的 CAA 记录，其中含有 CA 无法理解的属性（{{tags}}），因此所有 CA 都必须拒绝签发。',
      fixCritical:
        '请删除 {{owner}} 的那条 CAA 记录，或清除它的 critical 标志（用 0 代替 {{flags}}）。',
      unlimited: '{{owner}} 的 CAA 记录没有限制哪些 CA 可以签发。',
      unlimitedWild: '{{owner}} 的 CAA 记录没有限制哪些 CA 可以签发通配符证书。',
      unknownCa:
        '{{owner}} 的 CAA 记录只允许 {{allowed}}，而此 CA 没有说明它在 CAA 中使用的名称，因此 Certdesk 无法判断它能否签发。',
      unknownCaNone:
        '{{owner}} 的 CAA 记录不允许任何 CA，而此 CA 没有说明它在 CAA 中使用的名称，因此 Certdesk 无法判断它能否签发。',
      fixUnknownCa: '请在 CA 的文档中查找应在 CAA“issue”记录中填写的名称，如果缺少就添加上。',
      forbidAll: '{{owner}} 的 CAA 记录禁止所有 CA 为 {{name}} 签发证书。',
      forbidAllWild: '{{owner}} 的 CAA 记录禁止所有 CA 为 {{name}} 签发通配符证书。',
      notAllowed:
        '{{owner}} 的 CAA 记录只允许 {{allowed}} 签发；你选择的 CA（{{ids}}）不在其中，因此它会拒绝。',
      notAllowedWild:
        '{{owner}} 的 CAA 记录只允许 {{allowed}} 签发通配符证书；你选择的 CA（{{ids}}）不在其中，因此它会拒绝。',
      fixAdd:
        '请在你的 DNS 服务商处添加这条记录（如果你仍在使用其他 CA，请保留它们的记录）：{{record}}',
      method: '{{owner}} 的 CAA 记录只允许 {{ca}} 通过 {{methods}} 签发，不允许通过 {{method}}。',
      fixMethod:
        '请选择 {{methods}} 作为验证方式，或在那条 CAA 记录的 validationmethods 中加入 {{method}}。',
      allowed: '{{owner}} 的 CAA 记录允许 {{ca}} 签发。',
      allowedAccount: '{{owner}} 的 CAA 记录允许 {{ca}} 签发（仅限其 accounturi 中指定的账户）。',
    },
    dns: {
      noAddressDns01: '{{name}} 在 DNS 中没有地址；DNS 验证（dns-01）不需要地址。',
      lookupFailed: 'Certdesk 无法查询 {{name}} 的地址（DNS 服务器没有正确应答）。',
      nxdomain: '{{name}} 在 DNS 中不存在，因此 CA 无法访问它。',
      noAddress: '{{name}} 在 DNS 中没有地址（没有 A 或 AAAA 记录），因此 CA 无法访问它。',
      fixAddA:
        '请在你的 DNS 服务商处为 {{name}} 添加一条 A 记录，指向你服务器的公网 IPv4 地址（只有当服务器在 IPv6 上也能应答时，才添加 AAAA 记录）。',
      deadV6:
        '{{name}} 的 IPv6 地址（{{v6}}）在 {{port}} 端口上没有应答，而它的 IPv4 地址（{{v4}}）有应答。CA 会优先尝试 IPv6，因此验证会失败。',
      fixDeadV6: '请删除 {{name}} 的 AAAA 记录，或者让服务器也在 IPv6（{{port}} 端口）上应答。',
      someDead:
        '{{name}} 的部分地址（{{dead}}）在 {{port}} 端口上没有应答，而其他地址有应答。CA 可能使用其中任何一个。',
      fixSomeDead:
        '请让 {{name}} 指向的每台服务器都在 {{port}} 端口上应答，或者删除不应答的服务器的记录。',
      allDead:
        '从这台电脑访问时，{{name}} 的所有地址（{{addresses}}）都没有在 {{port}} 端口上应答。',
      fixAllDead: '请确保服务器正在运行，并且 {{port}} 端口已对互联网开放。' + BEHIND_ROUTER,
      private: '{{name}} 指向一个私有地址（{{addresses}}），CA 无法从互联网访问该地址。',
      fixPrivate:
        '请把 {{name}} 指向你服务器的公网地址，或者使用 DNS 验证（dns-01），这种方式不需要 CA 访问你的服务器。',
      fixPrivateDns01: '对于 DNS 验证无需任何操作；这只影响访问者。',
      ok: '{{name}} 指向 {{addresses}}。',
      okAnswers_one: '{{name}} 指向 {{addresses}}，并且它在 {{port}} 端口上有应答。',
      okAnswers_other: '{{name}} 指向 {{addresses}}，并且每个地址都在 {{port}} 端口上有应答。',
    },
    dns01: {
      where: 'TXT 记录应添加在 {{record}}',
      whereCname: '{{record}} 指向 {{target}}（CNAME 委托），因此 TXT 记录应添加在那里',
      serversOf: '{{zone}} 的域名服务器',
      theServer: '该 DNS 服务器',
      noneAnswered: '{{where}}，但从这台电脑查询时，{{servers}} 都没有应答（{{silent}}）。',
      someSilent:
        '{{where}}，但从这台电脑查询时，{{servers}} 中有 {{count}} 台（共 {{total}} 台）没有应答（{{silent}}）。',
      fixNoneAnswered:
        '你的网络可能只允许向它自己的解析器发送 DNS 查询；这对 CA 没有影响，但 Certdesk 将改为通过你的解析器检查。如果这些服务器出了故障，请先修复它们：CA 会直接向它们查询。',
      fixSomeSilent:
        '请检查没有应答的域名服务器：CA 可能从多个地点向其中任何一台查询，使用 53 端口，通过 UDP 和 TCP。',
      stale_one: '{{where}}。那里已经有 {{count}} 个以前尝试时留下的 TXT 值；旧记录会让应答变大。',
      stale_other:
        '{{where}}。那里已经有 {{count}} 个以前尝试时留下的 TXT 值；旧记录会让应答变大。',
      staleMany:
        '{{where}}。那里已经有 {{count}} 个以前尝试时留下的 TXT 值；旧记录会让应答变大，这么多记录可能已经无法放进 CA 收到的 DNS 应答中。',
      fixStale: '请删除 {{target}} 上的旧 TXT 记录（Certdesk 每次验证都会添加一条新记录）。',
      whoResolver: '（通过 {{servers}} 查询）',
      whoServers_one: '（{{count}} 台服务器有应答）',
      whoServers_other: '（{{count}} 台服务器有应答）',
      noZone:
        '{{where}}，但 Certdesk 找不到负责它的权威域名服务器 {{who}}；将改为通过你的 DNS 解析器检查。',
      fixNoZone:
        '如果此名称位于私有或测试用的 DNS 服务器上，这是正常的；否则请在你的域名注册商处检查域名的 NS 记录。',
      ok: '{{where}}；{{servers}}（{{labels}}）有应答，并且没有旧记录。',
    },
    firewall: {
      unreadable:
        'Certdesk 无法读取防火墙设置（{{tools}}）：这需要管理员权限。请确保允许到 {{ports}} 端口的传入连接。',
      none: 'Certdesk 在这台电脑上没有找到它能读取的防火墙工具。',
      blocks: '这台电脑上的 {{tool}} 阻止了到 {{port}} 端口的传入连接，而 CA 需要访问该端口。',
      seemsToBlock:
        '这台电脑上的 {{tool}} 似乎阻止了到 {{port}} 端口的传入连接，而 CA 需要访问该端口。',
      fixBlocked:
        '请为传入连接开放 {{port}} 端口（{{command}}）；' +
        EVERYONE +
        '。对于 http-01，即使网站会重定向到 HTTPS，也要保持 80 端口开放。',
      restricted: '{{tool}} 只允许部分来源地址访问 {{port}} 端口。',
      fixRestricted:
        '请对所有地址开放 {{port}} 端口（{{command}}）：' +
        EVERYONE +
        '。按国家/地区屏蔽也会导致验证失败。',
      macos: 'macOS 防火墙已开启：它会询问一次是否允许 Certdesk 接受传入连接。',
      unknown: '{{tool}} 已开启，Certdesk 无法判断它是否允许访问 {{port}} 端口。',
      fixUnknown: '请确保允许到 {{port}} 端口的传入连接（{{command}}）；' + EVERYONE + '。',
      open: '这台电脑上的防火墙（{{tools}}）允许访问 {{ports}} 端口。',
      off: '这台电脑上的防火墙已关闭，因此不会阻止 {{ports}} 端口。',
      cmdNft: '在 input 链中添加类似“tcp dport {{port}} accept”的规则',
      cmdAdmin: '{{command}}（以管理员身份运行）',
      cmdMac: 'System Settings > Network > Firewall > Options：允许 Certdesk 接受传入连接',
    },
    http: {
      reachable:
        '{{name}} 在 {{port}} 端口上有 Web 服务器应答。使用这种方式时，Certdesk 无法事先放置测试文件，因此只检查了服务器能否访问。',
      ok: 'CA 能找到 {{name}} 的验证文件：Certdesk 放置了一个测试文件，并按 CA 的方式成功获取了它。',
      okRedirects_one:
        'CA 能找到 {{name}} 的验证文件（经过 {{count}} 次重定向）：Certdesk 放置了一个测试文件，并按 CA 的方式成功获取了它。',
      okRedirects_other:
        'CA 能找到 {{name}} 的验证文件（经过 {{count}} 次重定向）：Certdesk 放置了一个测试文件，并按 CA 的方式成功获取了它。',
      failed: '按 CA 的方式获取 {{url}} 失败：{{reason}}',
      failedVia: '按 CA 的方式获取 {{url}}（通过 {{address}}）失败：{{reason}}',
      fixBuiltin:
        '应答并非来自 Certdesk 的内置 Web 服务器：另有一台服务器在 {{port}} 端口上为 {{name}} 应答。请检查 {{name}} 是否指向这台电脑，以及你的路由器是否把 {{port}} 端口转发到这里。',
      fixWebroot:
        '请检查 {{webroot}} 是否就是你的 Web 服务器为 {{name}} 提供页面的文件夹，以及 /.well-known/acme-challenge/ 下的文件是否按原样提供（没有被重写规则、登录页面或应用的默认页面拦截）。',
      theWebFolder: '网站文件夹',
      fixPlaced: '请检查文件是否放进了你的 Web 服务器为 {{name}} 提供页面的文件夹。',
      fixHttpError:
        '请让你的 Web 服务器向所有人提供 /.well-known/acme-challenge/：不设密码，没有屏蔽以点开头的文件夹的规则，不按国家/地区屏蔽（CA 会从多个地点检查）。',
      fixRedirectLoop:
        '请修改重定向规则，让 /.well-known/acme-challenge/ 直接提供，或只重定向一次（例如重定向到 https:// 网站）。',
      fixTooManyRedirects:
        '请缩短重定向链：CA 最多跟随 10 次重定向。从 http:// 到 https:// 重定向一次就够了。',
      fixBadRedirect:
        '只能重定向到域名（不能是 IP 地址），使用 http:// 或 https://，并使用标准端口 80 或 443；或者不经重定向直接提供 /.well-known/acme-challenge/。',
      fixUnreachableBuiltin:
        '请确保 {{port}} 端口上没有任何东西阻挡 Certdesk，防火墙允许任何地方访问 {{port}} 端口（CA 会从多个地点检查），并且你的路由器把它转发到这台服务器。' +
        BEHIND_ROUTER,
      fixUnreachable:
        '请确保你的 Web 服务器正在运行并在 {{port}} 端口上应答，防火墙允许任何地方访问 {{port}} 端口（CA 会从多个地点检查），并且你的路由器把它转发到这台服务器。' +
        BEHIND_ROUTER,
    },
    tls: {
      noAddress: '{{name}} 在 DNS 中没有地址，因此 CA 无法连接到它。',
      ok: 'CA 能在 {{port}} 端口上连接到 Certdesk 为 {{name}} 运行的 TLS 应答程序。',
      failed: '按 CA 的方式连接 {{name}}（{{address}}）的 {{port}} 端口失败：{{why}}。',
      fixFailed:
        '请确保 {{name}} 指向这台电脑，防火墙中 {{port}} 端口对所有人开放（CA 会从多个地点检查），并且你的路由器把它转发到这里。如果 {{port}} 端口必须留给 Web 服务器或代理使用，请改用 http-01 或 dns-01。',
    },
    trial: {
      noPractice: '{{ca}} 没有练习（测试环境）服务器，因此无法试运行；其他检查仍然有效。',
      notPossible: '使用此方式无法试运行：{{error}}',
      interactive: '试运行需要一种无需你手动操作的方式；使用手动方式时，第一次正式申请就是测试。',
      eab: '此 CA 的练习服务器要求每个账户都进行外部账户绑定（EAB），因此 Certdesk 无法创建一次性账户；其他检查仍然有效。',
      alreadyValid: '练习服务器已经为此账户信任 {{name}}（之前的验证仍然有效）。',
      notOffered: 'CA 没有为 {{name}} 提供 {{method}}（它提供的是 {{offered}}）。',
      fixNotOffered: '请选择 CA 提供的其中一种方式。',
      validated:
        'CA 的练习服务器已从它自己的检查地点通过 {{method}} 验证了 {{name}}。没有签发任何证书。',
      notValidated: 'CA 的练习服务器无法验证 {{name}}：{{error}}',
      timeout: '试运行未能按时完成；练习服务器可能较慢。',
      stopped: '试运行已中止：{{error}}',
    },
  },
  exportWhere: {
    nginx:
      '在 nginx 中，把 ssl_certificate 设为 fullchain.pem，把 ssl_certificate_key 设为 privkey.pem，然后重新加载 nginx。',
    apache:
      '在 Apache 2.4.8 或更新版本中，把 SSLCertificateFile 设为 fullchain.pem，把 SSLCertificateKeyFile 设为 privkey.pem（较旧的 Apache：SSLCertificateFile cert.pem 和 SSLCertificateChainFile chain.pem），然后重新加载 Apache。',
    iis: '在 Windows 上，在 IIS 管理器的 Server Certificates > Import 中导入 .pfx 文件（或双击该文件），输入密码，然后在网站的 HTTPS 绑定中选择该证书；如果 Windows Server 2016 或更旧的版本拒绝该文件，请使用“兼容 Windows Server 2016 及旧版 Java”编码重新导出。',
    cpanel:
      '在 cPanel（SSL/TLS > Manage SSL sites）或 Plesk（SSL/TLS Certificates）中，把“证书”、“私钥”和“CA 证书链”的内容分别粘贴到同名的输入框中，然后安装。',
    haproxy:
      '在 HAProxy 中，把 bind 行的 crt 选项指向那个单独的 .pem 文件（其中包含证书、证书链和私钥），然后重新加载 HAProxy。',
    synology:
      '在 NAS 控制面板中（Synology：Security > Certificate > Add > Import；QNAP：Security > SSL Certificate），把 privkey.pem 作为“Private Key”，cert.pem 作为“Certificate”，chain.pem 作为“Intermediate certificate”。',
    tomcat:
      '在 Tomcat 的 server.xml 中，把 certificateKeystoreFile 设为该 .pfx 文件，certificateKeystoreType 设为“PKCS12”，certificateKeystorePassword 设为你的密码，然后重启 Tomcat（8u301 或 11.0.12 之前的 Java 需要使用“兼容”编码）。',
    generic:
      '把 fullchain.pem 用作证书（不要单独使用 cert.pem，它缺少中间证书），把 privkey.pem 用作私钥；对于要求单独提供“CA bundle”的程序，chain.pem 就是 CA 证书链。',
  },
  progress: {
    account: '正在使用 {{ca}} 上 {{email}} 的账户',
    order: '正在向 CA 申请 {{name}} 的证书',
    orderNames_one: '正在向 CA 申请包含 {{count}} 个名称的证书',
    orderNames_other: '正在向 CA 申请包含 {{count}} 个名称的证书',
    alreadyValid: '{{name}} 已经验证过',
    proving: '正在通过 {{method}}（{{how}}）证明你控制 {{name}}',
    caChecking: 'CA 正在检查 {{name}}',
    validated: '{{name}} 已通过验证',
    cleanup: '已删除临时的验证应答',
    finalize: '正在发送证书请求',
    download: '正在下载证书',
    done: '证书已准备好，有效期至 {{date}}',
    uploaded: '已把 {{name}} 的验证文件上传到 {{server}} 上的 {{file}}',
    uploadAnswers: '{{url}} 返回了上传的文件',
    rfc2136: '正在 {{server}} 上的区域 {{zone}} 中添加 TXT 记录 {{record}}',
    waitCname: '正在等待你为 {{name}} 创建 CNAME 记录',
    acmeDns: '正在 acme-dns 服务器上设置 {{name}} 的 TXT 值',
    cloudflare: '正在 Cloudflare 区域 {{zone}} 中添加 TXT 记录 {{record}}',
    waitTxt: '正在等待你为 {{name}} 添加 TXT 记录',
    deleteTxt: '现在可以删除值为 {{value}} 的 TXT 记录 {{record}} 了',
    serverHas: '{{server}} 已有 {{name}} 的 TXT 记录',
    serverWaiting: '{{server}}：{{said}}；正在等待',
    viaResolver:
      '{{zone}} 的域名服务器都没有直接应答（可能是防火墙屏蔽了 DNS）；改为通过你的 DNS 解析器检查，这可能更慢，因为它会把“未找到”的结果记住一段时间',
    runScript: '正在运行 {{script}} present {{name}}',
    waitFile: '正在等待你为 {{name}} 放置文件',
    fileAnswers: '{{name}} 的文件应答正确',
    deleteFile: '现在可以删除 {{name}} 的 .well-known/acme-challenge/{{token}} 了',
  },
  prompt: {
    dnsLead: '请在你的 DNS 服务商处为 {{name}} 添加以下 DNS 记录：',
    dnsCname: '{{record}} 是指向 {{target}} 的 CNAME，所以记录要加在那里。',
    dnsAdditional:
      '这是同一名称上的一个额外的值：保留你刚才添加的 TXT 记录；两条记录必须同时存在。',
    dnsShortName: '很多服务商只要求填写“{{short}}”作为名称：他们会自动加上 {{zone}}。',
    dnsAfter:
      '你确认后，Certdesk 会在询问 CA 之前检查该区域的每台名称服务器（最多 {{seconds}} 秒，上限 {{max}}）。',
    dnsRenewal:
      '手动 DNS 无法在无人值守时续期：每次续期你都要添加一条新的 TXT 记录。要自动续期，请使用一种自动 DNS 方式（RFC 2136、acme-dns、脚本、Cloudflare）或 http-01。',
    httpLead: '为 {{name}} 创建一个文件：',
    httpWhere: '把它放在你网站的网页文件夹里；它必须能在 {{url}} 打开',
    cnameLead: '请在你的 DNS 服务商处为 {{name}} 一次性添加以下 DNS 记录（之后每次续期都保留它）：',
    cnameNoTxt: '先删除 {{record}} 上的所有 TXT 记录：有 CNAME 的名称不能有其他记录。',
    cnameAfter: '之后 Certdesk 会通过 acme-dns 服务器自行续期。',
  },
  error: {
    sftpPassword:
      '服务器 {{server}} 拒绝了 "{{user}}" 的用户名或密码：请在主机控制面板中检查它们，SFTP/SSH 登录往往与控制面板登录不同。',
    sftpKey:
      '服务器 {{server}} 拒绝了 "{{user}}" 的用户名或密钥：请检查用户名，并确认密钥的公钥部分已授权给此帐户（通常在主机控制面板的“SSH 密钥”中）。',
    sftpKeyPassword:
      '服务器 {{server}} 拒绝了 "{{user}}" 的用户名、密钥或密码：请检查用户名，并确认密钥的公钥部分已授权给此帐户（通常在主机控制面板的“SSH 密钥”中）。',
    sftpPassphrase: '私钥受口令保护：请同时提供该密钥的口令。',
    sftpNoSubsystem:
      '{{server}} 接受了登录，但不提供 SFTP：请让主机服务商为此帐户启用 SFTP，或改用 FTP 上传。',
    hostKeyChanged:
      '服务器的身份已改变：{{server}} 现在出示的主机密钥是 {{now}}，而不是 {{before}}，可能有人在截取连接，因此 Certdesk 没有登录，也没有上传任何内容；如果这是预料之中的（主机服务商迁移或重装了服务器），并且服务商确认了新密钥，请选择“信任新密钥”，然后重试。',
    hostKeyPinned:
      '服务器的身份已改变：{{server}} 现在出示的主机密钥是 {{now}}，但你要求 Certdesk 只接受 {{before}}，可能有人在截取连接，因此 Certdesk 没有登录，也没有上传任何内容；如果主机服务商确认了新密钥，请改为提供该密钥。',
    ftpLogin:
      'FTP 服务器 {{server}} 拒绝了 "{{user}}" 的用户名或密码：请在主机控制面板（FTP 帐户）中检查它们，FTP 登录往往与控制面板登录不同。',
    ftpNeedsTls: '{{server}} 只接受加密登录：请开启“加密连接（FTPS）”。',
    ftpsUnverified:
      '无法验证 FTPS 服务器 {{server}}：{{why}}；请使用服务器证书上的 FTP 主机名（服务商的服务器名称），或者，如果服务商确认了这张证书，请开启“接受服务器自己的证书（自签名）”（连接仍然加密，但 Certdesk 无法确认它是真正的服务器）。',
    ftpsWhyName: '它的证书签发给了 {{host}} 以外的名称',
    ftpsWhyExpired: '它的证书已过期',
    ftpsWhyUntrusted: '它的证书不是由本机信任的机构签发的（通常是自签名证书）',
    ftpsNotOffered:
      '{{server}} 不提供 FTPS（它拒绝了 AUTH TLS）：如果主机服务商提供 SFTP，请改用 SFTP；如果你接受密码以明文传输，请关闭“加密连接（FTPS）”。',
    remoteRootMissing:
      '{{server}} 上不存在文件夹 "{{folder}}"，或此帐户无权打开它：请填写网站所在的文件夹，以主机控制面板显示的为准（通常是 public_html、htdocs 或 www）。',
    remoteRootMissingList:
      '{{server}} 上不存在文件夹 "{{folder}}"，或此帐户无权打开它：请填写网站所在的文件夹（登录文件夹中的文件夹：{{folders}}）。',
    tsigBadSig:
      'DNS 服务器 {{server}} 拒绝了密钥（{{codes}}），因为签名不匹配：请将密钥名称（"{{key}}"）、密文和算法（{{algorithm}}）与 DNS 服务器配置中的密钥逐一核对。',
    tsigBadKey:
      'DNS 服务器 {{server}} 拒绝了密钥（{{codes}}），因为它不认识这个名称和算法的密钥：请将密钥名称（"{{key}}"）、密文和算法（{{algorithm}}）与 DNS 服务器配置中的密钥逐一核对。',
    tsigNotAuth:
      'DNS 服务器 {{server}} 拒绝了密钥（{{codes}}），因为它不是区域 {{zone}} 的权威服务器，或不在那里接受此密钥：请将密钥名称（"{{key}}"）、密文和算法（{{algorithm}}）与 DNS 服务器配置中的密钥逐一核对。',
    rfc2136Unreachable:
      'Certdesk 无法连接 DNS 服务器 {{server}} 来修改 TXT 记录（{{why}}）：请检查服务器地址和端口，并确认防火墙允许 TCP 通过，然后重试。',
    rfc2136Unreadable:
      'DNS 服务器 {{server}} 发来的回答 Certdesk 无法读取：请检查服务器地址是否指向 DNS 服务器。',
    rfc2136NotZone:
      '{{name}} 不在 {{server}} 上的区域 {{zone}} 内（NOTZONE）：请填写正确的区域，或将区域留空，让 Certdesk 自己查找。',
    rfc2136NoZone:
      'DNS 服务器 {{server}} 没有说明它的哪个区域包含 {{name}}：请填写区域（例如 {{example}}）。',
    scriptFailed:
      'DNS 脚本 "{{script}} present" 失败（退出码 {{code}}），因此 {{name}} 的 TXT 记录没有添加：请修正脚本报告的问题（见详细信息），然后重试。',
    scriptCleanupFailed:
      'DNS 脚本 "{{script}} cleanup" 失败（退出码 {{code}}），因此 {{name}} 的 TXT 记录可能没有删除：请修正脚本报告的问题（见详细信息），然后重试。',
    scriptNotFound:
      '找不到 DNS 脚本 "{{script}}"：请填写它的完整路径（命令会被直接运行，而不是通过 shell）。',
    scriptEmpty: 'DNS 脚本命令为空：请填写一个能添加和删除 TXT 记录的脚本的路径。',
    scriptTimeout:
      'DNS 脚本 "{{script}} {{action}}" 在 {{time}} 内没有结束，已被停止：请检查它是否在等待输入，以及服务商的 API 是否有响应，然后重试。',
    cloudflareRefused:
      'Cloudflare 拒绝了令牌（HTTP {{status}}）：它需要 {{name}} 所在区域的 Zone.DNS Edit 权限；请在 Cloudflare 控制台（My Profile > API Tokens）中创建具有该权限的令牌，然后重新提供。',
    portInUseTls:
      '本机上的另一个程序（通常是 Web 服务器）已经占用了端口 {{port}}：请在 Certdesk 验证期间停止该程序，或改用 http-01 或 dns-01（网站上的一个文件，或一条 DNS 记录）。',
    acmeDnsUnreachable:
      'Certdesk 无法连接 acme-dns 服务器 {{server}}（{{why}}）：请检查它的地址和网络连接，然后重试。',
    acmeDnsUnusable: 'acme-dns 服务器 {{server}} 对注册的回答 Certdesk 无法使用：请检查它的地址。',
    acmeDnsRefused:
      'acme-dns 服务器 {{server}} 拒绝了 {{name}} 已保存的注册（HTTP {{status}}）：它可能已被重置，或不允许来自此地址的请求；请重新注册，并将 CNAME 指向新的目标。',
    caCertUntrusted:
      'Certdesk 无法验证 CA 的 HTTPS 证书（{{host}}）：本地测试 CA 需要把它的根证书提供给 Certdesk；在其他网络上，可能有代理或杀毒软件在检查 HTTPS。',
    tosNotAgreed: '该 CA 要求你先同意其服务条款：请在 {{url}} 阅读，如果同意，请确认。',
    eabRequired:
      '该 CA 需要外部帐户绑定（External Account Binding）：请从你在该 CA 的帐户页面复制密钥 ID 和 HMAC 密钥。',
    noAccount: '还没有 CA 帐户：请先创建一个。',
    ambiguousAccount:
      '共有 {{count}} 个帐户，Certdesk 无法判断使用哪一个：请选择一个（{{list}}）。',
  },
  solver: {
    builtin: '端口 {{port}} 上的内置网页服务器',
    webroot: '{{folder}} 中的文件',
    upload: '通过 {{protocol}} 上传到 {{where}}',
    manualHttp: '你自己上传的文件',
    tlsAlpn: '端口 {{port}} 上的内置 TLS 应答器',
    rfc2136: '在 {{server}} 上动态更新 DNS（RFC 2136）',
    acmeDns: '{{host}} 上的 acme-dns',
    cloudflare: 'Cloudflare DNS（API 令牌）',
    exec: '你的 DNS 脚本 {{script}}',
    manualDns: '你自己添加的 DNS TXT 记录',
  },
  profile: profileEngineZh,
  deploy: deployEngineZh,
  reminders: remindersEngineZh,
  deployCheck: deployCheckZh,
  exportCheck: exportCheckZh,
  renewal: renewalEngineZh,
  ca: {
    letsencrypt: "Let's Encrypt",
    'letsencrypt-staging': "Let's Encrypt 练习服务",
    zerossl: 'ZeroSSL',
    google: 'Google Trust Services',
    'google-staging': 'Google Trust Services 练习服务',
    custom: '你自己的 CA',
  },
  siteCheck: siteCheckZh,
  dual: dualZh,
  limits: limitsZh,
  staging: stagingZh,
  names: namesEngineZh,
  acme: acmeZh,
  data: dataEngineZh,
  failure: failuresZh,
};
