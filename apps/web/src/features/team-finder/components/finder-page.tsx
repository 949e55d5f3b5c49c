import type { EventDto, JoinRequestDto, ProfileDto, SuggestionDto, TeamListingDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { problemFromError } from '../../../lib/form-errors';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useAnswerRequest, useAskToJoin, useInvite } from '../api/change-finder';
import {
  useFinderSettings,
  useJoinRequests,
  useProfile,
  useSuggestions,
  NO_FILTERS,
  isFiltered,
  usePeople,
  useTeamListing,
  useTeamListings,
} from '../api/get-finder';
import { type ChallengeOption, FinderFilters } from './finder-filters';
import { ListingForm } from './listing-form';
import { ProfileForm } from './profile-form';
import { UnteamedPanel } from './unteamed-panel';

/**
 * The team finder of one event (`/events/:slug/finder`): the participant's profile, then teams to
 * ask (for someone in no team) or people to invite (for a team), and the requests waiting for an
 * answer. Organizers see who is still without a team and can form teams from them.
 */
export function FinderPage({ event, challenges = [] }: { event: EventDto; challenges?: readonly ChallengeOption[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const participant = rolesIn(me.data, event.id).includes('participant');
  const organizer = canOrganize(me.data, event.id);
  const title = t('finder.title');
  return (
    <>
      <title>{`${title} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{title}</h1>
        <p className="lead">{t('finder.intro')}</p>
      </header>
      {me.isPending ? (
        <p role="status" className="muted">
          {t('state.loading')}
        </p>
      ) : participant ? (
        <ParticipantFinder event={event} challenges={challenges} />
      ) : organizer ? (
        <UnteamedPanel slug={event.slug} maxTeamSize={event.maxTeamSize} />
      ) : (
        <section className="panel">
          <p>{t('finder.participantsOnly')}</p>
          <p>
            <Link to={`/events/${event.slug}/team`}>{t('finder.toTeamPage')}</Link>
          </p>
        </section>
      )}
    </>
  );
}

function ParticipantFinder({ event, challenges }: { event: EventDto; challenges: readonly ChallengeOption[] }) {
  const { t } = useTranslation();
  const settings = useFinderSettings(event.slug);
  const profile = useProfile(event.slug);
  return (
    <QueryState query={profile}>
      {(mine) => (
        <>
          {mine.teamId ? (
            <p>
              {t('finder.inTeam')} <Link to={`/events/${event.slug}/team`}>{t('finder.toTeamPage')}</Link>
            </p>
          ) : null}
          <Requests slug={event.slug} />
          {mine.teamId ? (
            <TeamSide event={event} teamId={mine.teamId} challenges={challenges} />
          ) : (
            <PersonSide event={event} challenges={challenges} />
          )}
          <QueryState query={settings}>
            {(loaded) => (
              <ProfileForm
                key={mine.userId}
                slug={event.slug}
                profile={mine}
                skills={loaded.skills}
                challenges={challenges}
              />
            )}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}

/** Requests and invitations waiting for the caller's answer, or for the other side's. */
function Requests({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const requests = useJoinRequests(slug);
  const answer = useAnswerRequest(slug);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="finder-requests-heading">
      <h2 id="finder-requests-heading">{t('finder.requestsTitle')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {answer.error ? (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(answer.error)} />
        </p>
      ) : null}
      <QueryState query={requests}>
        {(loaded) =>
          loaded.items.length === 0 ? (
            <p className="muted">{t('finder.noRequests')}</p>
          ) : (
            <ul className="row-list">
              {loaded.items.map((request) => (
                <RequestRow
                  key={request.id}
                  request={request}
                  busy={answer.isPending}
                  onAnswer={(choice) =>
                    answer.mutate(
                      { id: request.id, answer: choice },
                      {
                        onSuccess: (done) =>
                          setStatus(
                            done.status === 'accepted'
                              ? t('finder.accepted', { name: done.displayName, team: done.teamName })
                              : t('finder.declined'),
                          ),
                      },
                    )
                  }
                />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function RequestRow({
  request,
  busy,
  onAnswer,
}: {
  request: JoinRequestDto;
  busy: boolean;
  onAnswer: (answer: 'accept' | 'decline') => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  // The side that did not open it answers; the side that did may withdraw it.
  const mineToAnswer = request.kind === 'invitation' ? request.userId === me.data?.id : request.userId !== me.data?.id;
  const text =
    request.kind === 'invitation'
      ? t('finder.invitationRow', { team: request.teamName, name: request.displayName })
      : t('finder.requestRow', { team: request.teamName, name: request.displayName });
  return (
    <li className="row-item">
      <p>{text}</p>
      {request.message ? <p className="muted pre-line">{request.message}</p> : null}
      <p className="button-row">
        {mineToAnswer ? (
          <>
            <button type="button" className="button button-small" disabled={busy} onClick={() => onAnswer('accept')}>
              {request.kind === 'invitation'
                ? t('finder.acceptInvitation', { team: request.teamName })
                : t('finder.acceptRequest', { name: request.displayName })}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={busy}
              onClick={() => onAnswer('decline')}
            >
              {t('finder.decline')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={() => onAnswer('decline')}
          >
            {t('finder.withdraw')}
          </button>
        )}
      </p>
    </li>
  );
}

/** Someone in no team: teams that look for members, best match first, or filtered by skill, language and challenge. */
function PersonSide({ event, challenges }: { event: EventDto; challenges: readonly ChallengeOption[] }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(NO_FILTERS);
  const filtering = isFiltered(filters);
  const suggestions = useSuggestions(event.slug, !filtering);
  const filtered = useTeamListings(event.slug, filters, filtering);
  const requests = useJoinRequests(event.slug);
  const ask = useAskToJoin(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  const asked = new Set(
    (requests.data?.items ?? []).filter((request) => request.kind === 'request').map((request) => request.teamId),
  );

  const card = (listing: TeamListingDto, suggestion?: SuggestionDto) => (
    <li key={listing.teamId}>
      <article className="card" aria-labelledby={`finder-team-${listing.teamId}`}>
        <h3 className="card-title" id={`finder-team-${listing.teamId}`}>
          {listing.name}
        </h3>
        <p className="muted">
          {t('finder.teamSize', { size: listing.size, max: listing.maxSize })}
          {suggestion ? ` · ${t('finder.match', { score: suggestion.score })}` : ''}
        </p>
        {listing.pitch ? <p className="pre-line">{listing.pitch}</p> : null}
        {listing.missingSkills.length > 0 ? (
          <p>
            {t('finder.wanted')}: {listing.missingSkills.join(', ')}
          </p>
        ) : null}
        {suggestion && suggestion.coveredSkills.length > 0 ? (
          <p>
            {t('finder.youBring')}: {suggestion.coveredSkills.join(', ')}
          </p>
        ) : null}
        {asked.has(listing.teamId) ? (
          <p className="muted">{t('finder.asked')}</p>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={ask.isPending}
            onClick={() =>
              ask.mutate(listing.teamId, { onSuccess: () => setStatus(t('finder.askSent', { team: listing.name })) })
            }
          >
            {t('finder.askToJoin', { team: listing.name })}
          </button>
        )}
      </article>
    </li>
  );

  return (
    <section className="panel" aria-labelledby="finder-teams-heading">
      <h2 id="finder-teams-heading">{t('finder.teamsTitle')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {ask.error ? (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(ask.error)} />
        </p>
      ) : null}
      <FinderFilters
        id="finder-teams-filter"
        skillLabel={t('finder.filterBySkill')}
        challenges={challenges}
        onFilter={setFilters}
      />
      {!filtering ? (
        <QueryState query={suggestions}>
          {(loaded) =>
            loaded.teams.length === 0 ? (
              <p className="muted">{t('finder.noTeams')}</p>
            ) : (
              <ul className="card-list">{loaded.teams.map(({ team, suggestion }) => card(team, suggestion))}</ul>
            )
          }
        </QueryState>
      ) : (
        <QueryState query={filtered}>
          {(loaded) =>
            loaded.items.length === 0 ? (
              <p className="muted">{t('finder.noTeams')}</p>
            ) : (
              <ul className="card-list">{loaded.items.map((listing) => card(listing))}</ul>
            )
          }
        </QueryState>
      )}
    </section>
  );
}

/** A team member: the team's listing, and people looking for a team, best match first. */
function TeamSide({
  event,
  teamId,
  challenges,
}: {
  event: EventDto;
  teamId: string;
  challenges: readonly ChallengeOption[];
}) {
  const { t } = useTranslation();
  const listing = useTeamListing(event.slug, teamId);
  const [filters, setFilters] = useState(NO_FILTERS);
  const filtering = isFiltered(filters);
  const suggestions = useSuggestions(event.slug, !filtering);
  const filtered = usePeople(event.slug, filters, filtering);
  const invite = useInvite(event.slug, teamId);
  const requests = useJoinRequests(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  const invited = new Set(
    (requests.data?.items ?? []).filter((request) => request.kind === 'invitation').map((request) => request.userId),
  );
  const card = (person: ProfileDto, suggestion?: SuggestionDto) => (
    <li key={person.userId}>
      <article className="card" aria-labelledby={`finder-person-${person.userId}`}>
        <h3 className="card-title" id={`finder-person-${person.userId}`}>
          {person.displayName}
        </h3>
        {suggestion ? <p className="muted">{t('finder.match', { score: suggestion.score })}</p> : null}
        {person.skills.length + person.tags.length > 0 ? <p>{[...person.skills, ...person.tags].join(', ')}</p> : null}
        {person.bio ? <p className="pre-line">{person.bio}</p> : null}
        {person.languages.length > 0 ? (
          <p className="muted">
            {t('finder.languages')}: {person.languages.join(', ')}
          </p>
        ) : null}
        {invited.has(person.userId) ? (
          <p className="muted">{t('finder.invited')}</p>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={invite.isPending}
            onClick={() =>
              invite.mutate(person.userId, {
                onSuccess: () => setStatus(t('finder.inviteSent', { name: person.displayName })),
              })
            }
          >
            {t('finder.invite', { name: person.displayName })}
          </button>
        )}
      </article>
    </li>
  );

  return (
    <>
      <QueryState query={listing}>
        {(loaded) => <ListingForm key={loaded.teamId} slug={event.slug} listing={loaded} challenges={challenges} />}
      </QueryState>
      <section className="panel" aria-labelledby="finder-people-heading">
        <h2 id="finder-people-heading">{t('finder.peopleTitle')}</h2>
        <StatusMessage>{status}</StatusMessage>
        {invite.error ? (
          <p role="alert" className="notice notice-error">
            <ProblemText problem={problemFromError(invite.error)} />
          </p>
        ) : null}
        <FinderFilters
          id="finder-people-filter"
          skillLabel={t('finder.filterPeopleBySkill')}
          challenges={challenges}
          onFilter={setFilters}
        />
        {!filtering ? (
          <QueryState query={suggestions}>
            {(loaded) =>
              loaded.people.length === 0 ? (
                <p className="muted">{t('finder.noPeople')}</p>
              ) : (
                <ul className="card-list">{loaded.people.map(({ person, suggestion }) => card(person, suggestion))}</ul>
              )
            }
          </QueryState>
        ) : (
          <QueryState query={filtered}>
            {(loaded) =>
              loaded.items.length === 0 ? (
                <p className="muted">{t('finder.noPeopleMatch')}</p>
              ) : (
                <ul className="card-list">{loaded.items.map((person) => card(person))}</ul>
              )
            }
          </QueryState>
        )}
      </section>
    </>
  );
}
