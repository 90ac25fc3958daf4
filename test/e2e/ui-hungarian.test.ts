// Issue 7 "five languages": the flow of the English and Danish tests once more in Hungarian, the
// language with the longest words of the five, so buttons and headings that outgrow their place or
// a key the Hungarian screens miss show up here. A few screens go to docs/screenshots/ as hu-*.png.
import { uiFlow } from './flow.ts';
import { faces } from './faces.ts';

for (const face of faces())
  uiFlow({
    face,
    lng: 'hu',
    locale: 'hu-HU',
    domain: 'magyar.example.test',
    prefix: 'hu-',
    shots: new Set([
      'first-run',
      'wizard-route',
      'wizard-preflight',
      'dashboard-light',
      'export-pfx',
      'wizard-manual-dns',
    ]),
  });
