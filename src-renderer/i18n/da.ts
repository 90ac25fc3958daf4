// English until the translation lands (issue 7).
import { en } from './en.ts';
export const da = en;
