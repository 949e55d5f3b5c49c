import type { EventDto } from '@hackboard/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { type BoardScope, useLeaderboard } from '../api/get-leaderboard';
import { usePairwiseLeaderboard } from '../api/get-pairwise-leaderboard';
import { useBoardChanges } from '../hooks/use-board-changes';
import { type BoardRow, pairwiseRows, rubricRows } from '../utils/standings';
import { BoardRefusal, BoardStatus, refusalOf } from './board-notices';
import { BoardTable } from './board-table';
import { ExplanationDialog } from './explanation-dialog';
import { Winners } from './winners';

/**
 * One rubric or pairwise board of the results page with its state (hidden, frozen, published or
 * live), the winners once published, a button per row explaining the score, and a polite summary
 * of places changed by live updates.
 */
export function BoardPanel({
  event,
  scope,
  caption,
  organizer,
}: {
  event: EventDto;
  scope: BoardScope;
  caption: string;
  organizer: boolean;
}) {
  const { t } = useTranslation();
  const board = useLeaderboard(event.slug, scope);
  const pairwise = event.judgingMode === 'pairwise';
  const pairwiseBoard = usePairwiseLeaderboard(event.slug, pairwise ? (board.data?.roundId ?? null) : null);
  const rows = useMemo<BoardRow[] | undefined>(() => {
    if (pairwise) return pairwiseBoard.data && pairwiseRows(pairwiseBoard.data);
    return board.data && rubricRows(board.data);
  }, [pairwise, pairwiseBoard.data, board.data]);
  const boardKey = JSON.stringify(scope);
  const { highlighted, announcement } = useBoardChanges(rows, boardKey);
  const [explained, setExplained] = useState<{ id: string; opener: HTMLElement } | null>(null);

  const refusal = refusalOf(board.error) ?? refusalOf(pairwiseBoard.error);
  if (refusal) return <BoardRefusal refusal={refusal} event={event} />;
  const explainable = !pairwise && board.data?.snapshot !== 'frozen';

  return (
    <>
      <StatusMessage tone="info">{announcement || null}</StatusMessage>
      <QueryState query={board}>
        {(data) => {
          const snapshot = pairwise ? (pairwiseBoard.data?.snapshot ?? null) : data.snapshot;
          const published = snapshot === 'published' || event.phase === 'published';
          if (pairwise && !data.roundId) return <p className="empty">{t('leaderboards.pairwiseByRound')}</p>;
          const content = (shown: readonly BoardRow[]) => (
            <>
              <BoardStatus event={event} snapshot={snapshot} generatedAt={data.generatedAt} organizer={organizer} />
              {published && <Winners rows={shown} headingId={`winners-${scope.kind}`} />}
              {shown.length === 0 ? (
                <p className="empty">{t('leaderboards.empty')}</p>
              ) : (
                <BoardTable
                  kind={pairwise ? 'pairwise' : 'rubric'}
                  rows={shown}
                  caption={caption}
                  highlighted={highlighted}
                  actions={
                    explainable
                      ? (row) =>
                          row.count + (row.pending ?? 0) > 0 ? (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={(click) => setExplained({ id: row.submissionId, opener: click.currentTarget })}
                              aria-label={t('leaderboards.explain.buttonLabel', { title: row.title })}
                            >
                              {t('leaderboards.explain.button')}
                            </button>
                          ) : null
                      : undefined
                  }
                />
              )}
              <p className="muted small">
                {pairwise
                  ? t('leaderboards.method.crowdBt')
                  : `${t(`leaderboards.method.${data.method}`)} ${t('leaderboards.scale', data.scale)}`}
              </p>
            </>
          );
          if (!pairwise) return content(rows ?? []);
          return <QueryState query={pairwiseBoard}>{() => content(rows ?? [])}</QueryState>;
        }}
      </QueryState>
      {explainable && (
        <ExplanationDialog
          slug={event.slug}
          scope={scope}
          submissionId={explained?.id ?? null}
          opener={explained?.opener ?? null}
          onClose={() => setExplained(null)}
        />
      )}
    </>
  );
}
