// Issue 7 "done when", in English: the whole flow of flow.ts, with every screenshot of the guide,
// in each face (faces.ts): browser mode, and the real Electron app where its binary is installed.
import { uiFlow } from './flow.ts';
import { faces } from './faces.ts';

for (const face of faces())
  uiFlow({ lng: 'en', locale: 'en-US', domain: 'e2e.example.test', face });
