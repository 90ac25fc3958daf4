// What the engine says to people, in English, with {{placeholders}}: pre-flight findings and their
// fixes, the lines under each issuance step, and the advice that comes with an export preset.
// The engine formats these for the CLI, logs and --json (`say`), and sends the key and its params
// along (`Text`), so the renderer can say the same thing in the person's language: the renderer's
// English is this very object (src-renderer/i18n/en.ts, under "engine"), every other language
// translates each key, and test/unit/renderer/i18n.test.ts fails on a key or placeholder missing.
//
// A param may itself be a Text (a phrase that also needs translating); a `count` param picks the
// _one/_other form. No electron, no DOM: the engine, the CLI and the renderer all import this.

import { profileText } from './engine-text-profiles.ts';
import { deployText } from './engine-text-deploy.ts';
import { remindersText } from './engine-text-reminders.ts';
import { deployCheckText, exportCheckText } from './engine-text-deploy-check.ts';
import { renewalText } from './engine-text-renewal.ts';

import { siteCheckText } from './engine-text-sitecheck.ts';
import { dualText, limitsText, stagingText } from './engine-text/keys-limits.ts';

import { namesText } from './engine-text-names.ts';
import { acmeText } from './engine-text/acme.ts';
import { dataText } from './engine-text-data.ts';
import { failuresText } from './engine-text/failures.ts';
const EVERYONE =
  'the CA checks from several places on the internet and does not announce them, so the port has to be open to every address';
const NETWORK = 'Check your internet connection and DNS settings, then run the checks again.';
const BEHIND_ROUTER =
  "If this computer is behind a router, reaching its own public address from inside can fail even when the internet gets through; a trial run checks from the CA's side.";

