// The live-site check in the window (issue 17): the dashboard's "Served" column and the
// certificate page's list of addresses.
export const siteCheckEn = {
  column: 'Served',
  state: {
    current: 'Up to date',
    outdated: 'Old certificate',
    other: 'Another certificate',
    unreachable: 'Not reachable',
    none: 'Not checked yet',
  },
  title: 'Is the new certificate served?',
  intro:
    'Certdesk connects to every address of each name, as a visitor would, and compares what the site serves with this certificate.',
  checkNow: 'Check now',
  checking: 'Checking…',
  checkedAt: 'Last checked {{date}}.',
  never: 'Not checked since this certificate was issued.',
  name: 'Name',
  address: 'Address',
  result: 'Result',
  caption: 'What each address serves',
};
