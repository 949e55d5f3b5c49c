import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/status-message';
import { useBoardChanges } from '../hooks/use-board-changes';
import type { ScreenBoard } from '../hooks/use-screen-boards';
import { BoardTable } from './board-table';

/** How many projects fit on a projector in large type. */
export const BIG_SCREEN_ROWS = 10;

/** One board in large type, live: changed rows light up and glide to their new place. */
export function BigBoard({ board }: { board: ScreenBoard }) {
  const { t } = useTranslation();
  const rows = board.rows.slice(0, BIG_SCREEN_ROWS);
  const { highlighted, announcement } = useBoardChanges(board.rows, board.key);
  const more = board.rows.length - rows.length;
  return (
    <div className="big-board">
      {board.snapshot && (
        <p className="big-screen-state">
          {board.snapshot === 'published' ? t('leaderboards.bigScreen.final') : t('leaderboards.frozen.title')}
        </p>
      )}
      <StatusMessage tone="info">{announcement || null}</StatusMessage>
      {rows.length === 0 ? (
        <p>{t('leaderboards.empty')}</p>
      ) : (
        <BoardTable
          kind={board.kind}
          rows={rows}
          caption={<span className="visually-hidden">{t('leaderboards.bigScreen.caption')}</span>}
          highlighted={highlighted}
        />
      )}
      {more > 0 && <p className="big-screen-more">{t('leaderboards.bigScreen.more', { count: more })}</p>}
    </div>
  );
}
