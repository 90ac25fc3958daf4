// Finnish: HTTPS after the first certificate (R18, issue 17).
import type { httpsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const httpsFi: Shape<typeof httpsEn> = {
  title: 'Ohjaa vierailijat HTTPS:ään',
  intro:
    'Lisää tämä palvelimellesi, niin http:// kirjoittavat vierailijat päätyvät osoitteeseen https://. Yksi polku jää tavalliselle HTTP:lle: CA tarkistaa sen jokaisella uusinnalla.',
  redirectLabel: 'Uudelleenohjaus HTTP:stä HTTPS:ään',
  hsts: 'Käske selaimia myös käyttämään aina HTTPS:ää {{days}} päivän ajan (HSTS)',
  hstsWarning:
    'Varoitus: HSTS:n kanssa vierailijat näkevät virhesivun, jonka ohi ei voi klikata, jos varmenne vanhenee tai on väärä noiden {{days}} päivän aikana – kunnes korjaat asian. Ota se käyttöön vasta, kun uusinnat sujuvat ongelmitta.',
  hstsLabel: 'HSTS-rivi HTTPS-sivustolle',
};
