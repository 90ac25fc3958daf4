// Chinese: what a deployment target's check says, and the export writer's folder sentences
// (src-main/shared/engine-text-deploy-check.ts).
import type {
  deployCheckText,
  exportCheckText,
} from '../../../src-main/shared/engine-text-deploy-check.ts';
import type { Shape } from '../shape.ts';

export const deployCheckZh: Shape<typeof deployCheckText> = {
  sftpLogin: 'SFTP 需要账户的密码或私钥。',
  sftpLoginAgain: 'SFTP 需要账户的密码或私钥：请重新提供其中之一。',
  sftpHost: 'SFTP 需要服务器地址（主机 或 主机:端口）。',
  sftpUser: 'SFTP 需要服务器上账户的用户名。',
  sftpFolder: 'SFTP 需要服务器上存放文件的文件夹。',
  ftpPassword: 'FTP 需要账户的密码。',
  ftpPasswordAgain: 'FTP 需要账户的密码：请重新提供。',
  ftpHost: 'FTP 需要服务器地址（主机 或 主机:端口）。',
  ftpUser: 'FTP 需要账户的用户名。',
  ftpFolder: 'FTP 需要服务器上存放文件的文件夹。',
  controlChars: '某个字段包含换行符或其他控制字符：请重新输入。',
  hostKey:
    '“{{value}}”不是 SSH 主机密钥指纹。它的样子是 SHA256: 后跟 43 个字符（在服务器的密钥上运行 ssh-keygen -lf 可得到）。',
  commandOneLine: '上传后运行的命令必须只有一行。',
  cpanelToken: 'cPanel 需要该账户的 API 令牌。',
  cpanelTokenAgain: 'cPanel 需要 API 令牌：请重新提供。',
  cpanelUser: 'cPanel 需要 cPanel 账户的用户名。',
  cpanelAddress: '“{{input}}”不是 cPanel 地址：请按 https://example.com:2083 的格式填写。',
  cpanelHttps: '必须通过 https（端口 2083）访问 cPanel，这样 API 令牌才不会以明文发送。',
  localFolder: '请选择一个文件夹。',
  localNoWrite: 'Certdesk 无权写入 {{folder}}：请更改该文件夹的权限，或选择其他文件夹。',
  manualLabel: '请说明证书要放到哪里，例如“路由器管理页面”。',
  manualOnly: '只有由你手动更新的位置才能标记为完成。',
  pfxPassword: 'PFX 文件需要密码：请提供一个。',
  unknownPreset: '“{{preset}}”不是 Certdesk 认识的导出预设；请从以下选项中选择：{{list}}。',
  unknownFormat: '“{{format}}”不是 Certdesk 认识的格式；请从以下选项中选择：{{list}}。',
  pasteOnly: '粘贴字段不是文件：cPanel 请选择 cPanel 位置，其他控制面板请选择“手动”位置。',
  noTarget: '此证书没有部署位置 {{target}}：请查看它的位置列表。',
  notIssued: '证书 {{id}} 尚未签发。请先获取它。',
  copyFailed:
    '将文件复制到 {{server}} 失败，先前的文件保持不变：请重试；如果仍然失败，请检查连接和该文件夹的权限。',
  sftpNoHost:
    'Certdesk 找不到服务器 {{host}}：DNS 中没有这个名称。请检查主机服务商提供的 SFTP 主机名（通常是 sftp.你的域名，或类似 s123.provider.net 的服务器名）。',
  sftpNoConnect:
    'Certdesk 无法连接到 {{host}} 的端口 {{port}}：请检查主机服务商提供的主机名和端口，并确认你的账户已启用 SFTP。',
  sftpBadPassphrase: 'Certdesk 无法用所给的口令解锁私钥。请检查口令。',
  sftpBadKey:
    '该私钥文件不是 Certdesk 能读取的密钥。请提供 OpenSSH 或 PEM 格式的私钥（不带“.pub”的文件）；PuTTY 的 .ppk 密钥需要先导出为 OpenSSH 格式。',
  sftpNotSsh:
    '{{host}} 的端口 {{port}} 不支持 SSH/SFTP，或无法协商出共同的加密方式。请确认这是主机服务商提供的 SFTP 端口（通常是 22；FTP 是 21）。',
  noSession:
    'Certdesk 无法与 {{server}} 建立 {{protocol}} 会话。请检查主机服务商提供的主机名、端口和登录信息，然后重试。',
  ftpNoHost:
    'Certdesk 找不到服务器 {{host}}：DNS 中没有这个名称。请检查主机服务商提供的 FTP 主机名（通常是 ftp.你的域名）。',
  ftpNoConnectPort:
    'Certdesk 无法连接到 {{host}} 的端口 {{port}}：请检查主机服务商提供的主机名和端口（FTP 通常是端口 21），并确认你的账户已启用 FTP。',
  ftpNoConnect:
    'Certdesk 无法连接到 {{host}} 的端口 {{port}}：请检查主机服务商提供的主机名和端口，并确认你的账户已启用 FTP。',
  ftpsFailed:
    '与 {{server}} 的加密连接失败。请确认服务器在此端口上提供显式 TLS 的 FTPS（不支持端口 990 上的隐式 FTPS）。',
  badHostSftp:
    '“{{input}}”不是服务器地址。请填写主机服务商显示的 SFTP 主机名，例如 sftp.example.com 或 sftp.example.com:2222。',
  badHostFtp:
    '“{{input}}”不是服务器地址。请填写主机服务商显示的 FTP 主机名，例如 ftp.example.com。',
  badPort: '{{what}} 地址“{{input}}”中的“{{port}}”不是端口号（1 到 65535）。',
  remoteControl: '远程文件夹包含控制字符（换行符？）。请重新输入文件夹名称，例如 public_html。',
  remoteClimbsTop:
    '远程文件夹“{{input}}”通过“..”越过了服务器的顶层。请填写不含“..”的网站根目录路径，例如 public_html 或 /home/you/public_html。',
  remoteClimbsHome:
    '远程文件夹“{{input}}”通过“..”越过了你的登录文件夹。请填写不含“..”的网站根目录路径，例如 public_html 或 /home/you/public_html。',
};

export const exportCheckZh: Shape<typeof exportCheckText> = {
  diskFull:
    '{{folder}} 所在的磁盘已满，因此没有导出任何内容，也没有留下写了一半的文件。请释放一些空间或选择其他文件夹，然后重新导出。',
  denied:
    'Certdesk 无权写入 {{folder}}（该文件夹或其中的文件是只读或受保护的），因此没有导出任何内容。请选择其他文件夹或更改其权限，然后重新导出。',
  missing: '文件夹 {{folder}} 不存在。请创建它或选择其他文件夹，然后重新导出。',
  busy: '{{folder}} 中的某个文件正被其他程序使用，因此没有导出任何内容。请关闭该程序（或停止使用该文件的服务器），然后重新导出。',
  failed: '在 {{folder}} 中写入文件失败，因此没有导出任何内容。请重试或选择其他文件夹。',
  notFolder: '{{folder}} 是文件而不是文件夹。请选择要导出到的文件夹。',
  pfxNeeded:
    'PFX 文件需要密码：请输入一个（至少 4 个字符）并记下来，因为导入该文件的服务器或程序会要求输入它。',
  pfxShort: '此 PFX 密码太短：请至少使用 {{min}} 个字符（更长的密码能更好地保护私钥）。',
};
