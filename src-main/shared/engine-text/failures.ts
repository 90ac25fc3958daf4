// Failures that carried only English (issue 18 leftovers): the CA not answering, a cancelled run,
// the data folder or a certificate locked by another Certdesk, a port that cannot be opened, the
// unexpected error. Joined into engineText under "failure" (../engine-text.ts), so a certificate's
// history and the wizard's failure screen say them in the person's language; the CLI keeps the
// English (`say`). Translations: src-renderer/i18n/failures/*.ts. Errors thrown in files that
// only build their English still get the Text: engine/history-text.ts matches the English against
// these sentences (recordFailure for the history, safeError for the window).
export const failuresText = {
  cancelled: 'Cancelled. Nothing was changed; start again when you are ready.',
  cancelledAtCa: 'Cancelled. Nothing was changed at the CA; start again when you are ready.',
  cancelledStart: 'Cancelled. Start again when you are ready.',
  cancelledPlain: 'Cancelled.',
  cancelledManual: 'Cancelled: the manual step was not finished.',
  cancelledClosing: 'Cancelled: Certdesk is closing.',
  commandRefused:
    'You did not allow the command, so nothing was changed. Save again to be asked again.',
  trialOutOfTime: 'The trial run ran out of time.',
  caUnreachable:
    'Certdesk cannot reach the CA ({{host}}). Check your internet connection and that outgoing HTTPS (port 443) is allowed, then try again.',
  caTimeout:
    "The CA ({{host}}) did not answer in time. Check your internet connection or the CA's status page, then try again.",
  caTooLarge:
    'The CA ({{host}}) sent an answer that is far too large. Try again later or check the directory URL.',
  caInsecure: 'The CA pointed Certdesk at an insecure address. Check the directory URL.',
  caNoAnswer: 'No answer from the CA.',
  caRedirect: 'The CA answered with a redirect, which ACME does not use. Check the directory URL.',
  caNotJson:
    'The CA sent an answer Certdesk cannot read (not JSON). Check the directory URL, or try again later.',
  notDirectory: "The address does not point to an ACME directory. Check the CA's directory URL.",
  badToken: 'The CA sent a challenge token that is not base64url; Certdesk refused to use it.',
  notOffered:
    'The CA does not offer {{method}} for {{name}} (it offers {{offered}}). Choose one of those methods.',
  gaveUp:
    "Gave up waiting for {{what}}. Try again; if it keeps happening, check the CA's status page.",
  /** `what` is one of waitingFor (engine/issue.ts names what pollUntil waits for). */
  waitingFor: {
    validate: 'the CA to validate the names',
    issue: 'the CA to issue the certificate',
  },
  /** An ACME request that failed without a problem document: `what` is one of doing. */
  couldNot: 'Certdesk could not {{what}}.',
  couldNotPractice: 'Certdesk could not {{what}} at the practice server.',
  doing: {
    directory: 'read the CA directory',
    caDirectory: "read the CA's directory",
    order: 'create the order',
    authorizations: 'read the authorizations',
    start: 'start the validation',
    check: 'check the validation',
    finalize: 'finalize the order',
    checkOrder: 'check the order',
    download: 'download the certificate',
    revoke: 'revoke the certificate',
    account: 'create the account at the CA',
  },
  folderBusy:
    'The data folder is busy: {{app}} (process {{pid}} on {{host}}, since {{since}}) is writing to it. Wait for it to finish, or close it, then try again.',
  anotherCertdesk: 'another Certdesk',
  certBusy:
    'This certificate is being renewed right now by {{app}} (process {{pid}}, since {{since}}). Wait for it to finish.',
  alreadyRenewing: 'Certificate {{name}} is already being renewed. Wait for it to finish.',
  renewingRoute:
    'Certificate {{name}} is being renewed right now. Change how the CA reaches you when it has finished.',
  portInUse:
    'Port {{port}} is already used by another program on this computer (often a web server). Stop that program while Certdesk validates, or choose "upload to my web server\'s folder" so your existing web server answers the CA.',
  portNotPermitted: 'Certdesk is not allowed to open port {{port}}. {{how}}; {{alt}}.',
  portHow: {
    linux:
      'On Linux, ports below 1024 need permission: run "sudo setcap \'cap_net_bind_service=+ep\' $(readlink -f $(which node))" for the CLI, or run Certdesk as a service with that capability',
    darwin:
      'On macOS, allow Certdesk in System Settings > Network > Firewall, or run it with administrator rights',
    windows:
      'On Windows, allow Certdesk through Windows Defender Firewall when asked, or run it as administrator',
  },
  portAlt: {
    http: 'or choose "upload to my web server\'s folder" so your existing web server answers the CA',
    tls: 'or use http-01 or dns-01 instead',
  },
  portOther: 'Certdesk could not open port {{port}}: {{error}}.',
  internal:
    'Something unexpected went wrong inside Certdesk. Try again; if it keeps happening, report it with the details.',
};
