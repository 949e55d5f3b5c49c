import type { EventDto, RoundDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { useRound } from '../api/get-round';
import { useLockRound } from '../api/lock-round';
import { useSyncEntries } from '../api/sync-entries';
import { judgingProblem } from '../utils/judging-problem';
import { PairwiseJurors } from './pairwise-jurors';
import { PanelEditor } from './panel-editor';
import { PromoteForm } from './promote-form';
import { RoundStatus } from './round-picker';

/** One round: its state and lock, its entries, its panel and, for the final, the finalists. */
export function RoundDetails({
  event,
  round,
  heats,
  challengeTitle,
}: {
  event: EventDto;
  round: RoundDto;
  heats: RoundDto[];
  challengeTitle: (id: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const detail = useRound(event.slug, round.id);
  const lock = useLockRound(event.slug);
  const sync = useSyncEntries(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  const failure = lock.error ?? sync.error;
  const headingId = `round-${round.id}-heading`;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h3 id={headingId}>{round.name}</h3>
      <dl className="inline-facts">
        <div>
          <dt>{t('judging.rounds.kind')}</dt>
          <dd>{t(`judging.rounds.kinds.${round.kind}`)}</dd>
        </div>
        {round.kind === 'heat' && (
          <div>
            <dt>{t('judging.rounds.challenge')}</dt>
            <dd>{challengeTitle(round.challengeId)}</dd>
          </div>
        )}
        <div>
          <dt>{t('judging.rounds.modeShort')}</dt>
          <dd>{t(`eventForm.judgingModes.${event.judgingMode}`)}</dd>
        </div>
        <div>
          <dt>{t('judging.rounds.statusHeading')}</dt>
          <dd>
            <RoundStatus round={round} />
          </dd>
        </div>
      </dl>
      {round.lockedAt && (
        <p>{t('judging.rounds.lockedSince', { at: formatDateTime(round.lockedAt, event.timezone, i18n.language) })}</p>
      )}
      <p className="muted">{t(round.lockedAt ? 'judging.rounds.unlockHint' : 'judging.rounds.lockHint')}</p>
      {(lock.isError || sync.isError) && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(failure)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={lock.isPending}
          onClick={() => {
            setStatus(null);
            sync.reset();
            lock.mutate(
              { roundId: round.id, locked: !round.lockedAt },
              {
                onSuccess: (saved) =>
                  setStatus(
                    t(saved.lockedAt ? 'judging.rounds.locked' : 'judging.rounds.unlocked', { name: saved.name }),
                  ),
              },
            );
          }}
        >
          {round.lockedAt ? t('judging.rounds.unlock') : t('judging.rounds.lock')}{' '}
          <span className="visually-hidden">{round.name}</span>
        </button>
        <Link className="button button-secondary" to={`/events/${event.slug}/organize/assignments?round=${round.id}`}>
          {t('judging.rounds.toAssignments')}
        </Link>
        <Link
          className="button button-secondary"
          to={`/events/${event.slug}/organize/criteria?rubric=round:${round.id}`}
        >
          {t('judging.rounds.toRubric')}
        </Link>
      </div>

      <h4>{t('judging.rounds.entriesTitle')}</h4>
      {round.kind === 'heat' && (
        <>
          <p>{t(round.scoringStarted ? 'judging.rounds.syncClosed' : 'judging.rounds.syncHint')}</p>
          {!round.scoringStarted && (
            <button
              type="button"
              className="button button-secondary"
              disabled={sync.isPending}
              onClick={() => {
                setStatus(null);
                lock.reset();
                sync.mutate(round.id, {
                  onSuccess: (saved) =>
                    setStatus(t('judging.rounds.synced', { name: saved.name, count: saved.entries.length })),
                });
              }}
            >
              {t('judging.rounds.sync')}
            </button>
          )}
        </>
      )}
      <QueryState query={detail}>
        {(data) =>
          data.entries.length === 0 ? (
            <p className="empty">
              {t(round.kind === 'final' ? 'judging.rounds.noFinalists' : 'judging.rounds.noEntries')}
            </p>
          ) : (
            <ul className="plain-list">
              {data.entries.map((entry) => (
                <li key={entry.submissionId}>
                  <strong>{entry.title}</strong> <span className="muted">– {entry.teamName}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>

      <PanelEditor event={event} round={round} />
      {event.judgingMode === 'pairwise' && <PairwiseJurors event={event} round={round} />}
      {round.kind === 'final' && <PromoteForm event={event} final={round} heats={heats} />}
    </section>
  );
}
