import { LoginInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { EmailField } from '../../../components/ui/form-fields';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { safeNextPath, useMe } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { SsoSignIn } from '../../sso/components/sso-sign-in';
import { useSignIn } from '../api/sign-in';
import { PasswordFields } from './password-fields';

const FORM = 'sign-in';
const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const signIn = useSignIn();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me.data) return <Navigate to={next} replace />;

  const labels = { email: t('account.email'), password: t('account.password') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = LoginInput.safeParse({ email, password });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    signIn.mutate(parsed.data, { onError: (error) => fail(problemsFromApiError(error, FIELDS)) });
  }

  return (
    <div className="narrow">
      <title>{`${t('account.signInTitle')} – ${t('app.name')}`}</title>
      <h1>{t('account.signInTitle')}</h1>
      <p className="lead">{t('account.signInIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={signIn.isPending || undefined}>
        <EmailField
          id={fieldId(FORM, 'email')}
          label={labels.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={problems.fields['email']}
        />
        <PasswordFields
          form={FORM}
          password={{
            label: labels.password,
            value: password,
            onChange: setPassword,
            problem: problems.fields['password'],
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('account.signingIn') : t('account.signIn')}
          </button>
        </div>
      </form>
      <SsoSignIn next={next} />
      <p>
        <Link to={`/forgot-password${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('passwordReset.forgotLink')}
        </Link>
      </p>
      <p>
        {t('account.noAccount')}{' '}
        <Link to={`/register${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('account.registerLink')}
        </Link>
      </p>
    </div>
  );
}
