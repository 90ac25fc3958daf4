// An SFTP target's key login (issue 17): the person picks their private key file, as in the SFTP
// challenge route (screens/wizard/upload-fields.tsx, same words), instead of pasting a key into a
// text box. The file is read here and sent once with the other credentials to main, which seals
// it; it never comes back to the window (R8).
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readKeyFile } from '../key-file.ts';

export function KeyFileField({ onKey }: { onKey: (keyText: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [bad, setBad] = useState(false);
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const keyText = await readKeyFile(file);
    setBad(keyText === null);
    setChosen(keyText === null ? '' : file.name);
    onKey(keyText ?? '');
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.field.uploadKey')}</label>
      <input
        id={id}
        name="privateKeyFile"
        type="file"
        onChange={(e) => void pick(e)}
        aria-invalid={bad}
        aria-describedby={`${id}-hint${bad ? ` ${id}-err` : ''}`}
      />
      <p className="hint" id={`${id}-hint`}>
        {chosen ? t('details.uploadKeyChosen', { name: chosen }) : t('details.uploadKeyHint')}
      </p>
      {bad && (
        <p className="field-error" id={`${id}-err`}>
          {t('details.uploadKeyBad')}
        </p>
      )}
    </div>
  );
}
