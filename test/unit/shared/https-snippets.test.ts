// R18 (issue 17): each server's HTTP-to-HTTPS redirect keeps /.well-known/acme-challenge/ on plain
// HTTP (R10: http-01 is port 80 only), names the certificate's names, and the HSTS line is 60 days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  hstsSnippet,
  redirectSnippet,
  SNIPPET_SERVERS,
} from '../../../src-main/shared/https-snippets.ts';

const NAMES = ['example.com', 'www.example.com', '*.example.com'];

test('every server: a permanent redirect to https that leaves the ACME path out', () => {
  for (const s of SNIPPET_SERVERS) {
    const out = redirectSnippet(s, NAMES);
    assert.match(out, /acme-challenge/, s);
    assert.match(out, /301|Permanent/, s);
    assert.match(out, /https/, s);
    assert.doesNotMatch(out, /\*\.example\.com/, `${s}: a wildcard is no server name`);
  }
  assert.match(redirectSnippet('nginx', NAMES), /server_name example\.com www\.example\.com;/);
  assert.match(
    redirectSnippet('apache', NAMES),
    /ServerName example\.com\n\s+ServerAlias www\.example\.com/,
  );
  assert.match(
    redirectSnippet('apache', NAMES),
    /RewriteCond %\{REQUEST_URI\} !\^\/\\\.well-known/,
  );
  assert.match(redirectSnippet('iis', NAMES), /negate="true"/);
  assert.match(redirectSnippet('haproxy', NAMES), /redirect scheme https code 301 unless acme/);
});

test('HSTS: 60 days (5184000 s) by default, no includeSubDomains', () => {
  for (const s of SNIPPET_SERVERS) {
    assert.match(hstsSnippet(s), /Strict-Transport-Security/);
    assert.match(hstsSnippet(s), /max-age=5184000/);
    assert.doesNotMatch(hstsSnippet(s), /includeSubDomains/);
  }
});
