import type { SignInMethodsDto, SsoProviderDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { type Problem, problemFromError } from '../../../lib/form-errors';
import { useSsoProviders } from '../api/get-providers';
import { useLinkProvider, useSignInMethods, useUnlinkIdentity } from '../api/sign-in-methods';

/**
 * The account page's ways in: the password, if there is one, and the linked providers. A provider
 * is linked by signing in at it once; the last way in cannot be removed.
 */
export function SignInMethods() {
  const { t } = useTranslation();
  const providers = useSsoProviders();
  const methods = useSignInMethods();
  if (!providers.data?.length) return null;
  return (
    <section aria-labelledby="sign-in-methods-heading">
      <h2 id="sign-in-methods-heading">{t('sso.methodsTitle')}</h2>
      <QueryState query={methods}>{(data) => <MethodsList methods={data} providers={providers.data} />}</QueryState>
    </section>
  );
}

function MethodsList({ methods, providers }: { methods: SignInMethodsDto; providers: SsoProviderDto[] }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const link = useLinkProvider();
  const unlink = useUnlinkIdentity();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unlinked, setUnlinked] = useState<string | null>(null);
  const linkedNow = providers.find((provider) => provider.id === params.get('linked'));
  const ways = methods.identities.length + (methods.hasPassword ? 1 : 0);
  const unlinkedProviders = providers.filter(
    (provider) => !methods.identities.some((identity) => identity.providerId === provider.id),
  );
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'sv' ? 'sv-SE' : 'en-GB');

  return (
    <>
      <ul className="plain-list">
        <li>{methods.hasPassword ? t('sso.passwordSet') : t('sso.noPassword')}</li>
        {methods.identities.map((identity) => (
          <li key={identity.id}>
            <span>
              {t('sso.linkedTo', { provider: identity.providerName })}
              {identity.email ? ` (${identity.email})` : ''}{' '}
              <span className="muted">{t('sso.linkedOn', { date: date(identity.linkedAt) })}</span>
            </span>{' '}
            {ways > 1 ? (
              <button
                type="button"
                className="link-button"
                disabled={unlink.isPending}
                onClick={() => {
                  setProblem(null);
                  setUnlinked(null);
                  unlink.mutate(identity.id, {
                    onSuccess: () => setUnlinked(identity.providerName),
                    onError: (error) => setProblem(problemFromError(error)),
                  });
                }}
              >
                {t('sso.unlink', { provider: identity.providerName })}
              </button>
            ) : (
              <span className="muted">{t('sso.onlyWayIn')}</span>
            )}
          </li>
        ))}
      </ul>
      {unlinkedProviders.length > 0 && (
        <div className="button-row">
          {unlinkedProviders.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className="button button-secondary"
              disabled={link.isPending}
              onClick={() => {
                setProblem(null);
                link.mutate(provider.id, { onError: (error) => setProblem(problemFromError(error)) });
              }}
            >
              {t('sso.link', { provider: provider.name })}
            </button>
          ))}
        </div>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          <ProblemText problem={problem} />
        </p>
      )}
      <StatusMessage>
        {unlinked
          ? t('sso.unlinked', { provider: unlinked })
          : linkedNow
            ? t('sso.linked', { provider: linkedNow.name })
            : null}
      </StatusMessage>
    </>
  );
}
