// Danish: the engine's sentences when a wait for the person ends (src-main/shared/engine-text-reminders.ts).
import type { remindersText } from '../../../src-main/shared/engine-text-reminders.ts';
import type { Shape } from '../shape.ts';

export const remindersEngineDa: Shape<typeof remindersText> = {
  doneByYou: 'Du sagde, at det nye certifikat er på plads i {{label}}.',
  doneServed:
    'Kontrollen af webstedet så det nye certifikat i brug, så der var ikke mere at gøre i {{label}}.',
};
