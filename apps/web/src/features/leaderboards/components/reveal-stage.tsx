import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenBoard } from '../hooks/use-screen-boards';
import { revealOrder } from '../utils/standings';

/**
 * The results revealed from last place to first, one place per press of → or space (or the
 * button); the winner comes last and big. The reveal runs on this screen only: the organizer
 * drives the computer connected to the projector.
 */
export function RevealStage({
  board,
  onExit,
  projectImage,
}: {
  board: ScreenBoard;
  onExit: () => void;
  /** The project's main image, where it has one. */
  projectImage?: (submissionId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const order = revealOrder(board.rows);
  const [shown, setShown] = useState(0);
  const nextButton = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const total = order.length;
  const done = shown === total;
  const latest = shown > 0 ? order[shown - 1]! : null;

  useEffect(() => nextButton.current?.focus(), []);
  // The disabled button would drop focus to the page once the winner is out.
  useEffect(() => {
    if (done) endButton.current?.focus();
  }, [done]);

  useEffect(() => {
    const onKey = (key: KeyboardEvent) => {
      if (key.altKey || key.ctrlKey || key.metaKey) return;
      const onControl = key.target instanceof HTMLElement && !!key.target.closest('button, a');
      if (key.key === 'ArrowRight' || (key.key === ' ' && !onControl)) {
        key.preventDefault();
        setShown((count) => Math.min(total, count + 1));
      } else if (key.key === 'ArrowLeft') {
        setShown((count) => Math.max(0, count - 1));
      } else if (key.key === 'Escape') {
        onExit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [total, onExit]);

  // Best place first, as a leaderboard reads; the newest revealed is the top one.
  const revealed = order.slice(0, shown).reverse();
  const winners = done ? revealed.filter((row) => row.rank === 1) : [];
  const others = done ? revealed.filter((row) => row.rank !== 1) : revealed;

  return (
    <div className="reveal">
      <div role="status" className="visually-hidden">
        {latest &&
          (done && latest.rank === 1
            ? t('leaderboards.reveal.announceWinner', { title: latest.title, team: latest.teamName })
            : t('leaderboards.reveal.announce', { place: latest.rank, title: latest.title, team: latest.teamName }))}
      </div>
      {winners.length > 0 && (
        <div className="reveal-winner">
          <p className="reveal-winner-label">{t('leaderboards.reveal.winner', { count: winners.length })}</p>
          {winners.map((row) => (
            <div key={row.submissionId} className="reveal-winner-project">
              {projectImage?.(row.submissionId)}
              <p className="reveal-winner-name">
                <span className="reveal-winner-title">{row.title}</span>
                <span className="reveal-winner-team">{row.teamName}</span>
              </p>
            </div>
          ))}
        </div>
      )}
      {!done && <p className="reveal-remaining">{t('leaderboards.reveal.remaining', { count: total - shown })}</p>}
      {others.length > 0 && (
        <ol className="reveal-list" aria-label={t('leaderboards.reveal.revealed')}>
          {others.map((row) => (
            <li
              key={row.submissionId}
              className={row.submissionId === latest?.submissionId ? 'reveal-item reveal-latest' : 'reveal-item'}
            >
              <span className="reveal-place">{t('leaderboards.winners.place', { place: row.rank })}</span>
              <span className="reveal-title">{row.title}</span>
              <span className="reveal-team">{row.teamName}</span>
              {row.submissionId === latest?.submissionId && projectImage?.(row.submissionId)}
            </li>
          ))}
        </ol>
      )}
      <div className="big-screen-buttons" role="group" aria-label={t('leaderboards.reveal.controls')}>
        <button
          ref={nextButton}
          type="button"
          className="big-screen-button big-screen-reveal"
          onClick={() => setShown((count) => Math.min(total, count + 1))}
          disabled={done}
        >
          {t('leaderboards.reveal.next')}
        </button>
        <button
          type="button"
          className="big-screen-button"
          onClick={() => setShown((count) => Math.max(0, count - 1))}
          disabled={shown === 0}
        >
          {t('leaderboards.reveal.back')}
        </button>
        <button ref={endButton} type="button" className="big-screen-button" onClick={onExit}>
          {t('leaderboards.reveal.end')}
        </button>
      </div>
      <p className="big-screen-help">{t('leaderboards.reveal.keys')}</p>
    </div>
  );
}
