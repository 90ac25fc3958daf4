// Issue 7 "done when", in English: the whole flow of flow.ts, with every screenshot of the guide.
import { uiFlow } from './flow.ts';

uiFlow({ lng: 'en', locale: 'en-US', domain: 'e2e.example.test' });
