import { RegisterInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { CheckboxField, RadioGroupField, TextField } from '../../../components/ui/form-fields';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import type { Language } from '../../../lib/i18n';
import { safeNextPath, useMe } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useRegister } from '../api/register';
import { PasswordRules } from './password-rules';

const FORM = 'register';
const FIELDS = ['displayName', 'email', 'password', 'language'] as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const register = useRegister();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'sv');

  if (me.data) return <Navigate to={next} replace />;

  const labels = {
    displayName: t('account.displayName'),
    email: t('account.email'),
    password: t('account.password'),
    language: t('account.language'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = RegisterInput.safeParse({ displayName, email, password, language });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    register.mutate(parsed.data, { onError: (error) => fail(problemsFromApiError(error, FIELDS)) });
  }

  return (
    <div className="narrow">
      <title>{`${t('account.registerTitle')} – ${t('app.name')}`}</title>
      <h1>{t('account.registerTitle')}</h1>
      <p className="lead">{t('account.registerIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={register.isPending || undefined}>
        <TextField
          id={fieldId(FORM, 'displayName')}
          label={labels.displayName}
          hint={t('account.displayNameHint')}
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          problem={problems.fields['displayName']}
        />
        <TextField
          id={fieldId(FORM, 'email')}
          label={labels.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={problems.fields['email']}
        />
        <TextField
          id={fieldId(FORM, 'password')}
          label={labels.password}
          type={showPassword ? 'text' : 'password'}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          problem={problems.fields['password']}
          aria-describedby={`${FORM}-password-rules`}
        />
        <PasswordRules id={`${FORM}-password-rules`} password={password} />
        <CheckboxField
          id={fieldId(FORM, 'show-password')}
          label={t('account.showPassword')}
          checked={showPassword}
          onChange={setShowPassword}
        />
        <RadioGroupField<Language>
          id={fieldId(FORM, 'language')}
          legend={labels.language}
          hint={t('account.languageHint')}
          problem={problems.fields['language']}
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'sv', label: <span lang="sv">Svenska</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={register.isPending}>
            {register.isPending ? t('account.registering') : t('account.registerSubmit')}
          </button>
        </div>
      </form>
      <p>
        {t('account.haveAccount')}{' '}
        <Link to={`/sign-in${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('account.signInLink')}
        </Link>
      </p>
    </div>
  );
}
