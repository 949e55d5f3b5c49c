import { ChangeEmailInput, type MeDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { EmailField } from '../../../components/ui/form-fields';
import { ResendVerificationButton } from '../../../components/ui/resend-verification';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { fieldId, type FormProblems, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useChangeEmail } from '../api/change-email';
import { PasswordFields } from './password-fields';

const FORM = 'change-email';
const FIELDS = ['newEmail', 'password'] as const;

/** The address: whether it is confirmed, a new link if not, and a move to another address. */
export function EmailSection({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="email-heading" className="panel">
      <h2 id="email-heading">{t('accountEmail.title')}</h2>
      <p className="badge-row">
        <span className="strong break">{me.email}</span>{' '}
        <span className={`badge ${me.emailVerified ? 'badge-verified' : 'badge-unverified'}`}>
          {me.emailVerified ? t('accountEmail.verified') : t('accountEmail.notVerified')}
        </span>
      </p>
      {!me.emailVerified && (
        <>
          <p>{t('accountEmail.notVerifiedBody')}</p>
          <ResendVerificationButton />
        </>
      )}
      <ChangeEmailForm />
    </section>
  );
}

/** The API's refusals in this form's words: a wrong password belongs to the password field. */
function changeProblems(error: unknown): FormProblems {
  const problems = problemsFromApiError(error, FIELDS);
  if (error instanceof ApiError && error.code === 'WRONG_PASSWORD') {
    const wrong = { key: 'accountEmail.wrongPassword', message: error.message };
    return { fields: { ...problems.fields, password: wrong }, form: null };
  }
  return problems;
}

function ChangeEmailForm() {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const labels = { newEmail: t('accountEmail.newEmail'), password: t('accountEmail.currentPassword') };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const parsed = ChangeEmailInput.safeParse({ newEmail, password });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    change.mutate(parsed.data, {
      onSuccess: () => {
        setSentTo(parsed.data.newEmail);
        setNewEmail('');
        setPassword('');
      },
      onError: (error) => fail(changeProblems(error)),
    });
  }

  return (
    <>
      <h3>{t('accountEmail.changeTitle')}</h3>
      <p>{t('accountEmail.changeIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={change.isPending || undefined}>
        <EmailField
          id={fieldId(FORM, 'newEmail')}
          label={labels.newEmail}
          autoComplete="off"
          value={newEmail}
          onChange={(event) => setNewEmail(event.target.value)}
          problem={problems.fields['newEmail']}
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
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? t('passwordReset.sending') : t('accountEmail.changeSubmit')}
          </button>
        </div>
        <StatusMessage>{sentTo ? t('accountEmail.changeSent', { email: sentTo }) : null}</StatusMessage>
      </form>
    </>
  );
}
