import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../../lib/i18n';

/** Switches between Swedish and English; `onSwitch` lets the app remember the choice elsewhere too. */
export function LanguageSwitch({ onSwitch }: { onSwitch?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="link-button"
      lang={other}
      onClick={() => {
        setLanguage(other);
        onSwitch?.(other);
      }}
    >
      {t('app.switchTo')}
    </button>
  );
}
