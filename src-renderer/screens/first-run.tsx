// First run: one account at a CA before anything else (R2: the person agrees to the CA's terms).
import { useTranslation } from 'react-i18next';
import { useApp } from '../app.tsx';
import { FocusHeading } from '../components/common.tsx';
import { AccountForm } from './account-form.tsx';

export function FirstRun() {
  const { t } = useTranslation();
  const { refresh } = useApp();
  return (
    <section className="narrow">
      <FocusHeading>{t('firstRun.title')}</FocusHeading>
      <p className="lead">{t('firstRun.intro')}</p>
      <p>{t('firstRun.account')}</p>
      <AccountForm onCreated={() => void refresh()} submitLabel={t('firstRun.create')} />
    </section>
  );
}
