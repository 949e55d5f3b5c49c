import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlip } from '../hooks/use-flip';
import { formatScore } from '../utils/numbers';
import type { BoardKind, BoardRow } from '../utils/standings';

/**
 * A board as a table: place (shared ranks), project and team, what it is ranked by and how much
 * is behind it. Rows glide to their new place when the board changes, and changed rows are
 * highlighted for a moment.
 */
export function BoardTable({
  kind,
  rows,
  caption,
  highlighted,
  showChallenge = false,
  actions,
}: {
  kind: BoardKind;
  rows: readonly BoardRow[];
  caption: ReactNode;
  highlighted: ReadonlySet<string>;
  showChallenge?: boolean;
  /** Controls at the end of a row (explanation, vote), with their own accessible names. */
  actions?: (row: BoardRow) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  useFlip(body, rows);
  return (
    <div className="table-scroll board-scroll">
      <table className="table board-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="board-place">
              {t('leaderboards.table.place')}
            </th>
            <th scope="col">{t('leaderboards.table.project')}</th>
            {showChallenge && <th scope="col">{t('leaderboards.table.challenge')}</th>}
            <th scope="col" className="board-number">
              {t(`leaderboards.table.value.${kind}`)}
            </th>
            {kind !== 'audience' && (
              <th scope="col" className="board-number">
                {t(`leaderboards.table.count.${kind}`)}
              </th>
            )}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('leaderboards.table.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row) => (
            <tr
              key={row.submissionId}
              data-flip-key={row.submissionId}
              className={[
                highlighted.has(row.submissionId) ? 'board-row-changed' : '',
                row.rank !== null && row.rank <= 3 ? `board-row-top board-row-${row.rank}` : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <td className="board-place">
                {row.rank === null ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">{t('leaderboards.table.unranked')}</span>
                  </>
                ) : (
                  row.rank
                )}
              </td>
              <th scope="row" className="board-project">
                <span className="board-title">{row.title}</span>
                <span className="board-team">{row.teamName}</span>
              </th>
              {showChallenge && <td>{row.challengeTitle}</td>}
              <td className="board-number">
                {row.value === null ? (
                  <span className="muted">{t('leaderboards.table.noValue')}</span>
                ) : kind === 'audience' ? (
                  row.value
                ) : (
                  formatScore(row.value, i18n.language)
                )}
              </td>
              {kind !== 'audience' && (
                <td className="board-number">
                  {row.count}
                  {row.pending ? (
                    <span className="board-pending"> {t('leaderboards.table.pending', { count: row.pending })}</span>
                  ) : null}
                </td>
              )}
              {actions && <td className="board-actions">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
