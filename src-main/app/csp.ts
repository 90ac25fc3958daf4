// The app origin and the Content Security Policy (Electron security checklist items 7, 13, 14, 18).
// The renderer is served from a privileged custom scheme (app://certdesk/), not file://: a
// standard+secure scheme gives the page a real origin of its own, so the CSP, the sender check
// on IPC and the navigation guard all compare against one exact origin.

export const APP_SCHEME = 'app';
export const APP_HOST = 'certdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Strict CSP: everything from the app origin only, no inline script, no eval, no plugins, no
 * framing, no form posts anywhere. Inline *styles* are allowed because React's `style` props
 * set them; they cannot run code. connect-src is 'self' only: the renderer never talks to the
 * network, the main process does (keys never cross into the renderer, DESIGN.md convention 2).
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
  ['worker-src', "'none'"],
];

export const CSP = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers every app:// response carries (set by the protocol handler and again on webRequest). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * True for URLs of the app's own origin. WHATWG URL gives non-special schemes an opaque origin
 * ("null") in Node, so scheme and host are compared instead of `.origin`.
 */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const u = new URL(raw);
    return (
      u.protocol === `${APP_SCHEME}:` &&
      u.host === APP_HOST &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * Links the renderer may open in the user's browser: https only, no credentials in the URL
 * (checklist item 15: shell.openExternal with untrusted content). Everything else is dropped.
 */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** webRequest.onHeadersReceived listener body: adds the security headers to app:// responses. */
export function withSecurityHeaders(
  url: string,
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    // Drop any CSP a response brought itself: ours is the only one (a second policy could only
    // tighten, but a missing or looser one must not be mistaken for ours).
    if (isAppUrl(url) && k.toLowerCase() in LOWER_HEADERS) continue;
    out[k] = Array.isArray(v) ? v : [v];
  }
  if (isAppUrl(url)) for (const [k, v] of Object.entries(SECURITY_HEADERS)) out[k] = [v];
  return out;
}

const LOWER_HEADERS: Record<string, true> = Object.fromEntries(
  Object.keys(SECURITY_HEADERS).map((k) => [k.toLowerCase(), true]),
);
