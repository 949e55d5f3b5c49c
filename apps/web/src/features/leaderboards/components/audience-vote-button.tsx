import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { ProblemText } from '../../../components/ui/problem-text';
import { ApiError } from '../../../lib/api-client';
import { problemFromError } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session';
import { useMyVote, useSetVote } from '../api/audience-vote';
import { voterStatus } from '../utils/voting';
import '../leaderboards.css';

const VOTE_ERRORS = new Set([
  'OWN_TEAM',
  'VOTING_CLOSED',
  'JUROR_CANNOT_VOTE',
  'SUBMISSION_NOT_FOUND',
  'AUDIENCE_VOTE_OFF',
]);

/**
 * The audience vote for one project: one vote per challenge, changed by voting for another project
 * of the challenge, or withdrawn, until voting closes. The API refuses a vote for the user's own
 * team; its reason is shown next to the button.
 */
export function AudienceVoteButton({
  event,
  challengeId,
  submissionId,
  title,
}: {
  event: EventDto;
  challengeId: string;
  submissionId: string;
  /** The project's title, for the button's accessible name. */
  title: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const status = voterStatus(event, me.data);
  const vote = useMyVote(event.slug, challengeId, status === 'voter');
  const setVote = useSetVote(event.slug, challengeId);
  if (status !== 'voter') return null;
  const chosen = vote.data?.submissionId === submissionId;
  const votedElsewhere = !!vote.data?.submissionId && !chosen;
  const problemId = `vote-problem-${submissionId}`;
  const error = setVote.error;
  const problem =
    error instanceof ApiError && VOTE_ERRORS.has(error.code)
      ? { key: `leaderboards.vote.errors.${error.code}`, message: error.message }
      : error
        ? problemFromError(error)
        : null;
  return (
    <div className="vote-control">
      {/* One button in both states, so the focus stays on it when the vote is cast or withdrawn. */}
      <button
        type="button"
        className={chosen ? 'button button-secondary button-small' : 'button button-small'}
        disabled={setVote.isPending || vote.isPending}
        aria-describedby={problem ? problemId : undefined}
        onClick={() => setVote.mutate(chosen ? null : submissionId)}
      >
        {chosen
          ? t('leaderboards.vote.withdraw', { title })
          : votedElsewhere
            ? t('leaderboards.vote.change', { title })
            : t('leaderboards.vote.cast', { title })}
      </button>
      {chosen && (
        <p className="vote-chosen">
          <span aria-hidden="true">✓ </span>
          {t('leaderboards.vote.yourVote')}
        </p>
      )}
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          <ProblemText problem={problem} />
        </p>
      )}
    </div>
  );
}
