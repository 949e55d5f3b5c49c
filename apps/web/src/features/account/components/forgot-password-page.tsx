import { RequestPasswordResetInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { EmailField } from '../../../components/ui/form-fields';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { rememberReturnPath } from '../utils/return-path';
import { CheckYourMail } from './check-your-mail';

const FORM = 'forgot-password';

/** `/forgot-password`: a link to choose a new password, mailed to the account's address. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const request = useRequestPasswordReset();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const labels = { email: t('account.email') };

  if (sentTo) {
    return (
      <CheckYourMail
        actions={
          <p className="button-row">
            <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
            <button type="button" className="link-button" onClick={() => setSentTo(null)}>
              {t('passwordReset.otherAddress')}
            </button>
          </p>
        }
      >
        {t('passwordReset.sentBody', { email: sentTo })}
      </CheckYourMail>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = RequestPasswordResetInput.safeParse({ email });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    request.mutate(parsed.data, {
      onSuccess: () => {
        rememberReturnPath(params.get('next'));
        setSentTo(parsed.data.email);
      },
      onError: (error) => fail(problemsFromApiError(error, ['email'])),
    });
  }

  return (
    <div className="narrow">
      <title>{`${t('passwordReset.forgotTitle')} – ${t('app.name')}`}</title>
      <h1>{t('passwordReset.forgotTitle')}</h1>
      <p className="lead">{t('passwordReset.forgotIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={request.isPending || undefined}>
        <EmailField
          id={fieldId(FORM, 'email')}
          label={labels.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={problems.fields['email']}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={request.isPending}>
            {request.isPending ? t('passwordReset.sending') : t('passwordReset.send')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
