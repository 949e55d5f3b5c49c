import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => setLanguage(other)}>
      {t('app.switchTo')}
    </button>
  );
}
