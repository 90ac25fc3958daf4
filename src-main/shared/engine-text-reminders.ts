// What the engine records when a wait for the person ends (issue 17), joined into engineText as
// `reminders`: the history says who ended it, in the window's language (a Text, not English).
export const remindersText = {
  doneByYou: 'You said the new certificate is in place at {{label}}.',
  doneServed:
    'The live-site check saw the new certificate served, so {{label}} needed nothing more.',
};
