// Hungarian: HTTPS after the first certificate (R18, issue 17).
import type { httpsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const httpsHu: Shape<typeof httpsEn> = {
  title: 'Látogatók átirányítása HTTPS-re',
  intro:
    'Adja hozzá ezt a szerveréhez, hogy a http://-t beíró látogatók a https://-re kerüljenek. Egy útvonal sima HTTP-n marad: a CA minden megújításkor ellenőrzi.',
  redirectLabel: 'Átirányítás HTTP-ről HTTPS-re',
  hsts: 'A böngészők {{days}} napig mindig HTTPS-t használjanak (HSTS)',
  hstsWarning:
    'Vigyázat: HSTS mellett, ha ez alatt a {{days}} nap alatt egy tanúsítvány lejár vagy hibás, a látogatók olyan hibaoldalt kapnak, amelyen nem tudnak továbbkattintani, amíg ki nem javítja. Csak akkor kapcsolja be, ha a megújítások már gond nélkül futnak.',
  hstsLabel: 'HSTS-sor a HTTPS-webhelyhez',
};
