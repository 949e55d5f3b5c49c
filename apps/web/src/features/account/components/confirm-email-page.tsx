import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { arrivalNotice } from '../../../lib/arrival-notice';
import { useConfirmEmailChange } from '../api/confirm-email-change';
import { MailedLinkAction, MailedLinkPage } from './mailed-link-page';

/** `/confirm-email?token=…`: moves the account to the new address the link was mailed to. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirmEmailChange();
  return (
    <MailedLinkPage title={t('confirmEmail.title')} renewPath="/account" renewLabel={t('mailedLink.accountLink')}>
      {(token) => (
        <MailedLinkAction
          intro={t('confirmEmail.intro')}
          label={t('confirmEmail.submit')}
          busyLabel={t('mailedLink.confirming')}
          pending={confirm.isPending}
          error={confirm.error}
          onAct={() =>
            confirm.mutate(
              { token },
              {
                onSuccess: (me) =>
                  void navigate('/account', {
                    replace: true,
                    state: arrivalNotice('notice.emailChanged', { email: me.email }),
                  }),
              },
            )
          }
          help={
            <>
              {t('confirmEmail.help')} <Link to="/account">{t('mailedLink.accountLink')}</Link>
            </>
          }
        />
      )}
    </MailedLinkPage>
  );
}
