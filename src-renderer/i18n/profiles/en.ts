// English UI sentences about ACME profiles, the CA's ARI window and short lifetimes (issue 18),
// joined into en.ts under "profiles". The engine's sentences are in engine-text-profiles.ts.
export const profilesEn = {
  label: 'Profile at the CA',
  caDefault: "The CA's default",
  hint: "A profile is a kind of certificate the CA offers. The descriptions are the CA's own.",
  loading: 'Asking the CA for its profiles…',
  none: 'This CA offers no profiles, so its usual certificate is issued.',
  unavailable: "Certdesk could not ask the CA for its profiles just now; the CA's default applies.",
  shorter:
    'A shorter lifetime is no extra work with Certdesk: it renews the certificate by itself, well before it runs out. It does renew more often (a 6-day certificate about every 3 days), so this computer and the way the CA reaches your server must work that often.',
  noDnsForIp:
    'Not possible here: your names include an IP address, and the CA checks an IP address only by connecting to it, never through DNS. Choose one of the other two ways.',
  ipAllowed: 'This profile also allows IP addresses (for example 203.0.113.10) as names.',
  onCert: 'Profile',
  change: 'Change profile',
  changeTitle: 'Change the profile',
  changeNext:
    'Nothing is ordered now: the next renewal asks the CA for the profile you save. To get a certificate with it right away, choose Renew now after saving.',
  save: 'Save profile',
  saved: 'Saved. The next renewal asks for the profile {{profile}}.',
  savedDefault: "Saved. The next renewal gets the CA's default profile.",
  caWindowTitle: "The CA's suggested renewal window",
  caWindow: '{{start}} to {{end}}',
  caWhy: "The CA's explanation",
  soonerDays:
    'Certificates from this CA last {{days}} days, fewer than the 90 days many people know, so Certdesk renews it more often: about every {{every}} days.',
  soonerHours:
    'This certificate lasts only {{hours}} hours, so Certdesk renews it when half of that is left: about every {{every}} hours. Keep this computer on.',
  reasonAri: 'when the CA asked for it (renewal information from the CA)',
  ariLater: "(the CA's suggested window is later; Certdesk does not wait past this)",
};
