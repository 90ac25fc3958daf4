// The CSP and the app:// protocol handler (checklist items 7 and 18), run with Node's own
// Request/Response: the handler Electron calls is exactly this function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSP, CSP_DIRECTIVES, isAppUrl, isSafeExternalUrl } from '../../../src-main/app/csp.ts';
import {
  APP_SCHEME_PRIVILEGES,
  createRendererHandler,
  registerAppScheme,
} from '../../../src-main/app/protocol.ts';

test('the CSP allows only the app itself: no inline script, no eval, no remote anything', () => {
  const d = Object.fromEntries(CSP_DIRECTIVES);
  assert.equal(d['default-src'], "'none'");
  assert.equal(d['script-src'], "'self'");
  assert.equal(d['connect-src'], "'self'");
  assert.equal(d['object-src'], "'none'");
  assert.equal(d['base-uri'], "'none'");
  assert.equal(d['form-action'], "'none'");
  assert.equal(d['frame-ancestors'], "'none'");
  assert.doesNotMatch(CSP, /unsafe-eval|wasm-unsafe-eval|https?:|\*|blob:/);
  assert.doesNotMatch(d['script-src'], /unsafe-inline/);
  assert.match(CSP, /^default-src 'none'; script-src 'self'; /);
});

test('app origin and external-link checks', () => {
  assert.equal(isAppUrl('app://certdesk/index.html'), true);
  assert.equal(isAppUrl('app://certdesk'), true);
  for (const u of [
    'app://certdesk.evil/',
    'app://evil/',
    'https://certdesk/',
    'file:///index.html',
    'app://x@certdesk/',
    'appx://certdesk/',
    null,
    undefined,
    '',
    'nonsense',
  ]) {
    assert.equal(isAppUrl(u), false, String(u));
  }
  assert.equal(isSafeExternalUrl('https://letsencrypt.org/'), true);
  for (const u of [
    'http://letsencrypt.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://a:b@x.org/',
    'mailto:x@y',
    'ftp://x/',
  ]) {
    assert.equal(isSafeExternalUrl(u), false, u);
  }
});

test('app:// is registered standard+secure, without CSP bypass or service workers', () => {
  let seen: unknown = null;
  registerAppScheme({
    registerSchemesAsPrivileged: (s) => {
      seen = s;
    },
  });
  assert.deepEqual(seen, [{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]);
  assert.equal(APP_SCHEME_PRIVILEGES.standard, true);
  assert.equal(APP_SCHEME_PRIVILEGES.secure, true);
  assert.equal(APP_SCHEME_PRIVILEGES.bypassCSP, false);
  assert.equal(APP_SCHEME_PRIVILEGES.allowServiceWorkers, false);
});

function rendererDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'certdesk-proto-'));
  const dir = path.join(root, 'renderer');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Certdesk</title>');
  writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
  return dir;
}

test('the protocol serves the renderer with the CSP on every response', async () => {
  const h = createRendererHandler(rendererDir());
  const index = await h(new Request('app://certdesk/index.html'));
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(index.headers.get('content-security-policy'), CSP);
  assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
  assert.match(await index.text(), /<title>Certdesk/);
  const js = await h(new Request('app://certdesk/app.js'));
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const root = await h(new Request('app://certdesk/'));
  assert.equal(root.status, 200);
  const route = await h(new Request('app://certdesk/certificates/abc'));
  assert.match(await route.text(), /<title>Certdesk/, 'client-side routes fall back to index.html');
  const missing = await h(new Request('app://certdesk/missing.js'));
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-security-policy'), CSP);
});

test('the protocol never serves a file outside the renderer folder, another host, or a non-GET', async () => {
  const h = createRendererHandler(rendererDir());
  for (const u of [
    'app://certdesk/../secret.txt',
    'app://certdesk/%2e%2e/secret.txt',
    'app://certdesk/..%2fsecret.txt',
    'app://certdesk/%2e%2e%5csecret.txt',
    'app://certdesk/%00index.html',
    'app://other/index.html',
    'app://certdesk/%E0%A4%A.js',
  ]) {
    const r = await h(new Request(u));
    assert.equal(r.status, 404, u);
    assert.doesNotMatch(await r.text(), /outside the renderer/, u);
  }
  const post = await h(new Request('app://certdesk/index.html', { method: 'POST', body: 'x' }));
  assert.equal(post.status, 405);
});
