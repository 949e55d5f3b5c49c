import type { InvitationPreviewDto } from '@hackboard/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import { invitationPath, placeForRole } from '../utils/invitation-link';

// The preview does not carry the event's timezone: times are shown in the visitor's own, with its name.
const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Stockholm';

/**
 * The page an invitation link opens (`/invitations/:token`): what it is for, then sign in or
 * register (coming back here), then accept. Used, expired and other-email links say so plainly.
 */
export function InvitationPage({ signOut }: { signOut: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);

  if (invitation.error instanceof ApiError && invitation.error.status === 404) {
    return (
      <div className="narrow">
        <title>{`${t('invitation.invalidTitle')} – ${t('app.name')}`}</title>
        <h1>{t('invitation.invalidTitle')}</h1>
        <p>{t('invitation.invalid')}</p>
        <Link to="/">{t('state.backHome')}</Link>
      </div>
    );
  }
  return (
    <QueryState query={invitation}>
      {(data) => <Invitation token={token} invitation={data} signOut={signOut} />}
    </QueryState>
  );
}

function Invitation({
  token,
  invitation,
  signOut,
}: {
  token: string;
  invitation: InvitationPreviewDto;
  signOut: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const accept = useAcceptInvitation(token);
  const [accepted, setAccepted] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const here = encodeURIComponent(invitationPath(token));
  const role = t(`role.${invitation.role}`);
  const what = invitation.organizationName
    ? t('invitation.roleFor', { role, organization: invitation.organizationName })
    : role;
  const expires = formatDateTime(invitation.expiresAt, visitorTimeZone(), i18n.language);
  const otherEmail = accept.error instanceof ApiError && accept.error.code === 'INVITATION_FOR_OTHER_EMAIL';

  let body;
  if (accepted) {
    body = (
      <div className="panel panel-highlight">
        <h2 ref={resultRef} tabIndex={-1}>
          {t('invitation.acceptedTitle')}
        </h2>
        <p>{t('invitation.acceptedBody', { what, event: invitation.eventName })}</p>
        <p>
          <Link className="button" to={placeForRole(invitation.role, invitation.eventSlug)}>
            {t(`invitation.continue.${invitation.role}`)}
          </Link>
        </p>
      </div>
    );
  } else if (invitation.status === 'accepted') {
    body = (
      <div className="notice notice-info">
        <p>{t('invitation.used')}</p>
        <Link to={`/events/${invitation.eventSlug}`}>{invitation.eventName}</Link>
      </div>
    );
  } else if (invitation.status === 'expired') {
    body = <p className="notice notice-info">{t('invitation.expired', { at: expires })}</p>;
  } else if (me.isPending) {
    body = (
      <p role="status" className="muted">
        {t('state.loading')}
      </p>
    );
  } else if (!me.data) {
    body = (
      <div className="panel">
        <h2>{t('invitation.signInTitle')}</h2>
        <p>{t('invitation.signInBody')}</p>
        <p className="button-row">
          <Link className="button" to={`/sign-in?next=${here}`}>
            {t('account.signIn')}
          </Link>
          <Link className="button button-secondary" to={`/register?next=${here}`}>
            {t('invitation.register')}
          </Link>
        </p>
      </div>
    );
  } else {
    body = (
      <div className="panel">
        <h2>{t('invitation.acceptTitle')}</h2>
        <p>{t('invitation.signedInAs', { name: me.data.displayName, email: me.data.email })}</p>
        <button
          type="button"
          className="button"
          disabled={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: () => {
                setAccepted(true);
                requestAnimationFrame(() => resultRef.current?.focus());
              },
            })
          }
        >
          {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
        </button>
        {accept.isError && (
          <div role="alert" className="notice notice-error">
            <p>
              <ProblemText problem={problemFromError(accept.error)} />
            </p>
            {otherEmail && (
              <>
                <p>{t('invitation.otherEmail', { email: me.data.email })}</p>
                <button type="button" className="button button-secondary" onClick={() => void signOut()}>
                  {t('account.signOut')}
                </button>
              </>
            )}
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="narrow">
      <title>{`${t('invitation.pageTitle', { event: invitation.eventName })} – ${t('app.name')}`}</title>
      <p className="eyebrow">{t('invitation.eyebrow')}</p>
      <h1>{t('invitation.title', { event: invitation.eventName })}</h1>
      <p className="lead">{t('invitation.intro', { what, event: invitation.eventName })}</p>
      <p>{t(`invitation.about.${invitation.role}`)}</p>
      {invitation.status === 'pending' && !accepted && (
        <p className="muted">{t('invitation.expires', { at: expires })}</p>
      )}
      {body}
    </div>
  );
}
