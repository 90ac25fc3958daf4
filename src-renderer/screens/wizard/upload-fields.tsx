// The SFTP/FTP part of the details step (shared hosting, R10/R11): server, account, how to log in
// (SFTP: password or private key file plus passphrase; FTP: password, with FTPS on by default),
// and the site's web root. The key file is read here and sent once with the other credentials;
// main seals it and it never comes back to the window (R8).
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readKeyFile } from '../../key-file.ts';
import type { Details, TextKey } from './model.ts';

type FieldOpts = { type?: string; hint?: ReactNode; placeholder?: string; autoComplete?: string };

type Props = {
  mode: 'sftp' | 'ftp';
  d: Details;
  set: (patch: Partial<Details>) => void;
  field: (key: TextKey, opts?: FieldOpts) => ReactNode;
  idBase: string;
  missing: (keyof Details)[];
  /** A private key is stored for this certificate: picking no file keeps it (certificate page). */
  keptKey?: boolean;
};

export function UploadFields({ mode, d, set, field, idBase, missing, keptKey = false }: Props) {
  const { t } = useTranslation();
  const [keyProblem, setKeyProblem] = useState(false);
  const keyId = `${idBase}-uploadKey`;

  const pickKey = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await readKeyFile(file);
    setKeyProblem(text === null);
    set({ uploadKey: text ?? '', uploadKeyName: text === null ? '' : file.name });
  };

  const check = (key: 'uploadTls' | 'uploadInsecureTls', hint: string) => (
    <div className="choice">
      <input
        type="checkbox"
        id={`${idBase}-${key}`}
        checked={d[key]}
        aria-describedby={`${idBase}-${key}-hint`}
        onChange={(e) => set({ [key]: e.target.checked })}
      />
      <label htmlFor={`${idBase}-${key}`}>{t(`details.field.${key}`)}</label>
      <p className="hint" id={`${idBase}-${key}-hint`}>
        {hint}
      </p>
    </div>
  );

  const authRadio = (value: Details['uploadAuth']) => (
    <div className="choice" key={value}>
      <input
        type="radio"
        id={`${idBase}-auth-${value}`}
        name={`${idBase}-auth`}
        checked={d.uploadAuth === value}
        onChange={() => set({ uploadAuth: value })}
      />
      <label htmlFor={`${idBase}-auth-${value}`}>{t(`details.uploadAuth.${value}`)}</label>
    </div>
  );

  const keyBad = missing.includes('uploadKey') || keyProblem;
  return (
    <fieldset>
      <legend>{t(`details.uploadLegend.${mode}`)}</legend>
      {field('uploadHost', {
        placeholder: mode === 'sftp' ? 'ssh.example.com' : 'ftp.example.com',
      })}
      {field('uploadPort', { placeholder: mode === 'sftp' ? '22' : '21', type: 'number' })}
      {field('uploadUser', { autoComplete: 'username' })}
      {mode === 'sftp' && (
        <fieldset>
          <legend>{t('details.uploadAuth.legend')}</legend>
          {authRadio('password')}
          {authRadio('key')}
        </fieldset>
      )}
      {(mode === 'ftp' || d.uploadAuth === 'password') &&
        field('uploadPassword', {
          type: 'password',
          hint: t('details.secretHint'),
          autoComplete: 'new-password',
        })}
      {mode === 'sftp' && d.uploadAuth === 'key' && (
        <>
          <div className="field">
            <label htmlFor={keyId}>{t('details.field.uploadKey')}</label>
            <input
              id={keyId}
              type="file"
              onChange={(e) => void pickKey(e)}
              aria-invalid={keyBad}
              aria-describedby={`${keyId}-hint${keyBad ? ` ${keyId}-err` : ''}`}
            />
            <p className="hint" id={`${keyId}-hint`}>
              {d.uploadKeyName
                ? t('details.uploadKeyChosen', { name: d.uploadKeyName })
                : keptKey
                  ? t('details.uploadKeyKept')
                  : t('details.uploadKeyHint')}
            </p>
            {keyBad && (
              <p className="field-error" id={`${keyId}-err`}>
                {t('details.uploadKeyBad')}
              </p>
            )}
          </div>
          {field('uploadPassphrase', {
            type: 'password',
            hint: t('details.uploadPassphraseHint'),
            autoComplete: 'off',
          })}
        </>
      )}
      {mode === 'ftp' && check('uploadTls', t('details.uploadTlsHint'))}
      {mode === 'ftp' &&
        (d.uploadTls || d.uploadInsecureTls) &&
        check('uploadInsecureTls', t('details.uploadInsecureTlsHint'))}
      {field('uploadDir', { placeholder: 'public_html', hint: t('details.uploadDirHint') })}
    </fieldset>
  );
}
