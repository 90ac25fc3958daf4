// Issue 7 "the same in Danish": a browser that prefers Danish (da-DK) gets the Danish UI by default,
// and the very flow of the English test (first run, keyboard-only wizard with the built-in
// http-01 server, dashboard, PFX export, certificate page, settings, manual dns-01, delete) works
// with the texts of src-renderer/i18n/da.ts. A few screens go to docs/screenshots/ as da-*.png.
import { uiFlow } from './flow.ts';
import { faces } from './faces.ts';

for (const face of faces())
  uiFlow({
    face,
    lng: 'da',
    locale: 'da-DK',
    domain: 'dansk.example.test',
    prefix: 'da-',
    shots: new Set(['first-run', 'wizard-route', 'dashboard-light']),
  });
