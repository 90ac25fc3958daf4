// Danish: what the CA's problem documents mean (src-main/shared/engine-text/acme.ts, issue 18).
import type { acmeText } from '../../../src-main/shared/engine-text/acme.ts';
import type { Shape } from '../shape.ts';

export const acmeDa: Shape<typeof acmeText> = {
  forName: ' ({{name}})',
  rateLimited:
    "CA'en siger, at der for nylig er bedt om for mange certifikater eller forsøg. Vent til det viste tidspunkt, og prøv så igen; ret først en kontrol, der fejler, så nye forsøg ikke tæller imod dig.",
  badNonce:
    "CA'en afviste en engangsnøgle til en forespørgsel flere gange i træk. Det er som regel forbigående: prøv igen.",
  caa: 'En CAA-post i din DNS tillader ikke denne CA at udstede{{who}}. Tilføj en CAA-post, der tillader det (for Let\'s Encrypt: 0 issue "letsencrypt.org"), eller fjern den, der begrænser.',
  dns: "CA'en kunne ikke slå dit domæne{{who}} op i DNS. Kontrollér, at navnet findes, og at dets DNS-servere svarer, og prøv så igen.",
  connection:
    "CA'en kunne ikke forbinde til din server{{who}}. Kontrollér, at navnet peger på denne server, og at porten (80 for http-01, 443 for tls-alpn-01) er åben mod internettet.",
  unauthorized:
    "CA'en nåede din server{{who}}, men fik ikke det svar, den ventede. Kontrollér, at navnet peger på den rigtige server, og at intet (et CMS, et CDN eller en omdirigering) opfanger udfordringen.",
  incorrectResponse:
    "CA'en fik et forkert svar på sin udfordring{{who}}. Kontrollér, at filen eller DNS-posten indeholder præcis den værdi, Certdesk gav.",
  rejectedIdentifier:
    "CA'en vil ikke udstede certifikater til dette navn{{who}} (dens regler forbyder det). Brug et andet navn eller en anden CA.",
  tls: "CA'en havde et TLS-problem i forbindelsen til din server{{who}}. Kontrollér serveren på port 443.",
  serverInternal:
    "CA'en havde en intern fejl. Prøv igen senere; hvis det fortsætter, så se CA'ens statusside.",
  malformed:
    "CA'en afviste forespørgslen som fejlformet: {{detail}}. Hvis det bliver ved, så rapportér det.",
  badCSR: "CA'en afviste certifikatanmodningen: {{detail}}. Prøv en anden nøgletype.",
  badSignatureAlgorithm:
    "CA'en accepterer ikke denne type kontonøgle. Opret en konto med en anden nøgletype (ECDSA P-256 accepteres bredt).",
  badPublicKey:
    "CA'en accepterer ikke denne type certifikatnøgle. Vælg en anden nøgletype (ECDSA P-256 eller RSA 2048).",
  externalAccountRequired:
    "Denne CA kræver en External Account Binding: kopiér nøgle-id'et og HMAC-nøglen fra din kontoside hos CA'en, og føj dem til kontoen.",
  unauthorizedEab:
    "CA'en accepterede ikke din External Account Binding. Kontrollér nøgle-id'et og HMAC-nøglen hos din CA.",
  accountDoesNotExist: "CA'en kender ikke længere denne konto. Opret en ny konto.",
  alreadyRevoked: 'Dette certifikat er allerede tilbagekaldt.',
  userActionRequired:
    "CA'en har brug for, at du gør noget (ofte: accepterer nye servicevilkår): {{detail}}",
  unsupportedIdentifier: "CA'en understøtter ikke denne slags navn{{who}}.",
  orderNotReady: "CA'en sagde, at bestillingen ikke var klar. Prøv igen.",
  invalidContact:
    "CA'en accepterede ikke e-mailadressen. Brug en adresse på et rigtigt domæne, som når frem til dig.",
  unsupportedContact:
    "CA'en accepterer ikke denne slags kontaktoplysning. Brug en almindelig e-mailadresse.",
  refused: "CA'en afviste: {{detail}}.",
};