export const engineText = {
  preflight: {
    fixNetwork: NETWORK,
    fixAddA:
      "At your DNS provider, add an A record for {{name}} pointing to your server's public address.",
    names: {
      ok_one: 'The name is written correctly for a certificate.',
      ok_other: 'All {{count}} names are written correctly for a certificate.',
      fixIp:
        'Use a domain name that points to this address; certificates for bare IP addresses need a special CA profile.',
      fixWildcard:
        'Choose DNS validation (dns-01) for wildcard names, or list each name (www.example.com, shop.example.com) instead.',
    },
    outbound: {
      ok: 'This computer reaches the CA ({{host}}) over HTTPS.',
      fail: 'This computer cannot reach the CA ({{host}}) over HTTPS.',
      fixProxy:
        'If your network inspects HTTPS (a company proxy or antivirus), ask your IT department to let the CA through unchanged.',
      fixReach:
        'Let this computer make outgoing HTTPS connections (port 443) to {{host}}: check the firewall and, on a company network, the proxy settings. If the network is fine, the CA may be down: see {{status}}.',
      statusPage: "the CA's status page",
      statusPageAt: "the CA's status page ({{url}})",
    },
    guard: {
      cancelled: 'Cancelled before this check finished.',
      timeout:
        'This check did not finish within {{seconds}} seconds, so Certdesk cannot say whether it would pass.',
      unexpected: 'The check stopped with an unexpected error: {{error}}',
    },
    responder: {
      okHttp: 'Certdesk can open port {{port}} on this computer for its built-in web server.',
      okTls: 'Certdesk can open port {{port}} on this computer for its TLS responder.',
      inUseHttp:
        "Port {{port}} is already used by {{who}} on this computer, so Certdesk's built-in web server cannot answer the CA there.",
      inUseTls:
        "Port {{port}} is already used by {{who}} on this computer, so Certdesk's TLS responder cannot answer the CA there.",
      anotherProgram: 'another program',
      thatProgram: 'that program',
      fixStopHttp:
        'Stop {{who}} while Certdesk validates, or choose "upload to my web server\'s folder" (webroot) so the program already on that port answers the CA.',
      fixStopTls: 'Stop {{who}} while Certdesk validates, or use http-01 or dns-01 instead.',
      cannotOpen: 'Certdesk cannot open port {{port}} on this computer.',
      fixWebroot:
        'Pick the folder your web server serves this site from, and make sure Certdesk may write into it.',
      notPlaced: 'Certdesk could not place a test challenge for {{name}}: {{error}}',
      httpSkipped:
        'Certdesk could not imitate the CA for {{name}} because its test answer could not be placed (see above).',
      noTestFile: 'No test file could be placed for {{name}} (see above).',
      tlsSkipped:
        'Certdesk could not start its TLS responder for {{name}}, so it could not imitate the CA (see above).',
    },
    caa: {
      servfail:
        'The DNS servers of {{at}} fail when asked for CAA records. The CA refuses to issue when this lookup fails.',
      lookupError: 'Certdesk could not read the CAA records of {{at}} ({{code}}).',
      fixServfail:
        'Ask your DNS provider to answer CAA questions for {{at}} (an empty answer is fine); some old DNS servers fail on record types they do not know.',
      none: 'No CAA records for {{name}}: any CA may issue.',
      critical:
        '{{owner}} has a CAA record marked critical with a property CAs do not understand ({{tags}}), so every CA must refuse to issue.',
      fixCritical:
        'Remove that CAA record of {{owner}}, or clear its critical flag (use 0 instead of {{flags}}).',
      unlimited: 'The CAA records of {{owner}} do not limit which CA may issue.',
      unlimitedWild:
        'The CAA records of {{owner}} do not limit which CA may issue wildcard certificates.',
      unknownCa:
        'The CAA records of {{owner}} allow only {{allowed}}, and this CA does not say which name it uses in CAA, so Certdesk cannot tell whether it may issue.',
      unknownCaNone:
        'The CAA records of {{owner}} allow no CA at all, and this CA does not say which name it uses in CAA, so Certdesk cannot tell whether it may issue.',
      fixUnknownCa:
        'Check in the CA\'s documentation which name to put in a CAA "issue" record, and add it if it is missing.',
      forbidAll: 'The CAA records of {{owner}} forbid every CA to issue for {{name}}.',
      forbidAllWild:
        'The CAA records of {{owner}} forbid every CA to issue wildcard certificates for {{name}}.',
      notAllowed:
        'The CAA records of {{owner}} allow only {{allowed}} to issue; the CA you chose ({{ids}}) is not among them, so it will refuse.',
      notAllowedWild:
        'The CAA records of {{owner}} allow only {{allowed}} to issue wildcard certificates; the CA you chose ({{ids}}) is not among them, so it will refuse.',
      fixAdd:
        'Add this record at your DNS provider (keep the others if you still use those CAs): {{record}}',
      method:
        'The CAA record of {{owner}} lets {{ca}} issue only with {{methods}}, not with {{method}}.',
      fixMethod:
        'Choose {{methods}} as the method, or add {{method}} to validationmethods in that CAA record.',
      allowed: 'The CAA records of {{owner}} allow {{ca}} to issue.',
      allowedAccount:
        'The CAA records of {{owner}} allow {{ca}} to issue (only for the account named in its accounturi).',
    },
    dns: {
      noAddressDns01: '{{name}} has no address in DNS; DNS validation (dns-01) does not need one.',
      lookupFailed:
        'Certdesk could not look up the address of {{name}} (the DNS server did not answer properly).',
      nxdomain: '{{name}} does not exist in DNS, so the CA cannot reach it.',
      noAddress: '{{name}} has no address (no A or AAAA record) in DNS, so the CA cannot reach it.',
      fixAddA:
        "At your DNS provider, add an A record for {{name}} pointing to your server's public IPv4 address (and an AAAA record only if the server answers on IPv6).",
      deadV6:
        '{{name}} has an IPv6 address ({{v6}}) that does not answer on port {{port}}, while its IPv4 address ({{v4}}) does. The CA tries IPv6 first, so validation would fail.',
      fixDeadV6:
        'Remove the AAAA record of {{name}}, or make the server answer on IPv6 (port {{port}}) as well.',
      someDead:
        'Some addresses of {{name}} ({{dead}}) do not answer on port {{port}}, while others do. The CA may use any of them.',
      fixSomeDead:
        'Make every server {{name}} points to answer on port {{port}}, or remove the records of the ones that do not.',
      allDead:
        'None of the addresses of {{name}} ({{addresses}}) answered on port {{port}} from this computer.',
      fixAllDead: `Make sure the server is running and port {{port}} is open to the internet. ${BEHIND_ROUTER}`,
      private:
        '{{name}} points to a private address ({{addresses}}) that the CA cannot reach from the internet.',
      fixPrivate:
        "Point {{name}} to your server's public address, or use DNS validation (dns-01), which does not need the CA to reach the server.",
      fixPrivateDns01: 'Nothing to do for DNS validation; this only matters for visitors.',
      ok: '{{name}} points to {{addresses}}.',
      okAnswers_one: '{{name}} points to {{addresses}}, and it answers on port {{port}}.',
      okAnswers_other:
        '{{name}} points to {{addresses}}, and every address answers on port {{port}}.',
    },
    dns01: {
      where: 'The TXT record goes at {{record}}',
      whereCname:
        '{{record}} points to {{target}} (CNAME delegation), so the TXT record goes there',
      serversOf: 'the name servers of {{zone}}',
      theServer: 'the DNS server',
      noneAnswered: '{{where}}, but none of {{servers}} answered from this computer ({{silent}}).',
      someSilent:
        '{{where}}, but {{count}} of the {{total}} of {{servers}} did not answer from this computer ({{silent}}).',
      fixNoneAnswered:
        'Your network may block DNS to anything but its own resolver; that is fine for the CA, but Certdesk will then check through your resolver. If the servers are down, fix them first: the CA asks them directly.',
      fixSomeSilent:
        'Check the name servers that did not answer: the CA may ask any of them, on port 53 over UDP and TCP, from several places.',
      stale_one:
        '{{where}}. It already holds {{count}} TXT value from earlier attempts; old records make the answer larger.',
      stale_other:
        '{{where}}. It already holds {{count}} TXT values from earlier attempts; old records make the answer larger.',
      staleMany:
        "{{where}}. It already holds {{count}} TXT values from earlier attempts; old records make the answer larger, and this many may no longer fit the CA's DNS answer.",
      fixStale:
        'Remove the old TXT records at {{target}} (Certdesk adds a fresh one for each validation).',
      whoResolver: '(checked through {{servers}})',
      whoServers_one: '({{count}} server answers)',
      whoServers_other: '({{count}} servers answer)',
      noZone:
        '{{where}}, but Certdesk could not find which name servers are authoritative for it {{who}}; it will check through your DNS resolver instead.',
      fixNoZone:
        'If this name is on a private or test DNS server, that is expected; otherwise check the NS records of your domain at your registrar.',
      ok: '{{where}}; {{servers}} ({{labels}}) answer, and there are no old records.',
    },
    firewall: {
      unreadable:
        'Certdesk could not read the firewall settings ({{tools}}): that needs administrator rights. Make sure incoming connections to port {{ports}} are allowed.',
      none: 'Certdesk found no firewall tool it can read on this computer.',
      blocks:
        '{{tool}} on this computer blocks incoming connections to port {{port}}, which the CA needs to reach.',
      seemsToBlock:
        '{{tool}} on this computer seems to block incoming connections to port {{port}}, which the CA needs to reach.',
      fixBlocked: `Open port {{port}} for incoming connections ({{command}}); ${EVERYONE}. For http-01, keep port 80 open even if the site redirects to HTTPS.`,
      restricted: '{{tool}} lets port {{port}} in only from some source addresses.',
      fixRestricted: `Open port {{port}} to every address ({{command}}): ${EVERYONE}. Country blocking breaks validation too.`,
      macos:
        'The macOS firewall is on: it asks once whether Certdesk may accept incoming connections.',
      unknown: '{{tool}} is on, and Certdesk could not tell whether it lets port {{port}} in.',
      fixUnknown: `Make sure incoming connections to port {{port}} are allowed ({{command}}); ${EVERYONE}.`,
      open: 'The firewall on this computer ({{tools}}) lets port {{ports}} in.',
      off: 'The firewall on this computer is off, so it does not block port {{ports}}.',
      cmdNft: 'a rule such as "tcp dport {{port}} accept" in the input chain',
      cmdAdmin: '{{command}} (as administrator)',
      cmdMac:
        'System Settings > Network > Firewall > Options: allow incoming connections for Certdesk',
    },
    http: {
      reachable:
        'A web server answers for {{name}} on port {{port}}. With this method Certdesk cannot place a test file beforehand, so it checked only that the server is reachable.',
      ok: 'The CA will find the challenge file for {{name}}: Certdesk placed a test file and fetched it the way the CA does.',
      okRedirects_one:
        'The CA will find the challenge file for {{name}} (after {{count}} redirect): Certdesk placed a test file and fetched it the way the CA does.',
      okRedirects_other:
        'The CA will find the challenge file for {{name}} (after {{count}} redirects): Certdesk placed a test file and fetched it the way the CA does.',
      failed: 'Fetching {{url}} as the CA would failed: {{reason}}',
      failedVia: 'Fetching {{url}} (through {{address}}) as the CA would failed: {{reason}}',
      fixBuiltin:
        "The answer did not come from Certdesk's built-in web server: another server answers for {{name}} on port {{port}}. Check that {{name}} points to this computer and that your router forwards port {{port}} here.",
      fixWebroot:
        'Check that {{webroot}} is the folder your web server serves for {{name}}, and that files under /.well-known/acme-challenge/ are served as they are (no rewrite rule, login page or app fallback catches them).',
      theWebFolder: 'the web folder',
      fixPlaced: 'Check that the file lands in the folder your web server serves for {{name}}.',
      fixHttpError:
        'Let your web server serve /.well-known/acme-challenge/ to everyone: no password, no rule that blocks folders starting with a dot, no country blocking (the CA checks from several places).',
      fixRedirectLoop:
        'Fix the redirect rules so /.well-known/acme-challenge/ is served directly, or redirected once (for example to the https:// site).',
      fixTooManyRedirects:
        'Shorten the chain of redirects: the CA follows at most 10. One redirect from http:// to https:// is enough.',
      fixBadRedirect:
        'Redirect only to a domain name (not an IP address), with http:// or https://, on the standard ports 80 or 443; or serve /.well-known/acme-challenge/ without a redirect.',
      fixUnreachableBuiltin: `Make sure nothing blocks Certdesk on port {{port}}, that firewalls let port {{port}} in from everywhere (the CA checks from several places), and that your router forwards it to this server. ${BEHIND_ROUTER}`,
      fixUnreachable: `Make sure your web server runs and answers on port {{port}}, that firewalls let port {{port}} in from everywhere (the CA checks from several places), and that your router forwards it to this server. ${BEHIND_ROUTER}`,
    },
    tls: {
      noAddress: '{{name}} has no address in DNS, so the CA cannot connect to it.',
      ok: "The CA will reach Certdesk's TLS responder for {{name}} on port {{port}}.",
      failed:
        'Connecting to {{name}} ({{address}}) on port {{port}} as the CA would failed: {{why}}.',
      fixFailed:
        'Make sure {{name}} points to this computer, that port {{port}} is open to everyone in firewalls (the CA checks from several places), and that your router forwards it here. If a web server or proxy must keep port {{port}}, use http-01 or dns-01 instead.',
    },
    trial: {
      noPractice:
        '{{ca}} has no practice (staging) server, so a trial run is not possible; the other checks still apply.',
      notPossible: 'A trial run is not possible with this method: {{error}}',
      interactive:
        'A trial run needs a method that works without you; with a manual method, the first real order is the test.',
      eab: "This CA's practice server needs an External Account Binding for every account, so Certdesk cannot make a throwaway one; the other checks still apply.",
      alreadyValid:
        'The practice server already trusts this account for {{name}} (an earlier validation is still valid).',
      notOffered: 'The CA does not offer {{method}} for {{name}} (it offers {{offered}}).',
      fixNotOffered: 'Choose one of the methods the CA offers.',
      validated:
        "The CA's practice server validated {{name}} with {{method}} from its own vantage points. Nothing was issued.",
      notValidated: "The CA's practice server could not validate {{name}}: {{error}}",
      timeout: 'The trial run did not finish in time; the practice server may be slow.',
      stopped: 'The trial run stopped: {{error}}',
    },
  },
  /** What to do with the files of each export preset, after writing them. */
  exportWhere: {
    nginx:
      'In nginx, set ssl_certificate to fullchain.pem and ssl_certificate_key to privkey.pem, then reload nginx.',
    apache:
      'In Apache 2.4.8 or newer, set SSLCertificateFile to fullchain.pem and SSLCertificateKeyFile to privkey.pem (older Apache: SSLCertificateFile cert.pem and SSLCertificateChainFile chain.pem), then reload Apache.',
    iis: 'On Windows, import the .pfx file in IIS Manager under Server Certificates > Import (or double-click it), type the password, then pick the certificate in the site\'s HTTPS binding; if Windows Server 2016 or older refuses it, export again with the encoding "compatible with Windows Server 2016 and older Java".',
    cpanel:
      'In cPanel (SSL/TLS > Manage SSL sites) or Plesk (SSL/TLS Certificates), paste the Certificate, Private key and CA bundle fields into the boxes with the same names, then install.',
    haproxy:
      "In HAProxy, point the bind line's crt option at the single .pem file (it holds certificate, chain and key), then reload HAProxy.",
    synology:
      'In the NAS control panel (Synology: Security > Certificate > Add > Import; QNAP: Security > SSL Certificate), give privkey.pem as "Private Key", cert.pem as "Certificate" and chain.pem as "Intermediate certificate".',
    tomcat:
      'In Tomcat\'s server.xml, set certificateKeystoreFile to the .pfx file, certificateKeystoreType to "PKCS12" and certificateKeystorePassword to your password, then restart Tomcat (Java before 8u301 or 11.0.12 needs the "compatible" encoding).',
    generic:
      'Use fullchain.pem as the certificate (not cert.pem alone, which leaves out the intermediate) and privkey.pem as the private key; chain.pem is the "CA bundle" for programs that ask for it separately.',
  },
  progress: {
    account: 'Using the account of {{email}} at {{ca}}',
    order: 'Asking the CA for a certificate for {{name}}',
    orderNames_one: 'Asking the CA for a certificate for {{count}} name',
    orderNames_other: 'Asking the CA for a certificate for {{count}} names',
    alreadyValid: '{{name}} is already validated',
    proving: 'Proving control of {{name}} with {{method}} ({{how}})',
    caChecking: 'The CA is checking {{name}}',
    validated: '{{name}} is validated',
    cleanup: 'Removed the temporary challenge answers',
    finalize: 'Sending the certificate request',
    download: 'Downloading the certificate',
    done: 'Certificate ready, valid until {{date}}',
    uploaded: 'Uploaded the challenge file for {{name}} to {{file}} on {{server}}',
    uploadAnswers: '{{url}} answers with the uploaded file',
    rfc2136: 'Adding the TXT record {{record}} in zone {{zone}} at {{server}}',
    waitCname: 'Waiting for you to create the CNAME for {{name}}',
    acmeDns: 'Setting the TXT value for {{name}} at the acme-dns server',
    cloudflare: 'Adding the TXT record {{record}} in the Cloudflare zone {{zone}}',
    waitTxt: 'Waiting for you to add the TXT record for {{name}}',
    deleteTxt: 'You can now delete the TXT record {{record}} with value {{value}}',
    serverHas: '{{server}} has the TXT record for {{name}}',
    serverWaiting: '{{server}}: {{said}}; waiting',
    viaResolver:
      'No name server of {{zone}} answered directly (a firewall may block DNS); checking through your DNS resolver instead, which may be slower because it remembers "not found" for a while',
    runScript: 'Running {{script}} present {{name}}',
    waitFile: 'Waiting for you to place the file for {{name}}',
    fileAnswers: 'The file for {{name}} answers correctly',
    deleteFile: 'You can now delete .well-known/acme-challenge/{{token}} for {{name}}',
  },
  // The manual steps (the person does something, then presses "continue"): the sentences around the
  // fields to copy. The fields themselves (name, type, value, TTL, file name, content, target) are
  // labelled by the renderer.
  prompt: {
    dnsLead: 'Add this DNS record for {{name}} at your DNS provider:',
    dnsCname: '{{record}} is a CNAME to {{target}}, so the record goes there.',
    dnsAdditional:
      'This is an ADDITIONAL value on the same name: keep the TXT record you added a moment ago; both must exist at the same time.',
    dnsShortName: 'Many providers want only "{{short}}" as the name: they add {{zone}} themselves.',
    dnsAfter:
      'After you confirm, Certdesk checks every name server of the zone (up to {{seconds}} s, at most {{max}}) before asking the CA.',
    dnsRenewal:
      'Manual DNS cannot renew unattended: you will have to add a new TXT record at every renewal. To renew automatically, use one of the automatic DNS methods (RFC 2136, acme-dns, a script, Cloudflare) or http-01.',
    httpLead: 'Create a file for {{name}}:',
    httpWhere: "Put it inside your site's web folder; it must open at {{url}}",
    cnameLead:
      'Create this DNS record ONCE for {{name}} at your DNS provider (it stays for every renewal):',
    cnameNoTxt:
      'Remove any TXT record at {{record}} first: a name with a CNAME can have no other records.',
    cnameAfter: 'After that, Certdesk renews on its own through the acme-dns server.',
  },
  // Errors of a misconfigured route, as the window shows them (ErrorBox): one sentence that says
  // what to fix, in the window's terms; never a CLI flag (the CLI adds its own hints by key,
  // src-main/cli/error-hints.ts). Technical detail goes to the error's detail ("Show details").
  error: {
    sftpPassword:
      'The server refused the user name or password for "{{user}}" on {{server}}: check them in your hosting control panel, where the SFTP/SSH login is often not the same as the control panel login.',
    sftpKey:
      'The server refused the user name or key for "{{user}}" on {{server}}: check the user name, and that the public half of the key is authorized for this account (often "SSH keys" in the hosting control panel).',
    sftpKeyPassword:
      'The server refused the user name, key or password for "{{user}}" on {{server}}: check the user name, and that the public half of the key is authorized for this account (often "SSH keys" in the hosting control panel).',
    sftpPassphrase:
      'The private key is protected by a passphrase: give the passphrase of the key as well.',
    sftpNoSubsystem:
      '{{server}} accepted the login but does not offer SFTP: ask your hosting provider to enable SFTP for this account, or upload with FTP instead.',
    hostKeyChanged:
      'The server\'s identity changed: {{server}} now shows the host key {{now}} instead of {{before}}, so Certdesk did not log in or upload anything, because someone may be intercepting the connection; if you expected this (your hosting provider moved or reinstalled the server) and the provider confirms the new key, choose "Trust the new key" and try again.',
    hostKeyPinned:
      "The server's identity changed: {{server}} now shows the host key {{now}}, but you told Certdesk to accept only {{before}}, so Certdesk did not log in or upload anything, because someone may be intercepting the connection; if your hosting provider confirms the new key, give that key instead.",
    ftpLogin:
      'The FTP server refused the user name or password for "{{user}}" on {{server}}: check them in your hosting control panel (FTP accounts), where the FTP login is often not the same as the control panel login.',
    ftpNeedsTls:
      '{{server}} only accepts encrypted logins: turn on "Encrypt the connection (FTPS)".',
    ftpsUnverified:
      "The FTPS server {{server}} could not be verified: {{why}}; use the FTP host name that is on the server's certificate (your provider's server name), or, if your provider confirms this certificate, turn on \"Accept the server's own certificate (self-signed)\" (still encrypted, but Certdesk cannot tell it is the real server).",
    ftpsWhyName: 'its certificate is for another name than {{host}}',
    ftpsWhyExpired: 'its certificate has expired',
    ftpsWhyUntrusted:
      'its certificate is not signed by an authority this computer trusts (often a self-signed certificate)',
    ftpsNotOffered:
      '{{server}} does not offer FTPS (it refused AUTH TLS): use SFTP if your hosting provider offers it, or turn off "Encrypt the connection (FTPS)" if you accept that the password travels unencrypted.',
    remoteRootMissing:
      'The folder "{{folder}}" does not exist on {{server}}, or this account may not open it: give the folder your site is served from, as the hosting control panel shows it (often public_html, htdocs or www).',
    remoteRootMissingList:
      'The folder "{{folder}}" does not exist on {{server}}, or this account may not open it: give the folder your site is served from (folders in your login folder: {{folders}}).',
    tsigBadSig:
      'The DNS server {{server}} refused the key ({{codes}}) because the signature does not match: check the key name ("{{key}}"), the secret and the algorithm ({{algorithm}}) against the key in the DNS server\'s configuration.',
    tsigBadKey:
      'The DNS server {{server}} refused the key ({{codes}}) because it does not know a key by that name and algorithm: check the key name ("{{key}}"), the secret and the algorithm ({{algorithm}}) against the key in the DNS server\'s configuration.',
    tsigNotAuth:
      'The DNS server {{server}} refused the key ({{codes}}) because it is not authoritative for the zone {{zone}} or does not accept this key there: check the key name ("{{key}}"), the secret and the algorithm ({{algorithm}}) against the key in the DNS server\'s configuration.',
    rfc2136Unreachable:
      'Certdesk could not reach the DNS server {{server}} to change the TXT record ({{why}}): check the server address and port, and that a firewall lets TCP through to it, then try again.',
    rfc2136Unreadable:
      'The DNS server {{server}} sent an answer Certdesk cannot read: check that the server address points at a DNS server.',
    rfc2136NotZone:
      '{{name}} is not inside the zone {{zone}} on {{server}} (NOTZONE): give the right zone, or leave the zone empty so Certdesk finds it.',
    rfc2136NoZone:
      'The DNS server {{server}} did not say which of its zones holds {{name}}: give the zone (for example {{example}}).',
    scriptFailed:
      'The DNS script "{{script}} present" failed (exit code {{code}}), so the TXT record for {{name}} was not added: fix what it reports (see the details), then try again.',
    scriptCleanupFailed:
      'The DNS script "{{script}} cleanup" failed (exit code {{code}}), so the TXT record for {{name}} was perhaps not removed: fix what it reports (see the details), then try again.',
    scriptNotFound:
      'The DNS script "{{script}}" was not found: give its full path (the command is run directly, not through a shell).',
    scriptEmpty:
      'The DNS script command is empty: give the path of a script that adds and removes TXT records.',
    scriptTimeout:
      'The DNS script "{{script}} {{action}}" did not finish within {{time}} and was stopped: check that it does not wait for input and that the provider\'s API answers, then try again.',
    cloudflareRefused:
      'Cloudflare refused the token (HTTP {{status}}): it needs Zone.DNS Edit permission for the zone of {{name}}; create a token with that permission in the Cloudflare dashboard (My Profile > API Tokens) and give it again.',
    portInUseTls:
      'Port {{port}} is already used by another program on this computer (often a web server): stop that program while Certdesk validates, or use http-01 or dns-01 instead (a file on your web site, or a DNS record).',
    acmeDnsUnreachable:
      'Certdesk could not reach the acme-dns server {{server}} ({{why}}): check its address and the connection, then try again.',
    acmeDnsUnusable:
      'The acme-dns server {{server}} answered the registration with something Certdesk cannot use: check its address.',
    acmeDnsRefused:
      'The acme-dns server {{server}} refused the saved registration for {{name}} (HTTP {{status}}): it may have been reset, or it does not allow requests from this address; register again and point the CNAME at the new target.',
    caCertUntrusted:
      "Certdesk could not verify the CA's HTTPS certificate ({{host}}): a local test CA needs its root certificate given to Certdesk, and on other networks a proxy or antivirus may be inspecting HTTPS.",
    tosNotAgreed:
      'The CA requires you to agree to its Terms of Service first: read them at {{url}} and, if you agree, confirm that you do.',
    eabRequired:
      'This CA needs an External Account Binding: copy the key ID and HMAC key from your account page at the CA.',
    noAccount: 'There is no CA account yet: create one first.',
    ambiguousAccount:
      'There are {{count}} accounts, so Certdesk cannot tell which one to use: choose one ({{list}}).',
  },
  // How a challenge is answered (the line under "Authorization for ..."), and the CAs by preset id.
  solver: {
    builtin: 'built-in web server on port {{port}}',
    webroot: 'files in {{folder}}',
    upload: '{{protocol}} upload to {{where}}',
    manualHttp: 'a file you upload yourself',
    tlsAlpn: 'built-in TLS responder on port {{port}}',
    rfc2136: 'dynamic DNS update (RFC 2136) at {{server}}',
    acmeDns: 'acme-dns at {{host}}',
    cloudflare: 'Cloudflare DNS (API token)',
    exec: 'your DNS script {{script}}',
    manualDns: 'a DNS TXT record you add yourself',
  },
  profile: profileText,
  deploy: deployText,
  reminders: remindersText,
  deployCheck: deployCheckText,
  exportCheck: exportCheckText,
  renewal: renewalText,
  ca: {
    letsencrypt: "Let's Encrypt",
    'letsencrypt-staging': "Let's Encrypt's practice service",
    zerossl: 'ZeroSSL',
    google: 'Google Trust Services',
    'google-staging': "Google Trust Services' practice service",
    custom: 'your own CA',
  },
  siteCheck: siteCheckText,
  dual: dualText,
  limits: limitsText,
  staging: stagingText,
  names: namesText,
  acme: acmeText,
  data: dataText,
  failure: failuresText,
};

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of engineText (a plural key without its _one/_other). */
export type TextKey = Leaves<typeof engineText>;
export type TextParam = string | number | Text;
/** A sentence the engine says: its key and params, so any language can say it. */
export type Text = { key: TextKey; params?: Record<string, TextParam> };
/** A manual step's sentences: the lead above the fields to copy, the notes below them. */
export type PromptText = { lead: Text; notes: Text[] };

