import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useLiveBoards } from '../hooks/use-live-boards';
import { type ScreenBoard, useScreenBoards } from '../hooks/use-screen-boards';
import { BoardRefusal } from './board-notices';
import { BigBoard } from './big-board';
import { RevealStage } from './reveal-stage';
import '../leaderboards.css';

export const DEFAULT_ROTATION_SECONDS = 15;

/** How long each board stays up: `?seconds=` between 5 and 300, otherwise the default. */
function rotationSeconds(value: string | null): number {
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= 5 && seconds <= 300 ? seconds : DEFAULT_ROTATION_SECONDS;
}

/** Keys handled here, unless a control has focus (then the control's own key handling wins). */
function fromControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('button, a, input, select, textarea');
}

/**
 * The leaderboard for a projector (`/events/:slug/big-screen`): large type, high contrast, no site
 * chrome. It turns from board to board every few seconds (space pauses, arrows step), stays live,
 * and lets an organizer reveal the results from last place to first once judging is over.
 */
export function BigScreenPage({
  event,
  challenges,
  projectImage,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[];
  /** A project's main image, if it has one, shown as its place is revealed (the app provides it). */
  projectImage?: (submissionId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const organizer = canOrganize(me.data, event.id);
  useLiveBoards(event, organizer || rolesIn(me.data, event.id).length > 0);
  const [params] = useSearchParams();
  const seconds = rotationSeconds(params.get('seconds'));
  const { boards, refusal, pending, failed, retry } = useScreenBoards(event, challenges);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [revealing, setRevealing] = useState<ScreenBoard | null>(null);
  const resultsReady = event.phase === 'closed' || event.phase === 'published';
  const current = boards.length > 0 ? boards[index % boards.length]! : null;
  const rotating = !paused && !revealing && boards.length > 1;

  useEffect(() => {
    if (!rotating) return;
    const timer = setInterval(() => setIndex((shown) => (shown + 1) % boards.length), seconds * 1000);
    return () => clearInterval(timer);
  }, [rotating, boards.length, seconds]);

  const step = (by: number) => setIndex((shown) => (shown + by + boards.length) % Math.max(1, boards.length));

  useEffect(() => {
    if (revealing) return;
    const onKey = (key: KeyboardEvent) => {
      if (fromControl(key.target) || key.altKey || key.ctrlKey || key.metaKey) return;
      if (key.key === ' ') {
        key.preventDefault();
        setPaused((was) => !was);
      } else if (key.key === 'ArrowRight') {
        setIndex((shown) => (shown + 1) % Math.max(1, boards.length));
      } else if (key.key === 'ArrowLeft') {
        setIndex((shown) => (shown - 1 + boards.length) % Math.max(1, boards.length));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealing, boards.length]);

  const boardTitle = (board: ScreenBoard) =>
    board.kind === 'audience' ? t('leaderboards.views.audience') : (board.challenge ?? t('leaderboards.views.overall'));

  return (
    <div className="big-screen">
      <title>{`${t('leaderboards.bigScreen.title')} – ${event.name} – ${t('app.name')}`}</title>
      <main id="main" className="big-screen-main">
        <header className="big-screen-header">
          <p className="big-screen-event">{event.name}</p>
          <h1>
            {revealing
              ? t('leaderboards.reveal.heading', { board: boardTitle(revealing) })
              : current
                ? boardTitle(current)
                : t('leaderboards.title')}
          </h1>
        </header>
        {revealing ? (
          <RevealStage board={revealing} onExit={() => setRevealing(null)} projectImage={projectImage} />
        ) : refusal ? (
          <BoardRefusal refusal={refusal} event={event} />
        ) : pending ? (
          <p role="status">{t('state.loading')}</p>
        ) : failed ? (
          <div role="alert">
            <p>{t('state.error', { message: failed.message })}</p>
            <button type="button" className="big-screen-button" onClick={retry}>
              {t('state.retry')}
            </button>
          </div>
        ) : current ? (
          <BigBoard key={current.key} board={current} />
        ) : (
          <p>{t('leaderboards.empty')}</p>
        )}
      </main>
      {!revealing && (
        <footer className="big-screen-controls">
          <div className="big-screen-buttons" role="group" aria-label={t('leaderboards.bigScreen.controls')}>
            <button type="button" className="big-screen-button" onClick={() => step(-1)} disabled={boards.length < 2}>
              <span aria-hidden="true">← </span>
              {t('leaderboards.bigScreen.previous')}
            </button>
            <button
              type="button"
              className="big-screen-button"
              aria-pressed={paused}
              onClick={() => setPaused((was) => !was)}
              disabled={boards.length < 2}
            >
              {t('leaderboards.bigScreen.pause')}
            </button>
            <button type="button" className="big-screen-button" onClick={() => step(1)} disabled={boards.length < 2}>
              {t('leaderboards.bigScreen.next')}
              <span aria-hidden="true"> →</span>
            </button>
            {organizer && resultsReady && current && current.rows.some((row) => row.rank !== null) && (
              <button
                type="button"
                className="big-screen-button big-screen-reveal"
                onClick={() => setRevealing(current)}
              >
                {t('leaderboards.reveal.start', { board: boardTitle(current) })}
              </button>
            )}
          </div>
          <p className="big-screen-help">
            {boards.length > 1 &&
              t('leaderboards.bigScreen.position', { index: (index % boards.length) + 1, count: boards.length })}{' '}
            {boards.length > 1 &&
              (paused
                ? t('leaderboards.bigScreen.pausedHelp')
                : t('leaderboards.bigScreen.rotatingHelp', { seconds }))}{' '}
            {organizer && resultsReady && t('leaderboards.reveal.help')}
          </p>
          <p className="big-screen-links">
            <Link to={`/events/${event.slug}/results`}>{t('leaderboards.bigScreen.exit')}</Link>
            <LanguageSwitch />
          </p>
        </footer>
      )}
    </div>
  );
}
