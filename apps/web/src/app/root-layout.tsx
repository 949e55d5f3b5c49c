import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/ui/language-switch';
import { useUpdateProfile } from '../features/account/api/update-profile';
import { useMe } from '../lib/session';
import { AccountMenu } from './account-menu';
import { ArrivalNotice } from './arrival-notice';

const NO_RETURN = [
  '/',
  '/sign-in',
  '/register',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
  '/confirm-email',
  '/unsubscribe',
];

export function RootLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const updateProfile = useUpdateProfile();
  const { pathname, search } = useLocation();
  // Signing in from a page comes back to it; a page a mailed link opened has done its work by then.
  const returnHere = NO_RETURN.includes(pathname) ? '' : `?next=${encodeURIComponent(pathname + search)}`;
  const firstPath = useRef(pathname);

  // After moving to another page, a screen reader starts reading at its content, not at the old focus.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('app.mainNavigation')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  {t('app.events')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch
            onSwitch={(language) => {
              // The choice follows a signed-in user to other devices.
              if (me.data) updateProfile.mutate({ language });
            }}
          />
          <nav aria-label={t('account.navLabel')} className="account-area">
            {me.data ? (
              <AccountMenu me={me.data} />
            ) : me.isPending ? null : (
              <ul className="nav-list">
                <li>
                  <NavLink to={`/sign-in${returnHere}`}>{t('account.signIn')}</NavLink>
                </li>
                <li>
                  <NavLink to={`/register${returnHere}`}>{t('account.register')}</NavLink>
                </li>
              </ul>
            )}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <ArrivalNotice key={pathname} />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <NavLink to="/accessibility">{t('app.accessibility')}</NavLink>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
