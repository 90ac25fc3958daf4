// Finnish: the engine's sentences when a wait for the person ends (src-main/shared/engine-text-reminders.ts).
import type { remindersText } from '../../../src-main/shared/engine-text-reminders.ts';
import type { Shape } from '../shape.ts';

export const remindersEngineFi: Shape<typeof remindersText> = {
  doneByYou: 'Kerroit, että uusi varmenne on asennettu kohteeseen {{label}}.',
  doneServed:
    'Sivuston tarkistus näki uuden varmenteen käytössä, joten {{label}} ei tarvinnut enempää.',
};
