// Settings > "Keep renewing when I am signed out" (issue 19): the OS timer, as the OS reports it.
export const unattendedEn = {
  title: 'Renew with nobody signed in',
  checkbox: 'Keep renewing when I am signed out',
  hint: 'Your computer starts Certdesk twice a day on its own, checks what is due and renews it, even when this window is closed and after a restart. Notices then go by e-mail or webhook.',
  loading: 'Asking your system…',
  kind: {
    systemd: 'a systemd timer of your account',
    cron: 'a line in your crontab',
    launchd: 'a launchd agent',
    'task-scheduler': 'a Windows scheduled task',
  },
  on: 'On: {{kind}} runs Certdesk every day at {{times}}.',
  onNoTimes: 'On: {{kind}} runs Certdesk twice a day.',
  notActive:
    'Installed, but your system says it is not active, so renewals will not run on their own. Untick the box and tick it again.',
  off: 'Off: certificates are renewed only while Certdesk is open.',
  lingerNeeded:
    'One more step: this Linux system stops your timers when you sign out. Ask whoever runs this computer to turn on "lingering" for your account (loginctl enable-linger).',
  keyMoved:
    'The system keychain is locked while you are signed out, so the master key that protects your saved keys was copied into the data folder, readable only by you. Keep that folder private and backed up.',
  error: {
    'permission-denied':
      'Your system did not let Certdesk set up the timer. Ask whoever runs this computer to allow it, then tick the box again.',
    unsupported:
      'Your saved keys are protected by the system keychain, which Certdesk cannot reach from here. Turn this on in the Certdesk app on your desktop.',
    generic:
      'Your system did not accept the timer. Try again; if it keeps failing, open "Show details" and send it with a support request.',
  },
};
