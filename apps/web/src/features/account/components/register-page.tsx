import { RegisterInput, type RegistrationPendingDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { EmailField, RadioGroupField, TextField } from '../../../components/ui/form-fields';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import type { Language } from '../../../lib/i18n';
import { safeNextPath, useMe } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { isPending, useRegister } from '../api/register';
import { rememberReturnPath } from '../utils/return-path';
import { CheckYourMail } from './check-your-mail';
import { PasswordFields } from './password-fields';

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
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'sv');
  const [pending, setPending] = useState<RegistrationPendingDto | null>(null);

  if (me.data) return <Navigate to={next} replace />;
  // With mail delivery on, the account is finished from the link mailed to the address.
  if (pending) return <CheckYourMail>{t('registration.sentBody', { email: pending.email })}</CheckYourMail>;

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
    register.mutate(parsed.data, {
      onSuccess: (answer) => {
        if (!isPending(answer)) return;
        rememberReturnPath(params.get('next'));
        setPending(answer);
      },
      onError: (error) => fail(problemsFromApiError(error, FIELDS)),
    });
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
        <EmailField
          id={fieldId(FORM, 'email')}
          label={labels.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={problems.fields['email']}
        />
        <PasswordFields
          form={FORM}
          isNew
          password={{
            label: labels.password,
            value: password,
            onChange: setPassword,
            problem: problems.fields['password'],
          }}
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
