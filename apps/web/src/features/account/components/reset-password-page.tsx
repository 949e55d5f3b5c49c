import { ResetPasswordInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { ApiError } from '../../../lib/api-client';
import { arrivalNotice } from '../../../lib/arrival-notice';
import { type FieldProblems, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { safeNextPath } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useResetPassword } from '../api/reset-password';
import { takeReturnPath } from '../utils/return-path';
import { MailedLinkPage } from './mailed-link-page';
import { PasswordFields } from './password-fields';

const FORM = 'reset-password';

/** `/reset-password?token=…`: the new password, twice; afterwards signed in and on the way back. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  return (
    <MailedLinkPage title={t('passwordReset.resetTitle')} renewPath="/forgot-password">
      {(token) => <ResetPasswordForm token={token} />}
    </MailedLinkPage>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reset = useResetPassword();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [linkRefused, setLinkRefused] = useState(false);
  const labels = { password: t('passwordReset.newPassword'), passwordRepeat: t('passwordReset.repeatPassword') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ResetPasswordInput.safeParse({ token, password });
    const fields: FieldProblems = parsed.success ? {} : problemsFromIssues(parsed.error.issues);
    if (!fields['password'] && password !== repeat) {
      fields['passwordRepeat'] = { key: 'passwordReset.mismatch', message: 'does not match' };
    }
    if (!parsed.success || Object.keys(fields).length > 0) return fail({ fields, form: null });
    clear();
    setLinkRefused(false);
    reset.mutate(parsed.data, {
      onSuccess: () =>
        void navigate(safeNextPath(params.get('next'), takeReturnPath('/')), {
          replace: true,
          state: arrivalNotice('notice.passwordReset'),
        }),
      onError: (error) => {
        setLinkRefused(error instanceof ApiError && error.code === 'RESET_TOKEN_INVALID');
        fail(problemsFromApiError(error, ['password']));
      },
    });
  }

  return (
    <>
      <p className="lead">{t('passwordReset.resetIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      {linkRefused && (
        <p>
          <Link to="/forgot-password">{t('mailedLink.newLink')}</Link>
        </p>
      )}
      <form noValidate onSubmit={submit} className="form" aria-busy={reset.isPending || undefined}>
        <PasswordFields
          form={FORM}
          isNew
          password={{
            label: labels.password,
            value: password,
            onChange: setPassword,
            problem: problems.fields['password'],
          }}
          repeat={{
            label: labels.passwordRepeat,
            value: repeat,
            onChange: setRepeat,
            problem: problems.fields['passwordRepeat'],
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={reset.isPending}>
            {reset.isPending ? t('form.saving') : t('passwordReset.save')}
          </button>
        </div>
      </form>
    </>
  );
}
