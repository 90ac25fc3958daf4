// What the main process says to people outside the window (issue 19): the tray menu and tooltip,
// desktop notifications, e-mails and webhook/chat messages, in English with {{placeholders}}.
// da.ts, fi.ts, hu.ts and zh.ts translate every key (tsc fails on a missing one through Shape,
// and test/unit/renderer/i18n-main.test.ts on a missing key or placeholder); ../main-i18n.ts says
// them in the person's language through i18next. The CLI's own output stays English.

export const mainText = {
  // The title of the one dialog shown when the data folder cannot be opened (desktop.ts).
  app: { cannotStart: 'Certdesk cannot start' },
  tray: {
    tooltip: 'Certdesk: {{status}}',
    tooltipPaused: 'Certdesk: {{status}} (renewals paused)',
    none: 'no certificates yet',
    attention_one: '{{count}} certificate needs attention',
    attention_other: '{{count}} certificates need attention',
    dataProblem: 'The data folder needs attention: some certificates cannot be renewed',
    due_one: '{{count}} renewal coming up',
    due_other: '{{count}} renewals coming up',
    fineOne: 'your certificate is fine',
    fineAll: 'all {{count}} certificates are fine',
    waiting_one: '{{count}} certificate waits for you to put it in place',
    waiting_other: '{{count}} certificates wait for you to put them in place',
    open: 'Open Certdesk',
    renewAll: 'Renew all now',
    pause: 'Pause renewals',
    quit: 'Quit Certdesk',
  },
  names: {
    none: 'a certificate without names',
    two: '{{first}} and {{last}}',
    list: '{{list}} and {{last}}',
    more_one: '{{list}} and {{count}} more',
    more_other: '{{list}} and {{count}} more',
    separator: ', ',
  },
  until: {
    days_one: 'in {{count}} day',
    days_other: 'in {{count}} days',
    hours_one: 'in {{count}} hour',
    hours_other: 'in {{count}} hours',
    aboutHour: 'in about an hour',
    lessThanHour: 'in less than an hour',
    past: 'already past',
  },
  notice: {
    dataNewerTitle: 'Update Certdesk',
    dataNewer:
      'Part of the data folder was saved by a newer version of Certdesk; this version leaves it untouched. Open Certdesk to see what that means until you update.',
    dataTitle: 'Certdesk repaired its data folder',
    data: 'Part of the data folder could not be read. Open Certdesk to see what was restored and what, if anything, needs you.',
    failedTitle: 'Renewal failed: {{who}}',
    failed: 'Certdesk could not renew the certificate for {{who}}.',
    failedExpires:
      'Certdesk could not renew the certificate for {{who}}, which expires {{expiry}}.',
    failedWait:
      'Certdesk will not try again on its own: fix the problem, then open Certdesk and choose Renew now.',
    failedRetry:
      'Certdesk tries again on its own; if this keeps happening, open Certdesk, fix the problem and choose Renew now.',
    deployFailedTitle: 'Deployment failed: {{who}}',
    deployFailed:
      'The certificate for {{who}} could not be put in place at {{where}}; the earlier files there stay as they were.',
    deployFailedRetry:
      'Certdesk tries again on its own; if this keeps happening, open Certdesk, fix the problem and choose Deploy now.',
    waitingTitle: 'Put the new certificate in place: {{who}}',
    waitingUrgentTitle: 'Urgent: put the new certificate in place: {{who}}',
    waiting:
      'Certdesk renewed the certificate for {{who}}, but cannot put it in place at {{where}} itself: do it by hand.',
    waitingUrgent:
      'The certificate {{where}} still serves for {{who}} expires {{expiry}}: put the new one in place there now.',
    waitingDone:
      'Then choose "Done" in Certdesk, or let its daily check see the new certificate served.',
    succeededTitle: 'Renewed: {{who}}',
    succeeded: 'The certificate for {{who}} was renewed. Nothing needs doing.',
    succeededUntil:
      'The certificate for {{who}} was renewed and is now valid until {{until}}. Nothing needs doing.',
    expiringTitle: 'Expires soon: {{who}}',
    expiring:
      'The certificate for {{who}} expires {{expiry}} and has not been renewed. Open Certdesk, read the last error and choose Renew now; when it expires, visitors see a security warning.',
    expiringSoon: 'soon',
    expiredTitle: 'Expired: {{who}}',
    expired:
      'The certificate for {{who}} expired, so visitors now see a security warning. Open Certdesk, fix the problem it shows and choose Renew now.',
    expiredOn:
      'The certificate for {{who}} expired on {{date}}, so visitors now see a security warning. Open Certdesk, fix the problem it shows and choose Renew now.',
    ariTitle: 'Early renewal asked: {{who}}',
    ari: 'The certificate authority asked to renew the certificate for {{who}} early, often because it will revoke the current one. Certdesk renews it in that window on its own; nothing needs doing unless you are told the renewal failed.',
    ariWindow:
      'The certificate authority asked to renew the certificate for {{who}} early, between {{start}} and {{end}}, often because it will revoke the current one. Certdesk renews it in that window on its own; nothing needs doing unless you are told the renewal failed.',
    ariWhy: 'The CA explains why at {{url}}.',
    testTitle: 'Certdesk test notification',
    test: 'This is a test message from Certdesk: notifications reach you this way. Nothing needs doing.',
  },
  email: {
    name_one: 'Name on the certificate:',
    name_other: 'Names on the certificate:',
    expires: 'Expires: {{date}}',
    errorCode: 'Error code: {{code}}',
    certId: 'Certificate id: {{id}}',
    sent: 'Sent: {{date}}',
    footer:
      'Sent by Certdesk. You get at most one message a day per certificate for each kind of problem. Change where these messages go, or turn them off, in Settings > Notifications.',
  },
};

/** Every translation has exactly these keys (strings become any string). */
export type MainShape<T> = { [K in keyof T]: T[K] extends string ? string : MainShape<T[K]> };
