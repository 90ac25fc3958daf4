// What the engine says about deployment targets (issue 17), joined into engineText as `deploy`.
// Each error is one sentence with the fix; the files already in place stay as they were, and the
// window adds the target's last good deployment. No CLI flag here (the window shows these too).
export const deployText = {
  missingFolder:
    'The folder "{{folder}}" does not exist on {{server}}: create it there (or correct the folder of this deployment), then deploy again.',
  notAFolder:
    '"{{folder}}" on {{server}} is a file, not a folder: give the folder the files should go into, then deploy again.',
  noWrite:
    'The account "{{user}}" may not write into "{{folder}}" on {{server}}: give it write permission there (or choose a folder it can write to), then deploy again.',
  commandFailed:
    'The command "{{command}}" on {{server}} ended with exit status {{code}}, so Certdesk put the earlier files back: fix what its last lines of output say, then deploy again.',
  commandStopped:
    'The command "{{command}}" on {{server}} did not finish within {{seconds}} seconds and was stopped, so Certdesk put the earlier files back: make sure it does not wait for input, then deploy again.',
  cpanelToken:
    'cPanel at {{server}} refused the API token for "{{user}}": create a new token in cPanel (Security > Manage API Tokens) and give it to Certdesk, then deploy again.',
  cpanelRefused:
    'cPanel at {{server}} did not install the certificate for {{domain}}: {{reason}} Check that the domain belongs to this cPanel account, then deploy again.',
  cpanelUnreachable:
    'Certdesk could not reach cPanel at {{server}} ({{why}}): check the address (usually https://your-domain:2083), then deploy again.',
  cpanelNotCpanel:
    '{{server}} did not answer like cPanel (HTTP {{status}}): check the address, usually https://your-domain:2083, then deploy again.',
  localFailed: '{{message}}',
  tested: 'Certdesk connected to {{where}} and may write there; nothing was changed.',
  testedCpanel: 'cPanel at {{server}} accepted the API token for "{{user}}"; nothing was changed.',
  testedManual:
    'Certdesk cannot reach this place itself: after each renewal it shows you the steps.',
  deployed: 'Deployed to {{where}}.',
  waiting: 'Waiting for you: put the new certificate in place at {{label}}, then choose "Done".',
  manualStep1: 'Open {{label}} and find where the certificate is replaced.',
  manualStep2:
    'Paste the Certificate and the CA bundle from the fields below, and the private key with "Copy private key".',
  manualStep3: 'Save there, then come back and choose "Done".',
};
