import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { arrivalNotice } from '../../../lib/arrival-notice';
import { useVerifyEmail } from '../api/verify-email';
import { takeReturnPath } from '../utils/return-path';
import { MailedLinkAction, MailedLinkPage } from './mailed-link-page';

/** `/verify-email?token=…`: confirms the address the link was mailed to, and signs in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const verify = useVerifyEmail();
  return (
    <MailedLinkPage title={t('verifyEmail.title')} renewPath="/account" renewLabel={t('mailedLink.accountLink')}>
      {(token) => (
        <MailedLinkAction
          intro={t('verifyEmail.intro')}
          label={t('verifyEmail.submit')}
          busyLabel={t('mailedLink.confirming')}
          pending={verify.isPending}
          error={verify.error}
          onAct={() =>
            verify.mutate(
              { token },
              {
                onSuccess: () =>
                  void navigate(takeReturnPath('/'), { replace: true, state: arrivalNotice('notice.emailVerified') }),
              },
            )
          }
          help={
            <>
              {t('verifyEmail.help')} <Link to="/account">{t('mailedLink.accountLink')}</Link>
            </>
          }
        />
      )}
    </MailedLinkPage>
  );
}
