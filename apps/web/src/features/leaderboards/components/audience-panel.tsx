import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { useMe } from '../../../lib/session';
import { useAudienceBoard } from '../api/get-audience-board';
import { useBoardChanges } from '../hooks/use-board-changes';
import { audienceRows } from '../utils/standings';
import { voterStatus } from '../utils/voting';
import { AudienceVoteButton } from './audience-vote-button';
import { BoardRefusal, BoardStatus, refusalOf } from './board-notices';
import { BoardTable } from './board-table';
import { SubTabs } from './sub-tabs';

/** The audience vote: votes per project (all challenges or one), and the vote itself while it is open. */
export function AudiencePanel({
  event,
  challenges,
  challengeId,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[];
  challengeId: string | null;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const status = voterStatus(event, me.data);
  const board = useAudienceBoard(event.slug, challengeId);
  const rows = useMemo(() => board.data && audienceRows(board.data), [board.data]);
  const { highlighted, announcement } = useBoardChanges(rows, `audience:${challengeId ?? ''}`);
  const chosen = challenges.find((challenge) => challenge.id === challengeId);
  const refusal = refusalOf(board.error);

  return (
    <>
      <SubTabs
        label={t('leaderboards.audience.challenges')}
        items={[
          { key: '', label: t('leaderboards.audience.all'), to: '?board=audience' },
          ...challenges.map((challenge) => ({
            key: challenge.id,
            label: challenge.title,
            to: `?board=audience&challenge=${challenge.id}`,
          })),
        ]}
        current={challengeId ?? ''}
      />
      <VoteHelp event={event} status={status} />
      <StatusMessage tone="info">{announcement || null}</StatusMessage>
      {refusal ? (
        <BoardRefusal refusal={refusal} event={event} />
      ) : (
        <QueryState query={board}>
          {(data) =>
            data.standings.length === 0 ? (
              <p className="empty">{t('leaderboards.audience.empty')}</p>
            ) : (
              <>
                {data.snapshot && (
                  <BoardStatus event={event} snapshot={data.snapshot} generatedAt={null} organizer={false} />
                )}
                {data.totalVotes === 0 && status !== 'voter' ? (
                  // A table of dashes says nothing: only those who can vote need the rows yet.
                  <p className="muted">{t('leaderboards.audience.noVotes')}</p>
                ) : (
                  <>
                    <p className="muted">{t('leaderboards.audience.total', { count: data.totalVotes })}</p>
                    <BoardTable
                      kind="audience"
                      rows={rows ?? []}
                      caption={
                        chosen
                          ? t('leaderboards.audience.captionFor', { challenge: chosen.title })
                          : t('leaderboards.audience.caption')
                      }
                      highlighted={highlighted}
                      showChallenge={!chosen}
                      actions={
                        status === 'voter'
                          ? (row) => (
                              <AudienceVoteButton
                                event={event}
                                challengeId={row.challengeId!}
                                submissionId={row.submissionId}
                                title={row.title}
                              />
                            )
                          : undefined
                      }
                    />
                  </>
                )}
              </>
            )
          }
        </QueryState>
      )}
    </>
  );
}

/** How to take part in the vote, or why one cannot. */
function VoteHelp({ event, status }: { event: EventDto; status: ReturnType<typeof voterStatus> }) {
  const { t } = useTranslation();
  const here = `/events/${event.slug}/results?board=audience`;
  switch (status) {
    case 'voter':
      return <p>{t('leaderboards.audience.howTo')}</p>;
    case 'signed-out':
      return (
        <p>
          {t('leaderboards.audience.signInFirst')}{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>{t('leaderboards.audience.signIn')}</Link>
        </p>
      );
    case 'not-member':
      return (
        <p>
          {t('leaderboards.audience.joinFirst')}{' '}
          <Link to={`/events/${event.slug}`}>{t('leaderboards.audience.toEvent')}</Link>
        </p>
      );
    case 'juror':
      return <p>{t('leaderboards.audience.jurors')}</p>;
    default:
      return (
        <p className="muted">
          {event.phase === 'judging' || event.phase === 'closed' || event.phase === 'published'
            ? t('leaderboards.audience.closed')
            : t('leaderboards.audience.notYet')}
        </p>
      );
  }
}
