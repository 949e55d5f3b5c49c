import type { EventDto, UnplacedSubmissionDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { StatusMessage } from '../../../components/ui/status-message';
import { useUnplaced } from '../api/get-unplaced';
import { refreshJudging } from '../api/judging-keys';
import { syncEntries } from '../api/sync-entries';
import { judgingProblem } from '../utils/judging-problem';

/** The heats that would take the listed projects, each once. */
export const heatsToSync = (rows: readonly UnplacedSubmissionDto[]): string[] => [
  ...new Set(rows.flatMap((row) => (row.heatId ? [row.heatId] : []))),
];

/**
 * "N submitted projects are in no round", with the list and one button that adds them to their
 * challenges' heats (a sync of each); a project no open heat takes points to the rounds page.
 * Shows nothing while there are none, or while the list cannot be read.
 */
export function UnplacedNotice({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  const unplaced = useUnplaced(event.slug);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: async (heatIds: string[]) => {
      for (const heatId of heatIds) await syncEntries(event.slug, heatId);
    },
    onSettled: () => refreshJudging(queryClient, event.slug),
  });
  const rows = unplaced.data ?? [];
  if (event.phase === 'published' || rows.length === 0) return <StatusMessage>{status}</StatusMessage>;
  const heats = heatsToSync(rows);
  const homeless = rows.some((row) => !row.heatId);

  return (
    <section aria-labelledby={headingId} className="notice notice-warning">
      <h3 id={headingId}>{t('judging.unplaced.title', { count: rows.length })}</h3>
      <p>{t('judging.unplaced.intro')}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.submissionId}>
            {t('judging.unplaced.item', {
              title: row.title,
              team: row.teamName || '–',
              challenge: row.challengeTitle || '–',
            })}
            {!row.heatId && <> ({t('judging.unplaced.noHeat')})</>}
          </li>
        ))}
      </ul>
      {add.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(add.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      {heats.length > 0 && (
        <button
          type="button"
          className="button"
          disabled={add.isPending}
          onClick={() => {
            setStatus(null);
            add.mutate(heats, { onSuccess: () => setStatus(t('judging.unplaced.added')) });
          }}
        >
          {t('judging.unplaced.add')}
        </button>
      )}
      {homeless && (
        <p>
          <Link to={`/events/${event.slug}/organize/rounds`}>{t('judging.unplaced.toRounds')}</Link>
        </p>
      )}
    </section>
  );
}
