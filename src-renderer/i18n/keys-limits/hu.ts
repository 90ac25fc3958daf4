// Issue 18 in the window, Hungarian (keys as in ./en.ts).
import type { keysLimitsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const keysLimitsHu: Shape<typeof keysLimitsEn> = {
  staging: {
    label: 'A gyakorló (staging) címtár címe (nem kötelező)',
    hint: 'Ha a hitelesítésszolgáltatónak van gyakorló szolgáltatása, illessze be a címtára címét: a Certdesk ekkor ott próbafuttatást kínál a valódi rendelések előtt.',
  },
  dual: {
    label: 'Tanúsítvány a másik kulcstípussal is ugyanazokra a nevekre (ECDSA + RSA)',
    hint: 'Olyan szerverekhez, amelyeknek a nagyon régi klienseknek RSA-tanúsítványt kell adniuk, miközben mindenki más a kisebb és gyorsabb ECDSA-tanúsítványt kapja. A kettő együtt készül és együtt újul meg.',
    twinKey: 'A második tanúsítvány kulcsa',
    twin: 'Második tanúsítvány',
    twinLine:
      '{{keyType}}, sorozatszám: {{serial}}, érvényes eddig: {{date}}; ezzel együtt újul meg.',
    exportNote:
      'Ebből a tanúsítványból kétféle van: az exportálás két készletet ír, -ecdsa és -rsa végű mappákba.',
  },
  paused: {
    title: 'A hitelesítésszolgáltató szüneteltette ezt a fiókot ezekre a nevekre',
    open: 'A feloldó oldal megnyitása',
    done: 'Feloldottam: megújítás most',
    waiting:
      'A tanúsítvány megújításai addig várnak, amíg nem jelzi, hogy a fiók szüneteltetése megszűnt.',
  },
};
