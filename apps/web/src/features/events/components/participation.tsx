import type { EventDto } from '@hackboard/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { VerificationNeeded } from '../../../components/ui/resend-verification';
import { RoleBadge } from '../../../components/ui/role-badge';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { agencyOrganizationsIn, canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useMyTeam } from '../../teams/api/get-my-team';
import { useJoinEvent } from '../api/join-event';

/** Who the visitor is in this event, and the way in while registration is open. */
export function Participation({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const join = useJoinEvent(event.slug);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [joined, setJoined] = useState(false);
  const user = me.data ?? null;
  const roles = rolesIn(user, event.id);
  // A participant without a team is pointed to finding one, not to a team they do not have.
  const team = useMyTeam(event.slug, roles.includes('participant'));
  if (me.isPending) return null;

  const open = event.phase === 'registration' || event.phase === 'hacking';
  const here = encodeURIComponent(`/events/${event.slug}`);

  let body;
  if (roles.length > 0) {
    body = (
      <p className="badge-row">
        {t('participation.yourRoles')}{' '}
        {roles.map((role) => (
          <RoleBadge key={role} role={role} />
        ))}
      </p>
    );
  } else if (open && user) {
    body = (
      <>
        <p>{t('participation.joinIntro')}</p>
        <button
          type="button"
          className="button"
          disabled={join.isPending}
          onClick={() =>
            join.mutate(undefined, {
              onSuccess: () => {
                setJoined(true);
                headingRef.current?.focus();
              },
            })
          }
        >
          {join.isPending ? t('participation.joining') : t('participation.join')}
        </button>
      </>
    );
  } else if (open) {
    body = (
      <p>
        <Link to={`/sign-in?next=${here}`}>{t('account.signIn')}</Link> {t('participation.or')}{' '}
        <Link to={`/register?next=${here}`}>{t('participation.registerAccount')}</Link> {t('participation.toJoin')}
      </p>
    );
  } else if (event.phase === 'upcoming') {
    body = (
      <p>
        {t('participation.opensAt', {
          at: formatDateTime(event.timeline.registrationOpensAt, event.timezone, i18n.language),
        })}
      </p>
    );
  } else if (event.phase === 'draft') {
    body = <p>{t('participation.draft')}</p>;
  } else {
    body = <p>{t('participation.closed')}</p>;
  }

  return (
    <section aria-labelledby="participation-heading" className="panel">
      <h2 id="participation-heading" ref={headingRef} tabIndex={-1}>
        {t('participation.title')}
      </h2>
      {body}
      {join.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(join.error)} />
        </p>
      )}
      <VerificationNeeded
        error={join.error}
        required={open && event.requireVerifiedEmail && !!user && !user.emailVerified && roles.length === 0}
      />
      <StatusMessage>{joined ? t('participation.joined', { event: event.name }) : null}</StatusMessage>
      {(roles.includes('participant') ||
        agencyOrganizationsIn(user, event.id).length > 0 ||
        canOrganize(user, event.id)) && (
        <p className="button-row">
          {roles.includes('participant') && (
            <Link to={`/events/${event.slug}/team`} className="button">
              {team.data === null ? t('participation.findTeam') : t('participation.myTeam')}
            </Link>
          )}
          {agencyOrganizationsIn(user, event.id).length > 0 && (
            <Link to={`/events/${event.slug}/challenges/manage`} className="button button-secondary">
              {t('participation.ownChallenges')}
            </Link>
          )}
          {canOrganize(user, event.id) && (
            <Link to={`/events/${event.slug}/organize`} className="button button-secondary">
              {t('participation.openConsole')}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