function template(key: string): string | undefined {
  let node: unknown = engineText;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** A well-formed Text whose key (or its plural forms) exists: what the IPC contract accepts. */
export function isText(v: unknown, depth = 0): v is Text {
  if (typeof v !== 'object' || v === null || depth > 3) return false;
  const { key, params } = v as { key?: unknown; params?: unknown };
  if (
    typeof key !== 'string' ||
    (template(key) === undefined && template(`${key}_other`) === undefined)
  )
    return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every(
    (p) =>
      typeof p === 'string' ||
      (typeof p === 'number' && Number.isFinite(p)) ||
      isText(p, depth + 1),
  );
}

/** The English sentence of a Text (English plural rules). */
export function say(t: Text): string {
  const count = t.params?.count;
  const tpl =
    (typeof count === 'number'
      ? template(`${t.key}_${count === 1 ? 'one' : 'other'}`)
      : undefined) ?? template(t.key);
  if (tpl === undefined) throw new Error(`engine text ${t.key} is missing`);
  return tpl.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = t.params?.[name];
    return v === undefined ? '' : typeof v === 'object' ? say(v) : String(v);
  });
}

/** A Text. */
export const text = (key: TextKey, params?: Record<string, TextParam>): Text =>
  params ? { key, params } : { key };

/** { message, text }: the English sentence and what any language needs to say it. */
export function said(
  key: TextKey,
  params?: Record<string, TextParam>,
): { message: string; text: Text } {
  const t = text(key, params);
  return { message: say(t), text: t };
}

/** { fix, fixText }: the same for a pre-flight finding's fix. */
export function fixed(
  key: TextKey,
  params?: Record<string, TextParam>,
): { fix: string; fixText: Text } {
  const t = text(key, params);
  return { fix: say(t), fixText: t };
}
