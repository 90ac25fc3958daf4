// Issue 18 in the window (English, the reference): dual ECDSA + RSA certificates (R17), a custom
// CA's practice directory, and the paused account. Joined into en.ts as `keysLimits`.
export const keysLimitsEn = {
  staging: {
    label: 'Practice (staging) directory URL (optional)',
    hint: 'If your CA has a practice service, paste its directory address: Certdesk then offers a trial run there before real orders.',
  },
  dual: {
    label: 'Also get a certificate with the other kind of key for the same names (ECDSA + RSA)',
    hint: 'For servers that must give very old clients an RSA certificate while everyone else gets the smaller, faster ECDSA one. Both are issued and renewed together.',
    twinKey: 'Key of the second certificate',
    twin: 'Second certificate',
    twinLine:
      '{{keyType}}, serial {{serial}}, valid until {{date}}: renewed together with this one.',
    exportNote:
      'This certificate comes in two kinds: the export writes two sets, in folders ending in -ecdsa and -rsa.',
  },
  paused: {
    title: 'The CA has paused this account for these names',
    open: 'Open the unpause page',
    done: 'I have unpaused it: renew now',
    waiting: 'Renewals of this certificate wait until you say the account is unpaused.',
  },
};
