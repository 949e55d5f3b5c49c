import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useMe } from '../../../lib/session';
import { EmailSection } from './email-section';
import { NotificationSettings } from './notification-settings';
import { ProfileForm } from './profile-form';
import { SignInMethods } from '../../sso/components/sign-in-methods';

/** `/account`: profile, email address, ways to sign in and the mails the user gets. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="narrow">
      <title>{`${t('account.accountTitle')} – ${t('app.name')}`}</title>
      <h1>{t('account.accountTitle')}</h1>
      <QueryState query={me}>
        {(data) =>
          data && (
            <>
              <ProfileForm me={data} />
              <EmailSection me={data} />
              <SignInMethods />
              <NotificationSettings />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
