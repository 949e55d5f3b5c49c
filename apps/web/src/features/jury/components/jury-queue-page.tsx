import type { EventDto, JuryRoundDto, JuryWorkDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseBadge } from '../../../components/ui/phase-badge';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { useJuryWork } from '../api/jury-work';
import { useLiveJury } from '../hooks/use-live-jury';
import { isNotJuror, JuryPageFrame, NotJuror } from './jury-page-frame';
import { ReviewStatusBadge } from './review-status-badge';
import './jury.css';
import { useArrivalState } from '../../../lib/use-arrival-state';

/** Where the scoring page sends the juror back once nothing is left to score. */
export interface QueueState {
  allScored?: string;
}

/** `/events/:slug/jury`: the juror's rounds and assigned submissions, with progress and links to score. */
export function JuryQueuePage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const work = useJuryWork(event.slug);
  const { allScored } = useArrivalState<QueueState>();
  useLiveJury(event);
  return (
    <JuryPageFrame event={event} title={t('jury.queue.title')}>
      <header className="page-header">
        <h1>{t('jury.queue.title')}</h1>
        <PhaseBadge phase={event.phase} />
      </header>
      <StatusMessage>{allScored && t('jury.queue.allScored', { round: allScored })}</StatusMessage>
      {isNotJuror(work.error) ? (
        <NotJuror event={event} />
      ) : (
        <QueryState query={work}>{(data) => <Queue event={event} work={data} />}</QueryState>
      )}
    </JuryPageFrame>
  );
}

function Queue({ event, work }: { event: EventDto; work: JuryWorkDto }) {
  const { t } = useTranslation();
  return (
    <>
      <JudgingWindow event={event} open={work.judgingOpen} />
      <p>
        <Link to={`/events/${event.slug}/jury/conflicts`}>
          {t('jury.queue.conflictsLink', { count: work.conflicts.length })}
        </Link>
      </p>
      {work.rounds.length === 0 ? (
        <div className="empty">
          <p>{t('jury.queue.noRounds')}</p>
        </div>
      ) : (
        work.rounds.map((round) => <RoundSection key={round.id} event={event} round={round} />)
      )}
    </>
  );
}

/** Says whether scores can be saved now, and when judging runs, in the event's timezone. */
export function JudgingWindow({ event, open }: { event: EventDto; open: boolean }) {
  const { t, i18n } = useTranslation();
  const from = formatDateTime(event.timeline.submissionDeadline, event.timezone, i18n.language);
  const to = formatDateTime(event.timeline.judgingEndsAt, event.timezone, i18n.language);
  if (open) return <p className="muted">{t('jury.window.open', { to })}</p>;
  return (
    <div className="notice notice-warning">
      <p>
        <strong>{t('jury.window.closedTitle', { phase: t(`phase.${event.phase}`) })}</strong>{' '}
        {t('jury.window.closed', { from, to })}
      </p>
    </div>
  );
}

function RoundSection({ event, round }: { event: EventDto; round: JuryRoundDto }) {
  const { t } = useTranslation();
  const headingId = `round-${round.id}`;
  const pairwise = event.judgingMode === 'pairwise';
  return (
    <section aria-labelledby={headingId} className="panel jury-round">
      <div className="page-heading-row">
        <h2 id={headingId}>{round.name}</h2>
        <p className="badge-row">
          <span className="badge">{t(`jury.roundKind.${round.kind}`)}</span>
          {round.lockedAt && <span className="badge badge-locked">{t('jury.round.locked')}</span>}
        </p>
      </div>
      {round.lockedAt && <p className="muted">{t('jury.round.lockedNote')}</p>}
      {pairwise ? (
        <>
          <p>{t('jury.round.pairwiseIntro')}</p>
          {!round.lockedAt && (
            <Link to={`/events/${event.slug}/jury/rounds/${round.id}/compare`} className="button">
              {t('jury.round.compare')} <span className="visually-hidden">– {round.name}</span>
            </Link>
          )}
        </>
      ) : round.assignments.length === 0 ? (
        <p className="empty">{t('jury.round.noAssignments')}</p>
      ) : (
        <>
          <p id={`${headingId}-progress`}>
            {t('jury.round.progress', { complete: round.progress.complete, total: round.progress.total })}
          </p>
          <progress
            className="jury-progress"
            max={round.progress.total}
            value={round.progress.complete}
            aria-labelledby={`${headingId}-progress`}
          />
          <ul className="jury-assignments">
            {round.assignments.map((item) => (
              <li key={item.assignmentId} className="jury-assignment">
                <Link
                  to={`/events/${event.slug}/jury/rounds/${round.id}/submissions/${item.submissionId}`}
                  className="jury-assignment-title"
                >
                  {item.title}
                </Link>
                <span className="muted">{t('jury.round.team', { team: item.teamName })}</span>
                <span className="badge-row">
                  <ReviewStatusBadge status={item.status} />
                  <span className="small">
                    {t('jury.round.criteriaScored', { scored: item.scored, total: item.criteria })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
