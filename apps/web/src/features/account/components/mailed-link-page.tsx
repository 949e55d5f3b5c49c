import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { problemFromError } from '../../../lib/form-errors';

/**
 * The page a link from a mail opens (`?token=…`): its title and heading, and what to do with the
 * token, or, when the address lost its token on the way, where to get a new link.
 */
export function MailedLinkPage({
  title,
  renewPath,
  renewLabel,
  children,
}: {
  title: string;
  /** Where a new link can be had. */
  renewPath: string;
  renewLabel?: string;
  children: (token: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  return (
    <div className="narrow">
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {token ? (
        children(token)
      ) : (
        <>
          <p className="notice notice-error">{t('mailedLink.incomplete')}</p>
          <p>
            <Link to={renewPath}>{renewLabel ?? t('mailedLink.newLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

/**
 * One button that uses the link's token. Nothing happens on opening the page: mail scanners fetch
 * links before people do, and only a person presses the button.
 */
export function MailedLinkAction({
  intro,
  label,
  busyLabel,
  pending,
  error,
  onAct,
  help,
}: {
  intro: ReactNode;
  label: string;
  busyLabel: string;
  pending: boolean;
  error: unknown;
  onAct: () => void;
  /** Shown under a refusal: how to get a link that works. */
  help: ReactNode;
}) {
  return (
    <>
      <p className="lead">{intro}</p>
      {error != null && (
        <div role="alert" className="notice notice-error">
          <p>
            <ProblemText problem={problemFromError(error)} />
          </p>
          <p>{help}</p>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={pending} aria-busy={pending || undefined} onClick={onAct}>
          {pending ? busyLabel : label}
        </button>
      </div>
    </>
  );
}
