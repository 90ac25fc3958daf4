// The window's words for places the person updates by hand (issue 17): the dashboard's "Waiting
// for you", the steps on the certificate page, and deployment runs in the History.
export const remindersEn = {
  dashboard: {
    title: 'Waiting for you',
    intro_one:
      'Certdesk renewed this certificate but cannot put it in place itself. Do it by hand, then choose "Done" on its page.',
    intro_other:
      'Certdesk renewed these {{count}} certificates but cannot put them in place itself. Do it by hand, then choose "Done" on each page.',
    where: 'Put the new certificate in place at {{where}}.',
    since: 'Waiting since {{date}}.',
    urgent: 'Urgent: the certificate your site still serves expires {{date}}.',
    urgentBadge: 'Urgent',
    showSteps: 'Show the steps',
    rowBadge: 'Waiting for you',
    separator: ', ',
  },
  steps: {
    title: 'What to do at {{label}}',
    renewed:
      'Certdesk renewed this certificate on {{date}}, but cannot put it in place at {{label}} itself.',
    urgent:
      'Urgent: the certificate {{label}} still serves expires {{date}}. Put the new one in place now.',
    open: 'Open {{label}} and find where its certificate is replaced.',
    paste:
      'Paste the Certificate and the CA bundle from the fields below into the boxes with the same names.',
    key: 'For the private key, save it as a file with "Save key file" and upload that file, or open it and paste its text. Certdesk never shows the key on this page.',
    files:
      'Save the files it asks for into a folder on this computer with "Save files", then upload them there:',
    notes: 'Your own notes:',
    done: 'Save there, then come back and choose "Done". Certdesk also checks your site once a day and notices the new certificate on its own.',
    saveFiles: 'Save files',
    folder: 'Folder on this computer for the files',
    saved: 'Saved into {{dir}}: {{files}}. The key file is readable only by you.',
    kinds: {
      cert: 'the certificate alone',
      chain: 'the CA bundle (intermediate certificates)',
      fullchain: 'the certificate with its CA bundle',
      key: 'the private key: keep it secret',
      pfx: 'certificate, CA bundle and key in one file with a password',
      der: 'the certificate alone, in binary form',
      combined: 'certificate, CA bundle and key in one file: keep it secret',
    },
  },
  add: {
    files: 'What does it ask for?',
    paste: 'Paste fields (certificate, CA bundle, private key)',
  },
  history: {
    ok: 'Deployed',
    failed: 'Deployment failed',
    waiting: 'Waiting for you',
    done: 'Put in place',
    removed: 'a place removed since',
    trigger: {
      issued: 'after the first certificate',
      renewed: 'after a renewal',
      manual: 'Deploy now',
      retry: 'tried again on its own',
      done: 'Done',
    },
  },
};
