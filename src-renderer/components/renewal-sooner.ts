// Why a certificate renews sooner than people may expect, in plain words (issue 18): certificates
// that live fewer than the 90 days people know renew more often (R20: at one third left, at half
// for 10 days or less). Plain TypeScript, so unit tests read it without a browser.
import type { TFunction } from 'i18next';
import type { CertificateSummary } from '../../src-main/shared/types.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The lifetime most people know (Let's Encrypt's classic profile until 2027). */
const FAMILIAR_DAYS = 90;

/** One sentence when this certificate's lifetime makes renewals come sooner than people expect. */
export function soonerText(
  t: TFunction,
  c: Pick<CertificateSummary, 'notBefore' | 'notAfter'>,
): string | null {
  if (!c.notBefore || !c.notAfter) return null;
  const life = Date.parse(c.notAfter) - Date.parse(c.notBefore);
  if (!(life > 0) || life >= (FAMILIAR_DAYS - 1) * DAY_MS) return null;
  // Mirrors src-main/engine/renewal/policy.ts: half for 10 days or less, else one third left.
  if (life <= 10 * DAY_MS)
    return t('profiles.soonerHours', {
      hours: Math.round(life / HOUR_MS),
      every: Math.round(life / 2 / HOUR_MS),
    });
  return t('profiles.soonerDays', {
    days: Math.round(life / DAY_MS),
    every: Math.round((life * 2) / 3 / DAY_MS),
  });
}
