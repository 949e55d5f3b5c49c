import { useTranslation } from 'react-i18next';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** The password rules, each marked met or not as the person types (not announced on every key). */
export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { t } = useTranslation();
  const rules = [
    { key: 'min', met: password.length >= PASSWORD_MIN, text: t('account.passwordRuleMin', { count: PASSWORD_MIN }) },
    { key: 'max', met: password.length <= PASSWORD_MAX, text: t('account.passwordRuleMax', { count: PASSWORD_MAX }) },
  ];
  return (
    <div id={id} className="field-hint">
      <p className="rules-title">{t('account.passwordRulesTitle')}</p>
      <ul className="rules">
        {rules.map((rule) => (
          <li key={rule.key} className={rule.met && password ? 'rule-met' : undefined}>
            <span aria-hidden="true" className="rule-mark">
              {rule.met && password ? '✓' : '•'}
            </span>{' '}
            {rule.text}
            {password && (
              <span className="visually-hidden"> ({rule.met ? t('account.ruleMet') : t('account.ruleNotMet')})</span>
            )}
          </li>
        ))}
      </ul>
      <p>{t('account.passwordAdvice')}</p>
    </div>
  );
}
