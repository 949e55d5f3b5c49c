import type { EventDto, TeamDto } from '@hackboard/contracts';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { DeadlineCountdown } from '../../../components/ui/deadline-countdown';
import { ProblemText } from '../../../components/ui/problem-text';
import { VerificationNeeded } from '../../../components/ui/resend-verification';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { problemFromError } from '../../../lib/form-errors';
import { rolesIn, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { picturePaths } from '../../pictures/api/pictures';
import { PictureUploader } from '../../pictures/components/picture-uploader';
import { useMyTeam } from '../api/get-my-team';
import { formatInviteCode, normalizeInviteCode } from '../utils/invite-link';
import { TeamDetails } from './team-details';
import { CreateTeamForm, JoinTeamForm } from './team-forms';
import { useArrivalState } from '../../../lib/use-arrival-state';

/**
 * "My team" for one event (`/events/:slug/team`), and the page a team's join link opens
 * (`/events/:slug/join/:code`, with the code filled in). It takes the user from wherever they
 * are (a visitor, signed in but not taking part, taking part without a team) to their team, and
 * then shows the team's submissions (given by the app).
 */
export function TeamPage({
  event,
  inviteCode,
  joinEvent,
  submissions,
}: {
  event: EventDto;
  inviteCode?: string;
  /** Joins the event as a participant (the events feature does this). */
  joinEvent: () => Promise<unknown>;
  submissions: (team: TeamDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const now = useNow();
  const location = useLocation();
  const title = inviteCode ? t('team.joinPageTitle') : t('team.title');
  const participant = rolesIn(me.data, event.id).includes('participant');
  const locked = now >= Date.parse(event.timeline.submissionDeadline);

  return (
    <>
      <title>{`${title} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{title}</h1>
        <DeadlineCountdown deadline={event.timeline.submissionDeadline} timezone={event.timezone} now={now} />
      </header>
      {me.isPending ? (
        <p role="status" className="muted">
          {t('state.loading')}
        </p>
      ) : !me.data ? (
        <section className="panel" aria-labelledby="team-sign-in-heading">
          <h2 id="team-sign-in-heading">{inviteCode ? t('team.invitedTitle') : t('team.signInTitle')}</h2>
          <p>{inviteCode ? t('team.invitedBody', { event: event.name }) : t('team.signInBody')}</p>
          {inviteCode && (
            <p>
              {t('team.inviteCode')}: <code className="invite-code">{formatInviteCode(inviteCode)}</code>
            </p>
          )}
          <p className="button-row">
            <Link className="button" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('account.signIn')}
            </Link>
            <Link className="button button-secondary" to={`/register?next=${encodeURIComponent(location.pathname)}`}>
              {t('team.registerFirst')}
            </Link>
          </p>
        </section>
      ) : !participant ? (
        <JoinEventFirst event={event} joinEvent={joinEvent} locked={locked} inviteCode={inviteCode} />
      ) : (
        <ParticipantTeam
          event={event}
          userId={me.data.id}
          inviteCode={inviteCode}
          locked={locked}
          submissions={submissions}
        />
      )}
    </>
  );
}

function JoinEventFirst({
  event,
  joinEvent,
  locked,
  inviteCode,
}: {
  event: EventDto;
  joinEvent: () => Promise<unknown>;
  locked: boolean;
  inviteCode?: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const roles = rolesIn(me.data, event.id);
  const open = (event.phase === 'registration' || event.phase === 'hacking') && !locked;

  return (
    <section className="panel" aria-labelledby="join-event-heading">
      <h2 id="join-event-heading">{t('team.joinEventTitle')}</h2>
      {roles.length > 0 ? (
        <p>{t('team.otherRole')}</p>
      ) : open ? (
        <>
          <p>{inviteCode ? t('team.joinEventForInvite', { event: event.name }) : t('team.joinEventBody')}</p>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={async () => {
              setPending(true);
              setError(null);
              try {
                await joinEvent();
              } catch (caught) {
                setError(caught);
              } finally {
                setPending(false);
              }
            }}
          >
            {pending ? t('participation.joining') : t('participation.join')}
          </button>
        </>
      ) : (
        <p>{t('team.registrationClosed')}</p>
      )}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(error)} />
        </p>
      )}
      <VerificationNeeded
        error={error}
        required={open && roles.length === 0 && event.requireVerifiedEmail && me.data?.emailVerified === false}
      />
    </section>
  );
}

function ParticipantTeam({
  event,
  userId,
  inviteCode,
  locked,
  submissions,
}: {
  event: EventDto;
  userId: string;
  inviteCode?: string;
  locked: boolean;
  submissions: (team: TeamDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const team = useMyTeam(event.slug);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { joined: fromLink } = useArrivalState<{ joined: string }>();
  const [status, setStatus] = useState<string | null>(fromLink ? t('team.joined', { name: fromLink }) : null);

  // Where focus goes once the team (or, after leaving, the forms) has taken the place of what was there.
  const [focusTarget, setFocusTarget] = useState<{ to: 'team' | 'join'; times: number } | null>(null);
  const focused = useRef(0);
  useEffect(() => {
    if (!focusTarget || focusTarget.times === focused.current) return;
    const target = focusTarget.to === 'team' ? headingRef.current : document.getElementById('join-team-heading');
    // Not on the page yet: the next render with new team data tries again.
    if (!target) return;
    focused.current = focusTarget.times;
    target.focus();
  }, [focusTarget, team.data]);
  const moveFocus = (to: 'team' | 'join') => setFocusTarget((current) => ({ to, times: (current?.times ?? 0) + 1 }));

  const welcome = (message: string) => {
    setStatus(message);
    moveFocus('team');
  };

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      {!locked && (
        <p>
          <Link to={`/events/${event.slug}/finder`}>{t('team.finderLink')}</Link>
        </p>
      )}
      <QueryState query={team}>
        {(data) => {
          if (!data) {
            if (locked) return <p className="notice notice-info">{t('team.lockedNoTeam')}</p>;
            return (
              <div className="two-columns">
                <JoinTeamForm
                  slug={event.slug}
                  initialCode={inviteCode}
                  onJoined={(joined) => {
                    welcome(t('team.joined', { name: joined.name }));
                    // The join link has done its work: the team's own address takes its place.
                    if (inviteCode) {
                      void navigate(`/events/${event.slug}/team`, { replace: true, state: { joined: joined.name } });
                    }
                  }}
                />
                <CreateTeamForm
                  slug={event.slug}
                  onCreated={(created) => welcome(t('team.created', { name: created.name }))}
                />
              </div>
            );
          }
          const sameTeam = inviteCode !== undefined && normalizeInviteCode(inviteCode) === data.inviteCode;
          return (
            <>
              {inviteCode && (
                <p className="notice notice-info">
                  {sameTeam ? t('team.alreadyThisTeam') : t('team.alreadyOtherTeam', { name: data.name })}
                </p>
              )}
              {locked && <p className="notice notice-info">{t('team.locked')}</p>}
              <TeamDetails
                event={event}
                team={data}
                userId={userId}
                locked={locked}
                headingRef={headingRef}
                onLeft={() => {
                  setStatus(t('team.left', { name: data.name }));
                  moveFocus('join');
                }}
              />
              <PictureUploader kind="avatar" path={picturePaths.avatar(event.slug, data.id)} />
              {submissions(data)}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
