// Hungarian: the engine's sentences when a wait for the person ends (src-main/shared/engine-text-reminders.ts).
import type { remindersText } from '../../../src-main/shared/engine-text-reminders.ts';
import type { Shape } from '../shape.ts';

export const remindersEngineHu: Shape<typeof remindersText> = {
  doneByYou: 'Ön jelezte, hogy az új tanúsítvány a helyén van itt: {{label}}.',
  doneServed:
    'A webhely ellenőrzése látta, hogy az új tanúsítvány használatban van, így itt nincs több teendő: {{label}}.',
};
