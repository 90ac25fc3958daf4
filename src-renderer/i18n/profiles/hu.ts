// Hungarian (Magyar): profiles, the CA's ARI window and short lifetimes (issue 18).
import type { profileText } from '../../../src-main/shared/engine-text-profiles.ts';
import type { Shape } from '../shape.ts';
import type { profilesEn } from './en.ts';

export const profilesHu: Shape<typeof profilesEn> = {
  label: 'Profil a hitelesítőnél',
  caDefault: 'A hitelesítő alapértelmezése',
  hint: 'A profil a hitelesítő által kínált tanúsítványfajta. A leírások a hitelesítő sajátjai.',
  loading: 'A hitelesítő profiljainak lekérdezése…',
  none: 'Ez a hitelesítő nem kínál profilokat, ezért a szokásos tanúsítványát állítja ki.',
  unavailable:
    'A Certdesk most nem tudta lekérdezni a hitelesítő profiljait; a hitelesítő alapértelmezése érvényes.',
  shorter:
    'A rövidebb érvényesség nem jelent több munkát a Certdeskkel: magától megújítja a tanúsítványt, jóval a lejárat előtt. Viszont gyakrabban újít (egy 6 napos tanúsítványt körülbelül 3 naponta), ezért ennek a számítógépnek és annak, ahogyan a hitelesítő eléri a szerverét, ilyen gyakran működnie kell.',
  noDnsForIp:
    'Itt nem lehetséges: a nevek között IP-cím is van, és a hitelesítő egy IP-címet csak úgy ellenőriz, hogy kapcsolódik hozzá, DNS-en keresztül soha. Válassza a másik két mód egyikét.',
  ipAllowed: 'Ez a profil névként IP-címeket is megenged (például 203.0.113.10).',
  onCert: 'Profil',
  change: 'Profil módosítása',
  changeTitle: 'A profil módosítása',
  changeNext:
    'Most semmit sem rendelünk meg: a következő megújítás a mentett profilt kéri a hitelesítőtől. Ha azonnal ilyen tanúsítványt szeretne, mentés után válassza a Megújítás most lehetőséget.',
  save: 'Profil mentése',
  saved: 'Mentve. A következő megújítás a(z) {{profile}} profilt kéri.',
  savedDefault: 'Mentve. A következő megújítás a hitelesítő alapértelmezett profilját kapja.',
  caWindowTitle: 'A hitelesítő által javasolt megújítási időszak',
  caWindow: '{{start}} – {{end}}',
  caWhy: 'A hitelesítő magyarázata',
  soonerDays:
    'Ennek a hitelesítőnek a tanúsítványai {{days}} napig érvényesek, kevesebb ideig, mint a sokak által ismert 90 nap, ezért a Certdesk gyakrabban újít: körülbelül {{every}} naponta.',
  soonerHours:
    'Ez a tanúsítvány csak {{hours}} óráig érvényes, ezért a Certdesk akkor újítja meg, amikor a fele van hátra: körülbelül {{every}} óránként. Hagyja bekapcsolva ezt a számítógépet.',
  reasonAri: 'amikor a hitelesítő kérte (a hitelesítő megújítási információi alapján)',
  ariLater: '(a hitelesítő által javasolt időszak későbbi; a Certdesk ennél tovább nem vár)',
};

export const profileEngineHu: Shape<typeof profileText> = {
  unknown:
    'A hitelesítő nem kínálja a(z) "{{profile}}" profilt. Válasszon a profiljai közül: {{list}}.',
  noneOffered:
    'A hitelesítő nem kínál profilokat, ezért a(z) "{{profile}}" nem használható. Hagyja üresen a profilt, és a hitelesítő szokásos tanúsítványát kapja.',
  ipNeedsProfile:
    '"{{name}}" egy IP-cím. Ez a hitelesítő IP-címekre csak a(z) "{{profile}}" profillal állít ki tanúsítványt: válassza ki a További beállítások részben, vagy használjon egy erre a címre mutató domainnevet.',
  ipNotOffered:
    '"{{name}}" egy IP-cím, és ennek a hitelesítőnek nincs IP-címeket megengedő profilja. Használjon helyette egy erre a címre mutató domainnevet.',
  ipNoDns:
    '"{{name}}" egy IP-cím: a hitelesítő egy IP-címet csak kapcsolódással ellenőriz (http-01 vagy tls-alpn-01), DNS-en keresztül soha. Válassza e módszerek egyikét.',
  busy: 'A(z) {{name}} tanúsítvány megújítása éppen folyamatban van. A profilját a megújítás után módosítsa.',
  ipKeeps:
    '"{{name}}" ezen a tanúsítványon egy IP-cím, és ez a hitelesítő IP-címekre csak ezekkel a profilokkal állít ki tanúsítványt: {{list}}. Tartsa meg valamelyiket, vagy kérjen új tanúsítványt az IP-cím nélkül.',
  trialMissing:
    'A hitelesítő gyakorló (staging) szolgáltatása nem kínálja a(z) "{{profile}}" profilt (ezeket kínálja: {{list}}), ezért a próbafuttatás nem tudja kipróbálni. Folytassa próbafuttatás nélkül, vagy válasszon olyan profilt, amelyet mindkettő kínál.',
  trialNone:
    'A hitelesítő gyakorló (staging) szolgáltatása nem kínál profilokat, ezért a próbafuttatás nem tudja kipróbálni a(z) "{{profile}}" profilt. Folytassa próbafuttatás nélkül, vagy válassza a hitelesítő alapértelmezését.',
  ipReach: {
    ok: 'A(z) {{name}} {{port}}-s portján válaszol valami, így a hitelesítő kapcsolódni tud hozzá.',
    fail: 'A(z) {{name}} {{port}}-s portján semmi sem válaszol. A hitelesítő az IP-címet úgy ellenőrzi, hogy ott kapcsolódik hozzá.',
    fix: 'Nyissa meg a(z) {{name}} {{port}}-s portját az internet felé (router és tűzfal), és hagyja, hogy a Certdesk vagy a webszervere válaszoljon rajta, majd futtassa újra az ellenőrzéseket.',
    noDns:
      'Egy IP-címhez nem kellenek DNS- vagy CAA-rekordok, ezért ezek az ellenőrzések kimaradnak.',
  },
};
