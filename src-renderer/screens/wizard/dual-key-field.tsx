// R17 dual certificates (issue 18), under the wizard's advanced options: a second certificate for
// the same names with a key of the other family (RSA beside ECDSA), issued and renewed together.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyType } from '../../../src-main/shared/types.ts';

const KEY_TYPES: KeyType[] = ['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096'];

const otherFamily = (k: KeyType): KeyType[] =>
  KEY_TYPES.filter((x) => x.startsWith('ec') !== k.startsWith('ec'));

export function DualKeyField({
  keyType,
  twinKeyType,
  onChange,
}: {
  keyType: KeyType;
  twinKeyType: KeyType | null;
  onChange: (twin: KeyType | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const choices = otherFamily(keyType);
  // After the first key changes family, the second follows to the other one.
  const twin = twinKeyType && choices.includes(twinKeyType) ? twinKeyType : choices[0];
  return (
    <div className="field">
      <div className="choice">
        <input
          id={`${id}-dual`}
          type="checkbox"
          checked={twinKeyType !== null}
          onChange={(e) => onChange(e.target.checked ? twin : null)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={`${id}-dual`}>{t('keysLimits.dual.label')}</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('keysLimits.dual.hint')}
      </p>
      {twinKeyType !== null && (
        <>
          <label htmlFor={`${id}-twin`}>{t('keysLimits.dual.twinKey')}</label>
          <select
            id={`${id}-twin`}
            value={twin}
            onChange={(e) => onChange(e.target.value as KeyType)}
          >
            {choices.map((k) => (
              <option key={k} value={k}>
                {t(`keyType.${k}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
