// HTTPS after the first certificate (R18, issue 17): the redirect and the optional HSTS line.
export const httpsEn = {
  title: 'Send visitors to HTTPS',
  intro:
    'Add this to your server so that visitors who type http:// land on https://. It keeps one path on plain HTTP: the CA checks it at every renewal.',
  redirectLabel: 'Redirect from HTTP to HTTPS',
  hsts: 'Also tell browsers to always use HTTPS for {{days}} days (HSTS)',
  hstsWarning:
    'Careful: with HSTS, if a certificate ever runs out or is wrong during those {{days}} days, visitors get an error page they cannot click past until you fix it. Turn it on only once renewals run smoothly.',
  hstsLabel: 'HSTS line for the HTTPS site',
};
