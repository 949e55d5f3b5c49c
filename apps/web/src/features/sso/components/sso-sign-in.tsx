import { useTranslation } from 'react-i18next';
import { signInStartUrl, useSsoProviders } from '../api/get-providers';

/**
 * "Sign in with …" for each configured provider. Plain links: the sign-in continues on the
 * provider's own page and comes back to `next`. Nothing is shown when no provider is configured.
 */
export function SsoSignIn({ next }: { next: string }) {
  const { t, i18n } = useTranslation();
  const providers = useSsoProviders();
  if (!providers.data?.length) return null;
  return (
    <section aria-labelledby="sso-heading" className="sso-sign-in">
      <h2 id="sso-heading">{t('sso.signInWithOrganization')}</h2>
      <ul className="plain-list">
        {providers.data.map((provider) => (
          <li key={provider.id}>
            <a className="button button-secondary" href={signInStartUrl(provider.id, next, i18n.language)}>
              {t('sso.signInWith', { provider: provider.name })}
            </a>
          </li>
        ))}
      </ul>
      <p className="muted">{t('sso.signInHint')}</p>
    </section>
  );
}
