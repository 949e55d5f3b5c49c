import { useTranslation } from 'react-i18next';
import { isEmailNotVerified, useResendVerification } from '../../lib/email-verification';
import { problemFromError } from '../../lib/form-errors';
import { ProblemText } from './problem-text';
import { StatusMessage } from './status-message';

/** "Send the link again" for a signed-in user whose address is not confirmed yet, with what happened. */
export function ResendVerificationButton() {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <div className="resend-verification">
      <button
        type="button"
        className="button button-secondary"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        {resend.isPending ? t('verification.resending') : t('verification.resend')}
      </button>
      {resend.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(resend.error)} />
        </p>
      )}
      <StatusMessage>{resend.isSuccess ? t('verification.resent') : null}</StatusMessage>
    </div>
  );
}

/**
 * When the event wants a confirmed address, the way to get one: beside a refusal (`error`), or
 * before asking at all (`required`: the event's rule and the user's unconfirmed address).
 */
export function VerificationNeeded({ error, required = false }: { error: unknown; required?: boolean }) {
  const { t } = useTranslation();
  const refused = isEmailNotVerified(error);
  if (!refused && !required) return null;
  return (
    <div className="notice notice-info">
      <p>{refused ? t('verification.needed') : t('verification.required')}</p>
      <ResendVerificationButton />
    </div>
  );
}
