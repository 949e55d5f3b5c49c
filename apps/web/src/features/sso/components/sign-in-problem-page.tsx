import { SsoErrorCode } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { safeNextPath } from '../../../lib/session';

/**
 * Where a refused sign-in through a provider lands: what happened, in the reader's language, what
 * to do next, and the reference the server logged it under.
 */
export function SignInProblemPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const parsed = SsoErrorCode.safeParse(params.get('code'));
  const code = parsed.success ? parsed.data : 'SSO_FAILED';
  const reference = params.get('ref');
  const next = safeNextPath(params.get('next'), '/');
  const signInAgain = `/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <div className="narrow">
      <title>{`${t('sso.problemTitle')} – ${t('app.name')}`}</title>
      <h1>{t('sso.problemTitle')}</h1>
      <p className="notice notice-error">{t(`sso.problem.${code}`)}</p>
      <p>
        <Link to={signInAgain}>{t('sso.tryAgain')}</Link>
      </p>
      {reference && (
        <p className="muted">
          {t('sso.reference')} <code>{reference}</code>
        </p>
      )}
    </div>
  );
}
