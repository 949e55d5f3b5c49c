import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { EVENT_BOARD } from '../api/get-leaderboard';
import { useResultRounds } from '../api/get-rounds';
import { useLiveBoards } from '../hooks/use-live-boards';
import { AudiencePanel } from './audience-panel';
import { BoardPanel } from './board-panel';
import { SubTabs } from './sub-tabs';
import '../leaderboards.css';

type View = 'overall' | 'challenge' | 'round' | 'audience';

/**
 * The event's results (`/events/:slug/results`): the overall board, a board per challenge and per
 * round, and the audience vote, kept live over the socket. The API decides what each role may see.
 */
export function ResultsPage({
  event,
  challenges = [],
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[] | undefined;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const organizer = canOrganize(me.data, event.id);
  const roles = rolesIn(me.data, event.id);
  const showRounds = organizer || roles.includes('agency');
  const rounds = useResultRounds(event.slug, showRounds);
  const [params] = useSearchParams();
  const asked = params.get('board');
  const views: View[] = [
    'overall',
    ...(challenges.length > 0 ? (['challenge'] as const) : []),
    ...(showRounds && (rounds.data?.length ?? 0) > 0 ? (['round'] as const) : []),
    ...(event.audienceVote ? (['audience'] as const) : []),
  ];
  const view: View = views.includes(asked as View) ? (asked as View) : 'overall';
  const challengeId = params.get('challenge');
  // The challenge tab follows its own board's pushes (the first challenge when none is asked for).
  const shownChallenge =
    view === 'challenge' ? (challenges.find((item) => item.id === challengeId) ?? challenges[0])?.id : undefined;
  useLiveBoards(event, organizer || roles.length > 0, shownChallenge ?? null);
  const viewName = t(`leaderboards.views.${view}`);

  return (
    <>
      <title>{`${t('leaderboards.title')}${view === 'overall' ? '' : ` (${viewName})`} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{t('leaderboards.title')}</h1>
        <p className="lead">{t(event.phase === 'published' ? 'leaderboards.introPublished' : 'leaderboards.intro')}</p>
        <p className="badge-row">
          <Link to={`/events/${event.slug}/big-screen`}>{t('leaderboards.openBigScreen')}</Link>
          {organizer && <Link to={`/events/${event.slug}/organize/results`}>{t('leaderboards.manageResults')}</Link>}
        </p>
      </header>
      <nav aria-label={t('leaderboards.views.label')} className="tabs">
        <ul>
          {views.map((option) => (
            <li key={option}>
              <Link
                to={option === 'overall' ? '?' : `?board=${option}`}
                aria-current={option === view ? 'page' : undefined}
                replace
              >
                {t(`leaderboards.views.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{viewName}</h2>
        {view === 'overall' && (
          <BoardPanel
            event={event}
            scope={EVENT_BOARD}
            caption={t('leaderboards.caption.overall')}
            organizer={organizer}
          />
        )}
        {view === 'challenge' && (
          <ChallengeBoards event={event} challenges={challenges} challengeId={challengeId} organizer={organizer} />
        )}
        {view === 'round' && (
          <QueryState query={rounds}>
            {(list) => {
              const round = list.find((candidate) => candidate.id === params.get('round')) ?? list[0]!;
              return (
                <>
                  <SubTabs
                    label={t('leaderboards.views.round')}
                    items={list.map((item) => ({
                      key: item.id,
                      label: item.name,
                      to: `?board=round&round=${item.id}`,
                    }))}
                    current={round.id}
                  />
                  <BoardPanel
                    key={round.id}
                    event={event}
                    scope={{ kind: 'round', id: round.id }}
                    caption={t('leaderboards.caption.round', { round: round.name })}
                    organizer={organizer}
                  />
                </>
              );
            }}
          </QueryState>
        )}
        {view === 'audience' && (
          <AudiencePanel
            event={event}
            challenges={challenges}
            challengeId={challenges.some((challenge) => challenge.id === challengeId) ? challengeId : null}
          />
        )}
      </section>
    </>
  );
}

function ChallengeBoards({
  event,
  challenges,
  challengeId,
  organizer,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[];
  challengeId: string | null;
  organizer: boolean;
}) {
  const { t } = useTranslation();
  const challenge = challenges.find((candidate) => candidate.id === challengeId) ?? challenges[0]!;
  return (
    <>
      <SubTabs
        label={t('leaderboards.views.challenge')}
        items={challenges.map((item) => ({
          key: item.id,
          label: item.title,
          to: `?board=challenge&challenge=${item.id}`,
        }))}
        current={challenge.id}
      />
      <BoardPanel
        key={challenge.id}
        event={event}
        scope={{ kind: 'challenge', id: challenge.id }}
        caption={t('leaderboards.caption.challenge', { challenge: challenge.title })}
        organizer={organizer}
      />
    </>
  );
}
