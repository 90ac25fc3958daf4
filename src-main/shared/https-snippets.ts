// HTTPS after the first certificate (R18, issue 17): the HTTP-to-HTTPS redirect for each server,
// always leaving /.well-known/acme-challenge/ on plain HTTP (R10: http-01 is port 80 only, and the
// next renewal needs it), and the optional HSTS line, 60 days by default (R18).
export type SnippetServer = 'nginx' | 'apache' | 'iis' | 'haproxy';
export const SNIPPET_SERVERS: readonly SnippetServer[] = ['nginx', 'apache', 'iis', 'haproxy'];
export const HSTS_DEFAULT_DAYS = 60;
const DAY_SECONDS = 86_400;

export const isSnippetServer = (id: string): id is SnippetServer =>
  (SNIPPET_SERVERS as readonly string[]).includes(id);

/** The redirect for the port-80 site, in the server's own configuration language. */
export function redirectSnippet(server: SnippetServer, names: readonly string[]): string {
  const plain = names.filter((n) => !n.startsWith('*.'));
  const list = (plain.length ? plain : ['example.com']).join(' ');
  switch (server) {
    case 'nginx':
      return `server {
    listen 80;
    listen [::]:80;
    server_name ${list};
    # Keep the CA's check on plain HTTP: the next renewal needs it.
    location /.well-known/acme-challenge/ {
        root /var/www/html;
    }
    location / {
        return 301 https://$host$request_uri;
    }
}`;
    case 'apache': {
      const [first, ...rest] = list.split(' ');
      return `<VirtualHost *:80>
    ServerName ${first}${rest.length ? `\n    ServerAlias ${rest.join(' ')}` : ''}
    RewriteEngine On
    # Keep the CA's check on plain HTTP: the next renewal needs it.
    RewriteCond %{REQUEST_URI} !^/\\.well-known/acme-challenge/
    RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]
</VirtualHost>`;
    }
    case 'iis':
      return `<?xml version="1.0" encoding="UTF-8"?>
<!-- web.config of the site; needs the IIS URL Rewrite module -->
<configuration>
  <system.webServer>
    <rewrite>
      <rules>
        <rule name="HTTP to HTTPS" stopProcessing="true">
          <match url="(.*)" />
          <conditions>
            <add input="{HTTPS}" pattern="off" ignoreCase="true" />
            <!-- Keep the CA's check on plain HTTP: the next renewal needs it. -->
            <add input="{REQUEST_URI}" pattern="^/\\.well-known/acme-challenge/" negate="true" />
          </conditions>
          <action type="Redirect" url="https://{HTTP_HOST}/{R:1}" redirectType="Permanent" />
        </rule>
      </rules>
    </rewrite>
  </system.webServer>
</configuration>`;
    case 'haproxy':
      return `frontend http-in
    bind :80
    # Keep the CA's check on plain HTTP: the next renewal needs it.
    acl acme_challenge path_beg /.well-known/acme-challenge/
    http-request redirect scheme https code 301 unless acme_challenge
    use_backend acme_http01 if acme_challenge`;
  }
}

/** The HSTS line for the HTTPS site (RFC 6797): max-age in seconds, no includeSubDomains. */
export function hstsSnippet(server: SnippetServer, days = HSTS_DEFAULT_DAYS): string {
  const value = `max-age=${days * DAY_SECONDS}`;
  switch (server) {
    case 'nginx':
      return `add_header Strict-Transport-Security "${value}" always;`;
    case 'apache':
      return `Header always set Strict-Transport-Security "${value}"`;
    case 'iis':
      return `<httpProtocol>
  <customHeaders>
    <add name="Strict-Transport-Security" value="${value}" />
  </customHeaders>
</httpProtocol>`;
    case 'haproxy':
      return `http-response set-header Strict-Transport-Security "${value}"`;
  }
}
