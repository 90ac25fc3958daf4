// Issue 18 in the window, Danish (keys as in ./en.ts).
import type { keysLimitsEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const keysLimitsDa: Shape<typeof keysLimitsEn> = {
  staging: {
    label: 'Adresse på øvelsesmappe (staging) (valgfri)',
    hint: 'Hvis din CA har en øvelsestjeneste, så indsæt dens mappeadresse: Certdesk tilbyder så en prøvekørsel der før rigtige bestillinger.',
  },
  dual: {
    label: 'Få også et certifikat med den anden slags nøgle til de samme navne (ECDSA + RSA)',
    hint: 'Til servere, der skal give meget gamle klienter et RSA-certifikat, mens alle andre får det mindre og hurtigere ECDSA-certifikat. Begge udstedes og fornyes sammen.',
    twinKey: 'Nøgle til det andet certifikat',
    twin: 'Andet certifikat',
    twinLine:
      '{{keyType}}, serienummer {{serial}}, gyldigt til {{date}}: fornyes sammen med dette.',
    exportNote:
      'Dette certifikat findes i to udgaver: eksporten skriver to sæt, i mapper der ender på -ecdsa og -rsa.',
  },
  paused: {
    title: "CA'en har sat denne konto på pause for disse navne",
    open: 'Åbn siden til at ophæve pausen',
    done: 'Jeg har ophævet pausen: forny nu',
    waiting:
      'Fornyelser af dette certifikat venter, til du siger, at pausen på kontoen er ophævet.',
  },
};
